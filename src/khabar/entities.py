"""Entity mentions of an article: the statistical tagger's spans merged with KB matches, linked.

`annotate_entities(text, segments)`:

1. KB gazetteer name matches (`KnowledgeBase.find_mentions`), already linked.
2. The tagger's mentions (`khabar.ner.load_tagger().find_mentions(text, segments)`), each
   linked with `KnowledgeBase.resolve`. A leading clitic the linker recognises is cut
   off the span (وبايدن -> بايدن). A tagger span made of title words around one linked KB
   name (الرئيس بوتين) is trimmed to that name, and so is one that runs on after a KB
   person's name (بايدن منصبه) or puts a word before a KB person's full name. An unlinked
   tagger span that holds two KB names (بايدن وبوتين) or cuts across one is dropped as a
   boundary error. A tagger span
   inside an epithet title (الكرملين in سيد الكرملين) is dropped: the epithet names a
   person, not the Kremlin. An unlinked span around one KB name stays (هانتر بايدن is not
   Joe Biden).
3. Institution and event names by their head noun (`khabar.institutions`: وزارة الصحة,
   أمانة الطائف, كأس السوبر الفرنسي), linked when the KB knows them (not with
   `NO_TAGGER`, which means KB matches only).
4. Longest non-overlapping spans win; on equal length a linked span beats an unlinked one.
5. A linked mention takes its label from the KB (the KB knows FAC/EVENT); an unlinked one
   keeps the tagger's label.

Titles (الرئيس الروسي, سيد الكرملين) are not emitted as mentions: the entities table lists
names. Quote attribution gets titles from `KnowledgeBase.find_titles`. A tagger span that
*is* an epithet (سيد الكرملين tagged as PER) is kept and linked to its holder.

Every mention lies inside one segment, output is sorted and non-overlapping.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence
from typing import Protocol

from khabar.arabic import matching_key, matching_keys, tokenize
from khabar.institutions import institution_mentions
from khabar.kb import KnowledgeBase, load_kb, select_longest
from khabar.quotes import COMPLEMENTIZERS, CUE_FORMS, QUOTE_MARKS
from khabar.spans import Mention, Segment


class MentionTagger(Protocol):
    def find_mentions(self, text: str, segments: Sequence[Segment]) -> list[Mention]: ...


class _NoTagger:
    """KB matches only."""

    def find_mentions(self, text: str, segments: Sequence[Segment]) -> list[Mention]:
        return []


NO_TAGGER: MentionTagger = _NoTagger()


def default_tagger() -> MentionTagger:
    """The statistical tagger (`khabar.ner.load_tagger()`), or NO_TAGGER while there is none."""
    try:
        from khabar.ner import load_tagger
    except ModuleNotFoundError as exc:
        if exc.name in ("khabar.ner",):
            return NO_TAGGER
        raise
    except ImportError:
        # khabar.ner exists but does not (yet) export load_tagger.
        return NO_TAGGER
    return load_tagger()


def annotate_entities(
    text: str,
    segments: Sequence[Segment],
    tagger: MentionTagger | None = None,
    kb: KnowledgeBase | None = None,
    year: int | None = None,
) -> list[Mention]:
    """Linked entity mentions of `text`: sorted, non-overlapping, each inside one segment.

    `tagger` defaults to `khabar.ner.load_tagger()` when that module exists (pass
    `NO_TAGGER` for KB matches only); `kb` defaults to `load_kb()`; `year` picks the holder
    of time-bound epithets (default: the KB's `as_of`).
    """
    kb = kb if kb is not None else load_kb()
    tagger = tagger if tagger is not None else default_tagger()
    bounds = _segment_bounds(text, segments)

    scan = kb.scan(text, year)
    kb_mentions = scan.mentions
    epithets = [(m.start, m.end) for m in scan.epithets]
    title_words = kb.title_words()

    candidates: list[Mention] = list(kb_mentions)
    quoted_names = {m.start for m in kb_mentions if m.label != "PER"}
    places = _place_names(tagger)

    def nationality(key: str) -> bool:
        return (
            key.startswith("ال")
            and key.endswith(("ي", "يه"))
            and _is_place_adjective(key, kb, places)
        )

    tagged = _trim_titles(text, tagger.find_mentions(text, segments), nationality)
    for mention in _join_particles(text, tagged):
        if _spans_a_clause(text, mention):
            continue
        linked = _link_tagged(text, mention, kb, kb_mentions, epithets, title_words, year)
        if linked is not None and (
            linked.entity_id or _plausible_unlinked(text, linked, kb, quoted_names)
        ):
            candidates.append(linked)

    institutions = (
        []
        if tagger is NO_TAGGER  # KB matches only
        else institution_mentions(
            text, segments, candidates, lambda key: _is_place_adjective(key, kb, places)
        )
    )
    for found in institutions:
        linked = kb.resolve(text[found.start : found.end], found.label, year)
        if linked is not None and linked[1] == 0:
            entity = linked[0]
            found = Mention(found.start, found.end, entity.label, found.score, entity.id)
        candidates.append(found)

    candidates = [m for m in candidates if m.start < m.end and _inside_one(bounds, m)]
    return select_longest(candidates, linked_first=True)


_PLACE_NAMES: dict[int, tuple[object, frozenset[str]]] = {}


def _head_of_quoted_name(text: str, mention: Mention, name_starts: Collection[int]) -> bool:
    """The mention stands right before a known name in quotation marks: its head noun, not a
    name (`فيلا "لا غرانج"`, `فندق «…»`)."""
    k = mention.end
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k] in QUOTE_MARKS and k + 1 in name_starts


def _place_names(tagger: MentionTagger) -> frozenset[str]:
    """One-word place names the tagger's gazetteer knows (matching keys), if it has one."""
    cached = _PLACE_NAMES.get(id(tagger))
    if cached is not None and cached[0] is tagger:
        return cached[1]
    gazetteer = getattr(getattr(tagger, "resources", None), "gazetteer", None) or {}
    places = frozenset(
        name[0] for name, labels in gazetteer.items() if len(name) == 1 and "LOC" in labels
    )
    _PLACE_NAMES[id(tagger)] = (tagger, places)
    return places


def _is_place_adjective(key: str, kb: KnowledgeBase, places: frozenset[str]) -> bool:
    """`السعوديه` (a country name after a name), `الامريكيه`, `الروسي`: a place used as a
    nationality adjective; the place is looked up without the nisba ending."""
    if key in places:
        return True
    bare = key[2:] if key.startswith("ال") else key
    if bare.endswith("يه"):
        bare = bare[:-1]
    if not bare.endswith("ي") or len(bare) < 4:
        return False
    stem = bare[:-1]
    return _is_nisba_of_place(bare, kb) or any(
        base in places for base in (stem, stem + "يا", stem + "ا", stem + "ه")
    )


def _link_tagged(
    text: str,
    mention: Mention,
    kb: KnowledgeBase,
    kb_mentions: Sequence[Mention],
    epithets: Sequence[tuple[int, int]],
    title_words: frozenset[str],
    year: int | None,
) -> Mention | None:
    start, end = mention.start, mention.end
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in epithets):
        return None  # الكرملين inside سيد الكرملين
    found = kb.resolve(text[start:end], mention.label, year)
    if found is not None:
        entity, offset = found
        return Mention(start + offset, end, entity.label, mention.score, entity.id)
    inner = [m for m in kb_mentions if start <= m.start and m.end <= end]
    if len(inner) == 1:
        name = inner[0]
        if _only_title_words(text, start, end, name, title_words):
            return name  # الرئيس بوتين -> بوتين
        if mention.score < UNLINKED_MIN_SCORE:
            return name  # a doubtful longer name around a known one (إبلاغ موسكو): the known one
        if name.label == "PER" and (_has_words(text[name.end : end]) or _n_words(text, name) > 1):
            # A person's name does not run on (بايدن منصبه), nor does a full name grow a
            # word in front (سيعسى جو بايدن). A surname with another word in front stays
            # the tagger's (جيل بايدن is not Joe Biden), and so do place names inside longer
            # names (واشنطن بوست, جامعة جنيف).
            return name
    if len(inner) > 1:
        return None  # بايدن وبوتين tagged as one name: the KB knows two
    if any(m.start < start < m.end or m.start < end < m.end for m in kb_mentions):
        return None  # crosses a known name (الروسي فلاديمير | فلاديمير بوتين): a boundary error
    return mention


