"""Sentence segmentation on real news text: boundaries, non-boundaries, kinds, linear time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from khabar.clean import clean_article
from khabar.segment import segment

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in segment(text)]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_spans_are_stripped_non_empty_and_ordered_on_seeds(path: Path) -> None:
    text = clean_article(path.read_text(encoding="utf-8")).text
    segs = segment(text)
    assert segs
    prev_end = 0
    for s in segs:
        piece = text[s.start : s.end]
        assert piece and piece == piece.strip()
        assert s.start >= prev_end
        assert "\n" not in piece
        assert s.kind in ("body", "heading", "bullet")
        prev_end = s.end


def test_boundaries_at_terminal_punctuation() -> None:
    text = "وصل الرئيس إلى جنيف. هل سيلتقي نظيره؟ نعم! بدأت القمة?"
    assert sentences(text) == ["وصل الرئيس إلى جنيف.", "هل سيلتقي نظيره؟", "نعم!", "بدأت القمة?"]


def test_runs_of_punctuation_are_one_boundary() -> None:
    text = "بوتين يكشف التفاصيل.. اختتام القمة. ماذا بعد؟! ننتظر... ثم نرى"
    assert sentences(text) == [
        "بوتين يكشف التفاصيل..",
        "اختتام القمة.",
        "ماذا بعد؟!",
        "ننتظر...",
        "ثم نرى",
    ]


def test_every_newline_ends_a_sentence() -> None:
    text = "وتابع أن الأمن الإلكتروني يمثل أهمية قصوى لنا وللولايات المتحدة، مشيراً إلى أن بلاده تتعرض لهجمات سيبرانية مصدرها الولايات المتحدة\nوقال بوتين إن الطرفين اتفقا."  # noqa: E501
    out = sentences(text)
    assert len(out) == 2 and out[0].endswith("المتحدة") and out[1].startswith("وقال")


def test_closing_quote_belongs_to_the_sentence_before() -> None:
    text = 'وقال بوتين: "لا أعتقد أنه كان هناك أي نوع من العداء." وأضاف أن اللقاء كان بناءً.'
    assert sentences(text) == [
        'وقال بوتين: "لا أعتقد أنه كان هناك أي نوع من العداء."',
        "وأضاف أن اللقاء كان بناءً.",
    ]
    text = "وقال بايدن «سنرد بالمثل.» ثم غادر (وسط تصفيق.) وانتهى المؤتمر."
    assert sentences(text) == [
        "وقال بايدن «سنرد بالمثل.»",
        "ثم غادر (وسط تصفيق.)",
        "وانتهى المؤتمر.",
    ]
    text = "قال: ”سيعودان إلى أماكن عملهما؟“ وأضاف أن التوقيت مسألة إجرائية."
    assert sentences(text)[0] == "قال: ”سيعودان إلى أماكن عملهما؟“"


def test_never_at_arabic_comma_or_semicolon() -> None:
    text = "وصف الرئيس الأمريكي جو بايدن، الأربعاء، النقاشات بأنها إيجابية؛ لكنه حذر نظيره."
    assert sentences(text) == [text]


def test_never_inside_numbers_times_and_decimals() -> None:
    text = (
        "اختتمت المحادثات في الساعة 17:05 بالتوقيت المحلي. استمرت أكثر من 1.5 ساعة، "
        "وبلغ المؤشر 33.806 نقطة. وارتفع السهم 0.5%."
    )
    assert sentences(text) == [
        "اختتمت المحادثات في الساعة 17:05 بالتوقيت المحلي.",
        "استمرت أكثر من 1.5 ساعة، وبلغ المؤشر 33.806 نقطة.",
        "وارتفع السهم 0.5%.",
    ]
    assert sentences("بلغ العدد ١٢.٥ مليون نسمة. وزاد.") == ["بلغ العدد ١٢.٥ مليون نسمة.", "وزاد."]


def test_never_inside_urls_and_emails() -> None:
    text = (
        "للمزيد زوروا www.chefxchange.com أو https://example.org/a.html?x=1 وراسلوا "
        "a.khojah@asharqalawsat.com للاستفسار. انتهى العرض."
    )
    out = sentences(text)
    assert len(out) == 2 and out[1] == "انتهى العرض."


def test_never_at_latin_abbreviations_and_initials() -> None:
    text = "التقى Dr. Smith بمسؤولين من U.S. Department of State في جنيف. وقال J. Biden إنه متفائل."
    assert sentences(text) == [
        "التقى Dr. Smith بمسؤولين من U.S. Department of State في جنيف.",
        "وقال J. Biden إنه متفائل.",
    ]


def test_never_at_arabic_single_letter_abbreviations() -> None:
    text = (
        "بحضور وزير التعليم د. عزام الدخيل والمهندس م. خالد والأستاذ أ.د. محمد أحمد، "
        "وشيدت المدينة عام 700 ق.م تقريباً. وتحدث ص. العلي."
    )
    assert sentences(text) == [
        "بحضور وزير التعليم د. عزام الدخيل والمهندس م. خالد والأستاذ أ.د. محمد أحمد، "
        "وشيدت المدينة عام 700 ق.م تقريباً.",
        "وتحدث ص. العلي.",
    ]


def test_unit_letter_after_a_number_still_ends_the_sentence() -> None:
    text = "افتتح المشروع عام 2015 م. وقال المدير إنه ناجح."
    assert sentences(text) == ["افتتح المشروع عام 2015 م.", "وقال المدير إنه ناجح."]


def test_missing_space_after_period_is_a_boundary() -> None:
    text = "ورجح المصدر هذا الترجيح.ووقف الطرفان عند النقاط الخلافية."
    assert sentences(text) == ["ورجح المصدر هذا الترجيح.", "ووقف الطرفان عند النقاط الخلافية."]


def test_headings_are_their_own_segments() -> None:
    text = (
        "وأشار إلى أن الجانبين أبديا رغبة في إيجاد سبل لتقريب المواقف.\n"
        "العلاقات الثنائية\n"
        '"تسويات" حول تبادل السجناء\n'
        "بوريل: “الرد والإكراه والحوار”\n"
        "وأعلن الرئيس الروسي الاتفاق مع نظيره الأمريكي على عودة سفيريهما."
    )
    assert kinds(text) == [
        ("body", "وأشار إلى أن الجانبين أبديا رغبة في إيجاد سبل لتقريب المواقف."),
        ("heading", "العلاقات الثنائية"),
        ("heading", '"تسويات" حول تبادل السجناء'),
        ("heading", "بوريل: “الرد والإكراه والحوار”"),
        ("body", "وأعلن الرئيس الروسي الاتفاق مع نظيره الأمريكي على عودة سفيريهما."),
    ]


def test_bullets_are_marked_and_the_marker_is_not_in_the_span() -> None:
    text = (
        "حدد بايدن ثلاث نقاط أساسية لهذه القمة:\n"
        "• الأولى تختصر بتحديد مجموعة واضحة من المهام. وهي مهمة.\n"
        "- الثانية هي إبلاغ موسكو بالرد.\n"
        "* الثالثة: شرح رؤيته للسياسة الخارجية."
    )
    assert kinds(text) == [
        ("body", "حدد بايدن ثلاث نقاط أساسية لهذه القمة:"),
        ("bullet", "الأولى تختصر بتحديد مجموعة واضحة من المهام."),
        ("bullet", "وهي مهمة."),
        ("bullet", "الثانية هي إبلاغ موسكو بالرد."),
        ("bullet", "الثالثة: شرح رؤيته للسياسة الخارجية."),
    ]


def test_seed_004_bullets_and_headings() -> None:
    raw = next(p for p in SEEDS if p.name.startswith("004")).read_text(encoding="utf-8")
    text = clean_article(raw).text
    got = kinds(text)
    assert ("heading", "مصافحة في زمن الوباء") in got
    assert ("heading", "“حوار بين قوتين عظميَيْن”") in got
    bullets = [t for k, t in got if k == "bullet"]
    assert len(bullets) == 3 and bullets[0].startswith("الأولى")


HOSTILE = {
    "one_mb_line": "كلمة " * 200_000,
    "dots": "." * 100_000,
    "quotes": '"' * 100_000,
    "guillemets": "«»" * 50_000,
    "dot_letter": "أ." * 100_000,
    "digit_dot": "1." * 100_000,
    "sentences": "جملة قصيرة. " * 100_000,
    "question_marks": "؟" * 100_000,
    "url_like": "www." + "a." * 100_000,
    "lines": "كلمة\n" * 100_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_linear_time_on_hostile_input(name: str) -> None:
    text = HOSTILE[name]
    t0 = time.perf_counter()
    segs = segment(text)
    assert time.perf_counter() - t0 < 2.0
    for s in segs[:1000]:
        assert text[s.start : s.end] == text[s.start : s.end].strip() != ""


def test_dotted_initials_in_arabic_letters_are_no_boundary() -> None:
    text = (
        "وقالت بي.إم.آي للبحوث إن صعود الدولار سيستمر. وارتفعت طاقة مصفاة شركة بي.بي "
        "في انديانا، كما قال المتحدث جي.آي. باراتا إن الفريق واجه إف.سي.فولندام أمس."
    )
    assert sentences(text) == [
        "وقالت بي.إم.آي للبحوث إن صعود الدولار سيستمر.",
        "وارتفعت طاقة مصفاة شركة بي.بي في انديانا، كما قال المتحدث جي.آي. باراتا إن الفريق "
        "واجه إف.سي.فولندام أمس.",
    ]


def test_diacritics_do_not_make_a_word_look_like_an_abbreviation() -> None:
    text = "من الواضح أن اجتماعنا كان اجتماعًا أساسيًا. العديد من مواقفنا متباينة."
    assert sentences(text) == [
        "من الواضح أن اجتماعنا كان اجتماعًا أساسيًا.",
        "العديد من مواقفنا متباينة.",
    ]


def test_invariants_on_random_text() -> None:
    """Spans stay stripped, non-empty, ordered and inside one line on any mix of hard characters."""
    import random

    alphabet = list(
        "أبتثجحخ دذرزسشصضطظعغفقكلمنهوي ًٌٍَُِّْ.،؛:!?؟…\"'”“«»()[]-•*\n\t 0123456789٠١٢abcXYZ@/"
    )
    rng = random.Random(20210617)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        prev = 0
        for s in segment(text):
            piece = text[s.start : s.end]
            assert piece and piece == piece.strip() and "\n" not in piece
            assert s.start >= prev and s.kind in ("body", "heading", "bullet")
            prev = s.end


def test_omission_marks_inside_a_quotation_are_no_boundary() -> None:
    text = "وقال إن العقوبات التي فرضناها بدقة (...) سنفقد شيئا أكثر قيمة. وانتهى [...] الاجتماع."
    assert sentences(text) == [
        "وقال إن العقوبات التي فرضناها بدقة (...) سنفقد شيئا أكثر قيمة.",
        "وانتهى [...] الاجتماع.",
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_segments_cover_every_character_but_bullet_markers(path: Path) -> None:
    text = clean_article(path.read_text(encoding="utf-8")).text
    covered = [False] * len(text)
    for s in segment(text):
        covered[s.start : s.end] = [True] * (s.end - s.start)
    lost = {text[i] for i, c in enumerate(covered) if not c and not text[i].isspace()}
    assert lost <= {"•", "-", "*"}
