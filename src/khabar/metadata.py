"""Seed metadata: one row per article file in `seeds/sources.csv`.

Columns, in this order: file, sha256, publisher, language, url, published_date, rights.
Empty `publisher`, `url` and `published_date` mean "unknown". Reading is strict: every
problem in the file is reported with its line, worded for a contributor (see
`check_sources`); the build uses `read_sources`, for which the file is optional.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from khabar.problems import InvalidArticle, Problem

COLUMNS = ("file", "sha256", "publisher", "language", "url", "published_date", "rights")
# An article file: three-digit number, underscore, 16 lowercase hex digits, ".txt".
# (The hex part is an identifier only: for the seeds it is NOT a prefix of the file's sha256.)
FILE_NAME_RE = re.compile(r"[0-9]{3}_[0-9a-f]{16}\.txt")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# BCP-47 shaped: a 2-3 letter language, then subtags of 2-8 letters or digits (ar, ar-EG).
LANGUAGE_RE = re.compile(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_CSV_BYTES = 5 << 20
MAX_FIELD_CHARS = 2000
EXAMPLE_NAME = "005_0123456789abcdef.txt"

# Fixes for each kind of problem, worded for someone who has never seen the code.
FIXES = {
    "formula-cell": "Start the value with a letter or digit: values starting with = + - @ are "
    "run as formulas by spreadsheet programs. Remove the sign (or reword the value).",
    "path-escape": "Write only the file's name as it is inside seeds/ (for example "
    f"{EXAMPLE_NAME}), with no folder, no '..', no '/' or '\\'.",
    "bad-file-name": f"Name article files NNN_<16 lowercase hex digits>.txt, e.g. {EXAMPLE_NAME}.",
    "bad-sha256": "Put the 64 lowercase hex digits printed by `sha256sum seeds/<file>` "
    "(macOS: `shasum -a 256 seeds/<file>`).",
    "bad-date": "Write the publication date as YYYY-MM-DD (e.g. 2021-06-16), or leave it "
    "empty if unknown.",
    "future-date": "Use the date the article was published; it cannot be in the future.",
    "bad-url": "Give the article's address starting with http:// or https://, or leave it "
    "empty if unknown.",
    "bad-language": "Write the language as a BCP-47 code: `ar` (or a regional form like ar-EG).",
    "not-arabic-language": "Only Arabic articles are collected: the language must be `ar` "
    "(or a regional form like ar-EG).",
    "missing-rights": "Say under what terms the text may be used, e.g. 'Quoted for research; "
    "copyright remains with the publisher'.",
    "bad-value": "Correct the value as described.",
}


REQUIRED_FIXES = {
    "file": f"Write the article file's name, e.g. {EXAMPLE_NAME}.",
    "sha256": FIXES["bad-sha256"],
    "language": "Write ar.",
}


def _error(code: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message)


class SourceRow(BaseModel):
    """One row of seeds/sources.csv: where an article file comes from and under what terms."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    sha256: str
    publisher: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    language: str
    url: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    published_date: date | None = None
    rights: str = Field(max_length=MAX_FIELD_CHARS)

    @field_validator("*", mode="before")
    @classmethod
    def _no_formula(cls, value: object) -> object:
        """Reject spreadsheet formulas (CSV injection); empty optional text means unknown."""
        if isinstance(value, str):
            if value.lstrip(" ").startswith(FORMULA_START):
                raise _error(
                    "formula-cell",
                    f"the value {value[:40]!r} starts with a sign that spreadsheet programs "
                    "run as a formula",
                )
            if value.strip() == "":
                return None
        return value

    @field_validator("file")
    @classmethod
    def _plain_file_name(cls, value: str) -> str:
        if (
            "/" in value
            or "\\" in value
            or ":" in value
            or value in (".", "..")
            or value.startswith("~")
        ):
            raise _error(
                "path-escape",
                f"the file {value!r} is a path, not a file name inside seeds/: paths could "
                "point outside the seeds folder",
            )
        if not FILE_NAME_RE.fullmatch(value):
            raise _error("bad-file-name", f"{value!r} does not follow the pattern NNN_<16 hex>.txt")
        return value

    @field_validator("sha256")
    @classmethod
    def _sha256_shape(cls, value: str) -> str:
        if not SHA256_RE.fullmatch(value):
            raise _error("bad-sha256", f"{value[:80]!r} is not a SHA-256 (64 lowercase hex digits)")
        return value

    @field_validator("language")
    @classmethod
    def _arabic_bcp47(cls, value: str) -> str:
        if not LANGUAGE_RE.fullmatch(value):
            raise _error("bad-language", f"{value[:40]!r} is not a BCP-47 language code")
        if value.split("-")[0] != "ar":
            raise _error("not-arabic-language", f"the language is {value!r}; only 'ar' is accepted")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        problem = None
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError:
            problem = "it cannot be read as a web address"
        else:
            if parts.scheme not in ("http", "https"):
                problem = "only http:// and https:// addresses are accepted"
            elif not parts.hostname:
                problem = "it has no host name"
            elif "@" in parts.netloc:
                problem = "it contains a user name or password ('@' before the host)"
            elif any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
                problem = "it contains spaces or control characters"
        if problem:
            raise _error("bad-url", f"the url {value[:80]!r} is not valid: {problem}")
        return value

    @field_validator("published_date", mode="before")
    @classmethod
    def _iso_date(cls, value: object) -> object:
        if value is None or isinstance(value, date):
            return value
        text = str(value)
        if not text.strip():
            return None
        if not DATE_RE.fullmatch(text):
            raise _error("bad-date", f"the date {text[:40]!r} is not written as YYYY-MM-DD")
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise _error("bad-date", f"{text!r} is not a real calendar date") from None

    @field_validator("published_date")
    @classmethod
    def _not_future(cls, value: date | None) -> date | None:
        # One day of slack: "today" in the publisher's time zone may be tomorrow in UTC.
        if value is not None and value > datetime.now(UTC).date() + timedelta(days=1):
            raise _error("future-date", f"the publication date {value} is in the future")
        return value

    @field_validator("rights", mode="before")
    @classmethod
    def _rights_given(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            raise _error("missing-rights", "the rights column is empty")
        return value


@dataclass
class SourcesCheck:
    """The valid rows of a metadata file, the problems found, and where each row was."""

    rows: list[SourceRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    line_of: dict[str, int] = field(default_factory=dict)  # file name -> line in the CSV
    # Files named by rows that were rejected: they do have a row, it is just wrong.
    rejected_files: set[str] = field(default_factory=set)
    # False when the file could not be read row by row (missing, unreadable, bad header):
    # then "this article has no row" would be noise.
    rows_checked: bool = True


_NO_FOLLOW_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def open_no_follow(path: Path) -> int:
    """A read-only descriptor of `path`: a symbolic link is never followed, a FIFO never blocks.

    Raises OSError (a link gives ELOOP where O_NOFOLLOW exists).
    """
    return os.open(path, _NO_FOLLOW_FLAGS)


def regular_file(fd: int) -> BinaryIO | None:
    """`fd` (from open_no_follow) as a binary file if it is a regular file; else None, closed."""
    fh = os.fdopen(fd, "rb")
    try:
        regular = stat.S_ISREG(os.fstat(fh.fileno()).st_mode)
    except BaseException:
        fh.close()
        raise
    if not regular:
        fh.close()
        return None
    return fh


def _read_no_follow(path: Path, limit: int) -> bytes | str:
    """The bytes of a regular file, never following a symbolic link; or why not."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return "missing"
    if stat.S_ISLNK(st.st_mode):
        return "symlink"
    if not stat.S_ISREG(st.st_mode):
        return "not-regular"
    if st.st_size > limit:
        return "too-large"
    try:
        fd = open_no_follow(path)
    except OSError:
        return "symlink"  # swapped for a link between lstat and open
    fh = regular_file(fd)
    if fh is None:
        return "not-regular"
    with fh:
        return fh.read(limit + 1)


def check_sources(path: Path, label: str | None = None) -> SourcesCheck:
    """Read a metadata CSV strictly, collecting every problem with its line."""
    where = label or str(path)
    out = SourcesCheck()

    def problem(code: str, message: str, fix: str, line: int | None = None) -> None:
        out.problems.append(Problem(where, code, message, fix, "error", line))

    data = _read_no_follow(path, MAX_CSV_BYTES)
    if isinstance(data, str):
        out.rows_checked = False
        messages = {
            "missing": "the metadata file is missing",
            "symlink": "the metadata file is a symbolic link; links are never followed",
            "not-regular": "the metadata file is not a regular file",
            "too-large": f"the metadata file is larger than {MAX_CSV_BYTES:,} bytes",
        }
        fixes = {
            "missing": f"Create it with the header line {','.join(COLUMNS)} and one row per "
            "article file (see CONTRIBUTING.md).",
            "symlink": "Replace the link with the real file.",
            "not-regular": "Replace it with a plain CSV file.",
            "too-large": "Keep one short row per article file.",
        }
        code = {"missing": "missing-metadata", "symlink": "symlink"}.get(data, "bad-csv")
        problem(code, messages[data], fixes[data])
        return out
    if len(data) > MAX_CSV_BYTES:
        out.rows_checked = False
        problem("bad-csv", "the metadata file is too large", "Keep one short row per file.")
        return out
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        out.rows_checked = False
        problem(
            "not-utf8",
            "the metadata file is not UTF-8",
            "Save it as 'CSV UTF-8' (in Excel: Save As > CSV UTF-8; in LibreOffice: "
            "Character set: Unicode (UTF-8)).",
            data.count(b"\n", 0, err.start) + 1,
        )
        return out
    if "\x00" in text:
        out.rows_checked = False
        problem("bad-csv", "the metadata file contains NUL bytes", "Save it as CSV UTF-8.")
        return out

    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    seen_rows: dict[tuple[str, ...], int] = {}
    header: list[str] | None = None
    prev_line = 0
    try:
        for record in reader:
            line = prev_line + 1
            prev_line = reader.line_num
            if not record or all(not cell.strip() for cell in record):
                continue
            if header is None:
                header = record
                if not _check_header(header, line, problem):
                    out.rows_checked = False
                    return out
                continue
            _check_record(record, header, line, seen_rows, out, problem)
    except csv.Error as err:
        problem(
            "bad-csv",
            f"the metadata file cannot be read as CSV: {err}",
            "Check the quotes on this line: a value containing a comma or a quote mark must "
            'be wrapped in double quotes, with inner quotes doubled ("").',
            reader.line_num,
        )
        out.rows_checked = False
    if header is None:
        out.rows_checked = False
        problem(
            "missing-column",
            "the metadata file has no header line",
            f"Start the file with the line {','.join(COLUMNS)}.",
            1,
        )
    return out


def _check_header(header: list[str], line: int, problem) -> bool:
    """Report unknown, repeated and missing columns; True if rows can be read."""
    ok = True
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problem(
                "duplicate-column",
                f"the column {name!r} appears twice in the header",
                "Keep one.",
                line,
            )
            ok = False
        seen.add(name)
        if name not in COLUMNS:
            problem(
                "unknown-column",
                f"unknown column {name[:40]!r}",
                f"Use exactly these columns: {','.join(COLUMNS)} (check spelling and spaces).",
                line,
            )
    for name in COLUMNS:
        if name not in seen:
            problem(
                "missing-column",
                f"the column {name!r} is missing from the header",
                f"Use exactly these columns: {','.join(COLUMNS)}.",
                line,
            )
            ok = False
    return ok


def _check_record(record, header, line, seen_rows, out: SourcesCheck, problem) -> None:
    if len(record) != len(header):
        problem(
            "bad-row",
            f"this row has {len(record)} values but the header has {len(header)} columns",
            "Give one value per column, separated by commas; leave unknown values empty and "
            "wrap values that contain a comma in double quotes.",
            line,
        )
        return
    key = tuple(record)
    if key in seen_rows:
        problem(
            "duplicate-row",
            f"this row repeats line {seen_rows[key]}",
            "Delete the repeated row.",
            line,
        )
        return
    seen_rows[key] = line
    values = {name: value for name, value in zip(header, record, strict=True) if name in COLUMNS}
    try:
        row = SourceRow.model_validate(values)
    except ValidationError as err:
        out.rejected_files.add(str(values.get("file", "")).strip())
        for e in err.errors():
            column = e["loc"][0] if e["loc"] else "row"
            code = e["type"] if e["type"] in FIXES else "bad-value"
            if code == "bad-value" and e.get("input") is None:
                problem(
                    "missing-value",
                    f"the {column} column is empty",
                    REQUIRED_FIXES.get(str(column), "Fill it in."),
                    line,
                )
                continue
            msg = (
                f"column {column}: {e['msg']}"
                if code in ("bad-value", "formula-cell")
                else e["msg"]
            )
            problem(code, msg, FIXES[code], line)
        return
    if row.file in out.line_of:
        problem(
            "duplicate-row",
            f"{row.file} is already described on line {out.line_of[row.file]}",
            "Keep one row per article file.",
            line,
        )
        return
    out.line_of[row.file] = line
    out.rows.append(row)


def read_sources(path: Path) -> list[SourceRow]:
    """The rows of a metadata file, for the build. A missing file means no metadata: [].

    Raises InvalidArticle with every problem if the file exists but is not valid.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return []
    result = check_sources(path)
    if result.problems:
        raise InvalidArticle(result.problems)
    return result.rows
