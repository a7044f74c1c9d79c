"""The pydantic records are the one source of truth for every published schema."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from pydantic import ValidationError

from khabar import records
from khabar.schema import (
    arrow_schema,
    hf_features,
    schema_files,
    table_schema,
)
from khabar.schema import (
    columns as column_order,
)
from tests.conftest import ROOT


def test_committed_schema_files_match_the_records():
    for name, content in schema_files().items():
        assert (ROOT / "schema" / name).read_text(encoding="utf-8") == content, name


def test_every_table_has_the_same_columns_in_every_format():
    for model in records.TABLES:
        columns = column_order(model)
        assert columns[: len(model.primary_key)] == list(model.primary_key)
        assert sorted(columns) == sorted(model.model_fields)
        assert arrow_schema(model).names == columns
        assert [f["name"] for f in table_schema(model)["fields"]] == columns
        assert list(hf_features(model)) == columns


def test_list_columns_use_parquet_element_name():
    field = arrow_schema(records.Topic).field("sentence_ids")
    assert field.type == pa.list_(pa.field("element", pa.string()))


def test_constraints_carry_over_to_frictionless():
    fields = {f["name"]: f for f in table_schema(records.EntityMention)["fields"]}
    assert fields["label"]["constraints"]["enum"] == ["PER", "LOC", "ORG", "FAC", "EVENT", "MISC"]
    assert fields["wikidata"]["constraints"] == {"pattern": "Q[0-9]+"}
    assert fields["mention_id"]["constraints"] == {"required": True, "unique": True}
    assert fields["entity_id"].get("constraints") is None  # nullable
    schema = table_schema(records.EntityMention)
    assert schema["primaryKey"] == ["mention_id"]
    assert {
        "fields": "article_id",
        "reference": {"resource": "articles", "fields": "article_id"},
    } in schema["foreignKeys"]
    assert table_schema(records.Article)["fields"][6] == {
        "name": "published_date",
        "type": "date",
        "description": "Publication date, where known.",
    }


def _sentence(**overrides):
    base = dict(
        sentence_id="a-s0000", article_id="a", position=0, start=0, end=5, text="بوتين", kind="body"
    )
    return records.Sentence(**{**base, **overrides})


def test_span_record_rejects_text_that_does_not_fit_its_offsets():
    assert _sentence().text == "بوتين"
    with pytest.raises(ValidationError, match="does not fit"):
        _sentence(end=7)


def test_records_reject_unknown_values():
    with pytest.raises(ValidationError):
        _sentence(kind="paragraph")
    with pytest.raises(ValidationError):
        _sentence(article_id="../etc")
    with pytest.raises(ValidationError):
        _sentence(surprise=1)


def test_sha_and_qid_patterns_accept_only_ascii_digits():
    with pytest.raises(ValidationError):
        records.KBEntry(
            entity_id="x", label="PER", name_ar="بوتين", name_en=None, wikidata="Q٧٧٤٧", aliases=[]
        )
    entry = records.KBEntry(
        entity_id="x",
        label="PER",
        name_ar="بوتين",
        name_en="Putin",
        wikidata="Q7747",
        aliases=["بوتن"],
    )
    assert entry.wikidata == "Q7747"


def test_article_dates_are_real_dates():
    article = records.Article(
        article_id="a",
        source_file="a.txt",
        sha256="0" * 64,
        title=None,
        publisher=None,
        dateline=None,
        published_date="2021-06-17",
        url=None,
        language="ar",
        photo_credit=None,
        text="نص",
        n_chars=2,
        n_sentences=1,
        removed=[],
        normalised=[],
    )
    assert article.published_date == dt.date(2021, 6, 17)
    with pytest.raises(ValidationError):
        article.model_copy(update={"n_chars": 3}).model_validate(
            {**article.model_dump(), "n_chars": 3}
        )
