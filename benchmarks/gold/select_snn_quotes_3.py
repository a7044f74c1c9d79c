"""Draw the 30 SaudiNewsNet articles of `snn_quotes_3.jsonl` (a third, blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_3.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_3.py --text    # ... with the clean text

Candidates: raw text of 600-2,500 characters with at least 4 quotation marks of any kind (so
quotes are frequent) and at least one reporting verb (any clitic form), as in
`select_snn_quotes_2.py` but with 4 marks instead of 2. Left out: the ids of `snn_quotes.jsonl`
and `snn_quotes_2.jsonl`, and every row read while tuning: `random.Random(S).sample(range(n_rows),
200)` for S in 5, 77, 31, 44, 55, 101, 202 and `random.Random(303).sample(range(n_rows), 300)`.
The candidates, in parquet order, are shuffled with `random.Random(20261125)` and taken in that
order, at most 3 per `source`, until 30. All 30 are `check`: the whole file is held out.
"""

from __future__ import annotations

import snn_draw

SEED = 20261125
N_DRAW = 30
N_DEV = 0  # all `check`
PER_SOURCE = 3
MIN_CHARS, MAX_CHARS = 600, 2500
MIN_MARKS = 4
EXCLUDE_GOLDS = ["snn_quotes.jsonl", "snn_quotes_2.jsonl"]
# Samples read while tuning the extractor: (seed, size).
EXCLUDE_SAMPLES = [(5, 200), (77, 200), (31, 200), (44, 200), (55, 200), (101, 200), (202, 200)]
EXCLUDE_SAMPLES.append((303, 300))


def draw() -> list[dict]:
    """The 30 articles, in draw order, with their split and raw text."""
    return snn_draw.draw(
        seed=SEED,
        n_draw=N_DRAW,
        n_dev=N_DEV,
        caps=(PER_SOURCE,),
        accept=snn_draw.quote_rule(MIN_CHARS, MAX_CHARS, MIN_MARKS),
        exclude_golds=EXCLUDE_GOLDS,
        exclude_samples=EXCLUDE_SAMPLES,
    )


if __name__ == "__main__":
    snn_draw.main(draw)
