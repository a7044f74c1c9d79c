"""Sentence segmentation of a clean article text into standoff `Segment`s.

Boundaries: runs of `.` `!` `؟` `?` `…` (with the closing quote marks / brackets that follow them),
and every paragraph end ("\\n"). Never at `،` or `؛`, nor inside numbers (`17:05`, `1.5`),
URLs, e-mails, Latin initials and abbreviations (`U.S.`, `Dr.`), Arabic single-letter
abbreviations (`د.` `م.` `ص.` `أ.د.` `ق.م`). A missing space after a period between two Arabic
words (`الترجيح.ووقف`) is still a boundary.

Each paragraph line is one of: heading (short, no final punctuation), bullet (starts with
`•` `-` `*` ...), or body. Spans never start or end with whitespace, and never cover a
bullet marker.

One pass over the text with simple character-class regexes: linear time on any input.
"""

from __future__ import annotations

import regex

from khabar.arabic import DIACRITICS
from khabar.spans import Segment

_TERMINAL_CHARS = ".!?؟…"
# Closing marks; `“` and `‘` too, since Arabic sites often print quotes mirrored (”...“).
_CLOSER_CHARS = "\"'”’»)]}›“‘"
# A run of terminal punctuation and the closers (and further terminals) that follow it.
_RUN_RE = regex.compile(r"[.!?؟…]+[.!?؟…\"'”’»)\]}›“‘]*")
_TERMINAL_SEARCH_RE = regex.compile(r"[.!?؟…]")
_HEADING_STOPS = _TERMINAL_CHARS + ":،,؛;"
_BULLET_RE = regex.compile(r"[•\-*·▪◦●■–—]+[ \t]*")
_BULLET_MARKERS = "•-*·▪◦●■–—"

_LATIN_ABBREVIATIONS_TEXT = (
    "Mr Mrs Ms Dr Prof St Jr Sr vs etc Inc Ltd Co Corp No Nos Gen Col Lt Sgt Capt Cmdr Adm Rep"
    " Sen Gov Pres Rev Hon Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec e.g i.e"
    " approx dept est fig vol pp ed al Mme Mlle Messrs a.m p.m"
)
_LATIN_ABBREVIATIONS = frozenset(w.casefold() for w in _LATIN_ABBREVIATIONS_TEXT.split())
# Arabic abbreviations of more than one letter that take a period.
_ARABIC_ABBREVIATIONS = frozenset(("إلخ", "الخ", "الخ.", "إلخ."))
# Single letters that, after a number, abbreviate a unit of time (`2015 م.` `10 ص.` `1436 هـ.`):
# there the period usually also ends the sentence.
_TIME_LETTERS = frozenset(("م", "ص", "هـ", "ه"))


_INITIALS_RE = regex.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENERS = "\"'“”«»([{"


# Combining marks (Arabic diacritics and tanween, Latin combining marks): part of the word they
# sit on. A set, not the regex class, for the per-character test in _in_word.
_MARK_CLASS_RE = regex.compile(f"[{DIACRITICS}\u0300-\u036f]")
_MARKS = frozenset(ch for ch in map(chr, range(0x0300, 0x0700)) if _MARK_CLASS_RE.match(ch))


def _in_word(ch: str) -> bool:
    return ch.isalpha() or ch in _MARKS


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _token_before(text: str, i: int, lo: int) -> str:
    """The run of non-space characters ending at `i` (at most 40 characters)."""
    stop = max(lo, i - 40)
    j = max(text.rfind(" ", stop, i), text.rfind("\t", stop, i))
    return text[(j + 1 if j >= 0 else stop) : i]


def _token_after(text: str, i: int, hi: int) -> str:
    stop = min(hi, i + 40)
    j = text.find(" ", i, stop)
    return text[i : (j if j >= 0 else stop)]


