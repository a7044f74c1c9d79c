"""Where the reference data lives: `../shared/data` beside the checkout, or $KHABAR_SHARED_DATA.

The one place these paths are spelled (training and the benchmarks read them from here).
Light on purpose: no imports beyond the standard library.
"""

from __future__ import annotations

import os
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("KHABAR_SHARED_DATA", _CHECKOUT.parent / "shared" / "data"))

SAUDINEWSNET = SHARED_DATA / "corpora" / "saudinewsnet" / "articles.parquet"
UD_PUD_DOCS = SHARED_DATA / "segmentation" / "ud-arabic-pud" / "docs.jsonl"
ANERCORP_TRAIN = SHARED_DATA / "ner" / "anercorp" / "train.conll"
ANERCORP_TEST = SHARED_DATA / "ner" / "anercorp" / "test.conll"
AQMAR_DEV = SHARED_DATA / "ner" / "aqmar" / "dev.conll"
AQMAR_TEST = SHARED_DATA / "ner" / "aqmar" / "test.conll"
ANERGAZET_DIR = SHARED_DATA / "gazetteers" / "anergazet"
