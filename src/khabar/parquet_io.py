"""Deterministic Parquet writing: the same rows always give the same bytes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from khabar.records import Record
from khabar.schema import arrow_schema

COMPRESSION = "zstd"
ROW_GROUP_SIZE = 50_000


def rows_to_table(model: type[Record], rows: Iterable[Record | Mapping[str, Any]]) -> pa.Table:
    dicts = [r.model_dump() if isinstance(r, Record) else dict(r) for r in rows]
    return pa.Table.from_pylist(dicts, schema=arrow_schema(model))


def write_table(table: pa.Table, path: Path) -> None:
    """Write one table; chunks are combined first so chunking never changes the bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        table.combine_chunks(), path, compression=COMPRESSION, row_group_size=ROW_GROUP_SIZE
    )


def concat_parts(model: type[Record], parts: list[Path], path: Path) -> int:
    """Stream part files, in order, into one Parquet file; returns the row count.

    Row groups are cut every ROW_GROUP_SIZE rows whatever the parts' sizes, so the bytes
    do not depend on how the build was batched.
    """
    schema = arrow_schema(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = 0
    with pq.ParquetWriter(path, schema, compression=COMPRESSION) as writer:
        pending = schema.empty_table()
        for part in parts:
            pending = pa.concat_tables([pending, pq.read_table(part, schema=schema)])
            while pending.num_rows >= ROW_GROUP_SIZE:
                writer.write_table(pending.slice(0, ROW_GROUP_SIZE).combine_chunks())
                pending = pending.slice(ROW_GROUP_SIZE)
                rows += ROW_GROUP_SIZE
        if pending.num_rows or rows == 0:
            writer.write_table(pending.combine_chunks())
            rows += pending.num_rows
    return rows
