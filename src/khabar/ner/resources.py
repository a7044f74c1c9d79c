"""Reading and writing the NER artifact files under `khabar/resources/ner/`."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from khabar.ner.features import NerResources

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "ner"
MODEL_FILE = "model.crfsuite"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv"
META_FILE = "meta.json"


def write_clusters(path: Path, rows: list[tuple[str, int, int, int]]) -> None:
    """Rows of (matching key, corpus count, coarse cluster, fine cluster); byte-reproducible."""
    text = "".join(f"{k}\t{n}\t{c1}\t{c2}\n" for k, n, c1, c2 in rows)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def read_clusters(path: Path) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    clusters: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    if not path.exists():
        return clusters, counts
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            key, n, c1, c2 = line.rstrip("\n").split("\t")
            counts[key] = int(n)
            if c1 != "-":
                clusters[key] = (int(c1), int(c2))
    return clusters, counts


def write_gazetteer(path: Path, gazetteer: dict[tuple[str, ...], str]) -> None:
    lines = sorted(f"{labels}\t{' '.join(name)}\n" for name, labels in gazetteer.items())
    path.write_text("".join(lines), encoding="utf-8")


def read_gazetteer(path: Path) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        labels, _, name = line.partition("\t")
        if name:
            out[tuple(name.split(" "))] = labels
    return out


def load_resources(directory: Path = RESOURCE_DIR) -> NerResources:
    clusters, counts = read_clusters(directory / CLUSTERS_FILE)
    return NerResources(clusters, counts, read_gazetteer(directory / GAZETTEER_FILE))
