"""Load stage: check contributed article files and tell the contributor what is wrong.

Every check runs in time linear in the size of the file (no nested scans, every regular
expression either matches single characters or has a bounded repetition), so a hostile
1 MiB file with no newline is checked in a fraction of a second.

Limits (documented in CONTRIBUTING.md; change both together):

* ``MAX_BYTES``: a file larger than 1 MiB is rejected without being decoded.
* ``MIN_CHARS`` / ``MIN_WORDS``: an article needs at least 200 characters and 30 words.
* ``MIN_ARABIC_SHARE``: at least half of the letters must be Arabic letters.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
import regex

from khabar.arabic import arabic_letter_share, matching_key
from khabar.metadata import (
    EXAMPLE_NAME,
    FILE_NAME_RE,
    check_sources,
    open_no_follow,
    regular_file,
)
from khabar.problems import Problem, Severity

MAX_BYTES = 1 << 20  # 1 MiB
MIN_CHARS = 200
MIN_WORDS = 30
MIN_ARABIC_SHARE = 0.5
MAX_LINES_REPORTED = 5  # per check and file; the rest are summed up in one more problem

_CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI_RE = regex.compile(r"[\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH_RE = regex.compile(r"[\u200b-\u200d\u2060\ufeff]")
_REPLACEMENT_RE = regex.compile("\ufffd")
_QUESTION_RUN_RE = re.compile(r"\?{2,}")
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")

# Markup: any complete tag with a Latin name (`<p>`, `<div class="x">`, `</span>`), the opening
# of a dangerous one (`<script`), comments, doctypes and character entities (`&nbsp;`). A stray
# "<" in prose does not count. Repetitions are bounded, so each "<" or "&" costs a few hundred
# steps at most; the stdlib engine is used because the pattern is ASCII and it is faster here.
_MARKUP_RE = re.compile(
    r"<(?:/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>\n]{0,300})?/?>"
    r"|(?i:script|style|iframe|object|embed|noscript)\b|!--|!(?i:doctype)\b|\?xml\b)"
    r"|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
)

# Mojibake: UTF-8 bytes of Arabic letters (lead byte D8-DB, then 80-BF) decoded as Latin-1 or
# Windows-1252 come out as Ø Ù Ú Û followed by a Latin-1 symbol or a C1/cp1252 character.
# Ã and Â cover Latin text and non-breaking spaces damaged the same way.
_CONTINUATION_CHARS = {chr(b) for b in range(0x80, 0xC0)} | {
    bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)
}
_CONTINUATION_CHARS.discard("")
_MOJIBAKE_RE = regex.compile(
    "[\u00d8\u00d9\u00da\u00db\u00c3\u00c2]["
    + "".join(regex.escape(c) for c in sorted(_CONTINUATION_CHARS))
    + "]"
)
_MOJIBAKE_MIN = 3  # occurrences needed to call a file mojibake (one could be a real "Ø" + "§")

_RESAVE = (
    "Open the file in a text editor and save it again with the encoding set to 'UTF-8' "
    "(in Notepad: File > Save As > Encoding: UTF-8; in VS Code: click the encoding in the "
    "status bar > Save with Encoding > UTF-8)."
)


@dataclass
class ArticleCheck:
    """What the load stage learns from one contributed file.

    `text` is the decoded article (UTF-8 BOM and zero-width characters removed), or None when
    the file cannot be used: it has at least one error. `problems` lists errors and warnings.
    """

    text: str | None
    sha256: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


class _Lines:
    """Line and column of a character offset, in O(log n) after one linear pass."""

    def __init__(self, text: str):
        self._starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos)

    def start(self, line: int) -> int | None:
        """Offset where 1-based `line` starts, or None past the last line."""
        return self._starts[line - 1] if line <= len(self._starts) else None

    def column(self, pos: int) -> int:
        return pos - self._starts[self.line(pos) - 1] + 1


def _char_name(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} ({name or 'a control character'})"


def _per_line(
    file_name: str,
    code: str,
    pattern: regex.Pattern[str],
    text: str,
    lines: _Lines,
    describe: Callable[[regex.Match[str], int], str],
    fix: str,
    severity: Severity = "error",
) -> list[Problem]:
    """One problem per line where `pattern` matches (first few lines), then a summary.

    After a hit the search jumps to the next line, so the cost is one regex scan plus one step
    per affected line, however many hits a line has.
    """
    problems: list[Problem] = []
    extra = 0
    m = pattern.search(text)
    while m is not None:
        line = lines.line(m.start())
        if len(problems) < MAX_LINES_REPORTED:
            problems.append(
                Problem(file_name, code, describe(m, lines.column(m.start())), fix, severity, line)
            )
        else:
            extra += 1
        next_line = lines.start(line + 1)
        m = pattern.search(text, next_line) if next_line is not None else None
    if extra:
        last = problems[-1]
        problems.append(
            Problem(
                file_name,
                code,
                f"the same problem is on {extra} more line(s) after line {last.line}",
                fix,
                severity,
                None,
            )
        )
    return problems


def _line_of_byte(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


_SIGNATURES = (
    (b"PK\x03\x04", "a Word document or other zip archive (.docx, .odt, .zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word document (.doc)"),
    (b"%PDF-", "a PDF"),
    (b"{\\rtf", "a rich-text document (.rtf)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
)


def _binary_kind(data: bytes) -> str | None:
    """What kind of non-text file `data` is, from its first bytes (magic numbers)."""
    for magic, kind in _SIGNATURES:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "a WebP image"
    return None


def _looks_utf16(data: bytes) -> str | None:
    """The name of the UTF-16/32 encoding `data` seems to be in, from its BOM or NUL bytes."""
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            return name
    if len(data) >= 8 and b"\x00" in data:
        # Without a BOM: UTF-8 text never contains NUL bytes, while UTF-16 text has a high byte
        # of 00 (Latin, digits, spaces) or 06 (Arabic) at every other position.
        half = len(data) // 2
        if data.count(b"\x00\x00") >= 0.25 * half:
            return "UTF-32"
        for high in (data[0::2], data[1::2]):
            if high.count(0) + high.count(6) >= 0.6 * len(high):
                return "UTF-16"
    return None


def _guess_legacy_encoding(data: bytes) -> str | None:
    """Name the non-UTF-8 encoding `data` is probably in, if we can tell."""
    # Both old Arabic encodings decode most bytes; the right one gives more Arabic letters.
    best_share, best_name = 0.0, None
    for codec, name in (("cp1256", "Windows-1256"), ("iso8859_6", "ISO-8859-6")):
        try:
            share = arabic_letter_share(data.decode(codec))
        except UnicodeDecodeError:
            continue
        if share > best_share:
            best_share, best_name = share, name
    if best_share >= MIN_ARABIC_SHARE:
        return best_name
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
    except Exception:  # a guess only; never let the guesser break validation
        return None
    return best.encoding if best is not None else None


def _not_utf8(file_name: str, data: bytes, err: UnicodeDecodeError) -> Problem:
    line = _line_of_byte(data, err.start)
    guess = _guess_legacy_encoding(data)
    if guess in ("Windows-1256", "ISO-8859-6"):
        what = f"the file is not UTF-8: it looks like {guess} (an old Arabic encoding)"
    else:
        named = f" (it may be {guess})" if guess else ""
        what = f"the file is not valid UTF-8{named}"
    fix = f"Re-save the file as UTF-8. {_RESAVE}"
    bad = data[err.start : err.start + 4].hex(" ")
    return Problem(
        file_name, "not-utf8", f"{what}; first bad bytes on this line: {bad}", fix, "error", line
    )


def _mojibake(file_name: str, text: str, lines: _Lines, count: int, first: int) -> Problem:
    sample = text[first : first + 12]  # shown with repr(): C1 controls made visible
    repaired = None
    for codec in ("latin-1", "cp1252"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if arabic_letter_share(repaired) >= MIN_ARABIC_SHARE:
            break
        repaired = None
    fix = (
        "The text was converted to UTF-8 twice (UTF-8 read as Latin-1/Windows-1252 and saved "
        "again). Copy the article from the original page again and save it as UTF-8"
    )
    if repaired is not None:
        fix += (
            ', or repair this file with: python3 -c "import pathlib, sys; '
            "p = pathlib.Path(sys.argv[1]); "
            f"p.write_text(p.read_text('utf-8').encode('{codec}').decode('utf-8'), 'utf-8')\" "
            f"{file_name}"
        )
    else:
        fix += "."
    return Problem(
        file_name,
        "mojibake",
        f"the text is garbled ({sample!r} where Arabic letters should be; "
        f"{count} such places): Arabic letters were turned into Latin-1 characters like Ø and Ù",
        fix,
        "error",
        lines.line(first),
    )


def check_article_bytes(file_name: str, data: bytes) -> ArticleCheck:
    """Check one contributed article file; decode it if it is usable.

    Errors make the file unusable (`text` is None); warnings are accepted and repaired.
    """
    return _check_article(file_name, data)[0]


def _too_large(file_name: str, size: int) -> Problem:
    return Problem(
        file_name,
        "too-large",
        f"the file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes (1 MiB)",
        "Add one article per file, as plain text. A news article is a few kilobytes; "
        "if this is several articles, split them into separate files.",
    )


def _check_article(file_name: str, data: bytes) -> tuple[ArticleCheck, str | None]:
    """The check, and the decoded text whenever decoding worked (even with other errors)."""
    digest = hashlib.sha256(data).hexdigest()
    problems: list[Problem] = []

    def fail(code: str, message: str, fix: str, line: int | None = None):
        problems.append(Problem(file_name, code, message, fix, "error", line))
        return ArticleCheck(None, digest, problems), None

    if len(data) > MAX_BYTES:
        return ArticleCheck(None, digest, [_too_large(file_name, len(data))]), None
    if not data.strip():
        return fail(
            "empty",
            "the file is empty or contains only whitespace",
            "Paste the article's text into the file and save it as UTF-8.",
        )
    kind = _binary_kind(data)
    if kind:
        return fail(
            "binary-file",
            f"this is not a text file: it looks like {kind}",
            "Open the article, select its text, and paste it into a plain-text editor "
            "(Notepad, TextEdit in plain-text mode, VS Code); save that as UTF-8 .txt.",
            1,
        )
    wide = _looks_utf16(data)
    if wide:
        return fail(
            "utf16",
            f"the file is saved as {wide}, not UTF-8",
            f"Re-save the file as UTF-8 (not 'Unicode' or UTF-16). {_RESAVE}",
            1,
        )
    if data.startswith(codecs.BOM_UTF8):
        problems.append(
            Problem(
                file_name,
                "utf8-bom",
                "the file starts with a UTF-8 byte order mark (BOM); it was accepted and removed",
                "Nothing to do; to avoid it, save as 'UTF-8' rather than 'UTF-8 with BOM'.",
                "warning",
                1,
            )
        )
        data = data[len(codecs.BOM_UTF8) :]
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(_not_utf8(file_name, data, err))
        return ArticleCheck(None, digest, problems), None

    lines = _Lines(raw)
    moji = _MOJIBAKE_RE.search(raw)
    if moji is not None:
        count = sum(1 for _ in _MOJIBAKE_RE.finditer(raw))
        if count >= _MOJIBAKE_MIN:
            problems.append(_mojibake(file_name, raw, lines, count, moji.start()))
            return ArticleCheck(None, digest, problems), None
    # Arabic saved in an encoding without Arabic letters (Notepad's "ANSI" on a Western
    # system) comes out as runs of question marks: "???? ??????".
    marks = raw.count("?")
    if marks and marks >= 0.3 * (len(raw) - sum(raw.count(c) for c in " \n\r\t")):
        first_run = _QUESTION_RUN_RE.search(raw)
        if first_run is not None:
            problems.append(
                Problem(
                    file_name,
                    "question-marks",
                    f"{marks:,} question marks make up most of the text: the letters were "
                    "replaced by '?' when the file was saved in an encoding without Arabic",
                    "The letters are lost from this file. Copy the article from the original "
                    "page again and save it with the encoding set to UTF-8 (not ANSI).",
                    "error",
                    lines.line(first_run.start()),
                )
            )
            return ArticleCheck(None, digest, problems), None

    problems += _per_line(
        file_name,
        "control-char",
        _CONTROL_RE,
        raw,
        lines,
        lambda m, col: f"invalid control character {_char_name(m.group())} at column {col}",
        "Delete the character: articles may contain only text, spaces, tabs and line breaks. "
        "It usually comes from copying out of a PDF or a word processor.",
    )
    problems += _per_line(
        file_name,
        "bidi-control",
        _BIDI_RE,
        raw,
        lines,
        lambda m, col: (
            f"bidirectional control character {_char_name(m.group())} at column {col}: "
            "it makes the text look different on screen from what is stored"
        ),
        "Delete the character (editors often hide it; search for it by its code, e.g. "
        "\\u202E in VS Code with regular expressions on). Arabic text displays correctly "
        "without it.",
    )
    problems += _per_line(
        file_name,
        "replacement-char",
        _REPLACEMENT_RE,
        raw,
        lines,
        lambda m, col: (
            f"the replacement character \ufffd (U+FFFD) at column {col}: characters were lost "
            "here when the text was converted between encodings"
        ),
        "Copy the article from the original page again and save it as UTF-8 directly; the "
        "lost letters cannot be recovered from this file.",
    )
    problems += _per_line(
        file_name,
        "zero-width",
        _ZERO_WIDTH_RE,
        raw,
        lines,
        lambda m, col: (
            f"invisible zero-width character {_char_name(m.group())} at column {col}; "
            "it was accepted and removed"
        ),
        "Nothing to do; it has been removed from the text used in the dataset.",
        "warning",
    )
    crlf = raw.count("\r\n")
    if crlf:
        problems.append(
            Problem(
                file_name,
                "crlf",
                f"the file uses Windows line endings (CRLF) on {crlf} line(s); accepted",
                "Nothing to do; to avoid it, set your editor to Unix (LF) line endings.",
                "warning",
                lines.line(raw.find("\r\n")),
            )
        )
    lone_cr = raw.count("\r") - crlf
    if lone_cr:
        first_cr = regex.search(r"\r(?!\n)", raw)
        problems.append(
            Problem(
                file_name,
                "lone-cr",
                f"the file has {lone_cr} carriage return(s) (CR) not followed by a line feed; "
                "line numbers in this report may be off",
                "Set your editor to Unix (LF) line endings and save the file again.",
                "warning",
                lines.line(first_cr.start()) if first_cr else None,
            )
        )

    text = _ZERO_WIDTH_RE.sub("", raw)
    first = _MARKUP_RE.search(raw)
    if first is not None:
        n_markup = sum(1 for _ in islice(_MARKUP_RE.finditer(raw, first.start()), 1000))
        problems.append(
            Problem(
                file_name,
                "html",
                f"the file contains HTML markup such as {first.group()!r} "
                f"({n_markup if n_markup < 1000 else '1000 or more'} place(s) in all)",
                "Paste only the article's readable text, not the page source: copy it from the "
                "browser window (or use the page's reader view), not from 'view source'.",
                "error",
                lines.line(first.start()),
            )
        )
    if not text.strip():
        problems.append(
            Problem(
                file_name,
                "empty",
                "the file contains only whitespace and invisible characters",
                "Paste the article's text into the file and save it as UTF-8.",
            )
        )
        return ArticleCheck(None, digest, problems), None
    n_chars = len(text.strip())
    # Count words only as far as needed to judge (the count is printed only when it is small).
    limit = None if n_chars < MIN_CHARS else MIN_WORDS
    n_words = sum(1 for _ in islice(_WORD_RE.finditer(text), limit))
    if n_chars < MIN_CHARS or n_words < MIN_WORDS:
        problems.append(
            Problem(
                file_name,
                "too-short",
                f"the text is too short to be an article: {n_chars} characters and "
                f"{n_words} words (at least {MIN_CHARS} characters and {MIN_WORDS} words "
                "are needed)",
                "Paste the whole article: headline and full body text.",
            )
        )
    share = arabic_letter_share(text)
    if share < MIN_ARABIC_SHARE:
        problems.append(
            Problem(
                file_name,
                "not-arabic",
                f"only {share:.0%} of the letters are Arabic letters "
                f"(at least {MIN_ARABIC_SHARE:.0%} are needed)",
                "This dataset collects Arabic news articles; add articles written in Arabic.",
            )
        )
    usable = not any(p.severity == "error" for p in problems)
    return ArticleCheck(text if usable else None, digest, problems), text


# --- duplicates -------------------------------------------------------------------------------

SHINGLE_WORDS = 3  # near-duplicates are compared on their sets of 3-word phrases
NEAR_DUPLICATE_JACCARD = 0.8  # the 5 seeds (one event, five outlets) share at most ~4%
_LSH_THRESHOLD = 0.5  # candidate recall well below the confirmation threshold
_NUM_PERM = 128
_MIN_SHINGLES = 5
_MAX_CANDIDATES = 100


@lru_cache(maxsize=1 << 18)
def _fold(token: str) -> str:
    return matching_key(token)


@lru_cache(maxsize=1 << 18)
def _token_id(token: str) -> int:
    """A deterministic 32-bit id of a whitespace token's folded letters and digits (0: none)."""
    word = "".join(_WORD_RE.findall(_fold(token)))
    return zlib.crc32(word.encode("utf-8")) or 1 if word else 0


