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

Removal rules (stable names):
  nav_label           navigation/share labels (`تابعنا`, `الأكثر تداولاً`, `اقرأ أيضاً: ...`,
                      `عاجل`, `...المزيد`), whole lines or glued to a line's start/end
  latin_boilerplate   Latin lines of navigation words (`Comments are closed.`, `Next Previous`)
  latin_residue       short Latin/number lines in a block of three or more menu-like lines
  no_letters          symbol rows (`***`) anywhere; short numbers at the edges or in a menu block
  no_words            lines with letters but no word of two letters (`20:26 ت م`)
  email_line          an e-mail address alone below the article
  contact_line        `للتواصل مع الكاتب ...` / SMS promos below the article
  link_back           `رابط الخبر ...: <headline>` lines and tails
  tag_list            `سمات ...`, `الكلمات الدلالية: ...` lines and tails
  agency_signoff      `TRT عربي - وكالات` (gives `publisher`), `// انتهى //`, `(رويترز)`
  syndication_credit  `* خدمة «نيويورك تايمز»`, `خاص بـ«الشرق الأوسط»` (gives `publisher`)
  source_credit       `المصدر: وكالات` below the article
  copyright, counter, breadcrumb, byline   page furniture
  title, photo_credit, dateline, date_line  metadata moved out of the text into its fields

Normalisation counts (characters): tatweel, zero_width, bidi_control, presentation_form, nbsp,
exotic_space, soft_hyphen, control_char, carriage_return, crlf, nfc, collapsed_space,
prime_as_quote (a closing quotation mark that WordPress printed as ″ after a digit).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import regex

from khabar.arabic import DIACRITICS, TATWEEL, matching_key
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
    normalisations: dict[str, int] = field(default_factory=dict, hash=False)


# ---------------------------------------------------------------------------------------------
# Character-level normalisation

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

_SPECIAL_RE = re.compile(
    "["
    + re.escape(
        TATWEEL + ZERO_WIDTH + BIDI_CONTROLS + NBSP + EXOTIC_SPACES + SOFT_HYPHEN + _CONTROLS + "\r"
    )
    + r"\uFB50-\uFDFF\uFE70-\uFEFE]"
)
_KIND_OF = {ch: kind for kind, chars in {**_DELETE_KINDS, **_SPACE_KINDS}.items() for ch in chars}
_DELETE_RE = regex.compile("[" + regex.escape("".join(_DELETE_KINDS.values())) + "]+")
_SPACE_RE = regex.compile("[" + regex.escape("".join(_SPACE_KINDS.values())) + "]")
# Arabic presentation forms -> base letters (NFKC on those characters only).
_PRESENTATION_MAP = {
    chr(c): unicodedata.normalize("NFKC", chr(c))
    for c in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]
    if unicodedata.normalize("NFKC", chr(c)) != chr(c)
}
_PRESENTATION_RE = regex.compile("[" + "".join(_PRESENTATION_MAP) + "]")


def _to_base(m: regex.Match) -> str:
    return _PRESENTATION_MAP[m.group()]


_MULTISPACE_RE = regex.compile(r" {2,}")


_PRIME_AFTER_DIGIT_RE = regex.compile(r"(?<=\d)″")
_DOUBLE_QUOTES = '"“”'


def _repair_primes(text: str, counts: dict[str, int]) -> str:
    """`“ويندوز 10″`: WordPress turns a closing `"` after a digit into a double prime (inches).
    It becomes `”` when a quotation mark before it on its line is still open (an odd count);
    `شاشة 5.5″` with no open quote keeps its prime."""
    chars = list(text)
    for m in _PRIME_AFTER_DIGIT_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = chars[line_start : m.start()]  # primes repaired already count as marks
        if sum(ch in _DOUBLE_QUOTES for ch in before) % 2 == 1:
            chars[m.start()] = "”"
            counts["prime_as_quote"] = counts.get("prime_as_quote", 0) + 1
    return "".join(chars)


