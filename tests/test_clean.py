"""The cleaner on real news text: debris out and recorded, content kept, metadata, Unicode."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from khabar.clean import CleanedArticle, Removal, clean_article
from khabar.dates import parse_arabic_date

SEEDS = {p.name[:3]: p for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")}


def seed(n: str) -> str:
    return SEEDS[n].read_text(encoding="utf-8")


def rules(a: CleanedArticle) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in a.removals:
        out.setdefault(r.rule, []).append(r.text)
    return out


BODY = (
    "وصف الرئيس الأمريكي جو بايدن، الأربعاء، النقاشات التي جمعته مع نظيره الروسي فلاديمير "
    "بوتين بأنها إيجابية، لكنه حذر نظيره من أي تدخل في الانتخابات.\n"
    "وقال بايدن في مؤتمر صحفي عقب القمة الثنائية في جنيف إن نبرة اللقاء كانت جيدة وإيجابية.\n"
    "وأكد بوتين أن اللقاء ناقش الاستقرار الاستراتيجي والعلاقات التجارية والأمن السيبراني."
)


# --- the text invariants -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_clean_text_shape_on_seeds(name: str) -> None:
    a = clean_article(seed(name))
    assert a.text == a.text.strip()
    assert "\n\n" not in a.text
    assert all(line == line.strip() and line for line in a.text.split("\n"))
    assert "\u00a0" not in a.text and "\u0640" not in a.text
    for r in a.removals:
        assert isinstance(r, Removal) and r.rule.isidentifier() and r.rule == r.rule.lower()
        assert r.line >= 1 and r.text


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_removal_line_numbers_point_into_the_raw_input(name: str) -> None:
    raw = seed(name)
    raw_lines = raw.split("\n")
    a = clean_article(raw)
    for r in a.removals:
        line = raw_lines[r.line - 1].replace("\u00a0", " ")
        # glued tails and titles are part of the line; whole-line removals are the line
        assert r.text.split()[0] in line


def test_content_is_kept_on_every_seed() -> None:
    """Every raw line with a sentence shape survives, word for word (bar tatweel)."""
    for name in SEEDS:
        raw = seed(name)
        a = clean_article(raw)
        for line in raw.split("\n"):
            line = " ".join(line.replace("\u0640", "").split())
            if len(line.split()) >= 8 and line.endswith((".", "”.", '".', "“.")):
                assert line in a.text, (name, line)


# --- debris: each kind removed and recorded ------------------------------------------------


def test_seed_000_nav_labels_signoff_publisher_and_photo_credit() -> None:
    a = clean_article(seed("000"))
    got = rules(a)
    assert got["nav_label"] == ["تابعنا", "الأكثر تداولاً"]
    assert got["agency_signoff"] == ["TRT عربي - وكالات"]
    assert a.publisher == "TRT عربي"
    assert a.photo_credit == "Peter Klaunzer/AFP"
    assert a.title == "اختتام الجولة الثانية من المحادثات بين بايدن وبوتين"
    assert "AFP" not in a.text and "تابعنا" not in a.text and "وكالات" not in a.text
    assert a.text.startswith("وصف الرئيس الأمريكي جو بايدن")
    assert a.text.endswith("صعوبات على صعيد عدد من القضايا.")
    assert "العلاقات الثنائية" in a.text.split("\n")  # a subheading is content


def test_seed_004_latin_menu_residue_and_breaking_label() -> None:
    a = clean_article(seed("004"))
    got = rules(a)
    assert got["nav_label"] == ["عاجل"]
    removed = [r.text for r in a.removals if r.line <= 14]
    assert removed == ["عاجل", "0020", "moasem", "sum", "003", "004", "006", "007", "008",
                       "Bash", "Hofa", "Diamondd", "previous arrow", "next arrow"]  # fmt: skip
    assert {r.line for r in a.removals if r.line <= 14} == set(range(1, 15))
    assert a.title == "بوتين يعلن الإتفاق مع بايدن على إجراء مشاورات حول الأمن الرقمي (الإلكتروني)"
    assert a.dateline == "وكالة الناس"
    assert a.text.split("\n")[0] == "“محادثات بناءة”"
    assert "arrow" not in a.text and "moasem" not in a.text


def test_seed_002_comments_closed_and_dateline() -> None:
    a = clean_article(seed("002"))
    assert a.dateline == "جنيف (عربي times)"
    assert a.publisher == "عربي times"
    assert [r.rule for r in a.removals] == ["dateline", "latin_boilerplate"]
    assert a.removals[-1] == Removal("latin_boilerplate", 18, "Comments are closed.")
    assert a.text.startswith("أعلن الرئيس الروسي فلاديمير بوتين")
    assert a.text.endswith("مع رؤساء البعثات الدبلوماسية“.")


def test_seed_003_title_and_published_date() -> None:
    a = clean_article(seed("003"))
    assert a.title == "قمة بايدن- بوتين.. عودة «سفيري البلدين» أبرز النتائج"
    assert a.published_date == "2021-06-17"
    assert rules(a)["date_line"] == ["الخميس، 17 يونيو 2021 10:00 م"]
    assert a.text.startswith('"سفيرا البلدان سيعودان')


def test_seed_001_title_and_tatweel() -> None:
    a = clean_article(seed("001"))
    assert a.title == "بوتين يكشف التفاصيل.. اختتام القمة الأمريكية الروسية 2021"
    assert a.normalisations == {"tatweel": 2}
    assert 'جرت ب"نجاح تام"' in a.text and "الساعة ال17:05" in a.text


def test_tag_lists_link_backs_and_end_markers() -> None:
    raw = (
        "عين اليوم – متابعات\n"
        + BODY
        + " سمات التأمينات اليمنيين تصحيح أوضاع\n"
        + "الكلمات الدلالية: بوتين، بايدن\n"
        + "// انتهى //\n"
        + "20:26 ت م\n"
    )
    a = clean_article(raw)
    got = rules(a)
    assert got["tag_list"] == [
        "سمات التأمينات اليمنيين تصحيح أوضاع",
        "الكلمات الدلالية: بوتين، بايدن",
    ]
    assert got["agency_signoff"] == ["// انتهى //"]
    assert "20:26 ت م" in [r.text for r in a.removals]
    assert a.dateline == "عين اليوم – متابعات"
    assert a.text == BODY


def test_tag_list_glued_to_a_sentence_without_a_final_stop() -> None:
    body = "وقالت هند: “الله يحفظ بلادنا من كل شر، وأن يحمي الشعب السعودي"
    a = clean_article(body + " سمات أوامر ملكية الملك سلمان تويتر")
    assert rules(a)["tag_list"] == ["سمات أوامر ملكية الملك سلمان تويتر"]
    assert a.text == body
    # the same word in a sentence, with a particle after it, is the article's own
    kept = "وأكد الباحث أن المدينة تحمل سمات من الحضارة القديمة"
    assert clean_article(kept).text == kept


def test_double_prime_after_a_digit_closes_an_open_quote() -> None:
    text = "وأعلنت الشركة توفير “ويندوز 10″ للمستخدمين. وتأتي الشاشة بحجم 5.5″ وبدقة عالية."
    a = clean_article(text)
    assert "“ويندوز 10”" in a.text and "5.5″" in a.text
    assert a.normalisations == {"prime_as_quote": 1}


def test_glued_link_back_and_read_more() -> None:
    raw = BODY + " رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة\n\n ...المزيد"
    a = clean_article(raw)
    got = rules(a)
    assert got["link_back"] == ["رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة"]
    assert got["nav_label"] == ["...المزيد"]
    assert a.text == BODY


def test_glued_signoff_gives_publisher() -> None:
    a = clean_article(BODY + " TRT عربي - وكالات")
    assert a.publisher == "TRT عربي"
    assert a.text == BODY


def test_read_also_lines_go_but_sentences_mentioning_them_stay() -> None:
    kept = "وقال المتحدث إن على المواطنين أن يقرؤوا أيضاً تعليمات السلامة قبل السفر إلى الخارج."
    raw = BODY + "\nاقرأ أيضاً: بايدن وبوتين يتفقان على عودة السفيرين\n" + kept
    a = clean_article(raw)
    assert rules(a)["nav_label"] == ["اقرأ أيضاً: بايدن وبوتين يتفقان على عودة السفيرين"]
    assert a.text.endswith(kept)


def test_subheadings_and_single_word_lines_inside_the_article_are_kept() -> None:
    raw = BODY + "\nالصحافة\n" + BODY + "\nملاحظة\n" + BODY
    a = clean_article(raw)
    assert a.removals == ()
    assert a.text.split("\n").count("الصحافة") == 1


# --- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dateline", "publisher"),
    [
        ("الرياض - واس", "الرياض - واس", None),
        ("جنيف (عربي times)", "جنيف (عربي times)", "عربي times"),
        ("القاهرة (رويترز) -", "القاهرة (رويترز)", None),
    ],
)
def test_dateline_lines(line: str, dateline: str, publisher: str | None) -> None:
    a = clean_article(line + "\n" + BODY)
    assert a.dateline == dateline and a.publisher == publisher and a.text == BODY


def test_dateline_glued_to_the_first_sentence() -> None:
    a = clean_article("سبق- الدمام: " + BODY)
    assert a.dateline == "سبق- الدمام"
    assert a.text == BODY


@pytest.mark.parametrize(
    ("s", "iso"),
    [
        ("الخميس، 17 يونيو 2021 10:00 م", "2021-06-17"),
        ("24 حزيران/يونيو 2021", "2021-06-24"),
        ("3 مارس آذار 2021", "2021-03-03"),
        ("١٧ يونيو ٢٠٢١", "2021-06-17"),
        ("5 تشرين الأول 2020", "2020-10-05"),
        ("الموافق 10 اغسطس 2015 م", "2015-08-10"),
        ("17/06/2021", "2021-06-17"),
        ("02/10/1436هـ", None),
        ("31 فبراير 2020", None),
        ("لا تاريخ هنا", None),
    ],
)
def test_parse_arabic_date(s: str, iso: str | None) -> None:
    assert parse_arabic_date(s) == iso


def test_date_line_with_levantine_month() -> None:
    a = clean_article("عنوان الخبر عن القمة في جنيف\nالأربعاء 16 حزيران 2021\n" + BODY)
    assert a.published_date == "2021-06-16"
    assert a.title == "عنوان الخبر عن القمة في جنيف"
    assert a.text == BODY


# --- Unicode -------------------------------------------------------------------------------


def test_invisible_characters_removed_and_counted() -> None:
    raw = "قال\u200f بوتين\u200b إن\u202b القمة\u202c كانت\u0640\u0640 بنّاءة\ufeff\u2066.\u2069"
    a = clean_article(raw + "\n" + BODY)
    assert a.text.split("\n")[0] == "قال بوتين إن القمة كانت بنّاءة."
    assert a.normalisations == {"tatweel": 2, "zero_width": 2, "bidi_control": 5}


def test_presentation_forms_spaces_and_nfc() -> None:
    raw = "\ufedf\ufe8e\u00a0\ufef7\u2003قال\u202fالمتحدث  إن ا\u0654لقمة انتهت.\r\n" + BODY
    a = clean_article(raw)
    first = a.text.split("\n")[0]
    assert first == "لا لأ قال المتحدث إن ألقمة انتهت."
    n = a.normalisations
    assert n["presentation_form"] == 3 and n["nbsp"] == 2 and n["exotic_space"] == 1
    assert n["nfc"] >= 1 and n["crlf"] == 1 and n["collapsed_space"] == 1


def test_diacritics_are_kept() -> None:
    raw = "وصف الرئيس الأمريكي جو بايدن النقاشات بأنها بنّاءةٌ جداً مع نظيره عظميَيْن.\n" + BODY
    assert "بنّاءةٌ" in clean_article(raw).text and "عظميَيْن" in clean_article(raw).text


# --- linear time ---------------------------------------------------------------------------

HOSTILE = {
    "one_mb_line": "كلمة " * 200_000,
    "dots": "." * 100_000,
    "quotes": '"' * 100_000,
    "invisible": "\u0640\u200f" * 200_000,
    "presentation": "\ufef7" * 300_000,
    "link_back_repeat": "رابط الخبر " * 50_000,
    "many_lines": "كلمة\n" * 30_000,
    "spaces": " " * 1_000_000 + "كلمة",
    "dashes": "الرياض - " * 100_000,
    "parens": "جنيف (" * 100_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_linear_time_on_hostile_input(name: str) -> None:
    t0 = time.perf_counter()
    a = clean_article(HOSTILE[name])
    assert time.perf_counter() - t0 < 2.0
    assert a.text == a.text.strip()


# --- shapes found in SaudiNewsNet (composed here, not copied) ------------------------------


def test_agency_dateline_with_hijri_and_gregorian_dates() -> None:
    raw = "الطائف 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n" + BODY + "\n// انتهى //\n20:26 ت م"
    a = clean_article(raw)
    assert a.dateline == "الطائف 25 شوال 1436 ه الموافق 10 اغسطس 2015 م واس"  # tatweel out
    assert a.published_date == "2015-08-10"
    assert a.title is None
    assert a.text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "حنان الحامدي – جدة",
        "عين اليوم – متابعات",
        "داليا أبوالعيش، عمر إبراهيم – عين اليوم",
        "«الاقتصادية» من الرياض",
    ],
)
def test_byline_datelines(line: str) -> None:
    a = clean_article(line + "\n" + BODY)
    assert a.dateline == line and a.title is None and a.text == BODY


def test_byline_with_photo_credit_and_slider_residue() -> None:
    a = clean_article("Next Previous حنان الحامدي – جدة (تصوير: علي الزهراني)\n" + BODY)
    assert a.dateline == "حنان الحامدي – جدة"
    assert a.photo_credit == "تصوير: علي الزهراني"
    assert rules(a)["latin_boilerplate"] == ["Next Previous"]
    assert a.text == BODY


def test_contact_promo_and_author_email_below_the_article() -> None:
    raw = (
        BODY
        + "\nkatib@example.com\nللتواصل مع الكاتب ارسل رسالة SMS\n"
        + "تبدأ بالرمز (100) ثم مسافة ثم نص الرسالة إلى\n"
        + "88591 - Stc\n635031 - Mobily\n737221 - Zain"
    )
    a = clean_article(raw)
    got = rules(a)
    assert got["email_line"] == ["katib@example.com"]
    assert len(got["contact_line"]) == 2
    assert got["latin_residue"] == ["88591 - Stc", "635031 - Mobily", "737221 - Zain"]
    assert a.text == BODY


def test_a_list_of_long_numbers_and_latin_titles_inside_the_article_stay() -> None:
    numbers = "\n".join(str(3601129000 + k) for k in range(5))
    raw = BODY + "\n" + numbers + "\n5. The Godfather II | F.F. Coppola (1974)\n" + BODY
    a = clean_article(raw)
    assert a.removals == ()
    assert numbers in a.text and "The Godfather II" in a.text


def test_symbol_rows_go_anywhere() -> None:
    a = clean_article(BODY + "\n***\n" + BODY)
    assert rules(a) == {"no_letters": ["***"]}


def test_no_title_from_a_caption_a_name_a_verse_or_a_lede() -> None:
    lede = (
        "سيطرت فرق الدفاع المدني بمنطقة الباحة عصر اليوم الاثنين على حريق شب في مساحة كبيرة "
        "بسبب الألعاب النارية"
    )
    for first in (
        "جانب من التدريب الصيفي للطلاب في الجامعة",  # a photo caption
        "الأمير فيصل بن بندر",  # a name
        "إخراج: مايكل بيري",  # a credits field
        lede,  # a first sentence without its period
    ):
        a = clean_article(first + "\n" + BODY)
        assert a.title is None, first
        assert a.text.startswith(first)
    poem = "ولا تعطين الرأي من لا يريده\nفلا أنت محمود ولا الرأي نافع\n" + BODY
    assert clean_article(poem).title is None


def test_a_short_headline_before_prose_is_the_title() -> None:
    a = clean_article("بوتين يكشف التفاصيل.. اختتام القمة الأمريكية الروسية 2021\n" + BODY)
    assert a.title == "بوتين يكشف التفاصيل.. اختتام القمة الأمريكية الروسية 2021"
    assert a.text == BODY


def test_empty_and_debris_only_input() -> None:
    assert clean_article("").text == ""
    assert clean_article(" \n\u00a0\n").text == ""
    a = clean_article("تابعنا\nالأكثر تداولاً")
    assert a.text == "" and [r.rule for r in a.removals] == ["nav_label", "nav_label"]


def test_page_furniture_around_a_headline() -> None:
    raw = (
        "الرئيسية » أخبار » سياسة\n"
        "عاجل | بايدن يعلن عن اتفاق جديد مع روسيا بشأن الأمن\n"
        "بقلم: محمد أحمد\n"
        "12 تعليق\n" + BODY + "\nجميع الحقوق محفوظة © 2021\nعدد القراءات: 1530\nفيسبوك\nتويتر"
    )
    a = clean_article(raw)
    assert a.title == "بايدن يعلن عن اتفاق جديد مع روسيا بشأن الأمن"
    assert [r.rule for r in a.removals] == [
        "breadcrumb", "nav_label", "title", "byline", "counter", "copyright", "counter",
        "nav_label", "nav_label",
    ]  # fmt: skip
    assert a.text == BODY


def test_date_lines_top_and_bottom_hijri_not_converted() -> None:
    a = clean_article("التاريخ : 9 / 10 / 1436هـ\n" + BODY)
    assert a.published_date is None and rules(a) == {"date_line": ["التاريخ : 9 / 10 / 1436ه"]}
    a = clean_article(BODY + "\nآخر تحديث: الخميس 17 يونيو 2021 - 10:00 م")
    assert a.published_date == "2021-06-17" and a.text == BODY


def test_latin_navigation_words_alone_on_a_line() -> None:
    a = clean_article("Next Previous \u00a0\nعين اليوم – باكستان\n" + BODY + "\nShare on Facebook")
    assert rules(a)["latin_boilerplate"] == ["Next Previous", "Share on Facebook"]
    assert a.dateline == "عين اليوم – باكستان" and a.text == BODY


def test_invariants_on_random_text() -> None:
    """Clean text shape and removal line numbers hold on any mix of hard characters."""
    import random

    alphabet = list(
        'أبتثجحخ دذرزسشصضطظعغفقكلمنهوي ًّ.،:!؟"”«»()-•*\n\n\r\t 0123456789abc@/'
        "\u0640\u200b\u200f\u202b\u00a0\u2003\ufef7\ufdfa"
    )
    rng = random.Random(20210617)
    for _ in range(300):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        a = clean_article(raw)
        assert a.text == a.text.strip()
        assert all(line and line == line.strip() for line in a.text.split("\n")) or a.text == ""
        n_lines = raw.count("\n") + 1
        assert all(1 <= r.line <= n_lines and r.text for r in a.removals)
        assert not set(a.text) & set("\u0640\u200b\u200f\u202b\u00a0\u2003\ufef7\ufdfa\r\t")


@pytest.mark.parametrize(
    ("raw", "rule", "removed"),
    [
        (BODY + " (رويترز)", "agency_signoff", "(رويترز)"),
        (BODY + "\n(رويترز)", "agency_signoff", "(رويترز)"),
        (BODY + "\nوكالات", "agency_signoff", "وكالات"),
        (BODY + "\nالمصدر: وكالات", "source_credit", "المصدر: وكالات"),
        ("القاهرة - (أ ش أ) - " + BODY, "dateline", "القاهرة - (أ ش أ) -"),
    ],
)
def test_agency_credits_at_either_end(raw: str, rule: str, removed: str) -> None:
    a = clean_article(raw)
    assert [(r.rule, r.text) for r in a.removals] == [(rule, removed)]
    assert a.text == BODY and a.publisher is None


def test_title_subtitle_then_date() -> None:
    subtitle = "قمة استمرت أربع ساعات في فيلا على بحيرة"
    raw = (
        "بايدن وبوتين يتفقان على عودة السفيرين بعد قمة جنيف الطويلة\n"
        + subtitle
        + "\nالخميس، 17 يونيو 2021 10:00 م\n"
        + BODY
    )
    a = clean_article(raw)
    assert a.title == "بايدن وبوتين يتفقان على عودة السفيرين بعد قمة جنيف الطويلة"
    assert a.published_date == "2021-06-17"
    assert a.text == subtitle + "\n" + BODY  # the subtitle is content


@pytest.mark.parametrize(
    ("tail", "rule"),
    [
        (" اقرأ أيضاً: بايدن وبوتين يتفقان على عودة السفيرين", "nav_label"),
        (" تابعنا على تويتر", "nav_label"),
        (" Comments are closed.", "latin_boilerplate"),
        (" رابط الخبر بصحيفة الوئام: طيران ناس تكرم طاقم طائرة", "link_back"),
        (" // انتهى //", "agency_signoff"),
    ],
)
def test_debris_glued_to_the_end_of_a_content_line(tail: str, rule: str) -> None:
    a = clean_article(BODY + tail)
    assert [(r.rule, r.text) for r in a.removals] == [(rule, tail.strip())]
    assert a.text == BODY
    # a sentence that merely uses the words stays
    kept = BODY + " تابعنا في المؤتمر القادم لنرى ما يحدث هناك من تطورات كثيرة."
    assert clean_article(kept).text == kept


def test_single_letter_lines_inside_the_article_stay() -> None:
    raw = BODY + "\nس = 5\n" + BODY + "\n20:26 ت م"
    a = clean_article(raw)
    assert rules(a) == {"no_words": ["20:26 ت م"]}
    assert "\nس = 5\n" in a.text


@pytest.mark.parametrize(
    ("line", "dateline", "publisher", "also_glued"),
    [
        ("دبي - العربية.نت", "دبي - العربية.نت", None, False),
        ("لندن- “القدس العربي”:", "لندن- “القدس العربي”", "القدس العربي", True),
        ("لندن - «الشرق الأوسط»:", "لندن - «الشرق الأوسط»", "الشرق الأوسط", True),
        ("أنقرة/ الأناضول", "أنقرة/ الأناضول", None, True),
        ("أبوظبي - سكاي نيوز عربية", "أبوظبي - سكاي نيوز عربية", None, False),
    ],
)
def test_datelines_of_other_outlets(
    line: str, dateline: str, publisher: str | None, also_glued: bool
) -> None:
    a = clean_article(line + "\n" + BODY)
    assert (a.dateline, a.publisher, a.text) == (dateline, publisher, BODY)
    # glued to the first sentence, only a known agency or quoted outlet shows where it ends
    glued = clean_article(line + " " + BODY)
    assert (glued.dateline == dateline and glued.text == BODY) is also_glued


def test_a_quoted_headline_is_no_dateline() -> None:
    a = clean_article("بوريل: «الرد والإكراه والحوار»\n" + BODY)
    assert a.dateline is None and a.title is None
    assert a.text.startswith("بوريل: «الرد والإكراه والحوار»\n")


def test_source_line_names_the_outlet_unless_it_is_an_agency() -> None:
    a = clean_article(BODY + "\nالمصدر : الجزيرة + وكالات")
    assert a.publisher == "الجزيرة" and a.text == BODY
    a = clean_article(BODY + "\nالمصدر: رويترز")
    assert a.publisher is None and a.text == BODY


def test_image_source_line() -> None:
    a = clean_article("مصدر الصورة، Getty Images\n" + BODY)
    assert a.photo_credit == "Getty Images" and a.text == BODY


def test_a_composed_article_from_another_outlet_end_to_end() -> None:
    """Page furniture of a typical news site around a short article (text composed for the test)."""
    raw = (
        "الرئيسية » أخبار » عربي ودولي\nشارك\n"
        "الصين تعلن خطة جديدة لدعم الاقتصاد بعد تباطؤ النمو\n"
        "نشر في: الأحد 5 تشرين الأول 2020 - 11:30 ص\n"
        "بكين - رويترز\n"
        "أعلنت الحكومة الصينية، الأحد، عن خطة لدعم الاقتصاد بقيمة 1.5 تريليون يوان.\n"
        "اقرأ أيضاً: الصين تخفض أسعار الفائدة للمرة الثانية\n"
        "وتراجع مؤشر شنغهاي 0.8% إلى 3.218 نقطة عند الساعة 14:30 بالتوقيت المحلي.\n"
        "آراء الخبراء\n• ارتفاع الطلب المحلي.\n"
        "المصدر : رويترز\nالوسوم: الصين، الاقتصاد، النمو\n"
        "تابعونا على\nFacebook\nTwitter\nInstagram\nجميع الحقوق محفوظة © 2020"
    )
    a = clean_article(raw)
    assert a.title == "الصين تعلن خطة جديدة لدعم الاقتصاد بعد تباطؤ النمو"
    assert (a.published_date, a.dateline, a.publisher) == ("2020-10-05", "بكين - رويترز", None)
    assert a.text == (
        "أعلنت الحكومة الصينية، الأحد، عن خطة لدعم الاقتصاد بقيمة 1.5 تريليون يوان.\n"
        "وتراجع مؤشر شنغهاي 0.8% إلى 3.218 نقطة عند الساعة 14:30 بالتوقيت المحلي.\n"
        "آراء الخبراء\n• ارتفاع الطلب المحلي."
    )
    assert [r.line for r in a.removals] == [1, 2, 3, 4, 5, 7, 11, 12, 13, 14, 15, 16, 17]


def test_dates_in_other_orders_and_headlines_ending_in_a_year() -> None:
    assert parse_arabic_date("يونيو 17، 2021") == "2021-06-17"
    assert parse_arabic_date("June 17, 2021") == "2021-06-17"
    assert parse_arabic_date("بوتين يكشف التفاصيل.. اختتام القمة الأمريكية الروسية 2021") is None
