"""The grammatical gender a word takes in verb agreement, learned from news text.

Arabic verbs of saying agree with their subject: `قالت فاطمة`, `قال محمد`, `أكدت الوزارة`,
`أكد الوزير`. Counting which form precedes each word (`فاطمة`, `وزير`, `وزارة`, `مصادر`) gives
the gender its verb takes, for first names, role nouns and bodies alike. The quote extractor
uses it to keep `وأضافت` from going to a man (or `وأضاف` to a woman or a ministry).

Built once from SaudiNewsNet (`python -m khabar.agreement`); the table of word keys, genders
and counts is committed as `resources/agreement_gender.tsv`, so a build needs no corpus.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from khabar.arabic import matching_key

RESOURCE = Path(__file__).parent / "resources" / "agreement_gender.tsv"

# third person singular past forms: feminine ends in ت
_MASCULINE = "قال أضاف اضاف أكد اكد أوضح اوضح تابع أشار اشار ذكر كشف بين شدد أعلن اعلن صرح"
_VERB_GENDER = {v: "M" for v in _MASCULINE.split()} | {v + "ت": "F" for v in _MASCULINE.split()}
_PATTERN = re.compile(
    r"(?:^|\s)[وف]?("
    + "|".join(sorted(_VERB_GENDER, key=len, reverse=True))
    + r")\s+([\u0621-\u064A]{2,})\s+[\u0621-\u064A]{2,}"
)
MIN_COUNT = 4  # a word seen fewer times after these verbs is left unknown
FEMININE_SHARE = 0.85
MASCULINE_SHARE = 0.05  # (and at least 6 sightings: a man is far more often quoted)


def count_agreement(texts: Iterable[str]) -> dict[str, Counter]:
    """Per word key: how often a feminine (F) or masculine (M) verb of saying precedes it
    (the word right after the verb, with another word after it; not a word with ال, whose
    article a verb rarely sits before in a name)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for m in _PATTERN.finditer(text or ""):
            verb, word = m.group(1), m.group(2)
            key = matching_key(word)
            if len(key) >= 3 and not key.startswith("ال"):
                counts[key][_VERB_GENDER[verb]] += 1
    return counts


def genders(counts: dict[str, Counter]) -> dict[str, tuple[str, int]]:
    """The words with a clear gender: word key -> (M or F, sightings)."""
    out: dict[str, tuple[str, int]] = {}
    for key, c in counts.items():
        n = c["F"] + c["M"]
        if n < MIN_COUNT:
            continue
        share = c["F"] / n
        if share >= FEMININE_SHARE:
            out[key] = ("F", n)
        elif share <= MASCULINE_SHARE and n >= 6:
            out[key] = ("M", n)
    return out


def write_table(table: dict[str, tuple[str, int]], path: Path = RESOURCE) -> None:
    lines = [f"{k}\t{g}\t{n}" for k, (g, n) in sorted(table.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_table(path: Path = RESOURCE) -> dict[str, str]:
    """Word key -> M or F, from the committed table (empty if it is missing)."""
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, gender, _count = line.split("\t")
        out[key] = gender
    return out


def word_gender(word: str) -> str | None:
    """The agreement gender of `word` (its article dropped: `الوزير` as `وزير`), if known."""
    key = matching_key(word)
    if key.startswith("ال") and len(key) > 4:
        key = key[2:]
    return load_table().get(key)


def main() -> None:
    import pyarrow.parquet as pq

    from khabar.shared_data import SAUDINEWSNET

    texts = pq.read_table(SAUDINEWSNET, columns=["text"]).column("text").to_pylist()
    table = genders(count_agreement(texts))
    write_table(table)
    print(f"{len(table)} words ({sum(g == 'F' for g, _ in table.values())} feminine) -> {RESOURCE}")


if __name__ == "__main__":
    main()
