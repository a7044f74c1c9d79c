"""Contributed articles and seed metadata: hostile input is rejected with a clear message.

Every hostile file is generated here and written to tmp_path, then read back as bytes, so the
checks see exactly what a pull request would contain.
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from khabar.metadata import COLUMNS, read_sources
from khabar.problems import InvalidArticle, Problem
from khabar.validate import (
    MAX_BYTES,
    check_article_bytes,
    find_duplicates,
    validate_seeds,
)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
FIRST = SEED_FILES[0].name
ARTICLE = SEED_FILES[0].read_text(encoding="utf-8")
RIGHTS = "Quoted for research; copyright remains with the publisher"


def codes(problems: list[Problem], severity: str | None = None) -> set[str]:
    return {p.code for p in problems if severity is None or p.severity == severity}


def fresh_article(seed: int) -> str:
    """A distinct Arabic text long enough to pass: seed words shuffled into lines."""
    rng = random.Random(seed)
    words = sorted({w for p in SEED_FILES for w in p.read_text(encoding="utf-8").split()})
    picked = rng.choices(words, k=300)
    return "\n".join(" ".join(picked[i : i + 15]) for i in range(0, 300, 15)) + "\n"


def check_file(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return check_article_bytes(name, path.read_bytes())


def assert_rejected(result, code: str) -> Problem:
    assert result.text is None
    assert not result.ok
    found = [p for p in result.problems if p.code == code]
    assert found, [str(p) for p in result.problems]
    problem = found[0]
    assert problem.severity == "error"
    assert problem.message and problem.fix and problem.file
    return problem


def with_line(text: str, line: int, insert: str) -> str:
    """`text` with `insert` put in the middle of its 1-based line `line`."""
    lines = text.split("\n")
    target = lines[line - 1]
    lines[line - 1] = target[: len(target) // 2] + insert + target[len(target) // 2 :]
    return "\n".join(lines)


# --- the real seeds ---------------------------------------------------------------------------


def test_real_seeds_and_metadata_validate_cleanly():
    problems = validate_seeds(SEEDS)
    assert problems == [], [str(p) for p in problems]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_each_seed_is_accepted_unchanged(path):
    data = path.read_bytes()
    result = check_article_bytes(path.name, data)
    assert result.ok and result.problems == []
    assert result.text == data.decode("utf-8")
    assert result.sha256 == hashlib.sha256(data).hexdigest()


def test_seeds_reporting_the_same_event_are_not_duplicates():
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEED_FILES}
    assert find_duplicates(texts) == []


def test_read_sources_gives_one_row_per_seed():
    rows = read_sources(SEEDS / "sources.csv")
    assert [r.file for r in rows] == [p.name for p in SEED_FILES]
    by_file = {r.file: r for r in rows}
    for path in SEED_FILES:
        assert by_file[path.name].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert by_file[SEED_FILES[0].name].publisher == "TRT عربي"
    assert by_file[SEED_FILES[1].name].publisher is None
    assert by_file[SEED_FILES[3].name].published_date.isoformat() == "2021-06-17"
    assert all(r.language == "ar" and r.url is None and r.rights for r in rows)


def test_read_sources_missing_file_is_empty(tmp_path):
    assert read_sources(tmp_path / "sources.csv") == []


def test_read_sources_invalid_file_raises_with_problems(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text("file,sha256\nx,y\n", encoding="utf-8")
    with pytest.raises(InvalidArticle) as info:
        read_sources(path)
    assert "missing-column" in codes(info.value.problems)


# --- encodings --------------------------------------------------------------------------------


def test_windows_1256_is_named(tmp_path):
    result = check_file(tmp_path, "a.txt", ARTICLE.encode("cp1256", errors="replace"))
    problem = assert_rejected(result, "not-utf8")
    assert "Windows-1256" in problem.message and "UTF-8" in problem.fix
    assert problem.line == 1


def test_iso_8859_6_is_named(tmp_path):
    result = check_file(tmp_path, "a.txt", ARTICLE.encode("iso8859_6", errors="replace"))
    assert "ISO-8859-6" in assert_rejected(result, "not-utf8").message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_are_rejected(tmp_path, encoding):
    result = check_file(tmp_path, "a.txt", ARTICLE.encode(encoding))
    problem = assert_rejected(result, "utf16")
    assert "UTF-8" in problem.fix
    assert codes(result.problems) == {"utf16"}  # no noise from NUL bytes


@pytest.mark.parametrize(
    "head",
    [b"PK\x03\x04\x14\x00", b"%PDF-1.7\n", b"{\\rtf1\\ansi ", b"\x89PNG\r\n\x1a\n\x00"],
    ids=["docx", "pdf", "rtf", "png"],
)
def test_documents_and_images_are_named(tmp_path, head):
    result = check_file(tmp_path, "a.txt", head + ARTICLE.encode("utf-8"))
    assert "not a text file" in assert_rejected(result, "binary-file").message
    assert codes(result.problems) == {"binary-file"}


def test_utf8_bom_is_accepted_and_stripped(tmp_path):
    result = check_file(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert result.ok
    assert result.text == ARTICLE
    assert codes(result.problems, "warning") == {"utf8-bom"}


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_mojibake_is_explained(tmp_path, codec):
    garbled = ARTICLE.encode("utf-8").decode(codec, errors="ignore").encode("utf-8")
    result = check_file(tmp_path, "a.txt", garbled)
    problem = assert_rejected(result, "mojibake")
    assert "Ø" in problem.message and "UTF-8" in problem.fix
    assert codes(result.problems) == {"mojibake"}


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_mojibake_fix_command_really_repairs(tmp_path, codec):
    path = tmp_path / "a.txt"
    garbled = ARTICLE.encode("utf-8").decode(codec, errors="replace")
    if "\ufffd" in garbled:  # cp1252 leaves 5 bytes undefined: not repairable, no command
        garbled = ARTICLE.encode("utf-8").decode("latin-1")
    path.write_text(garbled, encoding="utf-8")
    problem = assert_rejected(check_article_bytes(str(path), path.read_bytes()), "mojibake")
    command = problem.fix.split("repair this file with: ", 1)[1].replace(
        "python3", sys.executable, 1
    )
    subprocess.run(command, shell=True, check=True)
    assert path.read_text(encoding="utf-8") == ARTICLE


# --- content ----------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_is_rejected(tmp_path, data):
    assert_rejected(check_file(tmp_path, "a.txt", data), "empty")


def test_invisible_only_is_empty(tmp_path):
    assert_rejected(check_file(tmp_path, "a.txt", "\u200b\n\u200b".encode()), "empty")


def test_arabic_lost_to_question_marks(tmp_path):
    result = check_file(tmp_path, "a.txt", ARTICLE.encode("ascii", errors="replace"))
    assert "UTF-8" in assert_rejected(result, "question-marks").fix
    assert codes(result.problems) == {"question-marks"}


def test_replacement_characters_are_rejected_with_line(tmp_path):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 5, "\ufffd\ufffd").encode())
    assert assert_rejected(result, "replacement-char").line == 5


def test_short_text_is_rejected(tmp_path):
    result = check_file(tmp_path, "a.txt", "بوتين وبايدن يلتقيان في جنيف".encode())
    problem = assert_rejected(result, "too-short")
    assert "200" in problem.message


def test_huge_file_is_rejected(tmp_path):
    data = ("كلمة " * (MAX_BYTES // 9 + 10)).encode()
    assert len(data) > MAX_BYTES
    problem = assert_rejected(check_file(tmp_path, "a.txt", data), "too-large")
    assert "1 MiB" in problem.message


@pytest.mark.parametrize(
    "markup",
    ["<p>", "</p>", '<div class="body">', "<script>alert(1)</script>", "<SCRIPT src=x", "&nbsp;"],
)
def test_html_is_rejected(tmp_path, markup):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 3, markup).encode())
    problem = assert_rejected(result, "html")
    assert problem.line == 3


def test_angle_brackets_in_prose_are_not_html(tmp_path):
    text = with_line(ARTICLE, 3, " 3 < 5 و 7 > 2 ")
    assert check_file(tmp_path, "a.txt", text.encode()).ok


def test_english_is_rejected(tmp_path):
    english = "The two presidents met in Geneva on Wednesday for their first summit. " * 10
    assert_rejected(check_file(tmp_path, "a.txt", english.encode()), "not-arabic")


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f"])
def test_control_characters_are_rejected_with_line(tmp_path, char):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 4, char).encode())
    problem = assert_rejected(result, "control-char")
    assert problem.line == 4
    assert f"U+{ord(char):04X}" in problem.message


BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", BIDI, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_controls_are_rejected_with_line(tmp_path, char):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 6, char).encode())
    problem = assert_rejected(result, "bidi-control")
    assert problem.line == 6
    assert f"U+{ord(char):04X}" in problem.message


def test_many_bidi_lines_are_summed_up(tmp_path):
    text = "\n".join(line + "\u202e" for line in ARTICLE.split("\n"))
    result = check_file(tmp_path, "a.txt", text.encode())
    bidi = [p for p in result.problems if p.code == "bidi-control"]
    assert len(bidi) == 6  # five lines named, then one summary
    assert bidi[-1].line is None and "more line" in bidi[-1].message


@pytest.mark.parametrize(
    "char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"], ids=lambda c: f"U+{ord(c):04X}"
)
def test_zero_width_is_stripped_with_warning(tmp_path, char):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 4, char).encode())
    assert result.ok
    assert result.text == ARTICLE
    [warning] = result.problems
    assert (warning.code, warning.severity, warning.line) == ("zero-width", "warning", 4)


def test_crlf_is_accepted_with_warning(tmp_path):
    result = check_file(tmp_path, "a.txt", ARTICLE.replace("\n", "\r\n").encode())
    assert result.ok and result.text is not None
    assert codes(result.problems) == {"crlf"}


def test_problem_renders_file_line_and_fix(tmp_path):
    result = check_file(tmp_path, "a.txt", with_line(ARTICLE, 2, "\u202e").encode())
    rendered = str(result.problems[0])
    assert rendered.startswith("a.txt:2: error:") and "Fix:" in rendered


# --- linear time ------------------------------------------------------------------------------


HOSTILE_LINES = {
    "arabic-1MB-one-line": ("كلمة عربية " * 100_000)[:500_000].encode(),
    "dots": b"." * 100_000,
    "quotes": b'"' * 100_000,
    "typographic-quotes": "\u201d\u00ab" * 50_000,
    "lt": b"<" * 1_000_000,
    "tag-openers": b"<p " * 330_000,
    "amp": b"&a" * 500_000,
    "bidi": "\u202e" * 300_000,
    "zero-width": "\u200b" * 300_000,
    "mojibake-like": "Ø" * 500_000,
}


@pytest.mark.parametrize("name", HOSTILE_LINES)
def test_hostile_single_line_is_checked_fast(tmp_path, name):
    data = HOSTILE_LINES[name]
    data = data.encode() if isinstance(data, str) else data
    assert len(data) <= MAX_BYTES
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    start = time.perf_counter()
    check_article_bytes("a.txt", path.read_bytes())
    assert time.perf_counter() - start < 2.0


# --- duplicates -------------------------------------------------------------------------------


@pytest.fixture
def seeds(tmp_path) -> Path:
    """A copy of the real seeds folder that a test may spoil."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for path in SEED_FILES:
        shutil.copyfile(path, folder / path.name)
    shutil.copyfile(SEEDS / "sources.csv", folder / "sources.csv")
    return folder


