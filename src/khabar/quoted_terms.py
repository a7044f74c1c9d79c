"""Words that news outlets put in quotation marks by convention: names and terms, not speech.

A single word between quotation marks is ambiguous: `«داعش»`, `"تويتر"`, `«عكاظ»` are names
the outlet marks out of habit, while `"صدت"` or `"ملوث"` are a speaker's own words. What tells
them apart is how the word is used across a large corpus: a conventional name is quoted alone
in many different sentences, a speaker's word in one story (and its syndicated copies). So the
list is learned from the unlabelled SaudiNewsNet corpus: a word is a conventional quoted term
when it stands alone between marks after at least `MIN_CONTEXTS` different pairs of words, and
in at least `MIN_SHARE` of all its occurrences. Counting distinct contexts, not articles, keeps
a wire story's word that several outlets copied out of the list; the share keeps out everyday
words (`"بناء"`, `"جيد"`) that speakers are often quoted saying.

    .venv/bin/python -m khabar.quoted_terms     # rebuild resources/quoted_terms.txt

Only the matching keys of the words are kept (SaudiNewsNet is CC BY-NC-SA 4.0, research use).
The articles of the project's gold files are left out of the count, so no gold leaks into it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import regex

from khabar.arabic import matching_key, matching_keys

RESOURCE = Path(__file__).resolve().parent / "resources" / "quoted_terms.txt"
MIN_CONTEXTS = 5
MIN_SHARE = 0.05
_MIN_LETTERS = 3

_MARKS = '"“”«»„‟'
# One Arabic word between two marks: the opening mark starts a word (after a space, punctuation
# or a one-letter clitic: `ب«داعش»`), the closing mark ends one.
_LONE_WORD_RE = regex.compile(
    rf"(?:(?<=^|[\s\p{{P}}])|(?<=(?:^|\s)[وبلكف]ـ?))[{_MARKS}]\s*"
    rf"([\p{{Arabic}}\p{{M}}]+)\s*[{_MARKS}](?=$|[\s\p{{P}}])"
)
_WORD_RE = regex.compile(r"[\p{Arabic}\p{M}]+")
# Yes/no and chants are speech even when a whole corpus quotes them alone.
_SPEECH_WORDS = matching_keys("لا نعم كلا ارحل")


def lone_quoted_words(text: str) -> Iterable[tuple[str, str]]:
    """(matching key, the two words before the opening mark) of each word quoted alone."""
    for m in _LONE_WORD_RE.finditer(text):
        before = " ".join(text[max(0, m.start() - 30) : m.start()].split()[-2:])
        yield matching_key(m.group(1)), before


def conventional_terms(
    texts: Sequence[str], min_contexts: int = MIN_CONTEXTS, min_share: float = MIN_SHARE
) -> list[str]:
    """Keys quoted alone after at least `min_contexts` distinct word pairs, and in at least
    `min_share` of all their occurrences, sorted. The share keeps out the everyday words a
    speaker is often quoted saying (`"بناء"`, `"جيد"`, `"فورا"`), which far more often stand
    unquoted."""
    contexts: dict[str, set[str]] = defaultdict(set)
    quoted: Counter[str] = Counter()
    for text in texts:
        for key, before in lone_quoted_words(text or ""):
            contexts[key].add(before)
            quoted[key] += 1
    candidates = {
        key
        for key, seen in contexts.items()
        if len(seen) >= min_contexts and len(key) >= _MIN_LETTERS and key not in _SPEECH_WORDS
    }
    total: Counter[str] = Counter()
    for text in texts:
        for word in _WORD_RE.findall(text or ""):
            key = matching_key(word)
            if key in candidates:
                total[key] += 1
    return sorted(key for key in candidates if quoted[key] >= min_share * total[key])


@lru_cache(maxsize=1)
def load_quoted_terms(path: Path = RESOURCE) -> frozenset[str]:
    """The committed list; empty when the file is missing (then no word is a term by corpus)."""
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _gold_ids(gold_dir: Path) -> set[str]:
    ids: set[str] = set()
    for gold in sorted(gold_dir.glob("snn_*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def build(out: Path = RESOURCE) -> int:
    """Count SaudiNewsNet (less the gold articles) and write the list; returns its length."""
    import pyarrow.parquet as pq

    from khabar.shared_data import SAUDINEWSNET

    gold = _gold_ids(Path(__file__).resolve().parents[2] / "benchmarks" / "gold")
    table = pq.read_table(SAUDINEWSNET, columns=["id", "text"])
    texts = [
        text
        for aid, text in zip(
            table.column("id").to_pylist(), table.column("text").to_pylist(), strict=True
        )
        if aid not in gold
    ]
    terms = conventional_terms(texts)
    header = (
        f"# Words quoted alone after >= {MIN_CONTEXTS} distinct word pairs and in >= "
        f"{MIN_SHARE:.0%} of their occurrences\n# in SaudiNewsNet (gold articles left out), "
        "as matching keys. Rebuild: python -m khabar.quoted_terms\n"
    )
    out.write_text(header + "\n".join(terms) + "\n", encoding="utf-8")
    return len(terms)


if __name__ == "__main__":
    print(f"{build()} terms written to {RESOURCE}")
