"""Span-level NER scoring with the CoNLL-2000 `conlleval` rules.

A span is a maximal run of tags `B-X I-X I-X ...`; an `I-X` that follows `O`, the sentence
start, or a tag of another type starts a new span (as conlleval does). A predicted span counts
as correct only when its start, end and type all equal a gold span's. Scores are micro-averaged
over all spans, and also given per type.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

OUTSIDE = ("O", "", "-")


def split_tag(tag: str) -> tuple[str, str]:
    """`B-PER` -> ("B", "PER"); `O` -> ("O", ""); a bare `PER` is read as `I-PER`."""
    if tag in OUTSIDE:
        return "O", ""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BIES":
        return tag[0], tag[2:]
    return "I", tag


def spans(tags: list[str] | tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Spans of one sentence as (type, start, end) token offsets, end exclusive."""
    if tags.count("O") == len(tags):
        return []
    out: list[tuple[str, int, int]] = []
    kind = ""
    start = -1
    for i, tag in enumerate(tags):
        prefix, typ = split_tag(tag)
        continues = prefix in ("I", "E") and typ == kind and kind != ""
        if not continues and kind:
            out.append((kind, start, i))
            kind = ""
        if prefix != "O" and not continues:
            kind, start = typ, i
        if prefix in ("E", "S") and kind:
            out.append((kind, start, i + 1))
            kind = ""
    if kind:
        out.append((kind, start, len(tags)))
    return out


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one type (or of all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Micro-averaged counts plus per-type counts."""

    micro: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=dict)
    tokens: int = 0

    def table(self) -> str:
        """A small plain-text report: one line per type, then the micro average."""
        lines = [f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
        rows = [*sorted(self.per_type.items()), ("micro", self.micro)]
        for name, c in rows:
            lines.append(
                f"{name:<6} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f}"
                f" {c.tp + c.fn:6d} {c.tp + c.fp:6d}"
            )
        return "\n".join(lines)


def evaluate(
    gold: Iterable[Sequence[str]],
    predicted: Iterable[Sequence[str]],
    label_map: dict[str, str] | None = None,
) -> Scores:
    """Score predicted tag sequences against gold ones, sentence by sentence.

    `label_map` renames entity types on both sides before comparing (e.g. {"PERS": "PER"}).
    """
    label_map = label_map or {}
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    tokens = 0
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        if len(g_tags) != len(p_tags):
            raise ValueError(
                f"sentence lengths differ: {len(g_tags)} gold, {len(p_tags)} predicted"
            )
        tokens += len(g_tags)
        g = {(label_map.get(t, t), s, e) for t, s, e in spans(g_tags)}
        p = {(label_map.get(t, t), s, e) for t, s, e in spans(p_tags)}
        for t, _, _ in g & p:
            tp[t] = tp.get(t, 0) + 1
        for t, _, _ in p - g:
            fp[t] = fp.get(t, 0) + 1
        for t, _, _ in g - p:
            fn[t] = fn.get(t, 0) + 1
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: Counts(tp.get(t, 0), fp.get(t, 0), fn.get(t, 0)) for t in types}
    micro = Counts(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return Scores(micro=micro, per_type=per_type, tokens=tokens)