# Words before a foreign name that belong to it (سان دييغو، دي ماريا، فان خال).
NAME_PARTICLES = matching_keys("سان سانت سانتا دي دا دو فان فون لوس لاس ديل")
# Honorifics and degrees around a person's name that are not part of it.
PERSON_TITLES = matching_keys("المرحوم الراحل الفقيد المغفور سمو معالي فضيلة سعادة الدكتور المهندس")


def _trim_titles(
    text: str, mentions: Sequence[Mention], nationality: Callable[[str], bool] = lambda k: False
) -> list[Mention]:
    """`المرحوم غازي القصيبي` -> `غازي القصيبي`; `دييغو الدكتور` -> `دييغو`; a nationality
    adjective in front is no part of a person's name either (`الجزائري رياض محرز`)."""

    def trimmed(key: str) -> bool:
        return key in PERSON_TITLES or nationality(key)

    out = []
    for m in mentions:
        if m.label == "PER":
            words = [(m.start + s, m.start + e) for s, e in tokenize(text[m.start : m.end])]
            while len(words) > 1 and trimmed(matching_key(text[slice(*words[0])])):
                words.pop(0)
            while len(words) > 1 and matching_key(text[slice(*words[-1])]) in PERSON_TITLES:
                words.pop()  # not a nisba at the end: family names are nisbas (القرني)
            while len(words) > 1 and _joined_cue(matching_key(text[slice(*words[-1])])):
                words.pop()  # `أما الشاعر شعبان يوسف فيرى أن`: the verb after the name
            m = Mention(words[0][0], words[-1][1], m.label, m.score, m.entity_id)
        out.append(m)
    return out