def read_rows(folder: Path) -> list[list[str]]:
    with open(folder / "sources.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def write_rows(folder: Path, rows: list[list[str]]) -> None:
    with open(folder / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def add_article(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)
    row = [name, hashlib.sha256(data).hexdigest(), "", "ar", "", "2021-06-16", RIGHTS]
    write_rows(folder, [*read_rows(folder), row])


def only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [str(p) for p in problems]
    return found[0]


def test_exact_duplicate_names_the_original(seeds):
    copy = ARTICLE.replace("\n", "\n\n").replace("أ", "ا")
    add_article(seeds, "005_00000000000000aa.txt", copy.encode())
    problems = validate_seeds(seeds)
    problem = only(problems, "duplicate")
    assert problem.file.endswith("005_00000000000000aa.txt") and FIRST in problem.message
    assert codes(problems) == {"duplicate"}


def test_near_duplicate_with_one_sentence_changed(seeds):
    lines = ARTICLE.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = "وقال مسؤول في البيت الأبيض إن الاجتماع المقبل سيعقد في موسكو في الخريف."
    add_article(seeds, "005_00000000000000bb.txt", "\n".join(lines).encode())
    problems = validate_seeds(seeds)
    problem = only(problems, "near-duplicate")
    assert FIRST in problem.message and "%" in problem.message
    assert codes(problems) == {"near-duplicate"}


def test_find_duplicates_scales():
    """1,000 distinct articles plus a cluster of 150 near-copies: no quadratic blow-up."""
    rng = random.Random(0)
    vocabulary = sorted({w for p in SEED_FILES for w in p.read_text(encoding="utf-8").split()})
    texts = {f"{i:05d}.txt": " ".join(rng.choices(vocabulary, k=300)) for i in range(1000)}
    base = texts["00000.txt"].split()
    for i in range(150):
        copy = list(base)
        copy[i % len(copy)] = "مختلفة"
        texts[f"copy{i:03d}.txt"] = " ".join(copy)
    start = time.perf_counter()
    problems = find_duplicates(texts)
    elapsed = time.perf_counter() - start
    assert elapsed < 6, elapsed
    assert {p.code for p in problems} == {"near-duplicate"}
    assert len(problems) == 150


# --- seeds folder and metadata ----------------------------------------------------------------


def test_missing_metadata_row(seeds):
    rows = read_rows(seeds)
    write_rows(seeds, [r for r in rows if r[0] != FIRST])
    problem = only(validate_seeds(seeds), "no-metadata-row")
    assert problem.file.endswith(FIRST)


def test_row_without_file(seeds):
    rows = read_rows(seeds)
    rows.append(["009_0123456789abcdef.txt", "0" * 64, "", "ar", "", "2021-06-16", RIGHTS])
    write_rows(seeds, rows)
    problem = only(validate_seeds(seeds), "row-without-file")
    assert problem.file.endswith("sources.csv") and problem.line == len(rows)


def test_sha256_mismatch(seeds):
    rows = read_rows(seeds)
    rows[1][1] = "0" * 64
    write_rows(seeds, rows)
    problem = only(validate_seeds(seeds), "sha256-mismatch")
    assert problem.line == 2 and "sha256sum" in problem.fix


def test_edited_article_is_caught_by_sha(seeds):
    (seeds / FIRST).write_bytes((SEEDS / FIRST).read_bytes() + "\nوأضاف.".encode())
    assert codes(validate_seeds(seeds)) == {"sha256-mismatch"}


def set_cell(seeds: Path, column: str, value: str, row: int = 1) -> list[Problem]:
    rows = read_rows(seeds)
    rows[row][rows[0].index(column)] = value
    write_rows(seeds, rows)
    return validate_seeds(seeds)


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        ("sha256", "ABC", "bad-sha256"),
        ("published_date", "16/06/2021", "bad-date"),
        ("published_date", "2021-02-30", "bad-date"),
        ("published_date", "2021-6-16", "bad-date"),
        ("url", "ftp://example.com/a", "bad-url"),
        ("url", "javascript:alert(1)", "bad-url"),
        ("url", "https://", "bad-url"),
        ("url", "https://user:pw@example.com/", "bad-url"),
        ("url", "www.example.com/a", "bad-url"),
        ("language", "arabic", "bad-language"),
        ("language", "ar_EG", "bad-language"),
        ("language", "en", "not-arabic-language"),
        ("file", "../000_51047dd4e9853e67.txt", "path-escape"),
        ("file", "/etc/passwd", "path-escape"),
        ("file", "..\\000_51047dd4e9853e67.txt", "path-escape"),
        ("file", "C:000_51047dd4e9853e67.txt", "path-escape"),
        ("file", "000_51047DD4E9853E67.txt", "bad-file-name"),
        ("publisher", '=HYPERLINK("http://x")', "formula-cell"),
        ("publisher", "+1", "formula-cell"),
        ("rights", "-free", "formula-cell"),
        ("publisher", "@SUM(A1)", "formula-cell"),
        ("rights", "", "missing-rights"),
    ],
)
def test_bad_metadata_cell(seeds, column, value, code):
    problems = set_cell(seeds, column, value)
    problem = only(problems, code)
    assert problem.line == 2 and problem.file.endswith("sources.csv")
    if column != "file":
        assert "no-metadata-row" not in codes(problems)  # the row exists; it is just wrong
    assert problem.severity == "error" and problem.fix


