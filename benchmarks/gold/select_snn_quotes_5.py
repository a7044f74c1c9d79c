"""Draw the 60 SaudiNewsNet articles of `snn_quotes_5.jsonl` (a fifth blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_5.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_5.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py`: raw text of 600-2,500 characters with at
least 4 quotation marks of any kind and at least one reporting verb (any clitic form). Left out:
everything `select_snn_quotes_4.py` leaves out, plus the ids of `snn_quotes_4.jsonl`, plus
`random.Random(S).sample(range(n_rows), 500)` for S in 61 and 8 (samples read while tuning after
the fourth draw; a sample's first rows do not depend on its size). The candidates, in parquet
order, are shuffled with `random.Random(20261123)` and taken in that order, at most 5 per
`source` (then 6 if 60 are not reached), until 60. The first 30 taken are `dev` (for tuning), the
other 30 `check` (held out: score them, never tune on them).
"""

from __future__ import annotations

import select_snn_quotes_4
import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261123,
    n_draw=60,
    n_dev=30,
    caps=(5, 6),
    min_marks=4,
    exclude_golds=(*select_snn_quotes_4.SPEC.exclude_golds, "snn_quotes_4.jsonl"),
    exclude_samples=(*select_snn_quotes_4.SPEC.exclude_samples, (61, 500), (8, 500)),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
