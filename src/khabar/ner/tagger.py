"""The Arabic NER tagger: a CRF over hand-built features, with document-level consistency."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from khabar.arabic import clitic_candidates, matching_key, tokenize
from khabar.ner.conll import read_conll
from khabar.ner.conlleval import spans
from khabar.ner.consistency import harmonize
from khabar.ner.features import FeatureExtractor
from khabar.ner.resources import (
    ATTRIBUTES_FILE,
    MODEL_FILE,
    RESOURCE_DIR,
    load_resources,
    read_attributes,
)
from khabar.spans import Mention, Segment

LABELS = ("PER", "LOC", "ORG", "MISC")


class Tagger:
    """Tags token sequences (`tag`) and finds mentions as character spans (`find_mentions`)."""

    def __init__(self, directory: Path = RESOURCE_DIR) -> None:
        self.resources = load_resources(directory)
        known = read_attributes(directory / ATTRIBUTES_FILE)
        self.features = FeatureExtractor(self.resources, known=known)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(directory / MODEL_FILE))
        self._lock = threading.Lock()
        self._names = {name[0] for name in self.resources.gazetteer if len(name) == 1}
        self._trim_cache: dict[str, int] = {}
        self._canon_cache: dict[str, str] = {}

    # -- sentences --------------------------------------------------------------------------
    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (PER/LOC/ORG/MISC) for the tokens of one sentence."""
        if not tokens:
            return []
        xseq = self.features.sentence(tokens)
        with self._lock:
            return self._crf.tag(xseq)

    def tag_with_scores(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags plus the marginal probability of each tag (1.0 is not computed for `O`)."""
        if not tokens:
            return [], []
        xseq = self.features.sentence(tokens)
        with self._lock:
            tags = self._crf.tag(xseq)
            marginal = self._crf.marginal
            scores = [1.0 if t == "O" else marginal(t, i) for i, t in enumerate(tags)]
        return tags, scores

    def tag_document(
        self, sentences: Sequence[Sequence[str]], consistent: bool = True
    ) -> tuple[list[list[str]], list[list[float]]]:
        """Tags for several sentences of one document, made consistent across them."""
        tags, scores = [], []
        for tokens in sentences:
            t, s = self.tag_with_scores(tokens)
            tags.append(t)
            scores.append(s)
        if consistent:
            tags, scores = self._harmonize(sentences, tags, scores)
        return tags, scores

    def tag_in_runs(self, sentences: Sequence[Sequence[str]], context: int) -> list[list[str]]:
        """Tags of CoNLL-style sentences, tagged together in the runs of `conll_documents`
        (document consistency within each run; `context` <= 0: each sentence alone).
        `-DOCSTART-` lines are tagged `O`."""
        predicted: list[list[str]] = [["O"] * len(t) for t in sentences]
        for run in conll_documents(sentences, context):
            tags, _ = self.tag_document([sentences[i] for i in run], consistent=context > 0)
            for i, sent_tags in zip(run, tags, strict=True):
                predicted[i] = sent_tags
        return predicted

    def _harmonize(self, sentences, tags, scores):
        word_info = self.features.word_info
        stems = [[word_info(t).stems for t in tokens] for tokens in sentences]
        return harmonize(stems, lambda s, i: self.name_key(sentences[s][i]), tags, scores)

    def name_key(self, word: str) -> str:
        """Matching key of `word` with a leading clitic trimmed as in `find_mentions`."""
        key = self._canon_cache.get(word)
        if key is None:
            off = self.clitic_offset(word)
            key = self.features.word_info(word[off:] if off else word).key
            self._canon_cache[word] = key
        return key

    # -- clitics ----------------------------------------------------------------------------
    def clitic_offset(self, word: str) -> int:
        """How many leading characters of `word` are a conjunction/preposition clitic to trim.

        ANERcorp keeps clitics on names (`وبوتين` is B-PERS). Trim when the stripped reading is
        much more frequent in news than the whole word (`وبوتين` -> `بوتين`), or is a gazetteer
        name while the whole word is rare; never when the whole word is a gazetteer name or
        common itself (`لبنان`, `واشنطن`, `بايدن`). Only readings that are
        a literal suffix of `word` are used, so the span text stays exact.
        """
        off = self._trim_cache.get(word)
        if off is not None:
            return off
        counts = self.resources.counts
        names = self._names
        off = 0
        key = matching_key(word)
        if len(key) == len(word) and len(word) > 2 and key not in names:
            full = counts.get(key, 0)
            best = 3 * full + 2
            for stem, o in clitic_candidates(word)[1:]:
                if word[o:] != stem:
                    continue  # the لل -> ال reading is not a suffix of the text
                if _kaf_of_a_foreign_name(word, o):
                    continue
                stem_key = matching_key(stem)
                n = counts.get(stem_key, 0)
                if n > best or (stem_key in names and full <= 5 and off == 0):
                    best, off = max(n, best), o
            if off == 0 and full == 0 and word[0] == "و" and len(word) >= 5:
                off = 1  # `وياسوهيرو`: a name never seen in the news, with or without و
        self._trim_cache[word] = off
        return off

    # -- documents --------------------------------------------------------------------------
    def find_mentions(
        self, text: str, segments: Sequence[Segment], consistent: bool = True
    ) -> list[Mention]:
        """Named-entity mentions over `text`, sorted, with document-level consistency."""
        offsets: list[list[tuple[int, int]]] = []
        sentences: list[list[str]] = []
        for seg in segments:
            offs = [(seg.start + s, seg.start + e) for s, e in tokenize(text[seg.start : seg.end])]
            if offs:
                offsets.append(offs)
                sentences.append([text[s:e] for s, e in offs])
        tags, scores = self.tag_document(sentences, consistent=consistent)
        # a word seen inside a longer name carries no clitic: `جيم كرافت` ... `وقال كرافت`
        # keeps `كرافت` whole (`رافت` is a far more frequent name in news)
        sent_spans = [spans(sent_tags) for sent_tags in tags]
        inner = {
            matching_key(words[k])
            for words, found in zip(sentences, sent_spans, strict=True)
            for _, i, j in found
            for k in range(i + 1, j)
        }
        mentions = []
        for offs, words, found, sent_scores in zip(
            offsets, sentences, sent_spans, scores, strict=True
        ):
            for typ, i, j in found:
                whole = matching_key(words[i]) in inner
                start = offs[i][0] + (0 if whole else self.clitic_offset(words[i]))
                if typ == "PER" and j < len(words) and _continues_name(words[j - 1], words[j]):
                    j += 1  # `عبدالله بن` + `مساعد`: a name never ends on a kinship word
                score = sum(sent_scores[i:j]) / (j - i)
                mentions.append(Mention(start, offs[j - 1][1], typ, round(score, 4)))
        mentions.sort(key=lambda m: (m.start, m.end, m.label))
        return mentions


def _kaf_of_a_foreign_name(word: str, off: int) -> bool:
    """`كوفي`, `كيارا`, `كابل`: a ك before a long vowel begins a foreign name; as the
    preposition ("as, like") it stands before ال, a hamza or a consonant (`كالكويت`,
    `كأحمد`, `كسعود`)."""
    rest = word[off:]
    return word[off - 1] == "ك" and (rest[:1] in "وي" or (rest[:1] == "ا" and rest[1:2] != "ل"))


_NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"})


def _continues_name(last: str, following: str) -> bool:
    """True when a person name's last word needs the next one (`بن`, `أبو`, `عبد`, `آل`)."""
    if last.startswith("آ") and last != "آل":
        return False  # `آبي` (Abe) folds to `ابي` but is a name, not `أبي` ("father of")
    return matching_key(last) in _NAME_LINKS and following.isalpha()


@lru_cache(maxsize=1)
def load_tagger() -> Tagger:
    """The tagger of the committed artifact (loaded once per process)."""
    return Tagger()


# CoNLL files carry no article boundaries (unless `-DOCSTART-` lines mark them): runs of this
# many sentences stand in for an article, so the flow's document consistency applies.
# Chosen on the dev split (ANERcorp train tail): 10 -> 74.4, 30 -> 74.7, 60 -> 75.0, 120 -> 74.9
# span F1, against 72.3 sentence by sentence.
CONLL_CONTEXT = 60
DOCSTART = "-DOCSTART-"


def conll_documents(sentences: Sequence[Sequence[str]], context: int) -> list[range]:
    """Index ranges of the sentences tagged together: `-DOCSTART-` documents, cut into runs
    of `context` sentences (`context` <= 0: every sentence alone)."""
    runs: list[range] = []
    start = 0
    for i, tokens in enumerate([*sentences, [DOCSTART]]):
        if tokens and tokens[0] == DOCSTART:
            step = context if context > 0 else 1
            runs.extend(range(a, min(a + step, i)) for a in range(start, i, step))
            start = i + 1
    return runs


def conll_tag_file(in_path: str | Path, out_path: str | Path, context: int = CONLL_CONTEXT) -> int:
    """Tag a `token<TAB>tag` CoNLL file; write `token<TAB>gold<TAB>predicted`.

    Predicted labels follow the gold file's naming (`PERS` if the gold file says `PERS`).
    Sentences are tagged in runs of `context` (see `CONLL_CONTEXT`) with the build's
    document consistency; `context=0` tags each sentence alone. `-DOCSTART-` lines are
    copied through as `O` and end a run. Returns the number of sentences written.
    """
    sentences = read_conll(in_path)
    uses_pers = any(tag.endswith("-PERS") for sent in sentences for _, tag in sent)
    tagger = load_tagger()
    predicted = tagger.tag_in_runs([[tok for tok, _ in sent] for sent in sentences], context)
    with open(out_path, "w", encoding="utf-8") as out:
        for sent, pred in zip(sentences, predicted, strict=True):
            for (tok, gold), p in zip(sent, pred, strict=True):
                if uses_pers and p.endswith("-PER"):
                    p += "S"
                out.write(f"{tok}\t{gold}\t{p}\n")
            out.write("\n")
    return len(sentences)