def _exact_key(tokens: list[str]) -> bytes:
    """Digest of the text with `matching_key` folding and whitespace runs collapsed.

    Folding token by token (cached) gives the same string as folding the whole text, faster.
    """
    return hashlib.sha256(" ".join(filter(None, map(_fold, tokens))).encode("utf-8")).digest()


def _shingles(tokens: list[str]) -> np.ndarray:
    """Sorted unique 32-bit hashes of the text's 3-word phrases (folded, punctuation ignored)."""
    ids = np.fromiter(map(_token_id, tokens), dtype=np.uint64, count=len(tokens))
    ids = ids[ids != 0]
    if len(ids) < SHINGLE_WORDS:
        return np.unique(ids)
    h = ids[:-2] * np.uint64(0x9E3779B1)
    h ^= ids[1:-1] * np.uint64(0x85EBCA77)
    h ^= ids[2:] * np.uint64(0xC2B2AE3D)
    h ^= h >> np.uint64(29)
    return np.unique(h & np.uint64(0xFFFFFFFF))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared)


def _identity(value: int) -> int:
    return value


def find_duplicates(texts: Mapping[str, str]) -> list[Problem]:
    """Exact and near duplicates among articles (file name -> text).

    Files are taken in name order; each duplicate is reported on the later file and names the
    earlier one. Exact: same text after `matching_key` folding and whitespace collapsing.
    Near: MinHash LSH over 3-word phrases proposes candidates (about linear overall), and a pair
    is reported only if the exact Jaccard similarity of their phrase sets is at least
    NEAR_DUPLICATE_JACCARD.
    """
    # Imported here: datasketch pulls in SciPy (seconds), which checking one file never needs.
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    problems: list[Problem] = []
    first_with_key: dict[bytes, str] = {}
    unique: list[str] = []
    for name in sorted(texts):
        original = first_with_key.setdefault(_exact_key(texts[name].split()), name)
        if original != name:
            problems.append(
                Problem(
                    name,
                    "duplicate",
                    f"this article has the same text as {original} (identical once spacing "
                    "and letter variants such as أ/ا are ignored)",
                    f"Remove this file: the article is already in the dataset as {original}.",
                )
            )
        else:
            unique.append(name)

    lsh = MinHashLSH(threshold=_LSH_THRESHOLD, num_perm=_NUM_PERM)
    indexed: dict[str, np.ndarray] = {}  # phrase hashes of indexed articles, 4 bytes each
    batch = 1000
    for start in range(0, len(unique), batch):
        chunk = unique[start : start + batch]
        shingle_sets = [_shingles(texts[name].split()) for name in chunk]
        hashes = MinHash.bulk(
            [sh.tolist() for sh in shingle_sets],
            num_perm=_NUM_PERM,
            seed=1,
            hashfunc=_identity,  # the phrases are hashed already
        )
        for name, shingles, mh in zip(chunk, shingle_sets, hashes, strict=True):
            if len(shingles) < _MIN_SHINGLES:
                continue
            best: tuple[float, str] | None = None
            # Near-duplicates are never indexed (their original stands for them), so candidate
            # lists stay short; the cap bounds the work even for adversarial input.
            for other in sorted(lsh.query(mh))[:_MAX_CANDIDATES]:
                score = _jaccard(shingles, indexed[other])
                if score >= NEAR_DUPLICATE_JACCARD and (best is None or score > best[0]):
                    best = (score, other)
            if best is not None:
                problems.append(
                    Problem(
                        name,
                        "near-duplicate",
                        f"this article is nearly the same as {best[1]}: "
                        f"{best[0]:.0%} of their 3-word phrases are shared "
                        f"(the limit is {NEAR_DUPLICATE_JACCARD:.0%})",
                        f"Remove this file if it is the same article as {best[1]} (perhaps "
                        "republished or lightly edited). Different outlets' reports of the same "
                        "event share far fewer phrases and are welcome.",
                    )
                )
                continue
            lsh.insert(name, LeanMinHash(mh))
            indexed[name] = shingles.astype(np.uint32)
    return problems


