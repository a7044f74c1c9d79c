"""The corpus-learned list of words outlets quote alone by convention."""

from __future__ import annotations

from khabar.quoted_terms import conventional_terms, load_quoted_terms, lone_quoted_words


def test_a_lone_quoted_word_is_found_with_the_words_before_it():
    text = 'وانضم الشاب إلى تنظيم «داعش» الإرهابي، وقال إن "كلا" ليست جوابا.'
    assert list(lone_quoted_words(text)) == [("داعش", "إلى تنظيم"), ("كلا", "وقال إن")]


def test_two_words_or_a_mark_inside_a_word_are_not_lone_words():
    assert list(lone_quoted_words('قال "نحن هنا" و"نحن" ثم ح"ز"ب')) == [("نحن", 'هنا" و')]


def test_a_term_needs_many_distinct_contexts_not_many_copies():
    varied = [f"قال الوزير {w} «داعش» أمس." for w in ("إن", "عن", "مع", "ضد", "في")]
    copied = ["أكد المصدر أن القوات «صدت» الهجوم."] * 20
    chant = [f"هتف {w} «لا» بصوت عال" for w in ("الجميع", "الناس", "الشباب", "الطلاب", "هم")]
    assert conventional_terms(varied + copied + chant) == ["داعش"]


def test_an_everyday_word_mostly_unquoted_is_not_a_term():
    roles = ("دور", "حوار", "نهج", "موقف", "تعاون")
    quoted = [f"ودعا الوزير إلى {w} «بناء» في المنطقة." for w in roles]
    unquoted = ["بدأ بناء المدرسة الجديدة أمس."] * 100
    assert conventional_terms(quoted) == ["بناء"]
    assert conventional_terms(quoted + unquoted) == []


def test_the_committed_list_holds_common_names_and_no_speech_words():
    terms = load_quoted_terms()
    assert {"داعش", "تويتر", "عكاظ", "الوطن"} <= terms
    assert not {"لا", "نعم", "صدت", "البناءه", "بناء", "جيد"} & terms
