"""Topics come from the taxonomy, with the sentences that are their evidence."""

from __future__ import annotations

from khabar.clean import clean_article
from khabar.segment import segment
from khabar.topics import load_taxonomy, score_topics


def topics_of(text: str) -> dict[str, tuple[int, ...]]:
    return {t.topic: t.sentence_indexes for t in score_topics(text, segment(text))}


def test_the_summit_reports_are_about_diplomacy_and_cybersecurity(seed_texts):
    for name, raw in seed_texts.items():
        found = topics_of(clean_article(raw).text)
        assert "diplomacy" in found, name
    text = clean_article(seed_texts["000_51047dd4e9853e67.txt"]).text
    assert {"diplomacy", "cybersecurity"} <= set(topics_of(text))


def test_evidence_sentences_contain_a_cue_word_with_clitics():
    text = (
        "فاز المنتخب السعودي في المباراة الودية أمس.\n"
        "وسجل اللاعب هدفين في الشوط الأول.\n"
        "وقال مدرب المنتخب إن البطولة المقبلة صعبة.\n"
        "وارتفعت درجات الحرارة في الرياض."
    )
    segments = segment(text)
    scores = score_topics(text, segments)
    assert [t.topic for t in scores] == ["sport"]
    assert scores[0].sentence_indexes == (0, 1, 2)
    assert scores[0].score == 1.0


def test_one_passing_mention_is_not_a_topic():
    text = "افتتح المعرض أمس في جدة بحضور الزوار.\nوقال المنظمون إن المدرسة شاركت فيه."
    assert topics_of(text) == {}


def test_scores_are_shares_and_sorted():
    text = (
        "عقدت القمة بين الرئيسين في جنيف.\nوبحث السفير العقوبات على التجارة.\n"
        "وناقش الوزير الاقتصاد والاستثمار.\nواتفق الطرفان على مشاورات جديدة."
    )
    scores = score_topics(text, segment(text))
    assert scores == sorted(scores, key=lambda t: (-t.score, t.topic))
    assert 0.99 <= sum(t.score for t in scores) <= 1.01
    assert all(t.topic in load_taxonomy().names_en for t in scores)
