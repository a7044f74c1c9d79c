"""The command line, as quality scripts and contributors use it."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from khabar.cli import app

runner = CliRunner()


def test_segment_reads_and_writes_json_lines():
    docs = [
        {"doc_id": "a", "text": "قال بوتين إن اللقاء كان بناءً. وأضاف بايدن: الحوار أفضل؟ نعم."},
        {"doc_id": "b", "text": "استمرت المحادثات 1.5 ساعة حتى الساعة 17:05 مساءً."},
    ]
    stdin = "\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n"
    result = runner.invoke(app, ["segment"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["doc_id"] for o in out] == ["a", "b"]
    first = docs[0]["text"]
    assert [first[s:e] for s, e in out[0]["sentences"]] == [
        "قال بوتين إن اللقاء كان بناءً.",
        "وأضاف بايدن: الحوار أفضل؟",
        "نعم.",
    ]
    assert out[1]["sentences"] == [[0, len(docs[1]["text"])]]


def test_tag_conll_writes_gold_and_prediction(tmp_path):
    source = tmp_path / "in.conll"
    source.write_text(
        "وقال\tO\nالرئيس\tO\nالروسي\tO\nفلاديمير\tB-PERS\nبوتين\tI-PERS\nفي\tO\nجنيف\tB-LOC\n.\tO\n\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.conll"
    result = runner.invoke(app, ["tag-conll", str(source), str(target)])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in target.read_text(encoding="utf-8").splitlines() if line]
    assert [r[:2] for r in rows][3] == ["فلاديمير", "B-PERS"]
    assert all(len(r) == 3 for r in rows)
    assert rows[3][2].endswith("PERS") and rows[6][2] == "B-LOC"


def test_schema_check_fails_when_a_schema_file_drifts(tmp_path):
    assert runner.invoke(app, ["schema", "--out", str(tmp_path)]).exit_code == 0
    assert runner.invoke(app, ["schema", "--out", str(tmp_path), "--check"]).exit_code == 0
    (tmp_path / "quotes.schema.json").write_text("{}", encoding="utf-8")
    result = runner.invoke(app, ["schema", "--out", str(tmp_path), "--check"])
    assert result.exit_code == 1
    assert "quotes.schema.json" in result.output


@pytest.mark.flow
def test_validate_a_built_dist_and_a_broken_one(built_dist, tmp_path):
    assert runner.invoke(app, ["validate", str(built_dist)]).exit_code == 0
    broken = tmp_path / "dist"
    shutil.copytree(built_dist, broken)
    (broken / "data" / "topics.parquet").unlink()
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "topics.parquet: missing" in result.output
