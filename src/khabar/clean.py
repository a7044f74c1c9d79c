"""Clean one scraped Arabic news article: Unicode repair, debris removal, metadata out of the text.

Every change is recorded: each removed line (or glued tail) is a `Removal` with a stable rule
name and its 1-based line number in the raw input; each character-level repair is counted in
`normalisations`. Nothing is fixed silently.

Rules prefer a reason over a string list: the shape of a line (no letters, no Arabic letters, a
single token, no final punctuation), its Arabic-letter share, and its position (the edges above
the first and below the last prose line, where scrapers leave menus, labels and sign-offs). A
small curated list covers labels that have no shape of their own (`تابعنا`, `اقرأ أيضاً`).

Every regex that is not a plain character class runs on a bounded window of a line (its head
or its tail), so the cleaner is linear in the input even on hostile text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from khabar.arabic import DIACRITICS_RE
from khabar.dates import has_month_name, parse_arabic_date

# ---------------------------------------------------------------------------------------------
# Result types


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece of raw text taken out of the article, and why."""

    rule: str
    line: int  # 1-based line number in the raw input
    text: str


@dataclass(frozen=True)
class CleanedArticle:
    """The clean text every annotation points into, plus what was taken out of it."""

    text: str
    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published_date: str | None = None  # ISO YYYY-MM-DD
    photo_credit: str | None = None
    removals: tuple[Removal, ...] = ()
    normalisations: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Character-level normalisation

TATWEEL = "\u0640"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
NBSP = "\u00a0\u202f\u2007"
EXOTIC_SPACES = (
    "\t\v\f\u0085\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"
    "\u2028\u2029\u205f\u3000"
)
SOFT_HYPHEN = "\u00ad"
_CONTROLS = "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)

_DELETE_KINDS = {
    "tatweel": TATWEEL,
    "zero_width": ZERO_WIDTH,
    "bidi_control": BIDI_CONTROLS,
    "soft_hyphen": SOFT_HYPHEN,
    "control_char": _CONTROLS,
}
_SPACE_KINDS = {"nbsp": NBSP, "exotic_space": EXOTIC_SPACES}

_PRESENTATION_RE = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE]")
_SPECIAL_RE = regex.compile(
    "["
    + regex.escape(
        TATWEEL + ZERO_WIDTH + BIDI_CONTROLS + NBSP + EXOTIC_SPACES + SOFT_HYPHEN + _CONTROLS + "\r"
    )
    + r"\uFB50-\uFDFF\uFE70-\uFEFE]"
)
_KIND_RES = {
    kind: regex.compile("[" + regex.escape(chars) + "]")
    for kind, chars in {**_DELETE_KINDS, **_SPACE_KINDS}.items()
}
_DELETE_TABLE = str.maketrans({c: None for chars in _DELETE_KINDS.values() for c in chars})
_SPACE_TABLE = str.maketrans({c: " " for chars in _SPACE_KINDS.values() for c in chars})
_MULTISPACE_RE = regex.compile(r" {2,}")


# Arabic presentation forms -> base letters (NFKC on those characters only), as one table.
_PRESENTATION_TABLE = str.maketrans(
    {
        chr(c): unicodedata.normalize("NFKC", chr(c))
        for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]
        if unicodedata.normalize("NFKC", chr(c)) != chr(c)
    }
)


