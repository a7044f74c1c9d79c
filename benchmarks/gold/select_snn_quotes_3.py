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

SPEC = snn_draw.QuoteDraw(
    seed=20261125,
    n_draw=30,
    n_dev=0,  # all `check`
    caps=(3,),
    min_marks=4,
    exclude_golds=("snn_quotes.jsonl", "snn_quotes_2.jsonl"),
    # Samples read while tuning the extractor: (seed, size).
    exclude_samples=(
        *((s, 200) for s in (5, 77, 31, 44, 55, 101, 202)),
        (303, 300),
    ),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
