"""Speed and memory of the whole build on real news: SaudiNewsNet articles as seeds.

Prints articles/s, tokens/s, per-stage seconds and peak memory. Runs the plain build steps
(the same functions the Prefect flow calls as tasks) so Prefect's own start-up is not
counted; `--flow` runs the real flow instead.

    .venv/bin/python benchmarks/bench_pipeline.py --articles 1000
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

from shared_data import SAUDINEWSNET


def write_seeds(n: int, folder: Path) -> int:
    table = pq.read_table(SAUDINEWSNET, columns=["id", "text"]).slice(0, n)
    chars = 0
    for i, (doc_id, text) in enumerate(
        zip(table["id"].to_pylist(), table["text"].to_pylist(), strict=True)
    ):
        safe = "".join(ch if ch.isalnum() else "-" for ch in str(doc_id))[:40]
        (folder / f"{i:06d}_{safe}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def run_steps(seeds: Path, out: Path, batch_size: int) -> dict[str, float]:
    from khabar import build

    timings = {}
    t0 = time.perf_counter()
    screening = build.screen_sources(seeds)
    timings["load+screen"] = time.perf_counter() - t0
    staging = build.new_staging(out)
    t0 = time.perf_counter()
    for number, batch in enumerate(build.batches(screening.accepted, batch_size)):
        build.annotate_batch(seeds, batch, staging, number)
    timings["clean+segment+annotate"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    build.link_quote_clusters(staging)
    timings["quote clusters"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    counts = build.assemble(staging)
    timings["records+publish+frictionless"] = time.perf_counter() - t0
    build.publish(staging, out)
    timings["rejected"] = len(screening.errors)
    timings.update({f"rows {k}": v for k, v in counts.items()})
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--flow", action="store_true", help="run the Prefect flow")
    parser.add_argument("--keep", type=Path, help="copy the built dataset here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds, out = Path(tmp) / "seeds", Path(tmp) / "dist"
        seeds.mkdir()
        chars = write_seeds(args.articles, seeds)
        start = time.perf_counter()
        if args.flow:
            from flows.build_dataset import build_dataset

            summary = build_dataset(
                str(seeds), str(out), skip_invalid=True, batch_size=args.batch_size
            )
            timings = {f"rows {k}": v for k, v in summary.counts.items()}
        else:
            timings = run_steps(seeds, out, args.batch_size)
        total = time.perf_counter() - start
        sentences = pq.read_metadata(out / "data/sentences.parquet").num_rows
        if args.keep:
            shutil.copytree(out, args.keep, dirs_exist_ok=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {args.articles}  characters: {chars:,}  sentences: {sentences:,}")
    for name, value in timings.items():
        print(f"  {name}: {value:.2f} s" if isinstance(value, float) else f"  {name}: {value}")
    print(
        f"total: {total:.1f} s  ({args.articles / total:.1f} articles/s, "
        f"{chars / total / 1000:.0f}k chars/s)"
    )
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
