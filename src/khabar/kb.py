"""Knowledge base of named entities: gazetteer matching and linking.

The curated file `resources/kb/entities.yaml` lists entities with their Arabic names,
spelling variants and time-bound titles; `KBFile` / `KBEntity` below are its schema.

Matching works on `khabar.arabic.matching_key` forms, token by token, so it ignores
diacritics, tatweel and hamza/alef/ya/ta-marbuta spelling, and it allows the leading
clitics that `khabar.arabic.clitic_candidates` accepts (و ف ب ل ك, لل -> ال). Offsets
always point into the original text: a match's span is the name without its clitic
(for `للولايات المتحدة` the span starts at the second ل, as in `clitic_candidates`).

Names and titles are kept apart:

- `find_mentions(text)` returns name matches (`بايدن`, `روسيا اليوم`) as linked `Mention`s.
- `find_titles(text)` returns title matches (`الرئيس الروسي`, `سيد الكرملين`), resolved to
  the entity that held the title in the given year; quote attribution uses them. They are
  not entity mentions. A title marked `epithet` works as a name (`سيد الكرملين` is Putin),
  so names inside it (`الكرملين`) are not reported as mentions.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import ahocorasick
import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from rapidfuzz import fuzz, process

from khabar.arabic import clitic_candidates, matching_key, tokenize
from khabar.spans import ENTITY_LABELS, Mention

DEFAULT_KB_PATH = Path(__file__).parent / "resources" / "kb" / "entities.yaml"

EntityLabel = Literal[ENTITY_LABELS]  # type: ignore[valid-type]

ID_PATTERN = r"^(Q[0-9]+-[a-z0-9]+(-[a-z0-9]+)*|khabar:[a-z0-9]+(-[a-z0-9]+)*)$"
NonEmpty = Annotated[str, Field(min_length=1)]

# Fuzzy linking: strict. A near-miss must score at least FUZZY_MIN_SCORE (rapidfuzz
# `fuzz.ratio`, 0-100), differ in length by at most FUZZY_MAX_LENGTH_DIFF letters, be at
# least FUZZY_MIN_LENGTH letters long, and have the same consonant skeleton as the name
# (only long-vowel letters inside words may differ, and غ/ج/ق for a foreign g).
FUZZY_MIN_SCORE = 85.0
FUZZY_MAX_LENGTH_DIFF = 2
FUZZY_MIN_LENGTH = 4

_T = TypeVar("_T")

_SEP = "\x1f"  # between the tokens of one line in a key string
_BREAK = "\x1e"  # between tokens separated by a line break: names never cross it


class KBTitle(BaseModel):
    """A description that refers to the entity, valid in a span of years."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: NonEmpty
    valid: tuple[int | None, int | None] | None = None  # [from, to] years, null = open
    epithet: bool = False  # works as a name: names inside it are not mentions

    def valid_in(self, year: int | None) -> bool:
        if year is None or self.valid is None:
            return True
        start, end = self.valid
        return (start is None or start <= year) and (end is None or year <= end)

    @field_validator("valid")
    @classmethod
    def _ordered(cls, value: tuple[int | None, int | None] | None):
        if value is not None and None not in value and value[0] > value[1]:
            raise ValueError(f"valid years out of order: {value}")
        return value


class KBEntity(BaseModel):
    """One entity of the knowledge base."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_PATTERN)
    label: EntityLabel
    name_ar: NonEmpty
    name_en: NonEmpty
    wikidata: str | None = Field(default=None, pattern=r"^Q[0-9]+$")
    aliases: tuple[NonEmpty, ...] = ()
    titles: tuple[KBTitle, ...] = ()
    kind: str | None = None

    @field_validator("titles", mode="before")
    @classmethod
    def _titles_from_strings(cls, value: Any):
        if isinstance(value, list | tuple):
            return [{"text": t} if isinstance(t, str) else t for t in value]
        return value

    @model_validator(mode="after")
    def _id_matches_wikidata(self) -> KBEntity:
        if self.id.startswith("Q"):
            qid = self.id.split("-", 1)[0]
            if self.wikidata != qid:
                raise ValueError(f"{self.id}: id starts with {qid} but wikidata is {self.wikidata}")
        elif self.wikidata is not None:
            raise ValueError(
                f"{self.id}: has wikidata {self.wikidata}, so its id must start with it"
            )
        return self

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical Arabic name and the aliases."""
        return (self.name_ar, *self.aliases)