def _is_boundary(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether the terminal run text[s:e] inside the paragraph text[lo:hi] ends a sentence."""
    if s <= lo:
        return False
    core = text[s:e].rstrip(_CLOSER_CHARS)
    if text[s - 1] in "([" and text[e - 1] in ")]" and set(core) <= {".", "…"}:
        return False  # `(...)`: words left out of a quotation, inside the sentence
    if core != "." and core != "?":
        return True  # `!` `؟` `…` and every run of two or more: `..` `...` `؟!`
    before = text[s - 1]
    after = text[e] if e < hi else ""
    glued = e - s == 1 and bool(after) and not after.isspace()
    if core == ".":
        if glued and before.isdigit() and after.isdigit():
            return False  # 1.5, 33.806, 17.05
        if before.isalpha() and (s - 1 == lo or not _in_word(text[s - 2])):
            # a single letter before the period: an initial or an abbreviation
            # (`J. Smith`, `U.S.`, `د.` `م.` `ص.` `أ.د.` `ق.م`)
            # ... except a unit after a number (`عام 2015 م. وقال`), which also ends the sentence
            return before in _TIME_LETTERS and not glued and _number_before(text, s - 1, lo)
    if glued:
        if _is_latin(before) and (_is_latin(after) or after.isdigit()):
            return False  # domain.com, e.g, file.pdf
        if core == "?" and (after in "=&" or _is_latin(after) or after.isdigit()):
            return False  # query strings
        tok = _token_before(text, s, lo)
        nxt = _token_after(text, e, hi)
        if "@" in tok or "://" in tok or tok[:3].casefold() == "www" or "@" in nxt:
            return False  # URLs and e-mails
        chunks = tok.lstrip(_OPENERS).split(".")
        # dotted initials in Arabic letters (`بي.بي` `بي.إم.آي` `إف.سي.فولندام`) are no boundary;
        # `الترجيح.ووقف` (a missing space) is
        initials = all(_short_chunk(c) for c in chunks) and (
            len(chunks) > 1 or _short_chunk(nxt.split(".", 1)[0])
        )
        return not (core == "." and initials)
    if core == "?" or not before.isalpha():
        return True
    tok = _token_before(text, s, lo)
    word = tok.lstrip(_OPENERS)
    if len(word) > 6 and "." not in word:
        return True  # the common case: a long word, then the period
    if word.casefold() in _LATIN_ABBREVIATIONS or _INITIALS_RE.fullmatch(word):
        return False  # Dr. / etc. / U.S.
    if "." in word and all(_short_chunk(c) for c in word.split(".")):
        return False  # `جي.آي. باراتا`
    if word in _ARABIC_ABBREVIATIONS:
        return not text[e:hi].strip()
    return not (word.isdigit() and len(word) <= 2 and s - len(tok) == lo)


def _short_chunk(chunk: str) -> bool:
    """1-3 letters (with their marks): a piece of dotted initials."""
    letters = sum(1 for ch in chunk if ch.isalpha())
    return 0 < letters <= 3 and len(chunk) <= 6 and all(_in_word(ch) for ch in chunk)


def _number_before(text: str, i: int, lo: int) -> bool:
    """Whether the token before position `i` (skipping spaces) ends with a digit."""
    j = i - 1
    while j >= lo and j > i - 4 and text[j] == " ":
        j -= 1
    return j >= lo and text[j].isdigit()


def _classify(para: str) -> str:
    """heading / bullet / body for one paragraph line (already stripped)."""
    if para[0] in _BULLET_MARKERS and len(para) > 1 and (para[1].isspace() or para[0] == "•"):
        return "bullet"
    if len(para) > 140:
        return "body"
    stripped = para.rstrip(_CLOSER_CHARS + " ")
    if stripped and stripped[-1] not in _HEADING_STOPS and len(para.split()) <= 15:
        return "heading"
    return "body"


def segment(text: str) -> list[Segment]:
    """Sentences (and heading / bullet lines) of `text` as [start, end) spans."""
    segments: list[Segment] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        body = line.strip()
        if not body:
            continue
        lo = line_start + (len(line) - len(line.lstrip()))
        hi = lo + len(body)
        kind = _classify(body)
        start = lo
        if kind == "bullet":
            bm = _BULLET_RE.match(text, lo, hi)
            if bm:
                start = bm.end()
        if not _TERMINAL_SEARCH_RE.search(body):
            # no terminal punctuation inside: the whole line is one segment
            _add(segments, text, start, hi, kind)
            continue
        cuts = [e for s, e in _runs(text, start, hi) if _is_boundary(text, s, e, start, hi)]
        if kind == "heading" and cuts:
            kind = "body"  # a short line with a sentence boundary inside is no heading
        for e in cuts:
            _add(segments, text, start, e, kind)
            start = e
        _add(segments, text, start, hi, kind)
    return segments


def _runs(text: str, lo: int, hi: int):
    """Terminal punctuation runs in text[lo:hi] that have text after them in the paragraph."""
    for rm in _RUN_RE.finditer(text, lo, hi):
        s, e = rm.span()
        if s > lo and e < hi:
            yield s, e


def _add(segments: list[Segment], text: str, start: int, end: int, kind: str) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        segments.append(Segment(start, end, kind))