@pytest.mark.parametrize("column", ["file", "sha256", "language"])
def test_empty_required_cell(seeds, column):
    problem = only(set_cell(seeds, column, ""), "missing-value")
    assert column in problem.message and problem.line == 2


def test_future_date(seeds):
    future = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()
    only(set_cell(seeds, "published_date", future), "future-date")


def test_empty_optional_cells_are_fine(seeds):
    assert set_cell(seeds, "published_date", "") == []
    assert set_cell(seeds, "url", "https://www.trtarabi.com/news/x") == []
    assert set_cell(seeds, "language", "ar-EG") == []


def test_unknown_and_missing_columns(seeds):
    rows = read_rows(seeds)
    rows[0][rows[0].index("rights")] = "licence"
    write_rows(seeds, rows)
    problems = validate_seeds(seeds)
    assert {"unknown-column", "missing-column"} <= codes(problems)
    assert "no-metadata-row" not in codes(problems)  # no noise when rows cannot be read


def test_extra_column_is_rejected(seeds):
    rows = read_rows(seeds)
    write_rows(seeds, [[*rows[0], "notes"]] + [[*r, ""] for r in rows[1:]])
    assert codes(validate_seeds(seeds)) == {"unknown-column"}


def test_duplicate_rows(seeds):
    rows = read_rows(seeds)
    write_rows(seeds, [*rows, rows[1]])
    assert only(validate_seeds(seeds), "duplicate-row").line == len(rows) + 1