class KBFile(BaseModel):
    """The knowledge-base file."""

    model_config = ConfigDict(extra="forbid")

    version: str = Field(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    as_of: int | None = None  # default year for time-bound titles
    resolutions: dict[str, str] = Field(default_factory=dict)  # shared alias -> entity id
    entities: list[KBEntity]

    @model_validator(mode="after")
    def _unique_ids(self) -> KBFile:
        counts: dict[str, int] = defaultdict(int)
        for entity in self.entities:
            counts[entity.id] += 1
        duplicates = sorted(i for i, n in counts.items() if n > 1)
        if duplicates:
            raise ValueError(f"duplicate entity ids: {duplicates}")
        unknown = sorted(set(self.resolutions.values()) - set(counts))
        if unknown:
            raise ValueError(f"resolutions point at unknown ids: {unknown}")
        return self


def kb_json_schema() -> dict[str, Any]:
    """JSON schema of the knowledge-base file (from the pydantic models)."""
    return KBFile.model_json_schema()


@dataclass(frozen=True, slots=True)
class KBMatch:
    """A gazetteer match: a name or a title of `entity_id` at text[start:end]."""

    start: int
    end: int
    entity_id: str
    is_title: bool
    epithet: bool = False


@dataclass(frozen=True, slots=True)
class KBScan:
    """Everything the gazetteer finds in one text."""

    mentions: list[Mention]  # names, linked (epithets and titles excluded)
    titles: list[Mention]  # titles, linked to their holder in the year asked for
    epithets: list[KBMatch]  # titles that act as names (a subset of `titles`)


@dataclass(frozen=True, slots=True)
class _Pattern:
    entity_ids: tuple[str, ...]  # several only for a title held by different people over time
    is_title: bool
    first_key: str  # matching key of the name's first token, for clitic checks
    titles: tuple[KBTitle, ...] = ()  # parallel to entity_ids for titles
    lil: bool = False  # the لل variant of an ال name: only valid after a clitic


def _key_tokens(text: str) -> list[str]:
    """Matching keys of the tokens of `text` (empty keys dropped)."""
    keys = [matching_key(text[s:e]) for s, e in tokenize(text)]
    return [k for k in keys if k]


def _spelling_variants(name: str, label: str) -> set[str]:
    """Regular spelling alternations added for every name: أمريك/أميرك, and g as غ/ج."""
    variants = {name}
    for old, new in (
        ("أمريك", "أميرك"),
        ("أميرك", "أمريك"),
        ("امريك", "اميرك"),
        ("اميرك", "امريك"),
    ):
        variants |= {v.replace(old, new) for v in variants}
    if label in ("PER", "FAC"):
        variants |= {v.replace("غ", "ج") for v in variants} | {
            v.replace("ج", "غ") for v in variants
        }
    return variants


_G = str.maketrans({"غ": "ج", "ق": "ج"})


def _skeleton(key: str) -> str:
    """Consonant skeleton of a key: long-vowel letters inside each word dropped, g folded."""
    words = []
    for word in key.split(_SEP):
        if len(word) > 2:
            word = word[0] + "".join(c for c in word[1:-1] if c not in "اوي") + word[-1]
        words.append(word.translate(_G))
    return _SEP.join(words)


class KnowledgeBase:
    """Validated entities plus the lookup structures built from them."""

    def __init__(self, kb_file: KBFile, source: str | None = None):
        self.version = kb_file.version
        self.as_of = kb_file.as_of
        self.source = source
        self._entities = {e.id: e for e in kb_file.entities}
        self._names: dict[str, str] = {}  # key -> entity id
        self._titles: dict[str, list[tuple[str, KBTitle]]] = defaultdict(list)
        self._explicit: set[str] = set()  # keys of names written in the file
        self._build_names(kb_file)
        self._build_titles(kb_file)
        self._automaton = self._build_automaton()
        self._name_keys = list(self._names)
        self._fuzzy_choices = [k.replace(_SEP, " ") for k in self._name_keys]
        self._title_words = frozenset(w for key in self._titles for w in key.split(_SEP))
        # entities and then quotes scan the same article text in turn; one slot per thread, so
        # the flow's two worker threads do not evict each other's article in between
        self._last_scan = threading.local()

    # ------------------------------------------------------------------ building

    def _build_names(self, kb_file: KBFile) -> None:
        explicit: dict[str, set[str]] = defaultdict(set)
        generated: dict[str, set[str]] = defaultdict(set)
        for entity in kb_file.entities:
            for name in entity.names:
                key = _SEP.join(_key_tokens(name))
                if not key:
                    raise ValueError(f"{entity.id}: name {name!r} has no letters")
                explicit[key].add(entity.id)
                for variant in _spelling_variants(name, entity.label):
                    generated[_SEP.join(_key_tokens(variant))].add(entity.id)
        resolutions = {_SEP.join(_key_tokens(a)): i for a, i in kb_file.resolutions.items()}
        clashes = []
        for key, ids in explicit.items():
            self._explicit.add(key)
            if len(ids) == 1:
                self._names[key] = next(iter(ids))
            elif key in resolutions and resolutions[key] in ids:
                self._names[key] = resolutions[key]
            else:
                clashes.append(f"{key.replace(_SEP, ' ')!r}: {sorted(ids)}")
        if clashes:
            raise ValueError(
                "aliases shared by several entities (add `resolutions`): " + "; ".join(clashes)
            )
        for key, ids in generated.items():
            # A generated variant never overrides an explicit name, and is dropped when ambiguous.
            if key not in self._names and len(ids) == 1:
                self._names[key] = next(iter(ids))

    def _build_titles(self, kb_file: KBFile) -> None:
        for entity in kb_file.entities:
            seen: set[tuple[str, KBTitle]] = set()
            for title in entity.titles:
                for variant in _spelling_variants(title.text, "TITLE"):
                    key = _SEP.join(_key_tokens(variant))
                    if (key, title) not in seen:
                        seen.add((key, title))
                        self._titles[key].append((entity.id, title))
        for key, holders in self._titles.items():
            if key in self._explicit:
                raise ValueError(f"{key.replace(_SEP, ' ')!r} is both a name and a title")
            self._names.pop(key, None)  # a generated name variant never shadows a title
            for (id_a, t_a), (id_b, t_b) in itertools.combinations(holders, 2):
                if id_a != id_b and _overlap(t_a.valid, t_b.valid):
                    raise ValueError(
                        f"title {key.replace(_SEP, ' ')!r} held by {id_a} and {id_b}"
                        " in overlapping years"
                    )

    def _build_automaton(self) -> ahocorasick.Automaton:
        patterns: dict[str, list[_Pattern]] = defaultdict(list)
        for key, entity_id in self._names.items():
            self._add_pattern(patterns, key, _Pattern((entity_id,), False, key.split(_SEP)[0]))
        for key, holders in self._titles.items():
            pattern = _Pattern(
                tuple(i for i, _ in holders), True, key.split(_SEP)[0], tuple(t for _, t in holders)
            )
            self._add_pattern(patterns, key, pattern)
        automaton = ahocorasick.Automaton()
        for string, values in patterns.items():
            automaton.add_word(string, (len(string), tuple(values)))
        automaton.make_automaton()
        return automaton

    @staticmethod
    def _add_pattern(patterns: dict[str, list[_Pattern]], key: str, pattern: _Pattern) -> None:
        patterns[key].append(pattern)
        if key.startswith("ال") and len(key.split(_SEP)[0]) > 2:
            # After the preposition ل the article's alef is dropped: لل + X. The match then
            # starts at the second ل, and the clitic check accepts it (see `_clitic_ok`).
            patterns[key[1:]].append(dataclasses.replace(pattern, lil=True))

    # ------------------------------------------------------------------ access

    @property
    def entities(self) -> tuple[KBEntity, ...]:
        """Every entity, in file order."""
        return tuple(self._entities.values())

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._entities.values())

    def __len__(self) -> int:
        return len(self._entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> KBEntity:
        """The entity with this id (KeyError if there is none)."""
        return self._entities[entity_id]

    # ------------------------------------------------------------------ linking

    def link(
        self, surface: str, label: str | None = None, year: int | None = None
    ) -> KBEntity | None:
        """The entity that a name (as written, clitics allowed) refers to, or None."""
        found = self.resolve(surface, label, year)
        return found[0] if found else None

    def resolve(
        self, surface: str, label: str | None = None, year: int | None = None
    ) -> tuple[KBEntity, int] | None:
        """Like `link`, plus the offset in `surface` where the name starts (after a clitic).

        Exact key match first (each clitic reading of the first word), then epithet titles
        (سيد الكرملين, held in `year`, default the KB's `as_of`), then a strict fuzzy match.
        `label`, when given, must agree on person vs non-person: a person's name is never
        linked to a place and vice versa.
        """
        year = self.as_of if year is None else year
        spans = [(s, e) for s, e in tokenize(surface) if matching_key(surface[s:e])]
        while spans and not _is_word(surface[spans[0][0] : spans[0][1]]):
            spans.pop(0)
        while spans and not _is_word(surface[spans[-1][0] : spans[-1][1]]):
            spans.pop()
        if not spans:
            return None
        keys = [matching_key(surface[s:e]) for s, e in spans]
        first_start = spans[0][0]
        readings = [
            ([stem, *keys[1:]], _orig_offset(surface, first_start, prefix))
            for stem, prefix in clitic_candidates(keys[0])
        ]
        if keys[0].startswith("ل") and not keys[0].startswith("ال"):
            # A span cut after ل of لل (لولايات المتحدة in وللولايات المتحدة) reads as ال.
            readings.append((["ا" + keys[0], *keys[1:]], first_start))
        for tokens, offset in readings:
            entity_id = self._names.get(_SEP.join(tokens))
            if entity_id and _label_ok(label, self._entities[entity_id].label):
                return self._entities[entity_id], offset
        for tokens, offset in readings:
            holders = [
                (i, t)
                for i, t in self._titles.get(_SEP.join(tokens), ())
                if t.epithet and t.valid_in(year)
            ]
            ids = {i for i, _ in holders}
            if len(ids) == 1 and _label_ok(label, self._entities[next(iter(ids))].label):
                return self._entities[next(iter(ids))], offset
        for tokens, offset in readings:
            entity_id = self._fuzzy(_SEP.join(tokens))
            if entity_id and _label_ok(label, self._entities[entity_id].label):
                return self._entities[entity_id], offset
        return None

    def _fuzzy(self, key: str) -> str | None:
        letters = len(key.replace(_SEP, ""))
        if letters < FUZZY_MIN_LENGTH:
            return None
        query = key.replace(_SEP, " ")
        skeleton = _skeleton(key)
        hits = process.extract(
            query, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=10
        )
        ids = set()
        for _choice, _score, index in hits:
            name_key = self._name_keys[index]
            if name_key.count(_SEP) != key.count(_SEP):
                continue
            if abs(len(name_key.replace(_SEP, "")) - letters) > FUZZY_MAX_LENGTH_DIFF:
                continue
            if _skeleton(name_key) != skeleton:
                continue
            ids.add(self._names[name_key])
        return ids.pop() if len(ids) == 1 else None

    # ------------------------------------------------------------------ gazetteer

    def find_matches(self, text: str, year: int | None = None) -> list[KBMatch]:
        """Every name and title match in `text`, overlapping ones included, sorted.

        Titles are kept only when exactly one entity held them in `year` (default: the
        KB's `as_of` year).
        """
        year = self.as_of if year is None else year
        ks = _key_string(text)
        key_string, origin, token_of = ks.key, ks.origin, ks.token_of
        matches: set[KBMatch] = set()
        for last, (length, patterns) in self._automaton.iter(key_string):
            first = last - length + 1
            if key_string[last + 1] not in (_SEP, _BREAK) or token_of[first] < 0:
                continue  # the key string ends with _BREAK, so last + 1 is in range
            tok = token_of[first]
            prefix = first - ks.key_start[tok]
            start = ks.token_spans[tok][0] if prefix == 0 else origin[first]
            end = ks.token_spans[token_of[last]][1]
            token_key = key_string[ks.key_start[tok] : ks.key_end[tok]]
            for pattern in patterns:
                if pattern.lil and not prefix:
                    continue
                if prefix and not _clitic_ok(token_key, prefix, pattern.first_key):
                    continue
                if not pattern.is_title:
                    matches.add(KBMatch(start, end, pattern.entity_ids[0], False))
                    continue
                holders = {
                    (i, t.epithet)
                    for i, t in zip(pattern.entity_ids, pattern.titles, strict=True)
                    if t.valid_in(year)
                }
                if len({i for i, _ in holders}) == 1:
                    entity_id = next(iter(holders))[0]
                    epithet = any(e for _, e in holders)
                    matches.add(KBMatch(start, end, entity_id, True, epithet))
        return sorted(matches, key=lambda m: (m.start, -m.end, m.entity_id, m.is_title))

    def scan(self, text: str, year: int | None = None) -> KBScan:
        """Mentions, titles and epithets of `text` in one pass (see the methods below)."""
        last = getattr(self._last_scan, "value", None)
        if last is not None and last[0] == (text, year):
            return last[1]
        matches = self.find_matches(text, year)
        names = select_longest([m for m in matches if not m.is_title or m.epithet])
        titles = select_longest([m for m in matches if m.is_title])
        result = KBScan(
            mentions=[self._mention(m) for m in names if not m.is_title],
            titles=[self._mention(m) for m in titles],
            epithets=[m for m in titles if m.epithet],
        )
        self._last_scan.value = ((text, year), result)
        return result

    def find_mentions(self, text: str, year: int | None = None) -> list[Mention]:
        """Linked name mentions: longest non-overlapping name matches, sorted.

        Names inside an epithet title (الكرملين in سيد الكرملين) are left out; titles
        themselves are not mentions (see `find_titles`).
        """
        return self.scan(text, year).mentions

    def find_titles(self, text: str, year: int | None = None) -> list[Mention]:
        """Title matches resolved to their holder (`entity_id`), longest non-overlapping, sorted.

        `year` picks the holder of time-bound titles (default: the KB's `as_of`); a title
        that is not held by exactly one entity that year is left out.
        """
        return self.scan(text, year).titles

    def _mention(self, m: KBMatch) -> Mention:
        return Mention(m.start, m.end, self._entities[m.entity_id].label, 1.0, m.entity_id)

    def title_words(self) -> frozenset[str]:
        """Matching keys of every word used in a title (to recognise title words next to names)."""
        return self._title_words


def _overlap(
    a: tuple[int | None, int | None] | None, b: tuple[int | None, int | None] | None
) -> bool:
    if a is None or b is None:
        return True
    lo = max(x for x in (a[0], b[0], -(10**9)) if x is not None)
    hi = min(x for x in (a[1], b[1], 10**9) if x is not None)
    return lo <= hi


def _label_ok(wanted: str | None, actual: str) -> bool:
    return wanted is None or (wanted == "PER") == (actual == "PER")


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _orig_offset(text: str, token_start: int, key_prefix: int) -> int:
    """Offset in `text` of the `key_prefix`-th key character of the token at `token_start`."""
    if key_prefix == 0:
        return token_start
    seen = 0
    for i in range(token_start, len(text)):
        if matching_key(text[i]):
            if seen == key_prefix:
                return i
            seen += 1
    return len(text)


@dataclass(slots=True)
class _KeyString:
    """The text as a key string: token keys joined by separators, with an offset map.

    `origin[i]` is the offset in the text of key character i, `token_of[i]` its token
    index (-1 for separators); token t's key is `key[key_start[t]:key_end[t]]`. Each
    character is keyed alone, so the map is exact (matching_key folds char by char).
    """

    key: str
    origin: list[int]
    token_of: list[int]
    key_start: list[int]
    key_end: list[int]
    token_spans: list[tuple[int, int]]


def _key_string(text: str) -> _KeyString:
    token_spans = tokenize(text)
    parts = [_BREAK]
    origin, token_of, key_start, key_end = [-1], [-1], [], []
    length = 1
    prev_end = 0
    for index, (start, end) in enumerate(token_spans):
        if index:
            parts.append(_BREAK if "\n" in text[prev_end:start] else _SEP)
            origin.append(-1)
            token_of.append(-1)
            length += 1
        token = text[start:end]
        key = matching_key(token)
        if len(key) == len(token) and _SEP not in key and _BREAK not in key:
            # The usual case: nothing dropped (matching_key only drops or maps 1:1).
            parts.append(key)
            origin.extend(range(start, end))
            n = end - start
        else:
            n = 0
            for i, k in enumerate(_char_key(ch) for ch in token):
                parts.append(k)
                origin.extend([start + i] * len(k))
                n += len(k)
        token_of.extend([index] * n)
        key_start.append(length)
        length += n
        key_end.append(length)
        prev_end = end
    parts.append(_BREAK)
    origin.append(-1)
    token_of.append(-1)
    return _KeyString("".join(parts), origin, token_of, key_start, key_end, token_spans)


@functools.lru_cache(maxsize=8192)
def _char_key(ch: str) -> str:
    """matching_key of one character, without the separators the key string uses."""
    return matching_key(ch).replace(_SEP, "").replace(_BREAK, "")


@functools.lru_cache(maxsize=4096)
def _clitic_readings(token_key: str) -> tuple[tuple[str, int], ...]:
    return tuple(clitic_candidates(token_key))


def _clitic_ok(token_key: str, prefix: int, first_key: str) -> bool:
    """Whether the first `prefix` letters of the token are a clitic before `first_key`."""
    return (first_key, prefix) in _clitic_readings(token_key)


def select_longest(items: Iterable[_T], linked_first: bool = False) -> list[_T]:
    """Greedy longest-first choice of non-overlapping spans, returned sorted by start.

    Works on anything with `start`/`end` (KBMatch, Mention). Ties: linked before unlinked
    (when `linked_first`), then higher score, then leftmost.
    """

    def priority(m: Any) -> tuple:
        unlinked = linked_first and getattr(m, "entity_id", None) is None
        return (m.start - m.end, unlinked, -getattr(m, "score", 1.0), m.start, repr(m))

    starts: list[int] = []  # chosen spans, kept sorted; they never overlap
    ends: list[int] = []
    chosen: list[_T] = []
    for m in sorted(items, key=priority):
        i = bisect.bisect_right(starts, m.start)
        if i and ends[i - 1] > m.start:
            continue  # the chosen span on the left reaches into m
        if i < len(starts) and starts[i] < m.end:
            continue  # the chosen span on the right starts inside m
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        chosen.insert(i, m)
    return chosen


def parse_kb(data: Any, source: str | None = None) -> KnowledgeBase:
    """Validate parsed YAML/JSON data and build the knowledge base."""
    return KnowledgeBase(KBFile.model_validate(data), source)


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int) -> KnowledgeBase:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return parse_kb(data, path)


def load_kb(path: str | Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base (default: the packaged `entities.yaml`); cached."""
    resolved = Path(path or DEFAULT_KB_PATH).resolve()
    return _load_cached(str(resolved), resolved.stat().st_mtime_ns)
