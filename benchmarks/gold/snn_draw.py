"""Shared code of the `select_snn_*.py` scripts that draw SaudiNewsNet articles for a gold.

Every draw has the same shape: load the parquet, keep the rows a script's rule accepts (a raw
length range, for quote golds also a count of quotation marks and a reporting verb), leave out
the ids of earlier gold files and the rows of samples read before, shuffle the candidates (in
parquet order) with `random.Random(seed)`, and take them in that order with at most `cap` per
`source` until `n_draw`; the first `n_dev` taken are `dev`, the rest `check`. A script passes
several caps when the first stops short: each later pass goes over the same shuffled order with
the higher cap, skipping rows already taken. Each script keeps its own parameters and its
docstring says how its draw is made.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "benchmarks" / "gold"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import SAUDINEWSNET  # noqa: E402

QUOTE_MARKS = '"“”«»„'
VERBS = (
    "قال|أضاف|اضاف|أكد|اكد|أوضح|اوضح|تابع|أشار|اشار|لفت|مضيفا|مضيفًا|مؤكدا|مؤكدًا|صرح|"
    "اعتبر|وصف|شدد|بين|بيّن|ذكر"
)
# A reporting verb with optional proclitics (و، ف، ل، ب، س) and enclitics / inflections.
VERB_RE = re.compile(
    rf"(?<![\w])[وفلبس]{{0,2}}(?:{VERBS})(?:ت|تا|وا|ا|ه|ها|هم|نا|ي|ت\w{{0,2}})?(?![\w])"
)


class Corpus(NamedTuple):
    """The SaudiNewsNet columns a draw needs, row-aligned, in parquet order."""

    ids: list[str]
    sources: list[str]
    texts: list[str | None]


def load_corpus() -> Corpus:
    """Read the `id`, `source` and `text` columns of the SaudiNewsNet parquet."""
    table = pq.read_table(SAUDINEWSNET, columns=["id", "source", "text"])
    return Corpus(
        table.column("id").to_pylist(),
        table.column("source").to_pylist(),
        table.column("text").to_pylist(),
    )


def in_length_range(text: str, min_chars: int, max_chars: int) -> bool:
    """Whether `text` has between `min_chars` and `max_chars` characters (both included)."""
    return min_chars <= len(text) <= max_chars


def count_quote_marks(text: str) -> int:
    """How many quotation marks of any kind (straight, curly, guillemets, low-9) `text` has."""
    return sum(text.count(c) for c in QUOTE_MARKS)


def has_reporting_verb(text: str) -> bool:
    """Whether `text` has a reporting verb (قال، أضاف، أكد ...) in any clitic form."""
    return VERB_RE.search(text) is not None


def quote_rule(min_chars: int, max_chars: int, min_marks: int) -> Callable[[str], bool]:
    """The candidate rule of a quote gold: length range, at least `min_marks` quotation marks
    and at least one reporting verb."""

    def accept(text: str) -> bool:
        return (
            in_length_range(text, min_chars, max_chars)
            and count_quote_marks(text) >= min_marks
            and has_reporting_verb(text)
        )

    return accept


def length_rule(min_chars: int, max_chars: int) -> Callable[[str], bool]:
    """The candidate rule that only asks for a length range."""
    return lambda text: in_length_range(text, min_chars, max_chars)


def gold_ids(names: Iterable[str]) -> set[str]:
    """The article ids listed in the gold files `names` (JSONL in `benchmarks/gold`)."""
    seen: set[str] = set()
    for name in names:
        for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line)["id"])
    return seen


def sampled_rows(n_rows: int, samples: Iterable[tuple[int, int]]) -> set[int]:
    """The rows of every `random.Random(seed).sample(range(n_rows), size)` in `samples`."""
    rows: set[int] = set()
    for seed, size in samples:
        rows |= set(random.Random(seed).sample(range(n_rows), size))
    return rows


def candidate_rows(
    corpus: Corpus, accept: Callable[[str], bool], skip_ids: set[str], skip_rows: set[int]
) -> list[int]:
    """Rows, in parquet order, that `accept` takes and that are in neither skip set."""
    return [
        i
        for i in range(len(corpus.ids))
        if i not in skip_rows and corpus.ids[i] not in skip_ids and accept(corpus.texts[i] or "")
    ]


def take_per_source(
    rows: Sequence[int], sources: Sequence[str], n_draw: int, caps: Sequence[int]
) -> list[int]:
    """Take `rows` in order, at most `cap` per source, until `n_draw`; each cap in `caps` is a
    further pass over the same order that skips the rows already taken."""
    per_source: Counter[str] = Counter()
    taken: list[int] = []
    seen: set[int] = set()
    for cap in caps:
        for i in rows:
            if len(taken) == n_draw:
                break
            if i in seen or per_source[sources[i]] >= cap:
                continue
            per_source[sources[i]] += 1
            seen.add(i)
            taken.append(i)
    return taken


def draw(
    *,
    seed: int,
    n_draw: int,
    n_dev: int,
    caps: Sequence[int],
    accept: Callable[[str], bool],
    exclude_golds: Iterable[str] = (),
    exclude_samples: Iterable[tuple[int, int]] = (),
    exclude_ids: Iterable[str] = (),
) -> list[dict]:
    """Draw `n_draw` articles (see the module docstring); each is a dict with `row`, `id`,
    `source`, `split` (`dev` for the first `n_dev`, then `check`) and `raw` (the raw text)."""
    corpus = load_corpus()
    candidates = candidate_rows(
        corpus,
        accept,
        gold_ids(exclude_golds) | set(exclude_ids),
        sampled_rows(len(corpus.ids), exclude_samples),
    )
    random.Random(seed).shuffle(candidates)
    return [
        {
            "row": i,
            "id": corpus.ids[i],
            "source": corpus.sources[i],
            "split": "dev" if k < n_dev else "check",
            "raw": corpus.texts[i],
        }
        for k, i in enumerate(take_per_source(candidates, corpus.sources, n_draw, caps))
    ]


@dataclass(frozen=True)
class QuoteDraw:
    """The parameters of a quote gold's draw: the quote rule (`min_chars`-`max_chars` raw
    characters, `min_marks` quotation marks, a reporting verb) and `draw`'s arguments."""

    seed: int
    n_draw: int
    n_dev: int
    caps: tuple[int, ...]
    min_marks: int
    exclude_golds: tuple[str, ...] = ()
    exclude_samples: tuple[tuple[int, int], ...] = ()
    min_chars: int = 600
    max_chars: int = 2500

    def draw(self) -> list[dict]:
        """The drawn articles, in draw order, with their split and raw text."""
        return draw(
            seed=self.seed,
            n_draw=self.n_draw,
            n_dev=self.n_dev,
            caps=self.caps,
            accept=quote_rule(self.min_chars, self.max_chars, self.min_marks),
            exclude_golds=self.exclude_golds,
            exclude_samples=self.exclude_samples,
        )


def print_draw(picked: list[dict], show_text: bool) -> None:
    """Print `# n id split source` per article, and with `show_text` its clean text."""
    if show_text:
        from khabar.clean import clean_article

    for n, p in enumerate(picked, 1):
        print(f"# {n} {p['id']} {p['split']} {p['source']}")
        if show_text:
            print(clean_article(p["raw"]).text)
            print()


def main(draw_fn: Callable[[], list[dict]]) -> None:
    """The command line of a select script: list the draw, with `--text` the clean text too."""
    print_draw(draw_fn(), "--text" in sys.argv[1:])
