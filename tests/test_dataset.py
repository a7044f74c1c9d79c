"""The published dataset, built once by the real Prefect flow (see conftest.built_dist)."""

from __future__ import annotations

import shutil
from pathlib import Path

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from khabar.check import check_dist, span_problems
from khabar.package import CONFIGS, data_path, validate_package
from khabar.parquet_io import write_table
from khabar.records import TABLE_BY_NAME
from khabar.schema import hf_features
from tests.conftest import ROOT

pytestmark = pytest.mark.flow


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_every_span_is_exactly_its_article_text(built_dist):
    articles = pq.read_table(
        built_dist / data_path("articles"), columns=["article_id", "text"]
    ).to_pydict()
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    checked = 0
    for table in ("sentences", "quotes", "entities"):
        for row in pq.read_table(built_dist / data_path(table)).to_pylist():
            assert texts[row["article_id"]][row["start"] : row["end"]] == row["text"], row
            checked += 1
    assert checked > 100
    assert span_problems(built_dist) == []


def test_the_package_is_valid_for_frictionless_and_our_checks(built_dist):
    assert validate_package(built_dist).valid
    assert check_dist(built_dist) == []


def test_every_config_has_rows(built_dist):
    for name in CONFIGS:
        assert pq.read_metadata(built_dist / data_path(name)).num_rows > 0, name


@pytest.fixture()
def dist_copy(built_dist, tmp_path) -> Path:
    copy = tmp_path / "dist"
    shutil.copytree(built_dist, copy)
    return copy


def test_a_truncated_parquet_file_is_caught(dist_copy):
    path = dist_copy / data_path("quotes")
    path.write_bytes(path.read_bytes()[:-100])
    assert check_dist(dist_copy)


def test_a_dangling_foreign_key_is_caught(dist_copy):
    path = dist_copy / data_path("sentences")
    table = pq.read_table(path)
    ids = table["article_id"].to_pylist()
    ids[0] = "999_no_such_article"
    write_table(table.set_column(1, "article_id", pa.array(ids)), path)
    problems = check_dist(dist_copy)
    assert any("foreign" in p.lower() or "reference" in p.lower() for p in problems), problems


def test_a_duplicate_primary_key_and_a_moved_span_are_caught(dist_copy):
    path = dist_copy / data_path("entities")
    rows = pq.read_table(path).to_pylist()
    rows[1]["mention_id"] = rows[0]["mention_id"]
    rows[2]["start"] += 1
    rows[2]["end"] += 1
    write_table(pa.Table.from_pylist(rows, schema=pq.read_schema(path)), path)
    problems = check_dist(dist_copy)
    assert any("unique" in p.lower() or "primary" in p.lower() for p in problems), problems
    assert any("entities row 2" in p for p in problems), problems


def test_null_offsets_of_a_quote_without_speaker_are_valid(dist_copy):
    path = dist_copy / data_path("quotes")
    rows = pq.read_table(path).to_pylist()
    for row in rows[:2]:
        row.update(speaker=None, speaker_start=None, speaker_end=None, speaker_entity_id=None)
    write_table(pa.Table.from_pylist(rows, schema=pq.read_schema(path)), path)
    assert check_dist(dist_copy) == []


def test_a_card_that_lies_about_row_counts_is_caught(dist_copy):
    card = dist_copy / "README.md"
    text = card.read_text(encoding="utf-8")
    count = pq.read_metadata(dist_copy / data_path("topics")).num_rows
    marker = "config_name: topics"
    head, tail = text.split(marker, 1)
    tail = tail.replace(f"num_examples: {count}", f"num_examples: {count + 1}", 1)
    card.write_text(head + marker + tail, encoding="utf-8")
    assert any("topics declares" in p for p in check_dist(dist_copy))


@pytest.mark.parametrize("config", CONFIGS)
def test_load_dataset_offline_with_declared_features(built_dist, config, tmp_path):
    ds = datasets.load_dataset(str(built_dist), config, split="train", cache_dir=str(tmp_path))
    assert ds.features == hf_features(TABLE_BY_NAME[config])
    assert ds.num_rows == pq.read_metadata(built_dist / data_path(config)).num_rows


def test_rebuild_from_the_same_seeds_is_byte_identical(built_dist, seeds_dir, tmp_path):
    from flows.build_dataset import build_dataset

    again = tmp_path / "dist"
    summary = build_dataset(str(seeds_dir), str(again), batch_size=2)  # other batching too
    assert summary.counts["articles"] == len(list(seeds_dir.glob("*.txt")))
    assert _files(again) == _files(built_dist)


def test_committed_dist_is_in_sync_with_the_code(built_dist):
    committed = _files(ROOT / "dist")
    assert committed, "dist/ is empty: run `make dataset`"
    fresh = _files(built_dist)
    stale = sorted(
        name for name in committed.keys() | fresh.keys() if committed.get(name) != fresh.get(name)
    )
    assert not stale, f"dist/ is stale ({stale}): run `make dataset` and commit it"
