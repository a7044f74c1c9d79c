"""Draw the 20 SaudiNewsNet articles of `snn_ner.jsonl` (a small blind NER gold).

    .venv/bin/python benchmarks/gold/select_snn_ner.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_ner.py --text    # ... with the clean text
    .venv/bin/python benchmarks/gold/select_snn_ner.py --check   # validate snn_ner.jsonl

Candidates: raw text of 800-2,500 characters whose id is in none of `snn_quotes.jsonl`,
`snn_quotes_2.jsonl`, `snn_quotes_3.jsonl`. The candidates, in parquet order, are shuffled
with `random.Random(20261126)` and taken in that order, at most 2 per `source`, until 20:
the first 14 are `dev`, the last 6 `check`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import snn_draw

SEED = 20261126
N_DRAW = 20
N_DEV = 14
PER_SOURCE = 2
MIN_CHARS, MAX_CHARS = 800, 2500
EXCLUDE_GOLDS = ["snn_quotes.jsonl", "snn_quotes_2.jsonl", "snn_quotes_3.jsonl"]
GOLD = snn_draw.GOLD_DIR / "snn_ner.jsonl"
LABELS = {"PER", "LOC", "ORG", "MISC"}


def draw() -> list[dict]:
    """The 20 articles, in draw order, with their split and raw text."""
    return snn_draw.draw(
        seed=SEED,
        n_draw=N_DRAW,
        n_dev=N_DEV,
        caps=(PER_SOURCE,),
        accept=snn_draw.length_rule(MIN_CHARS, MAX_CHARS),
        exclude_golds=EXCLUDE_GOLDS,
    )


def check(
    draw_fn: Callable[[], list[dict]] = draw,
    gold: Path = GOLD,
    splits: tuple[str, ...] = ("dev", "check"),
) -> int:
    """Every row's text is its clean-text slice, spans are in order and don't overlap,
    and every drawn article (and no other) is listed with its split."""
    from khabar.clean import clean_article

    drawn = {p["id"]: p for p in draw_fn()}
    clean = {i: clean_article(p["raw"]).text for i, p in drawn.items()}
    errors: list[str] = []
    last_end: dict[str, int] = {}
    listed: set[str] = set()
    counts: Counter[tuple[str, str]] = Counter()
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        aid = row["id"]
        listed.add(aid)
        if aid not in drawn:
            errors.append(f"line {n}: {aid} was not drawn")
            continue
        if row["split"] != drawn[aid]["split"]:
            errors.append(f"line {n}: split {row['split']} != {drawn[aid]['split']}")
        if row.get("none"):
            if aid in last_end:
                errors.append(f"line {n}: 'none' row for an article with entities")
            last_end[aid] = 0
            continue
        start, end = row["start"], row["end"]
        if clean[aid][start:end] != row["text"]:
            errors.append(f"line {n}: text {row['text']!r} != {clean[aid][start:end]!r}")
        if row["label"] not in LABELS:
            errors.append(f"line {n}: label {row['label']!r}")
        if start < last_end.get(aid, 0):
            errors.append(f"line {n}: overlaps or out of order")
        last_end[aid] = end
        counts[(row["split"], row["label"])] += 1
    for aid in drawn.keys() - listed:
        errors.append(f"{aid}: not listed")
    for e in errors:
        print(e)
    for split in splits:
        per = {lab: counts[(split, lab)] for lab in sorted(LABELS)}
        print(split, per, "total", sum(per.values()))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def main() -> None:
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    snn_draw.main(draw)


if __name__ == "__main__":
    main()
