"""Where the reference data lives: `../shared/data` beside the checkout, or $KHABAR_SHARED_DATA."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_DATA = Path(
    os.environ.get("KHABAR_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)
SAUDINEWSNET = SHARED_DATA / "corpora" / "saudinewsnet" / "articles.parquet"
UD_PUD_DOCS = SHARED_DATA / "segmentation" / "ud-arabic-pud" / "docs.jsonl"
