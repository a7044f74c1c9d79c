"""The published package: Frictionless data package, Hugging Face dataset card, validation."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml
from frictionless import Package, Report
from huggingface_hub import DatasetCard

from khabar import __version__
from khabar.records import TABLE_BY_NAME, TABLES, Record
from khabar.schema import columns, hf_features, table_schema

DATA_DIR = "data"
CONFIGS = tuple(model.table for model in TABLES)  # articles … topics, kb
LICENSE_NOTE = (
    "The annotations, schemas and code are released under Apache-2.0 (code) and CC BY 4.0 "
    "(annotations). The article texts remain the copyright of their publishers and are "
    "included for research (see seeds/sources.csv for each article's rights note)."
)


def data_path(table: str) -> str:
    return f"{DATA_DIR}/{table}.parquet"


def datapackage_descriptor(counts: Mapping[str, int]) -> dict[str, Any]:
    resources = []
    for model in TABLES:
        resources.append(
            {
                "name": model.table,
                "title": model.table_title,
                "path": data_path(model.table),
                "format": "parquet",
                "profile": "tabular-data-resource",
                "schema": table_schema(model),
                "stats": {"rows": counts.get(model.table, 0)},
            }
        )
    return {
        "name": "khabar",
        "title": "khabar: Arabic news, cleaned, segmented and annotated",
        "version": __version__,
        "licenses": [{"name": "CC-BY-4.0", "title": "Annotations: CC BY 4.0"}],
        "resources": resources,
    }


def write_datapackage(out_dir: Path, counts: Mapping[str, int]) -> Path:
    path = out_dir / "datapackage.json"
    path.write_text(
        json.dumps(datapackage_descriptor(counts), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return path


def validate_package(out_dir: Path) -> Report:
    """Frictionless validation of every resource: types, constraints, primary and foreign keys."""
    package = Package("datapackage.json", basepath=str(out_dir))
    return package.validate()


def report_errors(report: Report, limit: int = 20) -> list[str]:
    """Readable lines for the first errors of a Frictionless report."""
    lines = []
    for task in report.tasks:
        for error in task.errors[:limit]:
            lines.append(f"{task.name}: {error.message}")
    for error in report.errors[:limit]:
        lines.append(error.message)
    return lines[:limit]


def _uncompressed_bytes(path: Path) -> int:
    metadata = pq.read_metadata(path)
    return sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))


def _card_yaml(out_dir: Path, counts: Mapping[str, int]) -> dict[str, Any]:
    by_name = TABLE_BY_NAME
    return {
        "pretty_name": "khabar",
        "language": ["ar"],
        "license": "other",
        "license_name": "mixed",
        "license_details": LICENSE_NOTE,
        "task_categories": ["token-classification", "text-classification"],
        "tags": ["arabic", "news", "named-entity-recognition", "quotation-attribution"],
        "size_categories": ["n<1K"] if counts.get("articles", 0) < 1000 else ["1K<n<10K"],
        "configs": [
            {
                "config_name": name,
                "data_files": [{"split": "train", "path": data_path(name)}],
                **({"default": True} if name == "articles" else {}),
            }
            for name in CONFIGS
        ],
        "dataset_info": [
            {
                "config_name": name,
                "features": hf_features(by_name[name])._to_yaml_list(),
                "splits": [
                    {
                        "name": "train",
                        "num_bytes": _uncompressed_bytes(out_dir / data_path(name)),
                        "num_examples": counts.get(name, 0),
                    }
                ],
            }
            for name in CONFIGS
        ],
    }


def _columns_markdown(model: type[Record]) -> str:
    lines = ["| column | description |", "|---|---|"]
    for name in columns(model):
        info = model.model_fields[name]
        lines.append(f"| `{name}` | {info.description or ''} |")
    return "\n".join(lines)


def card_text(out_dir: Path, counts: Mapping[str, int], extra_sections: str = "") -> str:
    header = yaml.safe_dump(
        _card_yaml(out_dir, counts), allow_unicode=True, sort_keys=False, width=100
    )
    by_name = TABLE_BY_NAME
    tables = "\n\n".join(
        f"### `{name}` ({counts.get(name, 0)} rows): {by_name[name].table_title}\n\n"
        f"{_columns_markdown(by_name[name])}"
        for name in CONFIGS
    )
    body = f"""
# khabar: Arabic news, cleaned, segmented and annotated

khabar is an open, reproducible dataset of Arabic news articles. Each article is cleaned of
web debris, normalised (NFC, no tatweel or invisible controls; diacritics kept), split into
sentences, and annotated with direct quotes and their speakers, named entities linked to a
curated knowledge base, and topics. It is built by the khabar pipeline from the files in
its `seeds/` folder; rebuilding from the same seeds gives the same content.

## Loading

```python
from datasets import load_dataset

articles = load_dataset("path/to/dist", "articles", split="train")
quotes = load_dataset("path/to/dist", "quotes", split="train")
```

Configs: {", ".join(f"`{c}`" for c in CONFIGS)}. The same Parquet files are described by a
Frictionless data package (`datapackage.json`) with types, constraints, primary keys and
foreign keys to `articles`.

## Standoff annotations

Every span row (`sentences`, `quotes`, `entities`) has `start` and `end` code-point offsets
into `articles.text`, and `text == articles.text[start:end]` holds for every row. IDs are
derived from the article id and the offsets or positions, so they are stable across
rebuilds of the same text.

## Tables

{tables}
{extra_sections}
## Licence

{LICENSE_NOTE}
"""
    return f"---\n{header}---\n{body}"


def write_card(out_dir: Path, counts: Mapping[str, int], extra_sections: str = "") -> Path:
    card = DatasetCard(card_text(out_dir, counts, extra_sections))
    path = out_dir / "README.md"
    path.write_text(str(card), encoding="utf-8")
    return path
