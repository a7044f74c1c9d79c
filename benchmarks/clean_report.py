"""What the cleaner removes from real scraped news, for reading by eye.

Runs `clean_article` (and `segment`) over the first N SaudiNewsNet articles and prints: counts
per removal rule, normalisation counts, metadata found, the share of characters removed, speed,
and a random sample (fixed seed) of removed pieces per rule, with the article source.

    .venv/bin/python benchmarks/clean_report.py                    # first 2000 articles
    .venv/bin/python benchmarks/clean_report.py -n 30100 --sample 5
    .venv/bin/python benchmarks/clean_report.py --rule title --sample 40

SaudiNewsNet is CC BY-NC-SA, research use only: nothing from it is written anywhere.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import pyarrow.parquet as pq

from khabar.clean import clean_article
from khabar.segment import segment
from shared_data import SAUDINEWSNET


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SAUDINEWSNET)
    ap.add_argument("-n", type=int, default=2000, help="first N articles (default 2000)")
    ap.add_argument("--sample", type=int, default=8, help="removed pieces shown per rule")
    ap.add_argument("--rule", action="append", help="only show samples of this rule (repeatable)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    table = pq.read_table(args.data, columns=["source", "title", "text"]).slice(0, args.n)
    texts = table.column("text").to_pylist()
    sources = table.column("source").to_pylist()
    titles = table.column("title").to_pylist()

    rule_counts: Counter[str] = Counter()
    rule_articles: Counter[str] = Counter()
    rule_sources: defaultdict[str, Counter[str]] = defaultdict(Counter)
    norm: Counter[str] = Counter()
    meta: Counter[str] = Counter()
    removed_pieces: defaultdict[str, list[tuple[str, int, str]]] = defaultdict(list)
    raw_chars = clean_chars = n_segments = 0
    title_match = 0
    seg_kinds: Counter[str] = Counter()

    t_clean = t_seg = 0.0
    for i, (raw, source, gold_title) in enumerate(zip(texts, sources, titles, strict=True)):
        t0 = time.perf_counter()
        a = clean_article(raw or "")
        t1 = time.perf_counter()
        segs = segment(a.text)
        t2 = time.perf_counter()
        t_clean += t1 - t0
        t_seg += t2 - t1
        n_segments += len(segs)
        seg_kinds.update(s.kind for s in segs)
        raw_chars += len(raw or "")
        clean_chars += len(a.text)
        norm.update(a.normalisations)
        for field in ("title", "publisher", "dateline", "published_date", "photo_credit"):
            if getattr(a, field):
                meta[field] += 1
        if a.title and gold_title and a.title.strip() == " ".join(gold_title.split()):
            title_match += 1
        seen = set()
        for r in a.removals:
            rule_counts[r.rule] += 1
            rule_sources[r.rule][source] += 1
            removed_pieces[r.rule].append((source, i, r.text))
            if r.rule not in seen:
                rule_articles[r.rule] += 1
                seen.add(r.rule)

    n = len(texts)
    print(
        f"{n} articles from {args.data.name}: {raw_chars:,} raw chars -> {clean_chars:,} clean "
        f"({100 * (raw_chars - clean_chars) / max(raw_chars, 1):.2f}% removed), "
        f"{n_segments:,} segments {dict(seg_kinds)}"
    )
    print(
        f"speed: clean {t_clean:.2f} s, segment {t_seg:.2f} s "
        f"({1000 * (t_clean + t_seg) / max(n, 1):.2f} ms per article)"
    )
    print("\nremovals per rule (pieces / articles / top sources):")
    for rule, c in rule_counts.most_common():
        top = ", ".join(f"{s} {k}" for s, k in rule_sources[rule].most_common(3))
        print(f"  {rule:20s} {c:6d} {rule_articles[rule]:6d}   {top}")
    print("\nnormalisations (characters):")
    for kind, c in norm.most_common():
        print(f"  {kind:20s} {c:8d}")
    print("\nmetadata found:", dict(meta))
    print(f"  titles equal to the corpus title column: {title_match} of {meta['title']}")

    rng = random.Random(args.seed)
    print(f"\nrandom sample of removed pieces (seed {args.seed}):")
    for rule in sorted(removed_pieces):
        if args.rule and rule not in args.rule:
            continue
        pieces = removed_pieces[rule]
        print(f"--- {rule} ({len(pieces)})")
        for source, i, text in rng.sample(pieces, min(args.sample, len(pieces))):
            shown = text if len(text) <= 160 else text[:157] + "..."
            print(f"  [{source} #{i}] {shown}")


if __name__ == "__main__":
    main()
