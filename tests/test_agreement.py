"""The agreement-gender table: which gender verbs of saying take with a word."""

from __future__ import annotations

from khabar.agreement import count_agreement, genders, word_gender


def test_the_table_learns_a_words_gender_from_the_verbs_before_it():
    texts = ["وقالت فاطمة الزهراني إن العمل بدأ. وأضافت فاطمة علي أن"] * 3 + [
        "وقال محمد العتيبي إن الفريق جاهز. وأكد محمد علي أن"
    ] * 4
    table = genders(count_agreement(texts))
    assert table["فاطمه"] == ("F", 6)
    assert table["محمد"] == ("M", 8)
    assert "علي" not in table  # never right after a verb


def test_the_committed_table_knows_roles_bodies_and_names():
    assert word_gender("الوزير") == "M"
    assert word_gender("وزارة") == "F"
    assert word_gender("مصادر") == "F"  # a plural of things takes the feminine
    assert word_gender("فاطمة") == "F"
    assert word_gender("بوتين") in ("M", None)
