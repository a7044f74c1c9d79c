"""NER tests: conlleval scoring, the committed tagger, exact spans, clitics, consistency."""

from __future__ import annotations

import inspect

import pytest

from khabar.cli import tag_conll
from khabar.ner import conll_tag_file, conlleval, load_tagger
from khabar.ner.consistency import harmonize
from khabar.ner.tagger import CONLL_CONTEXT, conll_documents
from khabar.spans import Segment

# -- conlleval --------------------------------------------------------------------------------


def test_spans_follow_conlleval_rules():
    assert conlleval.spans(["B-PER", "I-PER", "O", "B-LOC"]) == [("PER", 0, 2), ("LOC", 3, 4)]
    # I- after O, at the start, or after another type starts a new span
    assert conlleval.spans(["I-PER", "O", "I-LOC", "I-LOC"]) == [("PER", 0, 1), ("LOC", 2, 4)]
    assert conlleval.spans(["B-PER", "I-LOC", "I-PER"]) == [
        ("PER", 0, 1),
        ("LOC", 1, 2),
        ("PER", 2, 3),
    ]
    # B- right after a span of the same type closes it
    assert conlleval.spans(["B-ORG", "B-ORG", "I-ORG"]) == [("ORG", 0, 1), ("ORG", 1, 3)]
    assert conlleval.spans(["O", "O"]) == []


def test_evaluate_exact_span_and_type():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O", "O"]]
    s = conlleval.evaluate(gold, pred)
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 2, 2)
    assert s.micro.precision == pytest.approx(1 / 3)
    assert s.micro.recall == pytest.approx(1 / 3)
    assert s.micro.f1 == pytest.approx(1 / 3)
    assert s.per_type["PER"].f1 == 1.0
    assert (s.per_type["LOC"].tp, s.per_type["LOC"].fn) == (0, 1)
    assert (s.per_type["ORG"].fp, s.per_type["ORG"].fn) == (2, 1)
    assert s.tokens == 7


def test_evaluate_label_map_and_empty():
    s = conlleval.evaluate([["B-PERS", "I-PERS"]], [["B-PER", "I-PER"]], {"PERS": "PER"})
    assert s.micro.f1 == 1.0 and list(s.per_type) == ["PER"]
    # an I- continuation that a prediction starts with B- is still the same span
    s = conlleval.evaluate([["I-LOC", "I-LOC"]], [["B-LOC", "I-LOC"]])
    assert s.micro.f1 == 1.0
    empty = conlleval.evaluate([["O"]], [["O"]])
    assert empty.micro.f1 == 0.0 and empty.micro.precision == 0.0
    with pytest.raises(ValueError):
        conlleval.evaluate([["O", "O"]], [["O"]])


# -- the tagger -------------------------------------------------------------------------------

SEED = (
    "وصف الرئيس الأمريكي جو بايدن، الأربعاء، النقاشات التي جمعته مع نظيره الروسي فلاديمير"
    ' بوتين بأنها "إيجابية".\n'
    'وقال بايدن في مؤتمر صحفي عقب القمة الثنائية في جنيف إن "نبرة اللقاء كانت جيدة".'
)


def _segments(text: str) -> list[Segment]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(Segment(pos, pos + len(line)))
        pos += len(line) + 1
    return out


@pytest.fixture(scope="module")
def tagger():
    return load_tagger()


def test_load_tagger_is_cached(tagger):
    assert load_tagger() is tagger


def test_tag_one_sentence(tagger):
    tokens = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "جنيف", "."]
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    assert tags[3:5] == ["B-PER", "I-PER"]
    assert tags[6] == "B-LOC"
    assert {t.split("-")[-1] for t in tags} <= {"O", "PER", "LOC", "ORG", "MISC"}
    assert tagger.tag([]) == []


def test_find_mentions_seed(tagger):
    mentions = tagger.find_mentions(SEED, _segments(SEED))
    found = {(SEED[m.start : m.end], m.label) for m in mentions}
    assert ("جو بايدن", "PER") in found
    assert ("فلاديمير بوتين", "PER") in found
    assert ("بايدن", "PER") in found
    assert ("جنيف", "LOC") in found
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.end, m.label))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(SEED)
        assert SEED[m.start : m.end] == SEED[m.start : m.end].strip()
        assert 0.0 < m.score <= 1.0
        assert m.label in ("PER", "LOC", "ORG", "MISC")


