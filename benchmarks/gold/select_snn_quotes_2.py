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

SEED = 20261124
N_DRAW = 30
N_DEV = 20
PER_SOURCE = 2
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
OLD_GOLD = ROOT / "benchmarks" / "gold" / "snn_quotes.jsonl"


def is_candidate(text: str) -> bool:
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    if sum(text.count(c) for c in QUOTE_MARKS) < 2:
        return False
    return VERB_RE.search(text) is not None


def draw() -> list[dict]:
    table = pq.read_table(SAUDINEWSNET, columns=["id", "source", "text"])
    ids = table.column("id").to_pylist()
    sources = table.column("source").to_pylist()
    texts = table.column("text").to_pylist()
    n_rows = len(ids)
    seen = {json.loads(line)["id"] for line in OLD_GOLD.read_text(encoding="utf-8").splitlines()}
    read_before = set(random.Random(5).sample(range(n_rows), 200))
    read_before |= set(random.Random(77).sample(range(n_rows), 200))
    candidates = [
        i
        for i in range(n_rows)
        if i not in read_before and ids[i] not in seen and is_candidate(texts[i] or "")
    ]
    random.Random(SEED).shuffle(candidates)
    per_source: Counter[str] = Counter()
    picked: list[dict] = []
    taken: set[int] = set()
    for cap in (PER_SOURCE, PER_SOURCE + 1):  # 14 sources: the cap of 2 stops at 28
        for i in candidates:
            if len(picked) == N_DRAW:
                break
            if i in taken or per_source[sources[i]] >= cap:
                continue
            per_source[sources[i]] += 1
            taken.add(i)
            split = "dev" if len(picked) < N_DEV else "check"
            picked.append({"row": i, "id": ids[i], "source": sources[i], "split": split})
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
