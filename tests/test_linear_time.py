"""Every stage runs in linear time on hostile contributed text (the issue's sizes).

Bounds are generous (a slow CI machine must pass); a quadratic pass over these inputs
would take hours, not seconds.
"""

from __future__ import annotations

import time

import pytest

from khabar.annotate import SourceInfo, annotate_article
from khabar.validate import check_article_bytes

SENTENCE = "قال الرئيس الروسي فلاديمير بوتين إن المحادثات مع بايدن في جنيف كانت بناءة "
ONE_MB_LINE = SENTENCE * (1_000_000 // len(SENTENCE.encode()))

HOSTILE = {
    "1 MB line with no newline": ONE_MB_LINE,
    "100,000 quote marks": SENTENCE + '"' * 100_000 + SENTENCE,
    "100,000 short quotes": (SENTENCE + "«نعم» ") * 5_000,
    "100,000 dots": SENTENCE + "." * 100_000 + SENTENCE,
    "100,000 one-word sentences": "كلمة. " * 100_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_the_whole_pipeline_is_linear_on_hostile_text(name):
    text = HOSTILE[name]
    started = time.perf_counter()
    check = check_article_bytes("900_0000000000000000.txt", text.encode())
    bundle = annotate_article(SourceInfo("x.txt", "x", check.sha256), check.text or text)
    elapsed = time.perf_counter() - started
    assert elapsed < 30, f"{name}: {elapsed:.1f} s"
    article = bundle.article.text
    for row in bundle.sentences + bundle.quotes + bundle.entities:
        assert article[row.start : row.end] == row.text
    if name == "100,000 quote marks":
        assert bundle.quotes == []  # a run of marks is not speech