def test_segments_offsets_are_respected(tagger):
    text = "عنوان\n\nالتقى الرئيس بوتين نظيره بايدن في جنيف."
    seg = Segment(text.index("التقى"), len(text))
    spans = {text[m.start : m.end] for m in tagger.find_mentions(text, [seg])}
    assert {"بوتين", "بايدن", "جنيف"} <= spans
    assert tagger.find_mentions(text, []) == []


DOC = (
    "التقى الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن في جنيف.\n"
    "وأكد بايدن وبوتين أن اللقاء كان بناء."
)


def test_leading_clitic_is_trimmed(tagger):
    mentions = tagger.find_mentions(DOC, _segments(DOC))
    second = DOC.index("\n")
    spans = {(DOC[m.start : m.end], m.label) for m in mentions if m.start > second}
    assert ("بوتين", "PER") in spans  # وبوتين -> بوتين
    assert not any(DOC[m.start : m.end].startswith("وبوتين") for m in mentions)
    # names that begin with a clitic letter keep it
    assert tagger.clitic_offset("وبوتين") == 1
    assert tagger.clitic_offset("بالرياض") == 1
    for name in ("لبنان", "واشنطن", "بايدن", "فلسطين", "بغداد"):
        assert tagger.clitic_offset(name) == 0, name


def test_a_conjunction_on_a_name_never_seen_in_the_news_is_trimmed(tagger):
    # neither `وياسوهيرو` nor `ياسوهيرو` occurs in the news corpus: و is the conjunction
    assert tagger.clitic_offset("وياسوهيرو") == 1
    assert tagger.clitic_offset("وليد") == 0  # a name that starts with و


def test_a_kaf_before_a_long_vowel_begins_a_foreign_name(tagger):
    # `يارا`, `عنان`-like rests are frequent names, but ك + و/ي/ا is Kofi, Chiara, Kabul
    for name in ("كيارا", "كوفي", "كابل", "كاغان"):
        assert tagger.clitic_offset(name) == 0, name
    for word in ("كأحمد", "كالكويت", "وكيارا"):  # the preposition ك, the conjunction و
        assert tagger.clitic_offset(word) == 1, word


def test_harmonize_spreads_confident_names():
    stems = [[("قال",), ("فلاديمير",), ("بوتين",)], [("وبوتين", "بوتين"), ("يصل",)]]
    canon_keys = [["قال", "فلاديمير", "بوتين"], ["بوتين", "يصل"]]

    def canon(s, i):
        return canon_keys[s][i]

    tags = [["O", "B-PER", "I-PER"], ["O", "O"]]
    scores = [[1.0, 0.99, 0.98], [1.0, 1.0]]
    new_tags, new_scores = harmonize(stems, canon, tags, scores, surnames=False)
    assert new_tags[0] == tags[0]  # untouched
    assert new_tags[1] == ["O", "O"]  # the two-word name does not match one word
    new_tags, new_scores = harmonize(stems, canon, tags, scores, surnames=True)
    assert new_tags[1] == ["B-PER", "O"]  # ... but its surname does, through the clitic
    assert new_scores[1][0] == pytest.approx(0.985)
    tags = [["O", "O", "B-PER"], ["B-LOC", "O"]]
    scores = [[1.0, 1.0, 0.97], [0.55, 1.0]]
    new_tags, new_scores = harmonize(stems, canon, tags, scores)
    assert new_tags[1] == ["B-PER", "O"]  # a weak conflicting label is relabelled
    assert new_scores[1][0] == pytest.approx(0.97)
    tags = [["O", "O", "B-PER"], ["O", "O"]]
    new_tags, _ = harmonize(stems, canon, tags, scores)
    assert new_tags[1] == ["B-PER", "O"]  # an untagged occurrence is tagged
    assert tags[1] == ["O", "O"]  # inputs are not modified
    low = [[1.0, 1.0, 0.6], [1.0, 1.0]]
    assert harmonize(stems, canon, tags, low)[0][1] == ["O", "O"]  # not confident: no spread


def test_find_mentions_consistency(tagger):
    segs = _segments(DOC)
    with_c = tagger.find_mentions(DOC, segs)
    without = tagger.find_mentions(DOC, segs, consistent=False)
    assert {(m.start, m.end) for m in without} <= {(m.start, m.end) for m in with_c}
    # the surname of the confident "فلاديمير بوتين" is tagged behind its clitic later on
    start = DOC.index("وبوتين") + 1
    assert any(m.start == start and m.label == "PER" for m in with_c)
    text = "قال الرئيس الروسي فلاديمير بوتين إن المحادثات جيدة.\nوأضاف بوتين أن اللقاء مثمر."
    labels = {text[m.start : m.end]: m.label for m in tagger.find_mentions(text, _segments(text))}
    assert labels.get("بوتين") == "PER"
    assert labels.get("فلاديمير بوتين") == "PER"


