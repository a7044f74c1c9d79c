"""Institution and event names by head noun, and what the entities table leaves out."""

from __future__ import annotations

from khabar.entities import annotate_entities
from khabar.institutions import institution_mentions
from khabar.kb import load_kb
from khabar.spans import Mention, Segment

PLACE_ADJECTIVES = {"الامريكيه", "الروسيه", "السعوديه"}


def _found(text: str, names: list[Mention] | None = None) -> list[tuple[str, str]]:
    mentions = institution_mentions(
        text, [Segment(0, len(text))], names or [], lambda key: key in PLACE_ADJECTIVES
    )
    return [(text[m.start : m.end], m.label) for m in mentions]


def test_a_head_noun_and_its_definite_complement_make_an_organisation():
    text = "تواصل لجان من وزارة الصحة ومديرية الشؤون الصحية تحقيقاتها في الحادثة."
    assert _found(text) == [("وزارة الصحة", "ORG"), ("مديرية الشؤون الصحية", "ORG")]


def test_the_clitic_before_the_head_is_not_part_of_the_name():
    text = "وقدمت الشركة طلبا لوزارة الداخلية، وبهيئة الاستثمار لجنة للمتابعة."
    assert _found(text) == [("وزارة الداخلية", "ORG"), ("هيئة الاستثمار", "ORG")]


def test_a_trailing_nationality_is_left_out_unless_it_is_what_names_the_body():
    text = "وقالت وزارة الخزانة الأمريكية إن وكالة الأنباء الروسية نقلت الخبر."
    assert _found(text) == [("وزارة الخزانة", "ORG"), ("وكالة الأنباء الروسية", "ORG")]


def test_a_place_completes_the_name_but_a_named_club_stands_alone():
    text = "قررت أمانة الطائف إغلاق المتنزه، وانتقل اللاعب إلى نادي مانشستر سيتي."
    taif = text.index("الطائف")
    city = text.index("مانشستر")
    names = [
        Mention(taif, taif + len("الطائف"), "LOC", 0.9),
        Mention(city, city + len("مانشستر سيتي"), "ORG", 0.9),
    ]
    assert _found(text, names) == [("أمانة الطائف", "ORG")]


def test_generic_bodies_time_words_and_verbs_end_or_block_a_name():
    assert _found("واجتمع مجلس الإدارة أمس لبحث الميزانية.") == []
    assert _found("وأكدت لجنة تضم مندوبين من الجهات ذلك.") == []
    text = "شهد مهرجان العسل الدولي الثامن إقبالا، وقال رئيس هيئة السياحة اليوم إنه ناجح."
    assert _found(text) == [("مهرجان العسل الدولي", "EVENT"), ("هيئة السياحة", "ORG")]


def test_a_definite_head_needs_a_qualifier_and_may_take_a_lam_phrase():
    text = "وتدخلت الرئاسة العامة لرعاية الشباب في الأزمة، ثم أصدرت الرئاسة بيانا."
    assert _found(text) == [("الرئاسة العامة لرعاية الشباب", "ORG")]


def test_a_head_right_before_another_head_gives_way():
    text = "توج الفريق ببطولة كأس السوبر الفرنسي لكرة القدم."
    assert _found(text) == [("كأس السوبر الفرنسي", "EVENT")]


def test_the_entities_table_adds_institutions_and_drops_currencies_and_formulae():
    text = (
        "وقالت وزارة الصحة إن الشرط الجزائي بلغ 155 ألف يورو، رحمه الله.\n"
        "وأكد متحدث باسم وزارة الصحة أن التحقيق مستمر."
    )

    class Tagger:
        def find_mentions(self, text, segments):
            spans = [("يورو", "MISC"), ("الله", "MISC")]
            return [
                Mention(text.index(s), text.index(s) + len(s), label, 0.95) for s, label in spans
            ]

    segments = [Segment(0, text.index("\n")), Segment(text.index("\n") + 1, len(text))]
    found = annotate_entities(text, segments, tagger=Tagger(), kb=load_kb())
    assert [(text[m.start : m.end], m.label) for m in found] == [
        ("وزارة الصحة", "ORG"),
        ("وزارة الصحة", "ORG"),
    ]


def test_a_royal_name_completes_the_institution_but_its_official_does_not():
    text = "نقل المصاب إلى مستشفى الأمير محمد بن عبدالعزيز، وقال مدير أمانة الأحساء خالد بوشل."
    prince = text.index("محمد")
    taif = text.index("الأحساء")
    official = text.index("خالد")
    names = [
        Mention(prince, prince + len("محمد بن عبدالعزيز"), "PER", 0.9),
        Mention(taif, taif + len("الأحساء"), "LOC", 0.9),
        Mention(official, official + len("خالد بوشل"), "PER", 0.9),
    ]
    assert _found(text, names) == [
        ("مستشفى الأمير محمد بن عبدالعزيز", "ORG"),
        ("أمانة الأحساء", "ORG"),
    ]
