"""Draw the 60 SaudiNewsNet articles of `snn_quotes_8.jsonl` (an eighth blind quote gold).

    .venv/bin/python benchmarks/gold/select_snn_quotes_8.py           # ids, split, source
    .venv/bin/python benchmarks/gold/select_snn_quotes_8.py --text    # ... with the clean text

Candidates: the rules of `select_snn_quotes_3.py` (600-2,500 raw characters, at least 4
quotation marks, a reporting verb). Left out: everything `select_snn_quotes_7.py` leaves out,
plus the ids of `snn_quotes_7.jsonl`, of the NER golds and of the NER training annotations
(the tagger saw those articles, so they would flatter the speakers), plus the samples read
while tuning after the seventh draw: `random.Random(S).sample(range(n_rows), N)` for (S, N) in
(1717, 1500), (1818, 3000), (1919, 1500) and (2121, 1500). The candidates, in parquet order,
are shuffled with `random.Random(20261203)` and taken in that order, at most 5 per `source`
(then 6), until 60. The first 30 taken are `dev`, the other 30 `check` (held out).
"""

from __future__ import annotations

import select_snn_quotes_7
import snn_draw

SPEC = snn_draw.QuoteDraw(
    seed=20261203,
    n_draw=60,
    n_dev=30,
    caps=(5, 6),
    min_marks=4,
    exclude_golds=(
        *select_snn_quotes_7.SPEC.exclude_golds,
        "snn_quotes_7.jsonl",
        "snn_ner_2.jsonl",
        "snn_ner_train.jsonl",
    ),
    exclude_samples=(
        *select_snn_quotes_7.SPEC.exclude_samples,
        (1717, 1500),
        (1818, 3000),
        (1919, 1500),
        (2121, 1500),
    ),
)
draw = SPEC.draw


if __name__ == "__main__":
    snn_draw.main(draw)