def normalise_text(raw: str, counts: dict[str, int]) -> str:
    """Character repairs on the whole raw text; line structure ("\\n") is kept as it is."""
    text = raw
    if "\r" in text:
        crlf = text.count("\r\n")
        lone = text.count("\r") - crlf
        # \r\n is one line ending; a lone \r is treated as a line break too would shift line
        # numbers, so it becomes a space instead.
        text = text.replace("\r\n", "\n").replace("\r", " ")
        if crlf:
            counts["crlf"] = counts.get("crlf", 0) + crlf
        if lone:
            counts["carriage_return"] = counts.get("carriage_return", 0) + lone
    if _SPECIAL_RE.search(text):
        n = len(_PRESENTATION_RE.findall(text))
        if n:
            counts["presentation_form"] = counts.get("presentation_form", 0) + n
            text = text.translate(_PRESENTATION_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        before = len(text)
        text = unicodedata.normalize("NFC", text)
        counts["nfc"] = counts.get("nfc", 0) + max(before - len(text), 1)
    if _SPECIAL_RE.search(text):
        for kind, kre in _KIND_RES.items():
            n = len(kre.findall(text))
            if n:
                counts[kind] = counts.get(kind, 0) + n
        text = text.translate(_DELETE_TABLE).translate(_SPACE_TABLE)
    return text


def _collapse_spaces(line: str, counts: dict[str, int]) -> str:
    line = line.strip(" ")
    if "  " in line:
        new = _MULTISPACE_RE.sub(" ", line)
        counts["collapsed_space"] = counts.get("collapsed_space", 0) + len(line) - len(new)
        line = new
    return line


# ---------------------------------------------------------------------------------------------
# Line features

_ARABIC_LETTER_RE = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)
_LATIN_LETTER_RE = regex.compile(r"[\p{Latin}&&\p{L}]", regex.V1)
_LETTER_RE = regex.compile(r"\p{L}")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]{2,}")
_TERMINAL = ".!?؟…"
_CLOSERS = "\"'”’»)]}›"
_URL_RE = regex.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:com|net|org|sa|gov|edu)\S*", regex.I
)
_BULLET_START = ("•", "-", "*", "·", "▪", "◦", "●", "■", "–")

_HEAD = 300  # window for anchored patterns at the start of a line
_TAIL = 300  # window for anchored patterns at the end of a line


@dataclass(slots=True)
class _Line:
    no: int  # 1-based raw line number
    text: str
    arabic: int
    latin: int
    letters: int
    words: int
    tokens: int

    @property
    def ends_terminal(self) -> bool:
        t = self.text.rstrip(_CLOSERS + " ")
        return bool(t) and t[-1] in _TERMINAL


_LONG_LINE = 2000  # longer lines are never debris-shaped: their features come from the head


def _features(no: int, text: str) -> _Line:
    sample = text if len(text) <= _LONG_LINE else text[:_LONG_LINE]
    tokens = len(sample.split())
    if len(text) > _LONG_LINE:
        tokens = max(tokens, 100)
    return _Line(
        no=no,
        text=text,
        arabic=len(_ARABIC_LETTER_RE.findall(sample)),
        latin=len(_LATIN_LETTER_RE.findall(sample)),
        letters=len(_LETTER_RE.findall(sample)),
        words=len(_WORD_RE.findall(sample)),
        tokens=tokens,
    )


_KEY_PUNCT_RE = regex.compile(r"[^\p{L}\p{N} ]+")
_KEY_FOLD = str.maketrans("أإآىة", "ااايه")
_NUMBER_RE = regex.compile(r"\p{N}+")
_READ_ALSO_RE = regex.compile(r"^(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)\s*[:：]")
_LABEL_COLON_RE = regex.compile(r"^\S+(?: \S+)?\s*[:：]")
_MORE_GLUED_RE = regex.compile(r"\s*\.{2,}\s*(?:المزيد|اقرأ المزيد)\s*$")
_TAG_GLUED_RE = regex.compile(
    r"(?<=[.!؟\"”»])\s+(?P<tail>(?:سمات|الكلمات الدلالية|الوسوم)\s*:?\s[^.!؟،\n]{1,200})$"
)


def _key(text: str) -> str:
    """A loose comparison key for labels: no diacritics, folded letters, no punctuation."""
    text = DIACRITICS_RE.sub("", text[:_HEAD])
    text = text.translate(_KEY_FOLD)
    text = _KEY_PUNCT_RE.sub(" ", text)
    return " ".join(text.split()).casefold()


def _is_prose(line: _Line) -> bool:
    """A line that is certainly article text: several Arabic words, a sentence shape."""
    if line.arabic < 10 or line.words < 4:
        return False
    return line.ends_terminal or line.words >= 12


