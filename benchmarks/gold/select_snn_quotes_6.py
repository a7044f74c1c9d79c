"""Draw the 60 SaudiNewsNet articles of `snn_quotes_6.jsonl` (a sixth blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_6.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_6.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py` (600-2,500 raw characters, at least 4
quotation marks, a reporting verb). Left out: everything `select_snn_quotes_5.py` leaves out,
plus the ids of `snn_quotes_5.jsonl`, plus the samples read while tuning after the fifth draw:
`random.Random(S).sample(range(n_rows), N)` for (S, N) in (606, 1500), (707, 3000), (909, 1500)
and (1212, 300). The candidates, in parquet order, are shuffled with `random.Random(20261124)`
and taken in that order, at most 5 per `source` (then 6), until 60. The first 30 taken are
`dev`, the other 30 `check` (held out).
"""

from __future__ import annotations

import select_snn_quotes_5
import snn_draw

SEED = 20261124
N_DRAW = 60
N_DEV = 30
CAPS = (5, 6)
MIN_CHARS, MAX_CHARS = 600, 2500
MIN_MARKS = 4
EXCLUDE_GOLDS = [*select_snn_quotes_5.EXCLUDE_GOLDS, "snn_quotes_5.jsonl"]
EXCLUDE_SAMPLES = [
    *select_snn_quotes_5.EXCLUDE_SAMPLES,
    (606, 1500),
    (707, 3000),
    (909, 1500),
    (1212, 300),
]


def draw() -> list[dict]:
    """The 60 articles, in draw order, with their split and raw text."""
    return snn_draw.draw(
        seed=SEED,
        n_draw=N_DRAW,
        n_dev=N_DEV,
        caps=CAPS,
        accept=snn_draw.quote_rule(MIN_CHARS, MAX_CHARS, MIN_MARKS),
        exclude_golds=EXCLUDE_GOLDS,
        exclude_samples=EXCLUDE_SAMPLES,
    )


if __name__ == "__main__":
    snn_draw.main(draw)
