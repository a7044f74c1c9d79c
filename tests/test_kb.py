"""Knowledge base: file validation, linking of spelling variants, gazetteer offsets."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from khabar.arabic import matching_key
from khabar.kb import DEFAULT_KB_PATH, KBFile, kb_json_schema, load_kb, parse_kb
from khabar.spans import ENTITY_LABELS

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))

BIDEN = "Q6279-joe-biden"
PUTIN = "Q7747-vladimir-putin"
LAVROV = "Q150851-sergey-lavrov"
US = "Q30-united-states"
RUSSIA = "Q159-russia"


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _seed(prefix: str) -> str:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the file


def test_kb_file_validates_and_ids_are_unique():
    data = yaml.safe_load(DEFAULT_KB_PATH.read_text(encoding="utf-8"))
    kb_file = KBFile.model_validate(data)
    ids = [e.id for e in kb_file.entities]
    assert len(ids) == len(set(ids))
    assert kb_file.version
    assert {e.label for e in kb_file.entities} <= set(ENTITY_LABELS)
    for entity in kb_file.entities:
        if entity.wikidata:
            assert entity.id.startswith(entity.wikidata + "-")


def test_known_wikidata_ids(kb):
    expected = {
        BIDEN: "Q6279",
        PUTIN: "Q7747",
        "Q71-geneva": "Q71",
        RUSSIA: "Q159",
        US: "Q30",
        "Q212-ukraine": "Q212",
        "Q1899-kyiv": "Q1899",
        "Q61-washington-dc": "Q61",
        "Q649-moscow": "Q649",
        LAVROV: "Q150851",
        "Q4932437-antony-blinken": "Q4932437",
        "Q3012218-alexei-navalny": "Q3012218",
    }
    for entity_id, qid in expected.items():
        assert kb.get(entity_id).wikidata == qid


def test_load_is_cached_and_schema_exported(kb):
    assert load_kb() is kb
    assert "entities" in kb_json_schema()["properties"]
    assert len(kb) == len(list(kb.entities)) > 40


def test_duplicate_ids_rejected():
    entity = {"id": "khabar:x", "label": "PER", "name_ar": "س", "name_en": "X"}
    with pytest.raises(ValueError, match="duplicate entity ids"):
        parse_kb({"version": "1.0.0", "entities": [entity, entity]})


def test_shared_alias_needs_resolution():
    a = {"id": "khabar:a", "label": "LOC", "name_ar": "واشنطن", "name_en": "Washington DC"}
    b = {
        "id": "khabar:b",
        "label": "LOC",
        "name_ar": "ولاية واشنطن",
        "name_en": "WA",
        "aliases": ["واشنطن"],
    }
    with pytest.raises(ValueError, match="resolutions"):
        parse_kb({"version": "1.0.0", "entities": [a, b]})
    kb = parse_kb({"version": "1.0.0", "resolutions": {"واشنطن": "khabar:a"}, "entities": [a, b]})
    assert kb.link("واشنطن").id == "khabar:a"
    assert kb.link("ولاية واشنطن").id == "khabar:b"


def test_bad_records_rejected():
    base = {"id": "Q1-x", "label": "PER", "name_ar": "س", "name_en": "X", "wikidata": "Q2"}
    with pytest.raises(ValueError):
        parse_kb({"version": "1.0.0", "entities": [base]})  # id and wikidata disagree
    with pytest.raises(ValueError):
        parse_kb({"version": "1.0.0", "entities": [{**base, "id": "Q2-x", "label": "GPE"}]})
    with pytest.raises(ValueError):
        parse_kb({"version": "1.0.0", "entities": [{**base, "id": "Q2-x", "wikidata": "Q٢"}]})


def test_overlapping_title_holders_rejected():
    a = {
        "id": "khabar:a",
        "label": "PER",
        "name_ar": "أ",
        "name_en": "A",
        "titles": [{"text": "الرئيس", "valid": [2010, 2020]}],
    }
    b = {
        "id": "khabar:b",
        "label": "PER",
        "name_ar": "ب",
        "name_en": "B",
        "titles": [{"text": "الرئيس", "valid": [2020, 2024]}],
    }
    with pytest.raises(ValueError, match="overlapping years"):
        parse_kb({"version": "1.0.0", "entities": [a, b]})


# ---------------------------------------------------------------- linking


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [
        ("بايدن", BIDEN),
        ("جو بايدن", BIDEN),
        ("ببايدن", BIDEN),
        ("وبايدن", BIDEN),
        ("بوتين", PUTIN),
        ("بوتن", PUTIN),
        ("لبوتين", PUTIN),
        ("فلاديمير بوتين", PUTIN),
        ("فلادِيمير بوتِين", PUTIN),  # diacritics
        ("لافروف", LAVROV),
        ("سيرغي لافروف", LAVROV),
        ("سيرجي لافروف", LAVROV),
        ("غي بارميلان", "khabar:guy-parmelin"),
        ("غي بارملان", "khabar:guy-parmelin"),
        ("بارملان", "khabar:guy-parmelin"),
        ("الولايات المتحدة", US),
        ("وللولايات المتحدة", US),
        ("للولايات المتحدة", US),
        ("الولايات المتحده", US),  # ta marbuta written as ha
        ("روسيا", RUSSIA),
        ("روسيا اليوم", "khabar:rt-russia-today"),
        ("البيت الأبيض", "Q35525-white-house"),
        ("البيت الابيض", "Q35525-white-house"),
        ("الكرملين", "khabar:kremlin"),
        ("سيّد الكرملين", PUTIN),  # an epithet works as a name
        ("أوكرانيا", "Q212-ukraine"),
        ("اوكرانيا", "Q212-ukraine"),
        ("إن بي سي", "khabar:nbc"),
        ("أكسيوس", "khabar:axios"),
        ("حلف شمال الأطلسي", "Q7184-nato"),
        ("الناتو", "Q7184-nato"),
        ("وكالة أسوشييتد برس", "Q40469-associated-press"),
        ("فيلا لا غرانج", "khabar:villa-la-grange"),
        ("لا غرانج", "khabar:villa-la-grange"),
        ("كوفيد-19", "Q84263196-covid-19"),
        ("الحرب الباردة", "Q8683-cold-war"),
        ("اتفاقيات مينسك", "khabar:minsk-agreements"),
        ("رونالد ريغن", "Q9960-ronald-reagan"),
        ("ميخائيل غورباتشوف", "Q30487-mikhail-gorbachev"),
        ("جون ديميرس", "khabar:john-demers"),
        ("دميتري بيسكوف", "khabar:dmitry-peskov"),
        ("أناتولي أنتونوف", "khabar:anatoly-antonov"),
        ("يوري أوشاكوف", "khabar:yuri-ushakov"),
        ("جوزيب بوريل", "khabar:josep-borrell"),
        ("بدونالد ترامب", "Q22686-donald-trump"),
        ("لواشنطن", "Q61-washington-dc"),
        ("TRT عربي", "khabar:trt-arabi"),
        ("«الناتو»", "Q7184-nato"),  # surrounding punctuation ignored
        ("وزارة العدل الأميركية", "khabar:us-department-of-justice"),
        ("وزارة العدل الأمريكية", "khabar:us-department-of-justice"),
        ("إن بي سي", "khabar:nbc"),
        ("ان بي سى", "khabar:nbc"),  # hamza and alef maqsura
        # near-misses that are not listed anywhere: rapidfuzz + skeleton guard
        ("نافلني", "Q3012218-alexei-navalny"),
        ("يوري أوشكوف", "khabar:yuri-ushakov"),
        ("بلنكن", "Q4932437-antony-blinken"),
        ("غورباتشف", "Q30487-mikhail-gorbachev"),
        ("فلاديمير بوتيين", PUTIN),
        ("لافرف", LAVROV),
    ],
)
def test_link_variants(kb, surface, entity_id):
    entity = kb.link(surface)
    assert entity is not None, surface
    assert entity.id == entity_id


@pytest.mark.parametrize(
    "surface",
    [
        "هانتر بايدن",  # a different Biden
        "بوتينا",  # Maria Butina, not Putin
        "ماريا بوتينا",
        "بادين",
        "لافرينتي",
        "سيرغي شويغو",
        "جنيفر",
        "الرئيس الروسي",  # a title, not a name
        "وزير الخارجية الروسي",
        "كيف",  # "how", not Kyiv
        "",
        "،",
    ],
)
def test_unknown_names_stay_unlinked(kb, surface):
    assert kb.link(surface) is None


def test_label_guards_person_vs_place(kb):
    assert kb.link("بايدن", "PER").id == BIDEN
    assert kb.link("بايدن", "LOC") is None
    assert kb.link("جنيف", "PER") is None
    assert kb.link("البيت الأبيض", "LOC").id == "Q35525-white-house"  # metonymy is fine


def test_resolve_reports_clitic_offset(kb):
    entity, offset = kb.resolve("وللولايات المتحدة")
    assert entity.id == US and offset == 2
    entity, offset = kb.resolve("ببايدن")
    assert entity.id == BIDEN and offset == 1


# ---------------------------------------------------------------- gazetteer


def _found(text, mentions):
    return [(text[m.start : m.end], m.entity_id) for m in mentions]


def test_find_mentions_offsets_exact_with_clitics_and_diacritics(kb):
    text = "وتابع أن الأمن الإلكتروني يمثل أهمية قصوى لنا وللولايات المتحدة، وقال لبوتينَ وَبايدن"
    found = _found(text, kb.find_mentions(text))
    assert found == [("لولايات المتحدة", US), ("بوتينَ", PUTIN), ("بايدن", BIDEN)]


def test_russia_today_is_not_russia(kb):
    text = _seed("001")
    sentence = next(line for line in text.splitlines() if "روسيا اليوم" in line)
    found = _found(sentence, kb.find_mentions(sentence))
    assert ("روسيا اليوم", "khabar:rt-russia-today") in found
    assert all(entity != RUSSIA for _, entity in found)


def test_sayyid_al_kremlin_is_putin_via_titles(kb):
    text = "ووصف سيّد الكرملين النقاشات مع بايدن بـ”البناءة”"
    titles = kb.find_titles(text)
    assert _found(text, titles) == [("سيّد الكرملين", PUTIN)]
    # The Kremlin inside the epithet is not a mention; titles are not mentions either.
    assert _found(text, kb.find_mentions(text)) == [("بايدن", BIDEN)]


def test_titles_resolve_by_year(kb):
    text = "وأعلن الرئيس الأمريكي أن الرئيس الروسي وافق"
    assert _found(text, kb.find_titles(text)) == [
        ("الرئيس الأمريكي", BIDEN),
        ("الرئيس الروسي", PUTIN),
    ]
    assert _found(text, kb.find_titles(text, year=2018))[0] == (
        "الرئيس الأمريكي",
        "Q22686-donald-trump",
    )
    variant = "الرئيس الأميركي"
    assert _found(variant, kb.find_titles(variant)) == [(variant, BIDEN)]


def test_kremlin_spokesman_keeps_kremlin_mention(kb):
    text = "ونقلت وكالات روسية عن دميتري بيسكوف المتحدث باسم الكرملين قوله"
    assert _found(text, kb.find_mentions(text)) == [
        ("دميتري بيسكوف", "khabar:dmitry-peskov"),
        ("الكرملين", "khabar:kremlin"),
    ]
    assert _found(text, kb.find_titles(text)) == [("المتحدث باسم الكرملين", "khabar:dmitry-peskov")]


def test_names_do_not_cross_line_breaks_or_split_words(kb):
    text = "قمة بايدن\nبوتين في جنيفر وروسياتي"
    found = _found(text, kb.find_mentions(text))
    assert found == [("بايدن", BIDEN), ("بوتين", PUTIN)]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_mentions_are_exact_sorted_and_disjoint(kb, path):
    text = path.read_text(encoding="utf-8")
    mentions = kb.find_mentions(text)
    assert mentions
    previous_end = 0
    for m in mentions:
        assert m.start >= previous_end
        previous_end = m.end
        surface = text[m.start : m.end]
        assert surface == surface.strip() and "\n" not in surface
        assert kb.link(surface).id == m.entity_id, surface
        assert m.label == kb.get(m.entity_id).label


def test_seed_entities_all_found(kb):
    counts = Counter()
    for path in SEEDS:
        for m in kb.find_mentions(path.read_text(encoding="utf-8")):
            counts[m.entity_id] += 1
    expected = {
        BIDEN,
        PUTIN,
        LAVROV,
        US,
        RUSSIA,
        "Q71-geneva",
        "Q39-switzerland",
        "Q212-ukraine",
        "Q1899-kyiv",
        "Q61-washington-dc",
        "Q649-moscow",
        "Q239-brussels",
        "Q7835-crimea",
        "Q858-syria",
        "Q25322-arctic",
        "Q4932437-antony-blinken",
        "Q3012218-alexei-navalny",
        "Q22686-donald-trump",
        "Q9960-ronald-reagan",
        "Q30487-mikhail-gorbachev",
        "khabar:guy-parmelin",
        "khabar:yuri-ushakov",
        "khabar:dmitry-peskov",
        "khabar:anatoly-antonov",
        "khabar:john-demers",
        "khabar:josep-borrell",
        "khabar:villa-la-grange",
        "Q35525-white-house",
        "khabar:kremlin",
        "Q7184-nato",
        "Q458-european-union",
        "Q40469-associated-press",
        "khabar:rt-russia-today",
        "khabar:nbc",
        "khabar:axios",
        "khabar:trt-arabi",
        "Q8683-cold-war",
        "Q84263196-covid-19",
        "khabar:minsk-agreements",
        "khabar:2021-geneva-summit",
    }
    assert expected <= set(counts), expected - set(counts)


def test_offsets_survive_diacritics_and_tatweel(kb):
    """Vowelling the whole text changes no link, and every span still starts at a letter."""
    import regex

    text = _seed("000")
    plain = kb.find_mentions(text)
    vowelled = regex.sub(r"(\p{Arabic}&&\p{L})", "\\1\u064e", text, flags=regex.V1)
    vowelled = vowelled.replace("بايدن", "بايـدن")  # tatweel inside a name
    marked = kb.find_mentions(vowelled)
    assert [m.entity_id for m in marked] == [m.entity_id for m in plain]
    for before, after in zip(plain, marked, strict=True):
        surface = vowelled[after.start : after.end]
        assert matching_key(surface) == matching_key(text[before.start : before.end])
        assert not regex.match(r"\p{M}", surface)


def test_name_and_title_clash_rejected():
    a = {"id": "khabar:a", "label": "PER", "name_ar": "سيد الكرملين", "name_en": "A"}
    b = {
        "id": "khabar:b",
        "label": "PER",
        "name_ar": "ب",
        "name_en": "B",
        "titles": ["سيد الكرملين"],
    }
    with pytest.raises(ValueError, match="both a name and a title"):
        parse_kb({"version": "1.0.0", "entities": [a, b]})


def test_longest_title_wins_and_plurals_do_not_match(kb):
    text = "إدارة الرئيس الأمريكي السابق دونالد ترامب، وقمة بين الرئيسين الأميركي والروسي"
    assert _found(text, kb.find_titles(text)) == [("الرئيس الأمريكي السابق", "Q22686-donald-trump")]
    text = "وعد الرئيس الأميركي السادس والأربعين بأن يحدد لبوتين الخطوط الحمراء"
    assert _found(text, kb.find_titles(text)) == [("الرئيس الأميركي السادس والأربعين", BIDEN)]