# ---------------------------------------------------------------------------------------------
# Curated labels (no shape of their own). Keys as produced by _key().

_NAV_LABELS = {
    _key(s)
    for s in (
        "تابعنا",
        "تابعونا",
        "تابعنا على",
        "تابعونا على",
        "الأكثر تداولاً",
        "الأكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تعليقاً",
        "الأكثر شعبية",
        "اقرأ أيضاً",
        "إقرأ أيضا",
        "اقرأ المزيد",
        "اقرأ ايضا",
        "شاهد أيضاً",
        "شاهد أيضا",
        "شاهد",
        "المزيد",
        "للمزيد",
        "عاجل",
        "شارك",
        "شارك الخبر",
        "شارك المقال",
        "مشاركة",
        "مشاركه",
        "طباعة",
        "أرسل لصديق",
        "أرسل",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "مقالات ذات صلة",
        "روابط ذات صلة",
        "اخترنا لك",
        "أضف تعليق",
        "أضف تعليقاً",
        "التعليقات",
        "تعليقات",
        "لا توجد تعليقات",
        "الرئيسية",
        "آخر الأخبار",
        "أخبار متعلقة",
        "قد يعجبك أيضاً",
        "قد يهمك أيضا",
        "ذات صلة",
        "اشترك",
        "اشترك الآن",
        "النشرة البريدية",
        "نسخ الرابط",
        "تكبير الخط",
        "تصغير الخط",
        "حجم الخط",
        "إعلان",
        "اعلان",
        "فيديو",
        "صور",
        "الصور",
        "بالصور",
        "بالفيديو",
        "عرض الكل",
        "المصدر",
    )
}
# Labels that introduce a link to another article: the whole line goes.
_NAV_PREFIXES = tuple(
    _key(s) + " "
    for s in (
        "اقرأ أيضاً",
        "اقرأ أيضا",
        "اقرأ المزيد",
        "شاهد أيضا",
        "تابعنا على",
        "تابعونا على",
        "تابعوا",
        "للاشتراك",
        "اشترك في",
        "حمل تطبيق",
        "لمتابعة آخر الأخبار",
    )
)
_LATIN_BOILERPLATE = {
    "comments are closed",
    "all rights reserved",
    "share this",
    "share",
    "tweet",
    "read more",
    "related",
    "related posts",
    "advertisement",
    "loading",
    "print",
    "email",
    "whatsapp",
    "facebook",
    "twitter",
    "previous",
    "next",
    "previous arrow",
    "next arrow",
    "menu",
    "search",
    "home",
    "subscribe",
    "you may also like",
    "leave a reply",
    "copyright",
}
_TAG_LABELS = (
    "سمات",
    "الكلمات الدلالية",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    "كلمات دلالية",
    "الوسوم",
    "وسوم",
    "الموضوعات",
    "tags",
    "keywords",
)
_TAG_RE = regex.compile(
    r"^(?:" + "|".join(regex.escape(t) for t in _TAG_LABELS) + r")(?:\s*[:：]\s*|\s+)", regex.I
)
_LINK_BACK_RE = regex.compile(
    r"^(?:رابط\s+(?:الخبر|المقال|الموضوع|مختصر|دائم)|الرابط\s+المختصر|short\s*link|permalink)\b",
    regex.I,
)
_LINK_BACK_GLUED = ("رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط مختصر")

