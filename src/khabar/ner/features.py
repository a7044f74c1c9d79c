"""CRF features for Arabic NER, computed from the token strings of one sentence.

Everything that depends on a single word (its folded key, clitic-stripped stems, affixes,
shape, clusters, gazetteer and trigger membership, and the features it lends to its
neighbours) is computed once per distinct word and cached, so tagging a sentence mostly
concatenates precomputed lists. Only gazetteer spans and word bigrams are built per sentence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from sys import intern

from khabar.arabic import clitic_candidates, matching_key

# Words that announce a name right after them (matching keys: ة->ه, أ/إ/آ->ا, ى->ي).


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TRIGGERS: dict[str, tuple[str, ...]] = {
    "PER": _words(
        "الرئيس رئيس الرئيسه رئيسه الملك ملك الملكه الامير امير الاميره الشيخ الشيخه السيد "
        "السيده سيد وزير الوزير وزيره الوزيره الدكتور الدكتوره د المستشار المستشاره الجنرال "
        "العقيد اللواء العميد الفريق المشير النائب نائب الزعيم زعيم المتحدث الناطق البابا "
        "الامام الشاعر الكاتب الروائي الفنان الفنانه المطرب المطربه اللاعب المدرب الامين "
        "المبعوث السفير سفير نظيره نظيرها نظيره المرشح الصحفي المدير مدير قائد القائد النجم "
        "الحاكم حاكم ولي خادم المفتي القاضي السناتور الاستاذ البروفيسور المهندس الرئيسان "
        "المستشار المخرج الممثل الممثله الاعلامي الداعيه الكاردينال الحاخام المحامي"
    ),
    "LOC": _words(
        "مدينه المدينه عاصمه العاصمه بلده البلده قريه القريه محافظه المحافظه ولايه الولايه "
        "منطقه المنطقه اقليم الاقليم جزيره الجزيره جزر دوله مملكه جمهوريه نهر النهر بحر "
        "بحيره جبل جبال شارع حي مقاطعه ميناء ضواحي مخيم بلاد"
    ),
    "ORG": _words(
        "شركه الشركه وزاره الوزاره وكاله الوكاله منظمه المنظمه هيئه الهيئه مجلس المجلس حزب "
        "الحزب جامعه الجامعه بنك البنك مصرف المصرف صندوق جمعيه الجمعيه اتحاد الاتحاد مؤسسه "
        "مجموعه حركه الحركه جبهه الجبهه نادي النادي صحيفه الصحيفه مجله قناه تلفزيون اذاعه "
        "محكمه المحكمه لجنه اللجنه مركز المركز معهد المعهد برلمان البرلمان جيش الجيش"
    ),
}


def _label_of_word(triggers: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Trigger word -> its label; a word listed under two labels keeps the first."""
    out: dict[str, str] = {}
    for label, words in triggers.items():
        for w in words:
            out.setdefault(w, label)
    return out


TRIGGER_OF: dict[str, str] = _label_of_word(TRIGGERS)


def trigger_label(stems: Iterable[str]) -> str:
    """Label of the first of `stems` (a word's readings, most literal first) that is a
    trigger word: "PER", "LOC", "ORG", or "" when none is."""
    for stem in stems:
        label = TRIGGER_OF.get(stem)
        if label:
            return label
    return ""


NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)

# Invisible format characters (RLM/LRM, zero-width joiners, BOM) that news text and ANERcorp
# leave stuck to words (`حماس\u200f`): ignored by every feature.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\ufeff"))


@dataclass(frozen=True, slots=True)
class NerResources:
    """Lexical resources the features read: clusters, corpus counts and the gazetteer."""

    clusters: Mapping[str, tuple[int, int]]  # matching key -> (coarse id, fine id)
    counts: Mapping[str, int]  # matching key -> frequency in the unlabeled news corpus
    gazetteer: Mapping[tuple[str, ...], str]  # tuple of matching keys -> labels, e.g. "LOC|ORG"
    profiles: Mapping[str, str] = field(default_factory=dict)  # key -> trigger profile "PLO"


