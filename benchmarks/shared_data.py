"""Where the reference data lives: re-exported from `khabar.shared_data` (one definition)."""

from khabar.shared_data import (
    ANERCORP_TEST,
    ANERCORP_TRAIN,
    ANERGAZET_DIR,
    AQMAR_DEV,
    AQMAR_TEST,
    SAUDINEWSNET,
    SHARED_DATA,
    UD_PUD_DOCS,
)

__all__ = [
    "ANERCORP_TEST",
    "ANERCORP_TRAIN",
    "ANERGAZET_DIR",
    "AQMAR_DEV",
    "AQMAR_TEST",
    "SAUDINEWSNET",
    "SHARED_DATA",
    "UD_PUD_DOCS",
]