# Agencies: names that end a sign-off or a dateline.
_AGENCY_NAMES = (
    "وكالات",
    "وكالات الأنباء",
    "واس",
    "رويترز",
    "أ ف ب",
    "أ.ف.ب",
    "ا ف ب",
    "أ.ف.ب.",
    "فرانس برس",
    "أ ب",
    "أ.ب",
    "د ب أ",
    "د.ب.أ",
    "الأناضول",
    "قنا",
    "وام",
    "بنا",
    "كونا",
    "سبأ",
    "سانا",
    "وفا",
    "معا",
    "أ ش أ",
    "أ.ش.أ",
    "بترا",
    "العمانية",
    "يونا",
    "شينخوا",
    "سبوتنيك",
    "متابعات",
    "الوئام",
    "الألمانية",
    "الفرنسية",
    "أسوشيتد برس",
    "أسوشييتد برس",
    "AFP",
    "Reuters",
    "AP",
    "DPA",
    "AA",
)
_AGENCY_ALT = "|".join(sorted((regex.escape(a) for a in _AGENCY_NAMES), key=len, reverse=True))
_DASH = r"[-–—ـ]"
_SIGNOFF_RE = regex.compile(rf"^(?P<pub>[^\n]{{2,40}}?)\s*(?:{_DASH}+|/)\s*(?:{_AGENCY_ALT})\.?$")
_SIGNOFF_GLUED_RE = regex.compile(
    rf"(?<=[.!؟\"”»])\s+(?P<tail>[^.!؟،\n]{{2,40}}?\s*{_DASH}+\s*(?:{_AGENCY_ALT}))\s*$"
)
_END_RE = regex.compile(
    r"^(?:/{1,2}\s*)?(?:انتهى|انتهي|انتهت)(?:\s*/{1,2})?\.?$|^[-–]\s*انتهى\s*[-–]$"
)
_END_GLUED_RE = regex.compile(r"\s*/{1,2}\s*(?:انتهى|انتهي)\s*/{1,2}\s*$")
_SYNDICATION_RE = regex.compile(
    r"^[*ـ\-–\s]*(?:خدمة|بالاتفاق مع|خاص\s*(?:بـ|ب|ل|لـ)\s*|حصري\s*(?:بـ|ل|لـ)\s*)\s*[«\"“{]"
)
_SYNDICATION_PUB_RE = regex.compile(
    r"^[*ـ\-–\s]*(?:خاص|حصري)\s*(?:بـ|ب|ل|لـ)?\s*[«\"“{](?P<pub>[^»\"”}]{2,40})[»\"”}]\s*$"
)
_PHOTO_CREDIT_END_RE = regex.compile(r"\s*\((?P<credit>[^()\n]{0,60}/\s*[^()\n]{1,40})\)\s*$")
_PHOTO_LINE_RE = regex.compile(
    r"^(?:\(?\s*(?:تصوير|الصورة|صورة|عدسة|photo|credit)\s*[:：\-–]\s*)(?P<credit>[^\n]{2,60}?)\)?$",
    regex.I,
)
_TIME_RE = regex.compile(r"\d{1,2}:\d{2}")
_BODY_DATE_WORDS = regex.compile(
    r"(?:نشر(?:ت)?(?:\s+في)?|آخر تحديث|اخر تحديث|تاريخ النشر|التاريخ|بتاريخ|تم النشر|updated|published)\s*[:：]?",  # noqa: E501
    regex.I,
)
_WEEKDAYS = (
    "السبت",
    "الأحد",
    "الاحد",
    "الإثنين",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
)


def _nav_rule(line: _Line) -> str | None:
    if line.tokens > 20:
        return None
    k = _key(line.text)
    if not k:
        return None
    if k in _NAV_LABELS:
        return "nav_label"
    if k.startswith(_NAV_PREFIXES) and not line.ends_terminal:
        return "nav_label"
    if _READ_ALSO_RE.match(line.text[:_HEAD]):
        return "nav_label"
    return None


def _is_date_line(line: _Line) -> str | None:
    """The ISO date when the line is essentially a date (with weekday, time, `نشر في`)."""
    if line.tokens > 14 or len(line.text) > 120:
        return None
    iso = parse_arabic_date(line.text)
    if iso is None:
        return None
    rest = _BODY_DATE_WORDS.sub(" ", line.text)
    rest = _NUMBER_RE.sub(" ", rest)
    words = [w for w in _WORD_RE.findall(rest)]

    leftovers = [
        w
        for w in words
        if w not in _WEEKDAYS
        and not has_month_name(w)
        and w
        not in (
            "الساعة",
            "ص",
            "م",
            "صباحا",
            "مساء",
            "صباحاً",
            "مساءً",
            "الموافق",
            "هـ",
            "عام",
            "من",
            "شهر",
            "AM",
            "PM",
            "am",
            "pm",
            "GMT",
        )
    ]
    return iso if len(leftovers) <= 1 else None


