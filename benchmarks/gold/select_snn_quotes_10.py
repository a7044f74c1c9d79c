"""Draw the 60 SaudiNewsNet articles of `snn_quotes_10.jsonl` (a tenth blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_10.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_10.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py` (600-2,500 raw characters, at least 4
quotation marks, a reporting verb). Left out: everything `select_snn_quotes_9.py` leaves out,
plus the ids of `snn_quotes_9.jsonl`, plus every sample read while tuning after the ninth
draw: `random.Random(S).sample(range(n_rows), N)` for the (S, N) below (listed in
`snn_quotes_9.md` and `snn_quotes_10.md`). The candidates, in parquet order, are shuffled with
`random.Random(20261205)` and taken in that order, at most 5 per `source` (then 6), until 60.
The first 30 taken are `dev`, the other 30 `check` (held out).
"""

from __future__ import annotations

import select_snn_quotes_9
import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261205,
    n_draw=60,
    n_dev=30,
    caps=(5, 6),
    min_marks=4,
    exclude_golds=(*select_snn_quotes_9.SPEC.exclude_golds, "snn_quotes_9.jsonl"),
    exclude_samples=(
        *select_snn_quotes_9.SPEC.exclude_samples,
        (2424, 500),
        (2525, 500),
        (2626, 1500),
        (2727, 1500),
        (2828, 2000),
        (2929, 500),
        (3030, 4000),
        (3131, 2000),
        (3232, 600),
        (3333, 2500),
        (3434, 4000),
        (3535, 6000),
    ),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