def normalise_text(raw: str, counts: dict[str, int]) -> str:
    """Character repairs on the whole raw text; line structure ("\\n") is kept as it is."""
    text = _repair_primes(raw, counts) if "″" in raw else raw
    if "\r" in text:
        crlf = text.count("\r\n")
        lone = text.count("\r") - crlf
        # \r\n is one line ending; a lone \r becomes a space (as a line break it would shift
        # the line numbers every removal refers to).
        text = text.replace("\r\n", "\n").replace("\r", " ")
        if crlf:
            counts["crlf"] = counts.get("crlf", 0) + crlf
        if lone:
            counts["carriage_return"] = counts.get("carriage_return", 0) + lone
    found = _SPECIAL_RE.findall(text)
    if found:
        n = sum(1 for ch in found if ch in _PRESENTATION_MAP)
        if n:
            counts["presentation_form"] = counts.get("presentation_form", 0) + n
            text = _PRESENTATION_RE.sub(_to_base, text)
    if not unicodedata.is_normalized("NFC", text):
        before = len(text)
        text = unicodedata.normalize("NFC", text)
        counts["nfc"] = counts.get("nfc", 0) + max(before - len(text), 1)
        found = _SPECIAL_RE.findall(text)
    if found:
        for ch in found:
            kind = _KIND_OF.get(ch)
            if kind:
                counts[kind] = counts.get(kind, 0) + 1
        text = _DELETE_RE.sub("", text)
        text = _SPACE_RE.sub(" ", text)
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

# Plain `re` with explicit ranges: 5-10x faster than `regex` property classes here.
_ARABIC_LETTER_RE = re.compile(
    "[\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc"
    "\u06ff\u0750-\u077f\u08a0-\u08c9]"
)
_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_MARKS = DIACRITICS + "\u0300-\u036f"  # and Latin combining marks
_WORD_RE = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])+")
_TERMINAL = ".!?؟…"
_CLOSERS = "\"'”’»)]}›"
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


# Letter and word counts come from the head of a line: enough to tell prose from debris
# (every debris rule has a length limit far below this), and it keeps long lines cheap.
_SAMPLE = 400


def _features(no: int, text: str) -> _Line:
    sample = text if len(text) <= _SAMPLE else text[:_SAMPLE]
    return _Line(
        no=no,
        text=text,
        arabic=len(_ARABIC_LETTER_RE.findall(sample)),
        latin=len(_LATIN_LETTER_RE.findall(sample)),
        letters=len(_LETTER_RE.findall(sample)),
        words=len(_WORD_RE.findall(sample)),
        tokens=len(text.split()) if len(text) <= 100_000 else 100_000,
    )


_KEY_PUNCT_RE = regex.compile(r"[^\p{L}\p{N} ]+")
_NUMBER_RE = regex.compile(r"\p{N}+")
_READ_ALSO_RE = regex.compile(r"^(?:اقرأ|إقرأ|اقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)\s*[:：]")
_LABEL_COLON_RE = regex.compile(r"^\S+(?: \S+)?\s*[:：]")
_MORE_GLUED_RE = regex.compile(r"\s*\.{2,}\s*(?:المزيد|اقرأ المزيد)\s*$")
_NAV_GLUED_RE = regex.compile(
    r"(?<=[.!؟\"”»])\s+(?P<tail>(?:تابعنا|تابعونا|اقرأ أيضاً|اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|شاهد أيضاً|"  # noqa: E501
    r"شاهد أيضا|الأكثر تداولاً|الأكثر تداولا|الأكثر قراءة)"
    r"(?:\s*[:：]\s*[^.!؟\n]{0,150}|(?:\s+[^\s.!؟]+){0,4}))\s*$"
)
_LATIN_GLUED_RE = regex.compile(
    r"(?<=[.!؟\"”»])\s+(?P<tail>(?:Comments are closed|All rights reserved|Share this|Read more)\.?)\s*$",  # noqa: E501
    regex.I,
)
_TAG_GLUED_RE = regex.compile(
    r"(?<=[.!؟\"”»])\s+(?P<tail>(?:سمات|الكلمات الدلالية|الوسوم)\s*:?\s[^.!؟،\n]{1,200})$"
)
# `... جنوبي البلاد سمات تركيا تويتر`: the tag label glued to a sentence with no final stop. With no
# punctuation to lean on, the tags must look like a list of names: two or more words, none of
# them a particle a sentence would have (`... بعدة سمات في المنطقة` stays).
_TAG_GLUED_BARE_RE = regex.compile(
    r"(?<=\S)\s+(?P<tail>سمات(?:\s+(?!(?:في|من|على|إلى|الى|عن|التي|الذي|الذين|أن|ان|إن|مع|هذه|هذا"
    r"|كان|كانت|لا|لم|لن|قد)(?:\s|$))[^\s.!؟،]+){2,30})\s*$"
)


