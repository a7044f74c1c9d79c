"""Draw the 30 SaudiNewsNet articles of `snn_quotes_2.jsonl` (a second, blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_2.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_2.py --text    # ... with the clean text

Candidates: raw text of 600-2,500 characters with at least 2 quotation marks of any kind and
at least one reporting verb (any clitic form); ids of `snn_quotes.jsonl` and the rows drawn by
`random.Random(5)` and `random.Random(77)` `.sample(range(n_rows), 200)` are left out. The
candidates, in parquet order, are shuffled with `random.Random(20261124)` and taken in that
order, at most 2 per `source`, until 30: the first 20 are `dev`, the last 10 `check`.
SaudiNewsNet has only 14 sources, so the cap of 2 gives 28; the last 2 are the next candidates
in the same shuffled order once the cap is raised to 3 (they are the last two `check` rows).
"""

from __future__ import annotations

import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261124,
    n_draw=30,
    n_dev=20,
    caps=(2, 3),  # 14 sources: the cap of 2 stops at 28, a second pass with 3 takes the last 2
    min_marks=2,
    exclude_golds=("snn_quotes.jsonl",),
    # Samples read while tuning the extractor: (seed, size).
    exclude_samples=((5, 200), (77, 200)),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
