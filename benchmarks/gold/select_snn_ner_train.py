"""Draw the 352 SaudiNewsNet articles of `snn_ner_train.jsonl` (hand NER annotation to train on).

    .venv/bin/python benchmarks/gold/select_snn_ner_train.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_ner_train.py --text    # ... with the clean text
    .venv/bin/python benchmarks/gold/select_snn_ner_train.py --check   # validate the file

ANERcorp is 2007 wire news; the dataset is modern news, where clubs, ministries, Saudi places
and foreign transliterated names are far more common. These articles are annotated blind
under the conventions of `snn_ner.md` (see `snn_ner_train.md`) and added to the CRF's training
data (`khabar.ner.train`); they are never scored on. Candidates: raw text of 800-2,500
characters whose id is in no gold file of this folder (`snn_ner.jsonl`, so its dev and check
stay unseen, and every quote gold, whose scores the tagger feeds). Drawn in the rounds of
`ROUNDS`, one per round of annotation: the candidates, in parquet order, minus the articles of
the rounds before, are shuffled with `random.Random(seed)` and taken in that order with the
round's per-`source` caps until its count. Every article is in split `train`.
"""

from __future__ import annotations

import sys

import select_snn_ner
import snn_draw

# (seed, articles, per-source caps) of each round of annotation; a round leaves out the
# articles of the rounds before it.
ROUNDS = (
    (20261203, 96, (8, 12)),
    (20261204, 128, (10, 16, 24)),
    (20261205, 128, (10, 16, 24)),
)
MIN_CHARS, MAX_CHARS = 800, 2500
EXCLUDE_GOLDS = (
    "snn_ner.jsonl",
    "snn_quotes.jsonl",
    "snn_quotes_2.jsonl",
    "snn_quotes_3.jsonl",
    "snn_quotes_4.jsonl",
    "snn_quotes_5.jsonl",
    "snn_quotes_6.jsonl",
    "snn_quotes_7.jsonl",
)
GOLD = snn_draw.GOLD_DIR / "snn_ner_train.jsonl"


def draw() -> list[dict]:
    """The articles of every round, in draw order, each in split `train`, with its raw text."""
    picked: list[dict] = []
    for seed, n_draw, caps in ROUNDS:
        picked += snn_draw.draw(
            seed=seed,
            n_draw=n_draw,
            n_dev=n_draw,
            caps=caps,
            accept=snn_draw.length_rule(MIN_CHARS, MAX_CHARS),
            exclude_golds=EXCLUDE_GOLDS,
            exclude_ids=[p["id"] for p in picked],
        )
    return [{**p, "split": "train"} for p in picked]


def main() -> None:
    if "--check" in sys.argv[1:]:
        sys.exit(select_snn_ner.check(draw, GOLD, ("train",)))
    snn_draw.main(draw)


if __name__ == "__main__":
    main()
