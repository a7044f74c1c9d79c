"""Prefect flow that rebuilds the NER artifact in `src/khabar/resources/ner/`.

Thin by design: each task is a plain function of `khabar.ner.train`, which also runs alone:
`.venv/bin/python -m khabar.ner.train` (same steps, same files).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python flows/train_ner.py
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from khabar.ner import train

# Inputs are paths to shared data; the steps are cheap enough to rerun whole (about 5 min).
gazetteer_step = task(train.write_gazetteer_file, name="ner-gazetteer", cache_policy=NO_CACHE)
clusters_step = task(train.write_clusters_file, name="ner-word-clusters", cache_policy=NO_CACHE)
model_step = task(train.write_model_file, name="ner-crf", cache_policy=NO_CACHE)


@flow(name="train-ner", log_prints=True)
def train_ner(
    out_dir: str = str(train.RESOURCE_DIR),
    rebuild_clusters: bool = True,
    include_dev: bool = True,
) -> str:
    """Gazetteer, then word clusters, then the CRF; returns the model path."""
    out = Path(out_dir)
    gazetteer_step(out)
    if rebuild_clusters or not (out / train.CLUSTERS_FILE).exists():
        clusters_step(out)
    model = model_step(out, None, include_dev)
    get_run_logger().info("NER model written to %s", model)
    return str(model)


if __name__ == "__main__":
    train_ner()