def test_conll_tag_file_keeps_gold_naming(tmp_path, tagger):
    src = tmp_path / "in.conll"
    src.write_text(
        "قال\tO\nفلاديمير\tB-PERS\nبوتين\tI-PERS\nفي\tO\nجنيف\tB-LOC\n.\tO\n\nمرحبا\tO\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.conll"
    assert conll_tag_file(src, out) == 2
    lines = out.read_text(encoding="utf-8").split("\n")
    rows = [line.split("\t") for line in lines if line]
    assert len(rows) == 7 and all(len(r) == 3 for r in rows)
    assert lines[6] == ""
    assert rows[1] == ["فلاديمير", "B-PERS", "B-PERS"]
    assert rows[4] == ["جنيف", "B-LOC", "B-LOC"]


def test_a_word_seen_inside_a_name_keeps_its_first_letter(tagger):
    # `رافت` (Raafat) is far more frequent in news than `كرافت`, but the article named
    # `جيم كرافت` in full: `ك` is part of the name, not the preposition
    text = (
        "وقال قائد الشرطة جيم كرافت للصحافيين إن المسلح قتل نفسه.\n"
        "وأوضح كرافت أن أحد الجرحى خضع لعملية جراحية."
    )
    found = [text[m.start : m.end] for m in tagger.find_mentions(text, _segments(text))]
    assert "جيم كرافت" in found and "كرافت" in found and "رافت" not in found


def test_a_name_ending_in_madda_abi_does_not_swallow_the_next_word(tagger):
    # `آبي` (Shinzo Abe) folds to the same key as `أبي` ("father of"), which never ends a name
    text = (
        "وانتقد حزب المعارضة رئيس الوزراء الياباني شينزو آبي أمس الأحد بسبب بيانه.\n"
        "وقالت صحيفة يابانية إن آبي الذي سيلقي بيانا لم يستخدم كلمة اعتذار."
    )
    found = [text[m.start : m.end] for m in tagger.find_mentions(text, _segments(text))]
    assert not any(f.endswith(("أمس", "الذي")) for f in found), found
    assert "شينزو آبي" in found


def test_conll_runs_follow_docstart_and_context(tmp_path, tagger):
    docs = [["أ"], ["ب"], ["-DOCSTART-"], ["ج"], ["د"], ["هـ"]]
    assert conll_documents(docs, 2) == [range(0, 2), range(3, 5), range(5, 6)]
    assert conll_documents(docs[:2], 0) == [range(0, 1), range(1, 2)]
    src = tmp_path / "in.conll"
    words = ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "المحادثات", "كانت", "بناءة"]
    src.write_text("-DOCSTART-\tO\n\n" + "".join(f"{w}\tO\n" for w in words), encoding="utf-8")
    out = tmp_path / "out.conll"
    assert conll_tag_file(src, out) == 2
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert rows[0] == ["-DOCSTART-", "O", "O"]  # copied through, not tagged
    assert rows[4:6] == [["فلاديمير", "O", "B-PER"], ["بوتين", "O", "I-PER"]]


def test_tag_conll_command_defaults_to_the_documented_context():
    default = inspect.signature(tag_conll).parameters["context"].default
    assert default == CONLL_CONTEXT


def test_news_spans_become_bio_tags_on_the_taggers_tokens():
    from khabar.ner.train import bio_sentences

    text = "زار وزير الخارجية بالطائف مستشفى تربة العام. وقال عيضة الهذلي إن الزيارة مهمة."
    place = text.index("الطائف")
    hospital = text.index("مستشفى")
    person = text.index("عيضة")
    spans = [
        (place, place + len("الطائف"), "LOC"),
        (hospital, hospital + len("مستشفى تربة العام"), "ORG"),
        (person, person + len("عيضة الهذلي"), "PER"),
    ]
    sentences = bio_sentences(text, spans)
    assert len(sentences) == 2
    tagged = [
        (tok, tag) for tokens, tags in sentences for tok, tag in zip(tokens, tags, strict=True)
    ]
    assert [(t, g) for t, g in tagged if g != "O"] == [
        ("بالطائف", "B-LOC"),  # the clitic stays on the token, as in ANERcorp
        ("مستشفى", "B-ORG"),  # a new span right after another starts with B-
        ("تربة", "I-ORG"),
        ("العام", "I-ORG"),
        ("عيضة", "B-PER"),
        ("الهذلي", "I-PER"),
    ]