# Datelines at the start of the article: `جنيف (عربي times)`, `الرياض - واس`, `سبق- الدمام:`,
# `عين اليوم – متابعات`, `وكالة الناس – ...`.
_PLACE = r"\p{Arabic}[\p{Arabic}\p{M}]*(?: \p{Arabic}[\p{Arabic}\p{M}]*){0,2}"
_DATELINE_PAREN_RE = regex.compile(
    rf"^(?P<place>{_PLACE})\s*\((?P<pub>[^()\n]{{2,40}})\)\s*(?:{_DASH}+|:)?\s*"
)
_DATELINE_AGENCY_RE = regex.compile(
    rf"^(?P<place>{_PLACE})\s*{_DASH}+\s*(?P<pub>{_AGENCY_ALT})(?![\p{{L}}])\s*(?:{_DASH}+|:)?\s*"
)
_DATELINE_AGENCY_FIRST_RE = regex.compile(
    rf"^(?P<pub>{_AGENCY_ALT}|وكالة \p{{Arabic}}+|صحيفة \p{{Arabic}}+|موقع \p{{Arabic}}+|[\p{{Arabic}} ]{{2,20}})\s*{_DASH}+\s*(?P<place>{_PLACE})\s*:\s*"  # noqa: E501
)
_OUTLET_DASH_RE = regex.compile(
    rf"^(?P<pub>(?:وكالة|صحيفة|موقع|قناة|مجلة|جريدة) \p{{Arabic}}+(?: \p{{Arabic}}+)?)\s*{_DASH}+\s*"  # noqa: E501
)
_SHORT_DASH_LINE_RE = regex.compile(
    rf"^(?P<a>[\p{{L}}\p{{M}}.]+(?: [\p{{L}}\p{{M}}.]+){{0,3}})\s*{_DASH}+\s*(?P<b>[\p{{L}}\p{{M}}.]+(?: [\p{{L}}\p{{M}}.]+){{0,3}})\s*:?$"  # noqa: E501
)
_PAREN_PUB_HINT = regex.compile(r"[A-Za-z]|وكالة|صحيفة|خاص|موقع|\b(?:" + _AGENCY_ALT + r")\b")


def _match_dateline(text: str, own_line: bool) -> tuple[str, str | None, int] | None:
    """(dateline, publisher, length of the matched prefix) for a dateline at the start of `text`."""
    head = text[:_HEAD]
    m = _DATELINE_PAREN_RE.match(head)
    if m and len(m["pub"].split()) <= 4:
        pub = m["pub"].strip()
        if (own_line and m.end() == len(head)) or _PAREN_PUB_HINT.search(pub):
            dl = head[: m.end()].rstrip(" -–—ـ:")
            publisher = None if pub in _AGENCY_NAMES or pub == "خاص" else pub
            return dl, publisher, m.end()
    m = _DATELINE_AGENCY_RE.match(head)
    if m:
        return head[: m.end()].rstrip(" -–—ـ:"), None, m.end()
    m = _OUTLET_DASH_RE.match(head)
    if m:
        return m["pub"].strip(), m["pub"].strip(), m.end()
    m = _DATELINE_AGENCY_FIRST_RE.match(head)
    if m and len(m["pub"].split()) <= 3:
        return head[: m.end()].rstrip(" -–—ـ:"), None, m.end()
    if own_line:
        m = _SHORT_DASH_LINE_RE.match(head)
        if m and len(head) == len(text):
            return text.rstrip(" :"), None, len(text)
    return None


# ---------------------------------------------------------------------------------------------
# Rules


