"""Draw the 128 SaudiNewsNet articles of `snn_ner_2.jsonl` (a second, larger blind NER gold).

    .venv/bin/python benchmarks/gold/select_snn_ner_2.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_ner_2.py --text    # ... with the clean text
    .venv/bin/python benchmarks/gold/select_snn_ner_2.py --check   # validate the file

Annotated as a fourth round of `snn_ner_train.jsonl` (same annotators' brief, conventions and
decisions, see `snn_ner_train.md`), then kept out of training: on the dev sets it moved news
dev by +1.2 and AQMAR dev by -0.7, so the 352 articles of the first three rounds stay the
training data and these 128 became an evaluation set, eight times the size of `snn_ner.jsonl`
dev. Candidates: raw text of 800-2,500 characters whose id is in none of the gold files below
(every quote gold, `snn_ner.jsonl` and the training articles). The candidates, in parquet order,
are shuffled with `random.Random(20261206)` and taken in that order, at most 10 per `source`
(then 16, then 24), until 128. The first 64 taken are `dev`, the other 64 `check` (held out).
"""

from __future__ import annotations

import sys

import select_snn_ner
import select_snn_ner_train
import snn_draw

SEED = 20261206
N_DRAW, N_DEV = 128, 64
CAPS = (10, 16, 24)
EXCLUDE_GOLDS = (*select_snn_ner_train.EXCLUDE_GOLDS, "snn_ner_train.jsonl")
GOLD = snn_draw.GOLD_DIR / "snn_ner_2.jsonl"


def draw() -> list[dict]:
    """The 128 articles, in draw order, with their split and raw text."""
    return snn_draw.draw(
        seed=SEED,
        n_draw=N_DRAW,
        n_dev=N_DEV,
        caps=CAPS,
        accept=snn_draw.length_rule(select_snn_ner_train.MIN_CHARS, select_snn_ner_train.MAX_CHARS),
        exclude_golds=EXCLUDE_GOLDS,
    )


def main() -> None:
    if "--check" in sys.argv[1:]:
        sys.exit(select_snn_ner.check(draw, GOLD))
    snn_draw.main(draw)


if __name__ == "__main__":
    main()
