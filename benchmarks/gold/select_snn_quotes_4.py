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

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import SAUDINEWSNET  # noqa: E402

SEED = 20261127
N_DRAW = 30
PER_SOURCE = 3
MIN_MARKS = 4
MIN_CHARS, MAX_CHARS = 600, 2500
QUOTE_MARKS = '"“”«»„'
VERBS = (
    "قال|أضاف|اضاف|أكد|اكد|أوضح|اوضح|تابع|أشار|اشار|لفت|مضيفا|مضيفًا|مؤكدا|مؤكدًا|صرح|"
    "اعتبر|وصف|شدد|بين|بيّن|ذكر"
)
# A reporting verb with optional proclitics (و، ف، ل، ب، س) and enclitics / inflections.
VERB_RE = re.compile(
    rf"(?<![\w])[وفلبس]{{0,2}}(?:{VERBS})(?:ت|تا|وا|ا|ه|ها|هم|نا|ي|ت\w{{0,2}})?(?![\w])"
)
OLD_GOLDS = [
    ROOT / "benchmarks" / "gold" / "snn_quotes.jsonl",
    ROOT / "benchmarks" / "gold" / "snn_quotes_2.jsonl",
    ROOT / "benchmarks" / "gold" / "snn_quotes_3.jsonl",
    ROOT / "benchmarks" / "gold" / "snn_ner.jsonl",
]
# Samples read while tuning the extractor: (seed, size).
READ_SAMPLES = [(5, 200), (77, 200), (31, 200), (44, 200), (55, 200), (101, 200), (202, 200)]
READ_SAMPLES.append((303, 300))
READ_SAMPLES += [(s, 200) for s in (13, 19, 23, 29, 37, 41, 4242, 991)]


def is_candidate(text: str) -> bool:
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    if sum(text.count(c) for c in QUOTE_MARKS) < MIN_MARKS:
        return False
    return VERB_RE.search(text) is not None


def draw() -> list[dict]:
    table = pq.read_table(SAUDINEWSNET, columns=["id", "source", "text"])
    ids = table.column("id").to_pylist()
    sources = table.column("source").to_pylist()
    texts = table.column("text").to_pylist()
    n_rows = len(ids)
    seen: set[str] = set()
    for path in OLD_GOLDS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["id"])
    read_before: set[int] = set()
    for seed, size in READ_SAMPLES:
        read_before |= set(random.Random(seed).sample(range(n_rows), size))
    candidates = [
        i
        for i in range(n_rows)
        if i not in read_before and ids[i] not in seen and is_candidate(texts[i] or "")
    ]
    random.Random(SEED).shuffle(candidates)
    per_source: Counter[str] = Counter()
    picked: list[dict] = []
    for i in candidates:
        if len(picked) == N_DRAW:
            break
        if per_source[sources[i]] >= PER_SOURCE:
            continue
        per_source[sources[i]] += 1
        picked.append({"row": i, "id": ids[i], "source": sources[i], "split": "dev"})
    for p in picked:
        p["raw"] = texts[p["row"]]
    return picked


def main() -> None:
    show_text = "--text" in sys.argv[1:]
    if show_text:
        from khabar.clean import clean_article

    for n, p in enumerate(draw(), 1):
        print(f"# {n} {p['id']} {p['split']} {p['source']}")
        if show_text:
            print(clean_article(p["raw"]).text)
            print()


if __name__ == "__main__":
    main()
