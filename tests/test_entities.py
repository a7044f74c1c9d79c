"""annotate_entities: tagger spans merged with KB matches, linked, inside segments."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from khabar.entities import NO_TAGGER, annotate_entities
from khabar.kb import load_kb
from khabar.spans import Mention, Segment

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
BIDEN = "Q6279-joe-biden"
PUTIN = "Q7747-vladimir-putin"


class FakeTagger:
    """Tags the given surfaces wherever they occur (first occurrence of each)."""

    def __init__(self, spans: Sequence[tuple[str, str]], score: float = 0.9):
        self.spans = spans
        self.score = score

    def find_mentions(self, text: str, segments: Sequence[Segment]) -> list[Mention]:
        out = []
        for surface, label in self.spans:
            start = text.index(surface)
            out.append(Mention(start, start + len(surface), label, self.score))
        return out


def _lines(text: str) -> list[Segment]:
    segments, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            segments.append(Segment(start, start + len(line)))
        start += len(line) + 1
    return segments


def _found(text, mentions):
    return [(text[m.start : m.end], m.label, m.entity_id) for m in mentions]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_kb_only(kb):
    text = "وكان في استقبال طرفي القمة، الرئيس السويسري غي بارميلان."
    found = _found(text, annotate_entities(text, _lines(text), tagger=NO_TAGGER, kb=kb))
    assert found == [("غي بارميلان", "PER", "khabar:guy-parmelin")]  # the title is not a mention


def test_tagger_spans_are_linked_and_relabelled(kb):
    text = "في فيلا لا غرانج التاريخية التقى ببايدن، وقال هانتر بايدن إن المباحثات جيدة"
    tagger = FakeTagger([("فيلا لا غرانج", "LOC"), ("ببايدن", "PER"), ("هانتر بايدن", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [
        ("فيلا لا غرانج", "FAC", "khabar:villa-la-grange"),  # label from the KB
        ("بايدن", "PER", BIDEN),  # clitic cut off
        ("هانتر بايدن", "PER", None),  # longer unknown name wins, stays unlinked
    ]


def test_title_words_trimmed_and_epithet_inner_names_dropped(kb):
    text = "قال الرئيس بوتين إن سيّد الكرملين لا يريد حرباً"
    tagger = FakeTagger([("الرئيس بوتين", "PER"), ("الكرملين", "ORG")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("بوتين", "PER", PUTIN)]


def test_tagger_epithet_span_links_to_holder(kb):
    text = "ووصف سيّد الكرملين النقاشات"
    tagger = FakeTagger([("سيّد الكرملين", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("سيّد الكرملين", "PER", PUTIN)]


def test_mentions_never_cross_segments(kb):
    text = "التقى بايدن بوتين"
    segments = [Segment(0, 11), Segment(12, len(text))]
    tagger = FakeTagger([("بايدن بوتين", "PER")])
    found = _found(text, annotate_entities(text, segments, tagger=tagger, kb=kb))
    assert found == [("بايدن", "PER", BIDEN), ("بوتين", "PER", PUTIN)]


def test_russia_today_not_russia(kb):
    text = "وقال بوتين لكن لا يجوز فعل ذلك وفق موقع روسيا اليوم"
    tagger = FakeTagger([("روسيا", "LOC")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert ("روسيا اليوم", "ORG", "khabar:rt-russia-today") in found
    assert all(entity != "Q159-russia" for *_, entity in found)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_output_is_sorted_disjoint_exact(kb, path):
    text = path.read_text(encoding="utf-8")
    segments = _lines(text)
    mentions = annotate_entities(text, segments, tagger=NO_TAGGER, kb=kb)
    assert mentions
    previous_end = 0
    for m in mentions:
        assert previous_end <= m.start < m.end
        previous_end = m.end
        assert any(s.start <= m.start and m.end <= s.end for s in segments)
        assert kb.link(text[m.start : m.end]).id == m.entity_id


def test_a_doubtful_longer_name_around_a_known_one_gives_way_to_it(kb):
    text = "• الثانية هي إبلاغ موسكو أن أي نشاط روسي سيقابل برد."
    weak = FakeTagger([("إبلاغ موسكو", "ORG")], score=0.59)
    found = _found(text, annotate_entities(text, _lines(text), tagger=weak, kb=kb))
    assert found == [("موسكو", "LOC", "Q649-moscow")]
    sure = FakeTagger([("إبلاغ موسكو", "ORG")], score=0.9)  # a name the tagger is sure of stays
    found = _found(text, annotate_entities(text, _lines(text), tagger=sure, kb=kb))
    assert found == [("إبلاغ موسكو", "ORG", None)]


def test_the_word_before_a_quoted_known_name_is_its_head_noun(kb):
    text = 'عقدت القمة في فيلا "لا غرانج" التاريخية بمدينة جنيف.'
    tagger = FakeTagger([("فيلا", "ORG")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("لا غرانج", "FAC", "khabar:villa-la-grange"), ("جنيف", "LOC", "Q71-geneva")]
    unquoted = "هزم فيلا جنيف في المباراة."  # no quotation mark after it: the tagger's word stays
    found = _found(unquoted, annotate_entities(unquoted, _lines(unquoted), tagger=tagger, kb=kb))
    assert found == [("فيلا", "ORG", None), ("جنيف", "LOC", "Q71-geneva")]


def test_a_nationality_in_front_of_a_person_is_not_part_of_the_name(kb):
    text = "وسجل الروسي أرتيم دزيوبا هدفين، وتصدى الحارس فواز القرني لركلة جزاء."
    tagger = FakeTagger([("الروسي أرتيم دزيوبا", "PER"), ("فواز القرني", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    # a family name that is a nisba (القرني) stays: only the front is trimmed
    assert found == [("أرتيم دزيوبا", "PER", None), ("فواز القرني", "PER", None)]


def test_a_name_never_spans_a_complementizer(kb):
    text = "وأضافت الوكالة أن مرسي شكا من الطعام، وقالت شبكة سي إن إن إن الجلسة تأجلت."
    tagger = FakeTagger([("الوكالة أن مرسي", "ORG"), ("سي إن إن", "ORG")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("سي إن إن", "ORG", None)]


def test_a_person_name_never_ends_on_a_verb_of_saying_behind_fa(kb):
    text = "أما الشاعر والناقد شعبان يوسف فيرى أن الأزمة عميقة."
    tagger = FakeTagger([("شعبان يوسف فيرى", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("شعبان يوسف", "PER", None)]


def test_the_name_of_god_is_never_a_mention(kb):
    text = "قاتل الصحابة رضوان الله عليهم في أحد."
    for label in ("PER", "MISC", "ORG"):
        tagger = FakeTagger([("الله", label)])
        assert annotate_entities(text, _lines(text), tagger=tagger, kb=kb) == []


def test_unlinked_tagger_spans_that_contradict_the_kb_are_dropped(kb):
    text = "الرئيس الروسي فلاديمير بوتين التقى بايدن وبوتين"
    tagger = FakeTagger([("الروسي فلاديمير", "PER"), ("بايدن وبوتين", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [
        ("فلاديمير بوتين", "PER", PUTIN),
        ("بايدن", "PER", BIDEN),
        ("بوتين", "PER", PUTIN),
    ]


def test_unknown_tagger_names_keep_their_label(kb):
    text = "وقال المحلل سامر الخطيب إن القمة مهمة"
    tagger = FakeTagger([("سامر الخطيب", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [("سامر الخطيب", "PER", None)]


def test_default_tagger_falls_back_without_khabar_ner(monkeypatch):
    import sys

    from khabar import entities

    monkeypatch.setitem(sys.modules, "khabar.ner", None)
    assert entities.default_tagger() is NO_TAGGER


def test_tagger_overreach_around_person_names(kb):
    # Real CRF errors on the seeds: a verb or a following word glued to the name.
    text = "منذ تولي بايدن منصبه قال جيل بايدن إن جامعة جنيف ستستضيف الحوار"
    tagger = FakeTagger([("بايدن منصبه", "PER"), ("جيل بايدن", "PER"), ("جامعة جنيف", "ORG")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert found == [
        ("بايدن", "PER", BIDEN),
        ("جيل بايدن", "PER", None),  # another Biden: not linked to Joe
        ("جامعة جنيف", "ORG", None),  # a longer name around a place stays the tagger's
    ]


def test_washington_post_is_not_washington(kb):
    text = "ونقلت صحيفة واشنطن بوست عن مسؤول في واشنطن"
    found = _found(text, annotate_entities(text, _lines(text), tagger=NO_TAGGER, kb=kb))
    assert found == [
        ("واشنطن بوست", "ORG", "khabar:washington-post"),
        ("واشنطن", "LOC", "Q61-washington-dc"),
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_with_the_real_tagger(kb, path):
    from khabar.entities import default_tagger

    try:
        tagger = default_tagger()
    except FileNotFoundError:
        pytest.skip("the NER model is not built")
    if tagger is NO_TAGGER:
        pytest.skip("khabar.ner is not available")
    text = path.read_text(encoding="utf-8")
    segments = _lines(text)
    mentions = annotate_entities(text, segments, kb=kb)
    previous_end = 0
    for m in mentions:
        assert previous_end <= m.start < m.end
        previous_end = m.end
        assert any(s.start <= m.start and m.end <= s.end for s in segments)
        if m.entity_id:
            assert m.label == kb.get(m.entity_id).label
            assert kb.link(text[m.start : m.end]).id == m.entity_id
    linked = {m.entity_id for m in mentions}
    assert {BIDEN, PUTIN} <= linked
    assert "khabar:kremlin" not in {
        m.entity_id for m in mentions if "سيّد" in text[max(0, m.start - 5) : m.start]
    }


def test_doubtful_single_words_are_not_published_as_unlinked_names():
    from khabar.arabic import matching_key
    from khabar.entities import _is_future_verb, _is_nisba_of_place
    from khabar.segment import segment

    kb = load_kb()
    assert _is_future_verb(matching_key("سيعودان"))
    assert not _is_future_verb(matching_key("سيمون"))
    assert _is_nisba_of_place(matching_key("روسي"), kb)
    assert not _is_nisba_of_place(matching_key("بوتين"), kb)
    text = "وقال بوتين إنهما سيعودان، وأكد أن نظيري الأمريكي وافق على رد حازم من الجانب الروسي."
    found = {text[m.start : m.end] for m in annotate_entities(text, segment(text))}
    assert "بوتين" in found
    assert not found & {"سيعودان", "نظيري", "روسي", "الروسي"}


def test_a_particle_joins_the_foreign_name_after_it(kb):
    text = "احتفل الطلاب في سان دييغو بالعيد، وشكر المدرب ودي ماريا الجماهير."
    tagger = FakeTagger([("سان", "LOC"), ("دييغو", "PER"), ("ماريا", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert ("سان دييغو", "LOC", None) in found  # the particle's tag gives the label
    assert ("دي ماريا", "PER", None) in found  # the conjunction stays out
    assert all(surface not in ("سان", "دييغو", "ماريا") for surface, *_ in found)


def test_honorifics_around_a_person_are_not_part_of_the_name(kb):
    text = "عمل مع الأديب المرحوم غازي القصيبي، وحضر سليم حجاي الدكتور عبدالعزيز الحربي."
    tagger = FakeTagger([("المرحوم غازي القصيبي", "PER"), ("سليم حجاي الدكتور", "PER")])
    found = _found(text, annotate_entities(text, _lines(text), tagger=tagger, kb=kb))
    assert ("غازي القصيبي", "PER", None) in found
    assert ("سليم حجاي", "PER", None) in found