def _debris_rule(line: _Line, top: bool, bottom: bool) -> str | None:
    """Why `line` is debris, or None when it is (or may be) article text."""
    text = line.text
    rule = _nav_rule(line)
    if rule:
        return rule
    if line.letters == 0:
        return "no_letters"  # digits, symbols, separators (`003`, `***`, `20:26`)
    if _LINK_BACK_RE.match(text[:_HEAD]):
        return "link_back"
    if line.arabic == 0:
        k = _key(text)
        if k in _LATIN_BOILERPLATE:
            return "latin_boilerplate"
        if line.tokens <= 8 or ((top or bottom) and line.tokens <= 30):
            return "latin_residue"
        return None
    if line.tokens <= 6 and _END_RE.match(text[:_HEAD]):
        return "agency_signoff"
    if line.words == 0:
        # letters but no word of two letters: `20:26 ت م`, `أ.`
        return "no_words"
    if bottom and line.tokens <= 6 and _SIGNOFF_RE.match(text[:_HEAD]) and not line.ends_terminal:
        return "agency_signoff"
    if (top or bottom) and line.tokens <= 8 and _SYNDICATION_RE.match(text[:_HEAD]):
        return "syndication_credit"
    if (
        _TAG_RE.match(text[:_HEAD])
        and not line.ends_terminal
        and line.tokens <= 40
        # `الكلمات الدلالية: بوتين، بايدن` anywhere; `سمات بوتين بايدن` below the article
        and (_LABEL_COLON_RE.match(text[:_HEAD]) or (bottom and "،" not in text))
    ):
        return "tag_list"
    if top and line.tokens == 1:
        return "edge_label"  # a section label above the headline (`رياضة`)
    if (top or bottom) and _PHOTO_LINE_RE.match(text[:_HEAD]) and line.tokens <= 8:
        return "photo_credit"
    return None


def _glued_tail(text: str, is_last: bool) -> tuple[str, str, str] | None:
    """(rule, kept text, removed tail) when debris is glued to the end of a content line."""
    tail = text[-_TAIL:]
    offset = len(text) - len(tail)
    for marker in _LINK_BACK_GLUED:
        i = tail.rfind(marker)
        if i > 0:
            cut = offset + i
            kept = text[:cut].rstrip()
            if kept:
                return "link_back", kept, text[cut:]
    m = _END_GLUED_RE.search(tail)
    if m and m.start() > 0:
        return (
            "agency_signoff",
            text[: offset + m.start()].rstrip(),
            text[offset + m.start() :].strip(),
        )
    m = _MORE_GLUED_RE.search(tail)
    if m and m.start() > 0:
        return "nav_label", text[: offset + m.start()].rstrip(), text[offset + m.start() :].strip()
    if is_last:
        # `... آخر جملة. سمات تبوك جامعة` / `... الجملة. TRT عربي - وكالات`
        m = _TAG_GLUED_RE.search(tail)
        if m:
            return "tag_list", text[: offset + m.start()].rstrip(), m["tail"].strip()
        m = _SIGNOFF_GLUED_RE.search(tail)
        if m:
            return "agency_signoff", text[: offset + m.start()].rstrip(), m["tail"].strip()
    return None


def _looks_like_headline(line: _Line) -> bool:
    text = line.text
    if line.words < 3 or line.tokens > 22 or len(text) > 220:
        return False
    if line.arabic < line.letters * 0.5:
        return False
    stripped = text.rstrip(_CLOSERS + " ")
    if stripped and stripped[-1] in ".:،,؛;":
        return False
    return not text.startswith(_BULLET_START)


