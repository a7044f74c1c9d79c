"""Tagging speed of the NER model on one core, and peak memory.

Tags sentences of real news (SaudiNewsNet, not redistributed) with `Tagger.tag` and times
`find_mentions` on whole articles. Run pinned to one core:

    OPENBLAS_NUM_THREADS=1 taskset -c 0 .venv/bin/python benchmarks/bench_ner_speed.py

The first pass fills the per-word feature cache (cold); the second reuses it (warm), as a
long pipeline run does.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from khabar.arabic import tokenize
from khabar.spans import Segment
from shared_data import SAUDINEWSNET


def load_articles(n: int) -> list[str]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(SAUDINEWSNET)
    out: list[str] = []
    for batch in pf.iter_batches(batch_size=n, columns=["text"]):
        out = [t for t in batch.column(0).to_pylist() if t]
        break
    return out


def sentences_of(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans: lines cut after . ! ? ؟ (enough for a speed benchmark)."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?؟\n":
            if text[start : i + 1].strip():
                out.append((start, i + 1))
            start = i + 1
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--model-dir", type=Path, default=None, help="default: the committed model")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from khabar.ner import Tagger, load_tagger

    tagger = Tagger(args.model_dir) if args.model_dir else load_tagger()
    load_s = time.perf_counter() - t0
    rss_model = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    articles = load_articles(args.articles)
    docs = [[Segment(s, e) for s, e in sentences_of(text)] for text in articles]
    sents = []
    for text, segs in zip(articles, docs, strict=True):
        for seg in segs:
            seg_text = text[seg.start : seg.end]
            sents.append([seg_text[a:b] for a, b in tokenize(seg_text)])
    n_tokens = sum(len(s) for s in sents)
    print(
        f"model load: {load_s:.2f}s; {len(articles)} articles, {len(sents)} sentences, "
        f"{n_tokens} tokens"
    )
    for name in ("cold", "warm"):
        t0 = time.perf_counter()
        for s in sents:
            tagger.tag(s)
        dt = time.perf_counter() - t0
        print(f"Tagger.tag ({name} cache): {n_tokens / dt:,.0f} tokens/s")
    t0 = time.perf_counter()
    n_mentions = sum(
        len(tagger.find_mentions(text, segs)) for text, segs in zip(articles, docs, strict=True)
    )
    dt = time.perf_counter() - t0
    print(
        f"find_mentions (tokenize + tag + marginals + consistency): {n_tokens / dt:,.0f} "
        f"tokens/s, {n_mentions} mentions"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS after loading the model: {rss_model:.0f} MiB (Python + khabar + model)")
    print(f"peak RSS at the end: {peak:.0f} MiB (adds the corpus copy and the feature cache)")


if __name__ == "__main__":
    main()
