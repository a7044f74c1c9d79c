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
ATTRIBUTES_FILE = "attributes.txt.gz"  # attributes with a non-zero weight in the model


def write_attributes(path: Path, model_path: Path) -> int:
    """List the model's active attributes so tagging can skip all others; returns how many."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    attrs = sorted({attr for attr, _label in tagger.info().state_features})
    tagger.close()
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write("".join(a + "\n" for a in attrs).encode("utf-8"))
    path.write_bytes(buf.getvalue())
    return len(attrs)


def read_attributes(path: Path) -> frozenset[str] | None:
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh)


def write_clusters(path: Path, rows: list[tuple]) -> None:
    """Rows of (matching key, corpus count, coarse cluster, fine cluster, trigger profile).

    Byte-reproducible (no timestamp in the gzip header).
    """
    text = "".join("\t".join(map(str, row)) + "\n" for row in rows)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def read_clusters(
    path: Path,
) -> tuple[dict[str, tuple[int, int]], dict[str, int], dict[str, str]]:
    """(clusters, counts, trigger profiles) from `clusters.tsv.gz`; empty when it is missing."""
    clusters: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    profiles: dict[str, str] = {}
    if not path.exists():
        return clusters, counts, profiles
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            key, n, c1, c2, *rest = line.rstrip("\n").split("\t")
            counts[key] = int(n)
            if c1 != "-":
                clusters[key] = (int(c1), int(c2))
            if rest and rest[0] != "000":
                profiles[key] = rest[0]
    return clusters, counts, profiles


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
    clusters, counts, profiles = read_clusters(directory / CLUSTERS_FILE)
    gazetteer = read_gazetteer(directory / GAZETTEER_FILE)
    return NerResources(clusters, counts, gazetteer, profiles)
