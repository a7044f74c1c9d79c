"""Draw the 60 SaudiNewsNet articles of `snn_quotes_9.jsonl` (a ninth blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_9.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_9.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py` (600-2,500 raw characters, at least 4
quotation marks, a reporting verb). Left out: everything `select_snn_quotes_8.py` leaves out,
plus the ids of `snn_quotes_8.jsonl`, plus the samples read while tuning on the eighth gold:
`random.Random(S).sample(range(n_rows), N)` for (S, N) in (2222, 1500) and (2323, 3000). The
candidates, in parquet order, are shuffled with `random.Random(20261204)` and taken in that
order, at most 5 per `source` (then 6), until 60. The first 30 taken are `dev`, the other 30
`check` (held out).
"""

from __future__ import annotations

import select_snn_quotes_8
import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261204,
    n_draw=60,
    n_dev=30,
    caps=(5, 6),
    min_marks=4,
    exclude_golds=(*select_snn_quotes_8.SPEC.exclude_golds, "snn_quotes_8.jsonl"),
    exclude_samples=(*select_snn_quotes_8.SPEC.exclude_samples, (2222, 1500), (2323, 3000)),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
