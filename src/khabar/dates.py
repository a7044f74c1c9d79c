"""Arabic publication dates -> ISO `YYYY-MM-DD`.

A small hand parser covers the forms news sites print (`الخميس، 17 يونيو 2021 10:00 م`,
double month names `مارس آذار` / `حزيران/يونيو`, Levantine/Iraqi and Maghrebi month names,
Arabic-Indic digits, numeric `17/06/2021` and `2021-06-17`). It is exact and fast; dateparser
(which knows the MSA month names but not `حزيران` or `آذار`) is only a fallback for the rest.
Hijri dates (`1436هـ`) are not converted: they return None rather than a wrong Gregorian date.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import regex

from khabar.arabic import matching_key

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Month names, folded with matching_key() below. Several spellings per month on purpose.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "ينير"),
    2: ("فبراير", "شباط", "فيفري", "فبرير"),
    3: ("مارس", "اذار"),
    4: ("ابريل", "نيسان", "افريل"),
    5: ("مايو", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويليه", "يوليوز"),
    8: ("اغسطس", "اب", "اوت", "غشت"),
    9: ("سبتمبر", "ايلول", "شتنبر"),
    10: ("اكتوبر", "تشرين الاول"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر"),
    12: ("ديسمبر", "كانون الاول", "دجنبر"),
}


_NAME_TO_MONTH: dict[str, int] = {}
for _m, _names in _MONTH_NAMES.items():
    for _n in _names:
        _NAME_TO_MONTH[matching_key(_n)] = _m

# Longest names first so `كانون الثاني` wins over a shorter prefix.
_MONTH_ALT = "|".join(sorted({regex.escape(n) for n in _NAME_TO_MONTH}, key=len, reverse=True))
# One month, optionally doubled: `مارس آذار`, `حزيران/يونيو`, `يونيو (حزيران)`.
_MONTHS = rf"(?P<m1>{_MONTH_ALT})(?:\s*[/\-–(]?\s*(?P<m2>{_MONTH_ALT})\s*\)?)?"
_DAY_MONTH_YEAR = regex.compile(
    rf"(?<!\d)(?P<d>[0-3]?\d)\s*(?:من\s+)?(?:شهر\s+)?{_MONTHS}\s*[,،]?\s*(?:عام\s+|سنة\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
)
_NUMERIC_DMY = regex.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)\d\d)(?!\d)"
)
_NUMERIC_YMD = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<d>[0-3]?\d)(?!\d)"
)
_HIJRI = regex.compile(r"\d{4}\s*(?:هـ|ه\b|هجري)")

_SPACES_RE = regex.compile(r"\s+")
_YEAR_RE = regex.compile(r"(?:19|20)\d\d")
_MONTH_WORD_RE = regex.compile(rf"(?<![\p{{L}}])(?:{_MONTH_ALT})(?![\p{{L}}])")
_LATIN_WORD_RE = regex.compile(r"[A-Za-z]{3,}")
_MAX_LEN = 200  # a date line is short; anything longer is searched only in its head


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_arabic_date(s: str) -> str | None:
    """The ISO date (`YYYY-MM-DD`) written in `s`, or None when there is no full Gregorian date."""
    if not s:
        return None
    text = matching_key(s[:_MAX_LEN].translate(_DIGITS))
    text = _SPACES_RE.sub(" ", text)
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        return _iso(int(m["y"]), _NAME_TO_MONTH[m["m1"]], int(m["d"]))
    m = _NUMERIC_YMD.search(text)
    if m:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _NUMERIC_DMY.search(text)
    hijri = _HIJRI.search(text)  # `9/10/1436هـ` is no Gregorian date
    if m and not hijri:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    if hijri or not _YEAR_RE.search(text):
        return None
    # dateparser only where it can find what the table did not: a month name in another order
    # (`يونيو 17، 2021`) or a Latin one (`June 17, 2021`); a headline ending in a year is no date
    if not (_MONTH_WORD_RE.search(text) or _LATIN_WORD_RE.search(text)):
        return None
    return _dateparser_fallback(text)


def _dateparser_fallback(text: str) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a project dependency
        return None
    parsed = dateparser.parse(
        text,
        languages=["ar", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"},
    )
    return parsed.date().isoformat() if parsed else None


def has_month_name(s: str) -> bool:
    """True when `s` names a month (any spelling in the table)."""
    return bool(_MONTH_WORD_RE.search(matching_key(s[:_MAX_LEN])))