def clean_article(raw: str) -> CleanedArticle:
    """Clean one raw article text (see the module docstring)."""
    counts: dict[str, int] = {}
    removals: list[Removal] = []
    text = normalise_text(raw, counts)

    lines: list[_Line] = []
    for no, piece in enumerate(text.split("\n"), start=1):
        piece = _collapse_spaces(piece, counts)
        if piece:
            lines.append(_features(no, piece))

    prose = [i for i, ln in enumerate(lines) if _is_prose(ln)]
    first_prose = prose[0] if prose else len(lines)
    last_prose = prose[-1] if prose else -1

    publisher: str | None = None
    photo_credit: str | None = None

    kept: list[_Line] = []
    for i, ln in enumerate(lines):
        top, bottom = i < first_prose, i > last_prose
        rule = _debris_rule(ln, top, bottom)
        if rule is None:
            kept.append(ln)
            continue
        removals.append(Removal(rule, ln.no, ln.text))
        if rule == "agency_signoff" and publisher is None:
            m = _SIGNOFF_RE.match(ln.text[:_HEAD])
            if m:
                publisher = m["pub"].strip(" -–—ـ/")
        elif rule == "syndication_credit" and publisher is None:
            m = _SYNDICATION_PUB_RE.match(ln.text[:_HEAD])
            if m:
                publisher = m["pub"].strip()
        elif rule == "photo_credit" and photo_credit is None:
            m = _PHOTO_LINE_RE.match(ln.text[:_HEAD])
            photo_credit = m["credit"].strip() if m else ln.text

    # Debris glued to the end of content lines.
    for j, ln in enumerate(kept):
        is_last = j == len(kept) - 1
        for _ in range(3):  # a line can carry more than one glued piece
            glued = _glued_tail(ln.text, is_last)
            if glued is None:
                break
            rule, rest, tail = glued
            removals.append(Removal(rule, ln.no, tail))
            if rule == "agency_signoff" and publisher is None:
                m = _SIGNOFF_RE.match(tail)
                if m:
                    publisher = m["pub"].strip(" -–—ـ/")
            ln = _features(ln.no, rest) if rest else None
            if ln is None:
                break
        kept[j] = ln
    kept = [ln for ln in kept if ln is not None and ln.text]

    # Metadata at the top: title, date line, dateline (in any order, before the body starts).
    title: str | None = None
    dateline: str | None = None
    published_date: str | None = None
    i = 0
    while i < len(kept) and i < 6:
        ln = kept[i]
        remaining = len(kept) - i - 1
        if published_date is None:
            iso = _is_date_line(ln)
            if iso:
                published_date = iso
                removals.append(Removal("date_line", ln.no, ln.text))
                kept[i] = None  # type: ignore[call-overload]
                i += 1
                continue
        if dateline is None and remaining >= 1:
            found = _match_dateline(ln.text, own_line=True)
            if found:
                dl, pub, end = found
                dateline = dl
                if pub and publisher is None:
                    publisher = pub
                if published_date is None:
                    published_date = parse_arabic_date(ln.text[:end])
                rest = ln.text[end:].strip()
                removals.append(Removal("dateline", ln.no, ln.text[:end].strip()))
                if rest:
                    kept[i] = _features(ln.no, rest)
                    break
                kept[i] = None  # type: ignore[call-overload]
                i += 1
                continue
        if title is None and dateline is None and remaining >= 1 and _looks_like_headline(ln):
            t = ln.text
            m = _PHOTO_CREDIT_END_RE.search(t[-_TAIL:])
            if m and _LATIN_LETTER_RE.search(m["credit"]) and photo_credit is None:
                cut = len(t) - len(t[-_TAIL:]) + m.start()
                photo_credit = m["credit"].strip()
                removals.append(Removal("photo_credit", ln.no, t[cut:].strip()))
                t = t[:cut].rstrip()
            title = t
            removals.append(Removal("title", ln.no, t))
            kept[i] = None  # type: ignore[call-overload]
            i += 1
            continue
        break
    kept = [ln for ln in kept if ln is not None]

    # A date line at the bottom (`آخر تحديث: ...`).
    if published_date is None and kept and len(kept) > 1:
        ln = kept[-1]
        iso = _is_date_line(ln)
        if iso:
            published_date = iso
            removals.append(Removal("date_line", ln.no, ln.text))
            kept.pop()

    removals.sort(key=lambda r: r.line)
    return CleanedArticle(
        text="\n".join(ln.text for ln in kept),
        title=title,
        publisher=publisher,
        dateline=dateline,
        published_date=published_date,
        photo_credit=photo_credit,
        removals=tuple(removals),
        normalisations=counts,
    )
