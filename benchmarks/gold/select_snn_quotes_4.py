"""Draw the 30 SaudiNewsNet articles of `snn_quotes_4.jsonl` (a fourth, blind quote gold, dev).

    .venv/bin/python benchmarks/gold/select_snn_quotes_4.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_4.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py`: raw text of 600-2,500 characters with at
least 4 quotation marks of any kind and at least one reporting verb (any clitic form). Left out:
everything `select_snn_quotes_3.py` leaves out (the ids of `snn_quotes.jsonl` and
`snn_quotes_2.jsonl`, and `random.Random(S).sample(range(n_rows), 200)` for S in 5, 77, 31, 44,
55, 101, 202 and `random.Random(303).sample(range(n_rows), 300)`), plus the ids of
`snn_quotes_3.jsonl` and `snn_ner.jsonl`, plus `random.Random(S).sample(range(n_rows), 200)` for
S in 13, 19, 23, 29, 37, 41, 4242 and 991. The candidates, in parquet order, are shuffled with
`random.Random(20261127)` and taken in that order, at most 3 per `source`, until 30. All 30 are
`dev`: the file is for tuning the extractor.
"""

from __future__ import annotations

import select_snn_quotes_3
import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261127,
    n_draw=30,
    n_dev=30,  # all `dev`
    caps=(3,),
    min_marks=4,
    # Everything the third draw left out, that draw's gold and the NER gold, and the samples
    # read since: (seed, size).
    exclude_golds=(*select_snn_quotes_3.SPEC.exclude_golds, "snn_quotes_3.jsonl", "snn_ner.jsonl"),
    exclude_samples=(
        *select_snn_quotes_3.SPEC.exclude_samples,
        *((s, 200) for s in (13, 19, 23, 29, 37, 41, 4242, 991)),
    ),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
