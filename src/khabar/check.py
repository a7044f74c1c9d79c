"""Re-check a built dataset folder: what Frictionless checks, plus what it cannot.

Frictionless checks types, constraints and keys. It cannot check that every span's text is
its article's text at [start, end), nor that the dataset card agrees with the files.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard

from khabar.package import CONFIGS, data_path, report_errors, validate_package
from khabar.records import TABLE_BY_NAME
from khabar.schema import arrow_schema

SPAN_TABLES = ("sentences", "quotes", "entities")


def span_problems(dist: Path) -> list[str]:
    """Rows whose text is not exactly articles.text[start:end] (or whose article is missing)."""
    articles = pq.read_table(dist / data_path("articles"), columns=["article_id", "text"])
    text_of = dict(
        zip(articles["article_id"].to_pylist(), articles["text"].to_pylist(), strict=True)
    )
    problems = []
    for table in SPAN_TABLES:
        rows = pq.read_table(
            dist / data_path(table), columns=["article_id", "start", "end", "text"]
        )
        for i, row in enumerate(rows.to_pylist()):
            article = text_of.get(row["article_id"])
            if article is None or article[row["start"] : row["end"]] != row["text"]:
                problems.append(f"{table} row {i}: text is not articles.text[start:end]")
    return problems


def schema_problems(dist: Path) -> list[str]:
    problems = []
    for name in CONFIGS:
        path = dist / data_path(name)
        if not path.exists():
            problems.append(f"{path}: missing")
            continue
        try:
            schema = pq.read_schema(path)
        except (pa.ArrowException, OSError) as error:
            problems.append(f"{path}: not a readable Parquet file ({error})")
            continue
        if not schema.equals(arrow_schema(TABLE_BY_NAME[name])):
            problems.append(f"{path}: columns or types differ from khabar.records")
    return problems


def card_problems(dist: Path) -> list[str]:
    """The card's YAML must declare every config, with row counts that match the files."""
    card = DatasetCard.load(dist / "README.md")
    configs = MetadataConfigs.from_dataset_card_data(card.data)
    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    problems = []
    for name in CONFIGS:
        if name not in configs:
            problems.append(f"README.md: config {name!r} is not declared")
            continue
        rows = pq.read_metadata(dist / data_path(name)).num_rows
        declared = infos[name].splits["train"].num_examples if name in infos else None
        if declared != rows:
            problems.append(f"README.md: {name} declares {declared} rows, the file has {rows}")
    return problems


def check_dist(dist: Path) -> list[str]:
    """Every problem found in a built dataset folder (empty when it is valid)."""
    if not (dist / "datapackage.json").exists():
        return [f"{dist}: no datapackage.json; build the dataset first"]
    problems = schema_problems(dist)
    if problems:
        return problems
    report = validate_package(dist)
    if not report.valid:
        problems.extend(report_errors(report))
    return problems + span_problems(dist) + card_problems(dist)