# --- a whole seeds folder ---------------------------------------------------------------------

METADATA_NAME = "sources.csv"
# Not README.txt: the build reads every *.txt in seeds/ as an article.
ALLOWED_OTHER_FILES = frozenset({METADATA_NAME, "README", "README.md"})


def _hash_file_no_follow(path: Path) -> tuple[bytes | None, str, int]:
    """(the bytes if small enough, sha256, size) of a regular file, never following links."""
    fh = regular_file(open_no_follow(path))
    if fh is None:
        raise OSError("not a regular file")
    with fh:
        if os.fstat(fh.fileno()).st_size <= MAX_BYTES:
            data = fh.read(MAX_BYTES + 1)
            if len(data) <= MAX_BYTES:
                return data, hashlib.sha256(data).hexdigest(), len(data)
            digest, size = hashlib.sha256(data), len(data)
        else:
            digest, size = hashlib.sha256(), 0
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
        return None, digest.hexdigest(), size


def validate_seeds(seeds_dir: Path) -> list[Problem]:
    """Every check on a seeds folder: each article file, duplicates, and seeds/sources.csv.

    The CLI exits non-zero if any returned problem is an error.
    """
    seeds_dir = Path(seeds_dir)
    problems: list[Problem] = []
    shown = seeds_dir.as_posix()

    def where(name: str) -> str:
        return f"{shown}/{name}" if name.isprintable() else f"{shown}/{name!r}"

    if seeds_dir.is_symlink() or not seeds_dir.is_dir():
        return [
            Problem(
                shown,
                "bad-seeds-folder",
                "the seeds folder is missing, not a folder, or a symbolic link",
                "Run the check from the repository root: khabar validate --seeds seeds",
            )
        ]

    texts: dict[str, str] = {}
    digests: dict[str, str] = {}
    with os.scandir(seeds_dir) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        name = entry.name
        label = where(name)
        if entry.is_symlink():
            problems.append(
                Problem(
                    label,
                    "symlink",
                    "this is a symbolic link; links are never followed",
                    "Replace the link with the real file (copy its contents).",
                )
            )
            continue
        if name in ALLOWED_OTHER_FILES:
            continue
        if not name.endswith(".txt") or not entry.is_file(follow_symlinks=False):
            kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            hint = " (rename it to end in lowercase .txt)" if name.lower().endswith(".txt") else ""
            problems.append(
                Problem(
                    label,
                    "unexpected-file",
                    f"unexpected {kind} in the seeds folder: only article files (*.txt), "
                    f"{METADATA_NAME} and README are allowed{hint}",
                    "Remove it from the pull request, or move it elsewhere in the repository.",
                )
            )
            continue
        if not FILE_NAME_RE.fullmatch(name):
            problems.append(
                Problem(
                    label,
                    "bad-file-name",
                    f"the file name {name!r} does not follow the pattern NNN_<16 hex>.txt",
                    "Rename it: the next free three-digit number, an underscore, 16 lowercase "
                    f"hex digits (0-9, a-f) and .txt, e.g. {EXAMPLE_NAME}.",
                )
            )
        try:
            data, digest, size = _hash_file_no_follow(seeds_dir / name)
        except OSError as err:
            problems.append(
                Problem(
                    label,
                    "unreadable",
                    f"the file cannot be read ({err.strerror or err})",
                    "Replace it with a plain text file.",
                )
            )
            continue
        digests[name] = digest
        if data is None:
            problems.append(_too_large(label, size))
            continue
        check, text = _check_article(label, data)
        problems += check.problems
        if text is not None:
            texts[label] = text

    problems += find_duplicates(texts)
    problems += _check_metadata(seeds_dir, shown, digests)
    return problems