def char_class(ch: str) -> str:
    o = ord(ch)
    if 0x0621 <= o <= 0x064A or 0x0671 <= o <= 0x06D3 or 0x06FA <= o <= 0x06FF:
        return "a"
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "x" if o < 0x0250 else "o"
    if 0x064B <= o <= 0x065F or o == 0x0670 or o == 0x0640:
        return ""  # diacritics and tatweel do not change the shape
    return "p"


def word_shape(word: str) -> str:
    """Collapsed character classes: `بوتين` -> `a`, `G20` -> `xd`, `-` -> `p`."""
    out = []
    for ch in word:
        c = char_class(ch)
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out) or "p"


@dataclass(slots=True)
class WordInfo:
    key: str
    stems: tuple[str, ...]  # keys of the word and its clitic-stripped readings, most literal first
    own: tuple[str, ...]  # features of the word itself
    ctx: dict[int, tuple[str, ...]]  # offset -> features it lends the token at that distance
    trigger: str  # "", "PER", "LOC" or "ORG"


class FeatureExtractor:
    """Turns a sentence (list of token strings) into crfsuite feature lists."""

    def __init__(
        self,
        resources: NerResources,
        cache_size: int = 250_000,
        known: frozenset[str] | None = None,
    ) -> None:
        """`known`: the attributes the model has weights for; others are never emitted (speed).

        Words frequent in the news corpus (>= 20 times, ~35k words) keep their features for
        the life of the tagger; other words share a cache of `cache_size` words that is
        emptied when full. Feature strings are interned, so words share their common ones.
        """
        self.res = resources
        self.known = known
        self._cache: dict[str, WordInfo] = {}  # frequent words, kept
        self._rare: dict[str, WordInfo] = {}  # other words, emptied when full
        self._cache_size = cache_size
        prefixes: set[tuple[str, ...]] = set()
        longest = 1
        for name in resources.gazetteer:
            longest = max(longest, len(name))
            for i in range(1, len(name) + 1):
                prefixes.add(name[:i])
        self._gz_prefixes = prefixes
        self._gz_longest = longest

    # -- per word ---------------------------------------------------------------------------
    def word_info(self, word: str) -> WordInfo:
        info = self._cache.get(word) or self._rare.get(word)
        if info is None:
            info = self._make_info(word)
            known = self.known
            # tuples of strings (not lists) let the garbage collector skip the cache
            info.own = tuple(intern(f) for f in info.own if known is None or f in known)
            info.ctx = {
                o: tuple(intern(f) for f in fs if known is None or f in known)
                for o, fs in info.ctx.items()
            }
            if self.res.counts.get(info.key, 0) >= 20:
                self._cache[word] = info
            else:
                if len(self._rare) >= self._cache_size:
                    self._rare.clear()
                self._rare[word] = info
        return info

    def _make_info(self, word: str) -> WordInfo:
        res = self.res
        word = word.translate(_INVISIBLE) or word
        key = matching_key(word) or word
        stems = tuple(s for s, _ in clitic_candidates(key))
        shape = word_shape(word)
        own = ["bias", "w=" + word, "k=" + key, "sh=" + shape]
        if word != key:
            own.append("diac")
        if shape == "a":
            own.append(f"len={min(len(key), 8)}")
            for n in (1, 2, 3):
                if len(key) > n:
                    own.append(f"p{n}={key[:n]}")
                    own.append(f"s{n}={key[-n:]}")
        for stem in stems[1:]:
            own.append("st=" + stem)
        # clusters: of the word itself (c1/c2), and of its stripped readings (sc1/sc2): the
        # LAST reading with a cluster, i.e. the most stripped one (the model was trained so)
        cl = res.clusters.get(key)
        if cl is not None:
            own.append(f"c1={cl[0]}")
            own.append(f"c2={cl[1]}")
        known_stem = None
        for stem in stems[1:]:
            scl = res.clusters.get(stem)
            if scl is not None:
                known_stem = scl
        if known_stem is not None:
            own.append(f"sc1={known_stem[0]}")
            own.append(f"sc2={known_stem[1]}")
        if cl is None and known_stem is None:
            own.append("c=unk")
        count = res.counts.get(key, 0)
        own.append(f"fq={int(math.log2(count + 1))}" if count else "fq=0")
        profile = res.profiles.get(key)
        if profile is None:
            for stem in stems[1:]:
                profile = res.profiles.get(stem)
                if profile is not None:
                    break
        if profile is not None:
            for label, level in zip(("PER", "LOC", "ORG"), profile, strict=True):
                if level != "0":
                    own.append(f"pf{label}={level}")
        # single-token gazetteer membership, through any clitic reading
        gz = set()
        for stem in stems:
            labels = res.gazetteer.get((stem,))
            if labels:
                gz.update(labels.split("|"))
        for label in sorted(gz):
            own.append("g1=" + label)
        trigger = trigger_label(stems)
        if trigger:
            own.append("tr=" + trigger)
        if cl is None and known_stem is not None:
            cl = known_stem  # neighbours see the cluster of `وبوتين` through `بوتين`
        coarse = f"{cl[0]}" if cl is not None else "u"
        ctx: dict[int, tuple[str, ...]] = {}
        for off in NEIGHBOUR_OFFSETS:
            # features this word lends to a token when it sits at `off` from that token
            feats = [f"{off}k={key}", f"{off}c={coarse}"]
            if abs(off) == 1:
                feats.append(f"{off}sh={shape}")
                if cl is not None:
                    feats.append(f"{off}c2={cl[1]}")
                if stems[-1] != key:
                    feats.append(f"{off}st={stems[-1]}")
            if trigger:
                feats.append(f"{off}tr={trigger}")
            for label in sorted(gz):
                feats.append(f"{off}g1={label}")
            ctx[off] = tuple(feats)
        return WordInfo(key, stems, tuple(own), ctx, trigger)

    # -- per sentence -----------------------------------------------------------------------
    def gazetteer_tags(self, infos: Sequence[WordInfo]) -> list[list[str]]:
        """BIO gazetteer features from the longest multi-word names starting at each token."""
        n = len(infos)
        tags: list[list[str]] = [[] for _ in range(n)]
        gaz = self.res.gazetteer
        prefixes = self._gz_prefixes
        for i in range(n):
            best_end, best_labels = -1, ""
            for stem in infos[i].stems:
                seq: tuple[str, ...] = (stem,)
                j = i + 1
                while seq in prefixes:
                    labels = gaz.get(seq)
                    if labels and len(seq) > 1 and j > best_end:
                        best_end, best_labels = j, labels
                    if j >= n or j - i >= self._gz_longest:
                        break
                    seq = (*seq, infos[j].key)
                    j += 1
            if best_end > 0:
                for label in best_labels.split("|"):
                    tags[i].append("gz=B-" + label)
                    for k in range(i + 1, best_end):
                        tags[k].append("gz=I-" + label)
        return tags

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        infos = [self.word_info(t) for t in tokens]
        n = len(infos)
        gz = self.gazetteer_tags(infos)
        known = self.known
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            f = list(info.own)
            if i >= 1:
                prev = infos[i - 1]
                f += prev.ctx[-1]
                bigram = "b-=" + prev.key + "|" + info.key
                if known is None or bigram in known:
                    f.append(bigram)
                if i >= 2:
                    f += infos[i - 2].ctx[-2]
                    trig = infos[i - 2].trigger
                    if trig and not prev.trigger:
                        f.append("tr2=" + trig)
                else:
                    f.append("bos2")
            else:
                f.append("bos")
            if i + 1 < n:
                nxt = infos[i + 1]
                f += nxt.ctx[1]
                bigram = "b+=" + info.key + "|" + nxt.key
                if known is None or bigram in known:
                    f.append(bigram)
                if i + 2 < n:
                    f += infos[i + 2].ctx[2]
            else:
                f.append("eos")
            if gz[i]:
                f += gz[i]
            if i >= 1 and gz[i - 1]:
                f += ["-1" + g for g in gz[i - 1]]
            if i + 1 < n and gz[i + 1]:
                f += ["+1" + g for g in gz[i + 1]]
            out.append(f)
        return out
