"""Prefect flow that builds the khabar dataset from `seeds/` into `dist/`.

Thin by design: every step is a plain function in `khabar.build`; this file only decides
what runs as a task, in what order, and what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from khabar import build
from khabar.atomic import build_lock

BATCH_SIZE = 200


@dataclass
class BuildSummary:
    out_dir: str
    counts: dict[str, int]
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# Inputs are folders and article lists, not worth hashing: the flow is cheap to rerun whole.
screen_sources = task(build.screen_sources, name="load-and-screen", cache_policy=NO_CACHE)
annotate_batch = task(build.annotate_batch, name="clean-segment-annotate", cache_policy=NO_CACHE)
link_quote_clusters = task(build.link_quote_clusters, name="cluster-quotes", cache_policy=NO_CACHE)
assemble = task(build.assemble, name="records-publish-check", cache_policy=NO_CACHE)


@flow(name="build-khabar", task_runner=ThreadPoolTaskRunner(max_workers=2), log_prints=False)
def build_dataset(
    seeds_dir: str = "seeds",
    out_dir: str = "dist",
    skip_invalid: bool = False,
    batch_size: int = BATCH_SIZE,
) -> BuildSummary:
    logger = get_run_logger()
    seeds, out = Path(seeds_dir), Path(out_dir)
    with build_lock(out):
        screening = screen_sources(seeds)
        if screening.errors and not skip_invalid:
            raise build.BuildRefused(screening.errors)
        if not screening.accepted:
            raise build.BuildRefused(screening.errors or [build.no_articles(seeds)])
        staging = build.new_staging(out)
        try:
            futures = [
                annotate_batch.submit(seeds, batch, staging, number)
                for number, batch in enumerate(build.batches(screening.accepted, batch_size))
            ]
            failures = [p for future in futures for p in future.result().failures]
            if failures and not skip_invalid:
                raise build.BuildRefused(failures)
            link_quote_clusters(staging)
            counts = assemble(staging)
            build.publish(staging, out)
        except BaseException:
            build.discard(staging)
            raise
    summary = BuildSummary(
        out_dir=str(out),
        counts=counts,
        skipped=[str(p) for p in screening.errors + failures],
        warnings=[str(p) for p in screening.problems if p.severity == "warning"],
    )
    create_table_artifact(
        key="khabar-build-counts",
        table=[{"config": name, "rows": n} for name, n in counts.items()],
        description=f"Rows per config published to {out}; skipped {len(summary.skipped)} files.",
    )
    logger.info("published %s: %s", out, counts)
    return summary


if __name__ == "__main__":
    print(build_dataset())