def _check_metadata(seeds_dir: Path, shown: str, digests: dict[str, str]) -> list[Problem]:
    label = f"{shown}/{METADATA_NAME}"
    result = check_sources(seeds_dir / METADATA_NAME, label)
    problems = list(result.problems)
    if not result.rows_checked:
        return problems
    for row in result.rows:
        line = result.line_of[row.file]
        if row.file not in digests:
            problems.append(
                Problem(
                    label,
                    "row-without-file",
                    f"this row describes {row.file}, but there is no such file in {shown}/",
                    "Add the article file, or delete the row (check the file name's spelling).",
                    line=line,
                )
            )
        elif digests[row.file] != row.sha256:
            problems.append(
                Problem(
                    label,
                    "sha256-mismatch",
                    f"the sha256 for {row.file} does not match the file: the file's is "
                    f"{digests[row.file]}",
                    f"If the file is right, put its sha256 in the row (`sha256sum "
                    f"{shown}/{row.file}`); if the row is right, restore the file.",
                    line=line,
                )
            )
    for name in sorted(digests):
        # line_of holds exactly the files of result.rows
        if (
            name not in result.line_of
            and name not in result.rejected_files
            and FILE_NAME_RE.fullmatch(name)
        ):
            problems.append(
                Problem(
                    f"{shown}/{name}",
                    "no-metadata-row",
                    f"this article has no row in {label}",
                    f"Add a row: {name},<sha256>,<publisher>,ar,<url>,<YYYY-MM-DD>,<rights> "
                    "(see CONTRIBUTING.md).",
                )
            )
    return problems