def _key(text: str) -> str:
    """A loose comparison key for labels: `matching_key`, no punctuation, case-folded."""
    text = _KEY_PUNCT_RE.sub(" ", matching_key(text[:_HEAD]))
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
        "فيسبوك",
        "فيس بوك",
        "تويتر",
        "واتساب",
        "واتس اب",
        "تلغرام",
        "تيليجرام",
        "انستغرام",
        "إنستغرام",
        "يوتيوب",
        "لينكد إن",
        "طباعة الخبر",
        "أرسل الخبر",
        "حفظ",
        "نسخ",
        "رجوع",
        "التالي",
        "السابق",
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
    # template / script residue standing for a whole line
    "array",
    "undefined",
    "null",
    "nan",
    "object object",
    "copyright",
}
_LATIN_NAV_WORDS_TEXT = (
    "next previous prev arrow back share tweet pin email print home menu search close read more"
    " related posts comments comment reply login register subscribe follow us on facebook twitter"
    " whatsapp telegram instagram youtube linkedin copy link top"
)
_LATIN_NAV_WORDS = frozenset(_LATIN_NAV_WORDS_TEXT.split())
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
    r"^[^\p{L}\p{N}]{0,3}(?:"
    + "|".join(regex.escape(t) for t in _TAG_LABELS)
    + r")(?:\s*[:：]\s*|\s+)",
    regex.I,
)
_LINK_BACK_RE = regex.compile(
    r"^(?:رابط\s+(?:الخبر|المقال|الموضوع|مختصر|دائم)|الرابط\s+المختصر|short\s*link|permalink)\b",
    regex.I,
)
_LINK_BACK_TAIL_RE = regex.compile(r"رابط [^\s:]+(?: [^\s:]+){0,4}\s*[:：]")
_CONTACT_RE = regex.compile(
    r"^(?:للتواصل|للاشتراك|لمراسلة|للمراسلة|تبدأ بالرمز|ارسل رسالة|أرسل رسالة|راسلونا|راسلنا)(?![\p{L}])"  # noqa: E501
)
_COPYRIGHT_RE = regex.compile(
    r"جميع الحقوق محفوظة|حقوق (?:النشر|الطبع)(?: والنشر)? محفوظة|©|all rights reserved", regex.I
)
_COUNTER_RE = regex.compile(
    r"^(?:(?:عدد\s+)?(?:القراءات|المشاهدات|التعليقات|الزيارات|مشاهدة|قراءة)\s*[:：]?\s*[\d٠-٩,.]+"
    r"|[\d٠-٩,.]+\s*(?:تعليق|تعليقات|مشاهدة|مشاهدات|قراءة|زيارة|views?|comments?|shares?))\s*$",
    regex.I,
)
_BREADCRUMB_RE = regex.compile(r"^[^»>›\n]{1,30}(?:\s[»>›]\s[^»>›\n]{1,40}){2,}$")
_BYLINE_LABEL_RE = regex.compile(
    r"^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|حوار|متابعة)\s*[:：\-–—]\s*\p{L}[\p{L}\p{M} .]{1,40}$"
)
_BREAKING_PREFIX_RE = regex.compile(r"^عاجل\s*[|:：\-–—]\s*(?=\p{L})")
_LEADING_LATIN_RE = regex.compile(
    r"^(?:(?:next|previous|prev|share|tweet|menu|home|print|email)\s+)+(?=\p{Arabic})", regex.I
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
_AGENCY_ONLY_RE = regex.compile(rf"^[\s\-–—ـ(]*(?:{_AGENCY_ALT})[\s\-–—ـ)]*\.?$")
_AGENCY_GLUED_RE = regex.compile(rf"(?<=[.!؟\"”»])\s*(?P<tail>\(\s*(?:{_AGENCY_ALT})\s*\))\s*$")
_SOURCE_NAME_RE = regex.compile(r"\s*(?:\+|،|,|/|\s-\s|\sو)\s*")
_SOURCE_RE = regex.compile(r"^(?:المصدر|مصدر الخبر|source)\s*[:：]\s*\S[^\n]{0,60}$", regex.I)
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
_PHOTO_PAREN_END_RE = regex.compile(
    r"\s*\((?P<credit>(?:تصوير|عدسة|الصورة|صورة|photo)\s*[:：\-–]\s*[^()\n]{2,50})\)\s*$", regex.I
)
_PHOTO_LINE_RE = regex.compile(
    r"^(?:\(?\s*(?:مصدر الصورة|حقوق الصورة|تصوير|الصورة|صورة|عدسة|photo|credit)\s*[:：\-–،,]\s*)"
    r"(?P<credit>[^\n]{2,60}?)\)?$",
    regex.I,
)
_DIGIT_RE = re.compile(r"\d")
_TIMESTAMP_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*\S{0,3}\s*\S{0,3}$")
_EMAIL_LINE_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*\.?")
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


_HIJRI_DATE_RE = regex.compile(r"(?<!\d)1[34]\d\d\s*(?:هـ|ه|هجري|هجرية)(?![\p{L}])")
_HIJRI_MONTHS = frozenset(
    ("محرم", "صفر", "ربيع", "الأول", "الاول", "الثاني", "الآخر", "جمادى", "جمادي", "الأولى",
     "الآخرة", "رجب", "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "ذو", "ذي")
)  # fmt: skip


def _is_date_line(line: _Line) -> str | None:
    """The ISO date when the line is essentially a date (with weekday, time, `نشر في`); "" for
    a Hijri-only date line (`التاريخ : 9 / 10 / 1436ه`), which is not converted; else None."""
    if line.tokens > 14 or len(line.text) > 120:
        return None
    iso = parse_arabic_date(line.text)
    if iso is None:
        if not _HIJRI_DATE_RE.search(line.text):
            return None
        iso = ""
    rest = _BODY_DATE_WORDS.sub(" ", line.text)
    rest = _NUMBER_RE.sub(" ", rest)
    words = [w for w in _WORD_RE.findall(rest)]

    leftovers = [
        w
        for w in words
        if w not in _WEEKDAYS
        and w not in _HIJRI_MONTHS
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
            "ه",
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
    rf"^(?P<place>{_PLACE})\s*\((?P<pub>[^()\n]{{2,40}})\)\s*(?P<sep>{_DASH}+|:)?\s*"
)
_DATELINE_AGENCY_RE = regex.compile(
    rf"^(?P<place>{_PLACE})\s*(?:{_DASH}+|/)\s*\(?\s*(?P<pub>{_AGENCY_ALT})\s*\)?(?![\p{{L}}])\s*(?:{_DASH}+|:)?\s*"
)
_DATELINE_AGENCY_FIRST_RE = regex.compile(
    rf"^(?P<pub>{_AGENCY_ALT}|وكالة \p{{Arabic}}+|صحيفة \p{{Arabic}}+|موقع \p{{Arabic}}+|[\p{{Arabic}} ]{{2,20}})\s*{_DASH}+\s*(?P<place>{_PLACE})\s*:\s*"  # noqa: E501
)
_OUTLET_DASH_RE = regex.compile(
    rf"^(?P<pub>(?:وكالة|صحيفة|موقع|قناة|مجلة|جريدة) \p{{Arabic}}+(?: \p{{Arabic}}+)?)\s*{_DASH}+\s*"  # noqa: E501
)
# `عين اليوم – متابعات`, `أحمد البشيري-الباحة`: two short names around a dash, nothing else
_NAME = r"[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)?"  # a word, or `العربية.نت`
_SHORT_DASH_LINE_RE = regex.compile(
    rf"^{_NAME}(?: {_NAME}){{0,2}}\s*{_DASH}+\s*{_NAME}(?: {_NAME}){{0,2}}\s*:?$"
)
# Outlets printed in quotes after a place: `لندن- “القدس العربي”:`, `لندن: «الشرق الأوسط»`.
# Only names from this short list, so that `بوريل: «الرد والإكراه والحوار»` stays a headline.
_QUOTED_OUTLETS = (
    "الشرق الأوسط", "القدس العربي", "العربي الجديد", "الحياة", "الجزيرة", "الجزيرة نت",
    "الاقتصادية", "الرياض", "عكاظ", "الوطن", "المدينة", "اليوم", "الخليج", "البيان", "النهار",
    "الأخبار", "الشروق", "المصري اليوم", "اليوم السابع", "هسبريس", "عربي21", "عربي 21", "سبق",
    "الوئام", "إيلاف", "رأي اليوم", "الأيام", "الدستور", "الغد", "الرأي", "القبس", "الأنباء",
    "الراية", "الشرق", "العرب", "الوسط", "المصريون", "الوفد", "الأهرام", "عين اليوم",
)  # fmt: skip
_QUOTED_OUTLET_ALT = "|".join(
    regex.escape(o) for o in sorted(_QUOTED_OUTLETS, key=len, reverse=True)
)
_DATELINE_QUOTED_OUTLET_RE = regex.compile(
    rf"^(?P<place>{_PLACE})\s*(?:{_DASH}+|[:：])\s*[«\"“”{{](?P<pub>{_QUOTED_OUTLET_ALT})[»\"”“}}]\s*(?:{_DASH}+|[:：])?\s*"
)
_PAREN_PUB_HINT = regex.compile(r"[A-Za-z]|وكالة|صحيفة|خاص|موقع|\b(?:" + _AGENCY_ALT + r")\b")


_OUTLET_FROM_RE = regex.compile(
    r"^[«\"“](?P<pub>[^»\"”]{2,30})[»\"”]\s+(?:من|في|[-–—])\s+\p{Arabic}+(?: \p{Arabic}+)?$"
)
_AGENCY_DATE_LINE_RE = regex.compile(
    rf"^{_PLACE}(?:\s*\([^()\n]{{1,30}}\))?\s*\d[^\n]{{0,80}}?\s(?:{_AGENCY_ALT})\s*$"
)
# Bylines: `حنان الحامدي – جدة`, `داليا أبوالعيش، عمر إبراهيم – عين اليوم`,
# `رصد وتصوير: أحمد حجازي – عين اليوم`
_BYLINE_RE = regex.compile(
    rf"^(?:[\p{{L}}\p{{M}}]+(?: [\p{{L}}\p{{M}}]+){{0,2}}\s*:\s*)?"
    rf"[\p{{L}}\p{{M}}]+(?: [\p{{L}}\p{{M}}]+){{0,3}}(?:\s*[،,]\s*[\p{{L}}\p{{M}}]+(?: [\p{{L}}\p{{M}}]+){{0,3}}){{0,2}}"  # noqa: E501
    rf"\s+{_DASH}+\s+[\p{{L}}\p{{M}}]+(?: [\p{{L}}\p{{M}}]+){{0,2}}$"
)


def _match_dateline(text: str) -> tuple[str, str | None, int] | None:
    """(dateline, publisher, length of the matched prefix) for a dateline at the start of `text`,
    a whole line."""
    head = text[:_HEAD]

    def matched(m: regex.Match) -> str:
        return head[: m.end()].rstrip(" -–—ـ:")

    m = _DATELINE_PAREN_RE.match(head)
    if m and len(m["pub"].split()) <= 4:
        pub = m["pub"].strip()
        whole_line = m.end() == len(text)
        agency = pub in _AGENCY_NAMES or pub == "خاص"
        # `جنيف (عربي times)` on its own line, `القاهرة (رويترز) - ...`, `الرياض (واس) ...`;
        # not `اختار برنامج (Rating) ...` inside a sentence
        if agency or (_PAREN_PUB_HINT.search(pub) and (whole_line or m["sep"])):
            return matched(m), None if agency else pub, m.end()
    m = _DATELINE_AGENCY_RE.match(head)
    if m:
        return matched(m), None, m.end()
    m = _DATELINE_QUOTED_OUTLET_RE.match(head)
    if m:
        return matched(m), m["pub"], m.end()
    m = _OUTLET_DASH_RE.match(head)
    if m:
        return m["pub"].strip(), m["pub"].strip(), m.end()
    m = _DATELINE_AGENCY_FIRST_RE.match(head)
    if m and len(m["pub"].split()) <= 3:
        return matched(m), None, m.end()
    if len(text) > _HEAD:
        return None
    m = _OUTLET_FROM_RE.match(text)
    if m:  # `«الاقتصادية» من الرياض`
        return text, m["pub"].strip(), len(text)
    m = _AGENCY_DATE_LINE_RE.match(text)
    if m and _DIGIT_RE.search(text) and len(text.split()) <= 16:
        return text, None, len(text)  # `الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`
    if _SHORT_DASH_LINE_RE.match(text) or _BYLINE_RE.match(text):
        return text.rstrip(" :"), None, len(text)  # `عين اليوم – متابعات`, `حنان الحامدي – جدة`
    return None


# ---------------------------------------------------------------------------------------------
# Rules


def _menu_like(line: _Line) -> bool:
    """Short, no Arabic letters: what a scraped menu or slider leaves (`0020`, `next arrow`)."""
    if line.arabic or line.tokens > 4 or len(line.text) > 30:
        return False
    return line.letters > 0 or len(line.text) <= 5


def _debris_rule(line: _Line, top: bool, bottom: bool, in_block: bool) -> str | None:
    """Why `line` is debris, or None when it is (or may be) article text.

    `top` / `bottom`: the line is above the first / below the last prose line.
    `in_block`: the line is one of three or more consecutive menu-like lines.
    """
    text = line.text
    rule = _nav_rule(line)
    if rule:
        return rule
    edge = top or bottom
    if line.letters == 0:
        # symbol rows (`***`) anywhere; short numbers (`003`) at the edges or in a menu block;
        # a timestamp below the article (`20:26`). A list of long numbers stays: it is data.
        if (
            not _DIGIT_RE.search(text[:_HEAD])
            or in_block
            or (edge and len(text) <= 5)
            or (bottom and _TIMESTAMP_RE.match(text[:_HEAD]))
        ):
            return "no_letters"
        return None
    if _LINK_BACK_RE.match(text[:_HEAD]):
        return "link_back"
    if line.arabic == 0:
        key = _key(text)
        if key in _LATIN_BOILERPLATE or (
            line.tokens <= 6 and key and all(w in _LATIN_NAV_WORDS for w in key.split())
        ):
            return "latin_boilerplate"  # `Comments are closed.`, `Next Previous`
        if in_block:
            return "latin_residue"  # `moasem` `sum` `Bash` `previous arrow` in a menu block
        if bottom and _EMAIL_LINE_RE.fullmatch(text[:_HEAD]):
            return "email_line"  # the author's address under the article
        # Latin text inside the article (a film title, an English quote, a URL given as
        # information) stays.
        return None
    if line.tokens <= 6 and _END_RE.match(text[:_HEAD]):
        return "agency_signoff"
    if bottom and line.tokens <= 4 and _AGENCY_ONLY_RE.match(text[:_HEAD]):
        return "agency_signoff"  # `(رويترز)`, `- واس -`, `وكالات`
    if bottom and line.tokens <= 8 and _SOURCE_RE.match(text[:_HEAD]):
        return "source_credit"  # `المصدر: وكالات`
    if line.words == 0 and (edge or in_block):
        # letters but no word of two letters at the edges: `20:26 ت م`, a stray `و`
        return "no_words"
    if bottom and line.tokens <= 6 and _SIGNOFF_RE.match(text[:_HEAD]) and not line.ends_terminal:
        return "agency_signoff"
    if line.tokens <= 12 and _COPYRIGHT_RE.search(text[:_HEAD]):
        return "copyright"  # `جميع الحقوق محفوظة © 2021`
    if edge and line.tokens <= 6 and _COUNTER_RE.match(text[:_HEAD]):
        return "counter"  # `12 تعليق`, `عدد القراءات: 1530`
    if top and line.tokens <= 12 and _BREADCRUMB_RE.match(text[:_HEAD]):
        return "breadcrumb"  # `الرئيسية » أخبار » سياسة`
    if top and line.tokens <= 7 and _BYLINE_LABEL_RE.match(text[:_HEAD]):
        return "byline"  # `بقلم: محمد أحمد`, `كتب - سامي علي`
    if bottom and line.tokens <= 30 and _CONTACT_RE.match(text[:_HEAD]):
        return "contact_line"  # `للتواصل مع الكاتب ارسل رسالة SMS`
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
    if (top or bottom) and _PHOTO_LINE_RE.match(text[:_HEAD]) and line.tokens <= 8:
        return "photo_credit"
    return None


# Debris glued to the end of a line, tried in this order: (pattern, rule, last line only).
# Each match runs to the end of the line, so the removed tail is the text from its start.
_GLUED_TAILS: tuple[tuple[regex.Pattern, str, bool], ...] = (
    (_END_GLUED_RE, "agency_signoff", False),  # `... // انتهى //`
    (_NAV_GLUED_RE, "nav_label", False),  # `... الأمريكية. اقرأ أيضاً: <headline>`
    (_LATIN_GLUED_RE, "latin_boilerplate", False),  # `... الأمريكية. Comments are closed.`
    (_MORE_GLUED_RE, "nav_label", False),  # `... المزيد`
    (_TAG_GLUED_RE, "tag_list", True),  # `... آخر جملة. سمات تبوك جامعة`
    (_TAG_GLUED_BARE_RE, "tag_list", True),  # `... جنوبي البلاد سمات تركيا تويتر`
    (_AGENCY_GLUED_RE, "agency_signoff", True),  # `... الجملة. (رويترز)`
    (_SIGNOFF_GLUED_RE, "agency_signoff", True),  # `... الجملة. TRT عربي - وكالات`
)


def _glued_tail(text: str, is_last: bool) -> tuple[str, str, str] | None:
    """(rule, kept text, removed tail) when debris is glued to the end of a content line."""
    tail = text[-_TAIL:]
    offset = len(text) - len(tail)
    for marker in _LINK_BACK_GLUED:
        i = tail.rfind(marker)
        # `... رابط الخبر بصحيفة الوئام: <headline>`: the marker, a few words, a colon
        if i > 0 and _LINK_BACK_TAIL_RE.match(tail, i):
            cut = offset + i
            kept = text[:cut].rstrip()
            if kept:
                return "link_back", kept, text[cut:]
    for pattern, rule, last_only in _GLUED_TAILS:
        if last_only and not is_last:
            continue
        m = pattern.search(tail)
        # every pattern needs text before the tail (a lookbehind or an explicit start > 0)
        if m and m.start() > 0:
            cut = offset + m.start()
            return rule, text[:cut].rstrip(), text[cut:].strip()
    return None


_INNER_STOP_RE = regex.compile(r"(?<![.!؟?])[.!؟?][\"'”’»)]*\s")
_FIELD_LABEL_RE = regex.compile(r"^\S+\s*[:：]\s")  # `إخراج: مايكل بيري`, `تمثيل: ...`


def _looks_like_headline(line: _Line) -> bool:
    """Short, mostly Arabic, no final punctuation, not a list item or a `label: value` line."""
    text = line.text
    if line.words < 3 or line.tokens > 22 or len(text) > 220:
        return False
    if line.arabic < line.letters * 0.5:
        return False
    stripped = text.rstrip(_CLOSERS + " ")
    if stripped and stripped[-1] in _TERMINAL + ":،,؛;":
        return False
    if _INNER_STOP_RE.search(text[:_HEAD]):
        return False  # two sentences (`... ما السبب ياترى؟ إنه`); `التفاصيل.. اختتام` is fine
    return not text.startswith(_BULLET_START) and not _FIELD_LABEL_RE.match(text[:_HEAD])


# Photo captions that lead some scraped texts (`جانب من التدريب`, `من اجتماع ...`): no headline.
_CAPTION_START_RE = regex.compile(
    r"^(?:جانب من|جانب|من اجتماع|من أعمال|من فعاليات|من الحفل|من اللقاء|من الاجتماع|خلال|لقطة|لحظة|"
    r"صورة|منظر|أثناء|اثناء)(?![\p{L}])"
)


def _is_title(kept: list[_Line | None], i: int, removed_above: bool) -> bool:
    """Whether kept[i] is the headline: headline-shaped, and either backed by evidence (debris
    above it, a photo credit on it, a date or dateline in the next two lines) or 5 to 12 words
    long, followed by prose and not a photo caption. A name alone (`الأمير فيصل بن بندر`) is no
    headline."""
    ln = kept[i]
    assert ln is not None
    if not _looks_like_headline(ln):
        return False
    nxt = kept[i + 1] if i + 1 < len(kept) else None
    if removed_above or any(
        x is not None and (_is_date_line(x) is not None or _match_dateline(x.text))
        for x in kept[i + 1 : i + 3]
    ):
        return True
    # no evidence: a short line, then prose (not a poem's next verse)
    return (
        5 <= ln.words <= 12
        and not _CAPTION_START_RE.match(ln.text)
        and nxt is not None
        and _is_prose(nxt)
    )


def _signoff_publisher(text: str) -> str | None:
    """The publisher a sign-off names (`TRT عربي - وكالات` -> `TRT عربي`), or None."""
    m = _SIGNOFF_RE.match(text)
    return m["pub"].strip(" -–—ـ/") if m else None


def _credit_at_end(text: str) -> regex.Match | None:
    """A photo credit closing a top line: `(Peter Klaunzer/AFP)`, `(تصوير: علي الزهراني)`."""
    m = _PHOTO_CREDIT_END_RE.search(text[-_TAIL:])
    if m and _LATIN_LETTER_RE.search(m["credit"]):
        return m
    return _PHOTO_PAREN_END_RE.search(text[-_TAIL:])


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

    # Runs of three or more menu-like lines.
    menu = [_menu_like(ln) for ln in lines]
    in_block = [False] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and menu[j]:
            j += 1
        if j - i >= 3:
            in_block[i:j] = [True] * (j - i)
        i = max(j, i + 1)

    kept: list[_Line] = []
    for i, ln in enumerate(lines):
        top, bottom = i < first_prose, i > last_prose
        if top:
            m = _LEADING_LATIN_RE.match(ln.text[:_HEAD])
            if m:  # slider residue glued to the first line: `Next Previous عين اليوم – الطائف`
                removals.append(Removal("latin_boilerplate", ln.no, m.group().strip()))
                ln = _features(ln.no, ln.text[m.end() :])
            m = _BREAKING_PREFIX_RE.match(ln.text[:_HEAD])
            if m:  # `عاجل | بايدن يعلن ...`: the label goes, the headline stays
                removals.append(Removal("nav_label", ln.no, m.group().strip()))
                ln = _features(ln.no, ln.text[m.end() :])
        rule = _debris_rule(ln, top, bottom, in_block[i])
        if rule is None:
            kept.append(ln)
            continue
        removals.append(Removal(rule, ln.no, ln.text))
        if rule == "agency_signoff" and publisher is None:
            publisher = _signoff_publisher(ln.text[:_HEAD])
        elif rule == "syndication_credit" and publisher is None:
            m = _SYNDICATION_PUB_RE.match(ln.text[:_HEAD])
            if m:
                publisher = m["pub"].strip()
        elif rule == "source_credit" and publisher is None:
            # `المصدر : الجزيرة + وكالات` names the outlet; `المصدر: رويترز` only an agency
            name = _SOURCE_NAME_RE.split(ln.text.split(":", 1)[-1].split("：", 1)[-1].strip())[0]
            if name and name not in _AGENCY_NAMES and len(name.split()) <= 3:
                publisher = name
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
                publisher = _signoff_publisher(tail)
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
    kept_above = False
    while i < len(kept) and i < 6:
        ln = kept[i]
        remaining = len(kept) - i - 1
        if remaining < 1:
            break
        if published_date is None:
            iso = _is_date_line(ln)
            if iso is not None:
                published_date = iso or None
                removals.append(Removal("date_line", ln.no, ln.text))
                kept[i] = None  # type: ignore[call-overload]
                i += 1
                continue
        credit = _credit_at_end(ln.text) if photo_credit is None else None
        if credit and credit.start() > 0:
            cut = len(ln.text) - len(ln.text[-_TAIL:]) + credit.start()
            rest_ln = _features(ln.no, ln.text[:cut].rstrip())
            # only on a headline or a byline, never out of a sentence
            if _looks_like_headline(rest_ln) or _match_dateline(rest_ln.text):
                photo_credit = credit["credit"].strip()
                removals.append(Removal("photo_credit", ln.no, ln.text[cut:].strip()))
                ln = kept[i] = rest_ln
            else:
                credit = None
        if dateline is None:
            found = _match_dateline(ln.text)
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
        if (
            title is None
            and dateline is None
            and not kept_above
            and _is_title(kept, i, any(r.line < ln.no for r in removals) or bool(credit))
        ):
            title = ln.text
            removals.append(Removal("title", ln.no, ln.text))
            kept[i] = None  # type: ignore[call-overload]
            i += 1
            continue
        if _is_prose(ln):
            break
        # a line that stays above the body (a subtitle, a kicker): no title after it, but a
        # date line or dateline below it is still metadata
        kept_above = True
        i += 1
    kept = [ln for ln in kept if ln is not None]

    # A date line at the bottom (`آخر تحديث: ...`).
    if published_date is None and kept and len(kept) > 1:
        ln = kept[-1]
        iso = _is_date_line(ln)
        if iso is not None:
            published_date = iso or None
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
