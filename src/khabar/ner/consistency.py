"""Document-level consistency: a name tagged confidently once is tagged the same elsewhere.

Works on token sequences (one per sentence) so that it serves both `find_mentions` (one
article) and evaluation on CoNLL files (runs of consecutive sentences).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.ner.conlleval import spans

# A mention is "confident" when the mean marginal of its tags is at least this.
CONFIDENT = 0.80
# Also spread the last word of a confident multi-word person name (the surname).
SURNAMES = True
# Never spread single words this short, or these frequent non-name words.
_STOP = frozenset(
    str.split(
        "في من الي علي عن مع ان او ثم قد لا ما هذا هذه ذلك التي الذي الذين كان قال وقال اليوم امس "
        "العام الدوله الحكومه الرئيس وزير الوزير"
    )
)


def _mention_spans(
    tags: Sequence[str], scores: Sequence[float]
) -> list[tuple[str, int, int, float]]:
    out = []
    for typ, i, j in spans(tags):
        out.append((typ, i, j, sum(scores[i:j]) / (j - i)))
    return out


def harmonize(
    stems: Sequence[Sequence[tuple[str, ...]]],
    name_key: Callable[[int, int], str],
    tags: Sequence[list[str]],
    scores: Sequence[list[float]],
    confident: float | None = None,
    surnames: bool | None = None,
) -> tuple[list[list[str]], list[list[float]]]:
    """Spread confident names over the whole document.

    `stems[s][i]`: matching keys of token i of sentence s and of its clitic-stripped readings
    (the full key first). `name_key(s, i)`: the key a name starting at that token is
    remembered under (the clitic-trimmed reading). `tags`/`scores`: per-token BIO tags and the
    marginal of each tag. Returns new tags and scores (the inputs are not modified).
    """
    confident = CONFIDENT if confident is None else confident
    surnames = SURNAMES if surnames is None else surnames
    tags = [list(t) for t in tags]
    scores = [list(s) for s in scores]
    # a sentence's tags change only while the second pass works on it, after its spans are
    # read, so both passes use the spans of the input tags
    mentions = [_mention_spans(t, sc) for t, sc in zip(tags, scores, strict=True)]
    votes: dict[tuple[str, ...], dict[str, float]] = {}
    for s, sent_mentions in enumerate(mentions):
        for typ, i, j, score in sent_mentions:
            if score < confident:
                continue
            name = (name_key(s, i), *(stems[s][k][0] for k in range(i + 1, j)))
            if len(name) == 1 and (len(name[0]) < 3 or name[0] in _STOP):
                continue
            by_label = votes.setdefault(name, {})
            by_label[typ] = max(by_label.get(typ, 0.0), score)
            if surnames and typ == "PER" and len(name) > 1:
                last = (name[-1],)  # فلاديمير بوتين ... بوتين
                if len(last[0]) >= 3 and last[0] not in _STOP:
                    by_label = votes.setdefault(last, {})
                    by_label[typ] = max(by_label.get(typ, 0.0), score)
    if not votes:
        return tags, scores
    names: dict[str, list[tuple[tuple[str, ...], str, float]]] = {}
    for name, by_label in votes.items():
        label, score = max(by_label.items(), key=lambda kv: (kv[1], kv[0]))
        names.setdefault(name[0], []).append((name, label, score))
    for lst in names.values():
        lst.sort(key=lambda x: -len(x[0]))

    for s, sent_stems in enumerate(stems):
        n = len(sent_stems)
        sent_tags, sent_scores = tags[s], scores[s]
        existing = {(i, j): (typ, sc) for typ, i, j, sc in mentions[s]}
        i = 0
        while i < n:
            match = None
            for stem in sent_stems[i]:
                for name, label, score in names.get(stem, ()):
                    j = i + len(name)
                    if j <= n and all(sent_stems[i + k][0] == name[k] for k in range(1, len(name))):
                        if match is None or j > match[0]:
                            match = (j, label, score)
                        break
            if match is None:
                i += 1
                continue
            j, label, score = match
            old = existing.get((i, j))
            if old is not None:
                if old[0] != label and old[1] < confident:
                    _set(sent_tags, sent_scores, i, j, label, score)
            elif all(t == "O" for t in sent_tags[i:j]) and (
                j >= n or not sent_tags[j].startswith("I-")
            ):
                _set(sent_tags, sent_scores, i, j, label, score)
            i = j
    return tags, scores


def _set(tags: list[str], scores: list[float], i: int, j: int, label: str, score: float) -> None:
    for k in range(i, j):
        tags[k] = ("B-" if k == i else "I-") + label
        scores[k] = score
