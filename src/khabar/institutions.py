"""Institution and event names found by their head noun: `وزارة الصحة`, `أمانة الطائف`,
`الرئاسة العامة لرعاية الشباب`, `كأس السوبر الفرنسي`.

Arabic news names most organisations with a construct phrase: a head noun (وزارة، هيئة،
مستشفى …) whose complement is a definite noun phrase or a name. ANERcorp, on which the
tagger is trained, leaves `وزارة …` untagged (all 33 times in its training data), so the
tagger misses most of them; this rule gives the dataset what a reader expects. The tagger
itself is untouched, so its ANERcorp scores keep ANERcorp's conventions.

The span starts at the head (after a clitic: `بوزارة` -> `وزارة`) and runs over definite
words, places the tagger or the KB found (`أمانة الطائف`), a royal name (`جامعة الملك
سعود`) and, after a definite head, `ل`-phrases (`لرعاية الشباب`), at most
`MAX_BODY_WORDS` words; it stops at anything else (a verb, a preposition,
punctuation), and a trailing nationality adjective is left out (`وزارة الخزانة
[الأمريكية]`), as is a time word (`اليوم`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from khabar.arabic import clitic_candidates, matching_key, matching_keys, tokenize
from khabar.spans import Mention, Segment

ORG_HEADS = matching_keys(
    """
    وزارة هيئة مديرية أمانة لجنة مستشفى جامعة نادي حزب منظمة شركة مؤسسة جمعية بنك مصرف
    صندوق معهد اتحاد محكمة ديوان رابطة غرفة كلية إمارة بلدية وكالة جبهة قناة صحيفة
    مجلس مركز شرطة الرئاسة
    """
)
EVENT_HEADS = matching_keys("كأس دوري مهرجان معرض أولمبياد")
# definite heads that name an institution only with a qualifier (`الرئاسة العامة لرعاية …`)
_DEFINITE_HEADS = matching_keys("الرئاسة")
# complements that make a generic body, not a name (`مجلس الإدارة`, `لجنة التحقيق`)
_GENERIC = matching_keys(
    """
    الإدارة الأمناء التحقيق المنظمة العليا الطوارئ المعنية المختصة المذكورة نفسها ذاتها
    الأول الأولى الثاني الثانية الماضي الماضية المقبل المقبلة الحالي الحالية الجديد الجديدة
    المعارضة المكلف المكلفة المقام المقامة المنعقد المنعقدة التدريس النظر
    """
)
# words that end a body (time words, relatives, demonstratives)
_STOP = matching_keys(
    """
    اليوم الأمس أمس الذي التي الذين اللذين اللتين هذا هذه ذلك تلك الآن حاليا أيضا
    السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة
    الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس السادسة السابع السابعة الثامن
    الثامنة التاسع التاسعة العاشر العاشرة التابع التابعة
    العقيد اللواء العميد المقدم الرائد النقيب الدكتور المهندس الأستاذ الشيخ المتحدث
    """
)
# a person named after these is part of the institution's name (`جامعة الملك سعود`)
_ROYAL_TITLES = matching_keys("الملك الأمير الأميرة الشيخ الإمام السلطان")
# bodies that every country has: the nationality is what names them
_NEEDS_NATIONALITY = matching_keys("الأنباء")
MAX_BODY_WORDS = 3


def institution_mentions(
    text: str,
    segments: Sequence[Segment],
    names: Sequence[Mention],
    is_place_adjective: Callable[[str], bool],
) -> list[Mention]:
    """ORG and EVENT mentions by head noun (unlinked; score 1.0).

    `names`: mentions already found (tagger, KB) that may complete a body (`أمانة الطائف`).
    `is_place_adjective(key)`: whether a matching key is a nationality/place adjective
    (`الامريكيه`), left out at the end of a body.
    """
    starts = {m.start: m for m in names}
    out: list[Mention] = []
    for seg in segments:
        offs = [(seg.start + s, seg.start + e) for s, e in tokenize(text[seg.start : seg.end])]
        words = [text[s:e] for s, e in offs]
        i = 0
        while i < len(words):
            found = _institution_at(text, offs, words, i, starts, is_place_adjective)
            if found is None:
                i += 1
                continue
            mention, next_index = found
            out.append(mention)
            i = next_index
    return out


@lru_cache(maxsize=65536)
def _head(word: str) -> tuple[str, int] | None:
    """(label, clitic length) when `word` is a head noun, possibly behind و/ف/ب/ل/ك."""
    for stem, offset in clitic_candidates(word):
        if word[offset:] != stem:
            continue
        key = matching_key(stem)
        if key in ORG_HEADS:
            return "ORG", offset
        if key in EVENT_HEADS:
            return "EVENT", offset
    return None


def _institution_at(
    text: str,
    offs: Sequence[tuple[int, int]],
    words: Sequence[str],
    i: int,
    starts: dict[int, Mention],
    is_place_adjective: Callable[[str], bool],
) -> tuple[Mention, int] | None:
    """The institution whose head is token `i`, and the index after it; None if none."""
    head = _head(words[i])
    if head is None:
        return None
    label, offset = head
    # `ببطولة كأس السوبر`, `رئيس نادي …`: a head right after another starts the name
    if i + 1 < len(words) and _head(words[i + 1]) is not None:
        return None
    definite_head = matching_key(words[i][offset:]) in _DEFINITE_HEADS
    j = i + 1
    body: list[int] = []  # token indices of the body
    while j < len(words) and len(body) < MAX_BODY_WORDS:
        named = starts.get(offs[j][0])
        if named is not None and not body and named.label != "LOC":
            return None  # `نادي [مانشستر سيتي]`: the name is the organisation, not the head
        after_royal = bool(body) and matching_key(words[body[-1]]) in _ROYAL_TITLES
        if named is not None and (named.label in ("LOC", "FAC") or after_royal):
            # `أمانة [الطائف]`; `مستشفى الأمير [سعود بن جلوي]`, not `أمانة الأحساء [خالد]`
            k = j
            while k < len(offs) and offs[k][1] <= named.end:
                k += 1
            body.extend(range(j, k))
            j = k
            continue
        word = words[j]
        key = matching_key(word)
        if not body and key in _GENERIC:
            return None
        if key in _STOP or not word[0].isalpha():
            break
        if key.startswith("ال") and len(key) >= 4:
            body.append(j)
        elif definite_head and body and key[:1] == "ل" and _definite_next(words, j):
            body.append(j)  # `الرئاسة العامة لرعاية الشباب`, `للاستثمار`
        else:
            break
        j += 1
    while body and matching_key(words[body[-1]]) in _GENERIC:
        body.pop()
    if (
        len(body) > 1
        and is_place_adjective(matching_key(words[body[-1]]))
        and matching_key(words[body[0]]) not in _NEEDS_NATIONALITY
    ):
        body.pop()  # `وزارة الخزانة [الأمريكية]`, but `وكالة الأنباء الروسية` is the name
    if not body or (definite_head and len(body) < 2):
        return None
    start = offs[i][0] + offset
    end = offs[body[-1]][1]
    return Mention(start, end, label, 1.0), body[-1] + 1


def _definite_next(words: Sequence[str], j: int) -> bool:
    """`لرعاية` continues a body only before a definite word (`لرعاية الشباب`); `للاستثمار`
    (لل + noun) is definite itself."""
    key = matching_key(words[j])
    if key.startswith("لل"):
        return True
    return j + 1 < len(words) and matching_key(words[j + 1]).startswith("ال")