def test_same_file_described_twice(seeds):
    rows = read_rows(seeds)
    other = list(rows[1])
    other[2] = "TRT"
    write_rows(seeds, [*rows, other])
    assert "line 2" in only(validate_seeds(seeds), "duplicate-row").message


def test_row_with_wrong_number_of_values(seeds):
    rows = read_rows(seeds)
    rows[2] = rows[2][:3]
    write_rows(seeds, rows)
    assert only(validate_seeds(seeds), "bad-row").line == 3


def test_missing_sources_csv(seeds):
    (seeds / "sources.csv").unlink()
    assert codes(validate_seeds(seeds)) == {"missing-metadata"}


def test_symlinked_article_is_not_followed(seeds, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    os.symlink(secret, seeds / "005_0123456789abcdef.txt")
    problem = only(validate_seeds(seeds), "symlink")
    assert problem.file.endswith("005_0123456789abcdef.txt")


def test_symlinked_sources_csv_is_not_followed(seeds, tmp_path):
    real = tmp_path / "elsewhere.csv"
    shutil.move(seeds / "sources.csv", real)
    os.symlink(real, seeds / "sources.csv")
    assert "symlink" in codes(validate_seeds(seeds))


@pytest.mark.parametrize(
    "name", ["5_51047dd4e9853e67.txt", "005_51047dd4e9853e6.txt", "005_51047DD4E9853E67.txt"]
)
def test_bad_file_name(seeds, name):
    add_article(seeds, name, fresh_article(1).encode())
    problems = validate_seeds(seeds)
    assert codes(problems) == {"bad-file-name"}  # on the file, and on its metadata row
    assert any(p.file.endswith(name) for p in problems)


@pytest.mark.parametrize(
    "name", ["notes.docx", "article.TXT", ".hidden", "page.html", "sources.csv.bak"]
)
def test_unexpected_file(seeds, name):
    (seeds / name).write_bytes(b"x")
    assert codes(validate_seeds(seeds)) == {"unexpected-file"}


def test_unexpected_folder(seeds):
    (seeds / "more").mkdir()
    assert codes(validate_seeds(seeds)) == {"unexpected-file"}


def test_new_valid_article_is_accepted(seeds):
    add_article(seeds, "005_0123456789abcdef.txt", fresh_article(3).encode())
    assert validate_seeds(seeds) == []


def test_readme_is_allowed(seeds):
    (seeds / "README.md").write_text("# Seeds\n", encoding="utf-8")
    assert validate_seeds(seeds) == []


def test_hostile_article_in_folder_is_reported_with_folder_path(seeds):
    add_article(
        seeds, "005_0123456789abcdef.txt", with_line(fresh_article(2), 2, "\u202e").encode()
    )
    problem = only(validate_seeds(seeds), "bidi-control")
    assert problem.file == f"{seeds.as_posix()}/005_0123456789abcdef.txt" and problem.line == 2


def test_metadata_columns_are_documented():
    contributing = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert ",".join(COLUMNS) in contributing


def test_every_problem_code_is_documented():
    """CONTRIBUTING.md lists every check; a new code must come with its documentation."""
    source = "".join(
        (REPO / "src/khabar" / name).read_text(encoding="utf-8")
        for name in ("validate.py", "metadata.py")
    )
    code = r'"([a-z0-9]+(?:-[a-z0-9]+)*)"'
    found = set(
        re.findall(
            r"(?:Problem\(\s*[\w.\[\]]+,\s*|fail\(\s*|_error\(\s*|problem\(\s*)" + code, source
        )
    )
    found |= set(re.findall(r"^\s+" + code + r",\s*$", source, re.MULTILINE))
    found |= {"missing-metadata"}  # chosen from a table
    found -= {"error", "warning"}  # severities, not codes
    assert {"utf16", "bidi-control", "formula-cell", "near-duplicate"} <= found
    contributing = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    undocumented = sorted(c for c in found if f"**`{c}`**" not in contributing)
    assert undocumented == []


def test_cli_exit_code_fails_on_errors_only(seeds):
    from typer.testing import CliRunner

    from khabar.cli import app

    runner = CliRunner()
    (seeds / FIRST).write_bytes(b"\xef\xbb\xbf" + (SEEDS / FIRST).read_bytes())  # a warning...
    rows = read_rows(seeds)
    rows[1][1] = hashlib.sha256((seeds / FIRST).read_bytes()).hexdigest()
    write_rows(seeds, rows)
    result = runner.invoke(app, ["validate", "--seeds", str(seeds)])
    assert result.exit_code == 0, result.output
    assert "0 error(s), 1 warning(s)" in result.output
    (seeds / "notes.docx").write_bytes(b"x")  # ...and an error
    result = runner.invoke(app, ["validate", "--seeds", str(seeds)])
    assert result.exit_code == 1 and "[unexpected-file]" in result.output