def _joined_cue(key: str) -> bool:
    """`فيرى`, `فقال`: a reporting verb behind ف, which no name ends with."""
    return key[:1] == "ف" and key[1:] in CUE_FORMS


def _join_particles(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A name right after a particle takes it in (`سان` + `دييغو`, `ودي` + `ماريا`): the
    particle's own tag, if it had one, gives the label (`سان دييغو` is a place)."""
    by_end = {m.end: m for m in mentions}
    dropped: set[Mention] = set()
    out = []
    for m in mentions:
        before = text[: m.start].rstrip(" ")
        if len(before) == m.start:
            out.append(m)
            continue
        word_start = max(before.rfind(" "), before.rfind("\n")) + 1
        word = before[word_start:]
        offset = 1 if word[:1] in "وف" and matching_key(word[1:]) in NAME_PARTICLES else 0
        if offset == 0 and matching_key(word) not in NAME_PARTICLES:
            out.append(m)
            continue
        tagged = by_end.get(len(before))
        label = tagged.label if tagged is not None and tagged.start == word_start else m.label
        if tagged is not None and tagged.start == word_start:
            dropped.add(tagged)
        out.append(Mention(word_start + offset, m.end, label, m.score, m.entity_id))
    return [m for m in out if m not in dropped]


# A single unknown word the tagger is unsure of is more often a verb or an adjective
# (سيعودان، حازم) than a name: the dataset keeps precision over recall there.
UNLINKED_MIN_SCORE = 0.6
# Relational nouns that the tagger takes for names after a title-like context.
RELATIONAL_NOUNS = matching_keys("نظير نظيره نظيري نظيرها نظيرته نظيرتها نظيريه نظرائه")


# ANERcorp tags currencies and the name of God as MISC (دولار 101 times, الله 48); in a
# news dataset they are units and formulae (رحمه الله), not entity mentions. The tagger also
# calls الله PER at times (رضوان الله عليهم): it is dropped under any label.
GOD = matching_key("الله")
NOT_NAMED_MISC = matching_keys(
    """
    الله دولار الدولار دولارات يورو اليورو ريال الريال ريالات جنيه الجنيه درهم الدرهم
    دينار الدينار ليرة الليرة روبل الروبل ين الين يوان اليوان فرنك الفرنك روبية الروبية
    """
)


def _plausible_unlinked(
    text: str, mention: Mention, kb: KnowledgeBase, quoted_names: Collection[int] = frozenset()
) -> bool:
    """Keep an unlinked tagger mention unless it is one doubtful, relational or nisba word,
    الله, a currency tagged MISC, or the head noun of a quoted known name (`quoted_names`:
    where the knowledge base's non-person names start)."""
    if _n_words(text, mention) > 1:
        return True
    if _head_of_quoted_name(text, mention, quoted_names):
        return False
    key = matching_key(text[mention.start : mention.end])
    if key == GOD or (mention.label == "MISC" and key in NOT_NAMED_MISC):
        return False  # الله is never a mention, whatever the tagger calls it (رضوان الله عليهم)
    if mention.score < UNLINKED_MIN_SCORE or key in RELATIONAL_NOUNS:
        return False
    return not (_is_future_verb(key) or _is_nisba_of_place(key, kb))


def _spans_a_clause(text: str, mention: Mention) -> bool:
    """A complementizer between two full words of the mention: the tagger ran two clauses
    together (`وأضافت الوكالة أن مرسي شكا`); spelt initials such as `سي إن إن` keep theirs."""
    part = text[mention.start : mention.end]
    words = [matching_key(part[s:e]) for s, e in tokenize(part)]
    return any(
        w in COMPLEMENTIZERS and len(words[i - 1]) >= 4 and len(words[i + 1]) >= 3
        for i, w in enumerate(words[1:-1], start=1)
    )


def _is_future_verb(key: str) -> bool:
    """سيعودان، ستعملون: future prefix, imperfective prefix and a dual/plural ending."""
    return len(key) >= 6 and key[:2] in ("سي", "ست", "سن") and key.endswith(("ان", "ون"))


def _is_nisba_of_place(key: str, kb: KnowledgeBase) -> bool:
    """روسي is the adjective of روسيا, not a person: a word in ي whose base is a known place."""
    if not key.endswith("ي") or len(key) < 4:
        return False
    for base in (key[:-1] + "يا", key[:-1], key[:-1] + "ا"):
        entity = kb.link(base)
        if entity is not None and entity.label == "LOC":
            return True
    return False


def _only_title_words(
    text: str, start: int, end: int, inner: Mention, title_words: frozenset[str]
) -> bool:
    outside = text[start : inner.start] + " " + text[inner.end : end]
    words = [matching_key(outside[s:e]) for s, e in tokenize(outside)]
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    return bool(words) and all(w in title_words for w in words)


def _has_words(text: str) -> bool:
    return any(any(ch.isalnum() for ch in text[s:e]) for s, e in tokenize(text))


def _n_words(text: str, mention: Mention) -> int:
    part = text[mention.start : mention.end]
    return sum(1 for s, e in tokenize(part) if any(ch.isalnum() for ch in part[s:e]))


def _segment_bounds(text: str, segments: Sequence[Segment]) -> list[tuple[int, int]]:
    if not segments:
        return [(0, len(text))]
    return sorted((s.start, s.end) for s in segments)


def _inside_one(bounds: list[tuple[int, int]], mention: Mention) -> bool:
    i = bisect.bisect_right(bounds, (mention.start, float("inf"))) - 1
    return i >= 0 and bounds[i][0] <= mention.start and mention.end <= bounds[i][1]
