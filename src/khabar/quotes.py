"""Direct quotes and their speakers, as standoff spans over one clean article text.

`extract_quotes(text, segments, mentions, kb=None) -> list[Quote]`: every span inside
quotation marks that is reported speech, with its cue and its speaker. `Quote.start/end` is the
text inside the marks, stripped of spaces; `speaker` is the name as the article writes it
(`بوتين`, `الرئيس الروسي`, `مسؤول أمريكي كبير`), `speaker_entity_id` the KB id when known.

Four passes, each linear in the length of the text (indexes are bisected, never rescanned):

1. **Marks.** Each mark (`" “ ” „ ‟ « »`) is scored opener/closer from its surroundings only:
   a colon, a reporting verb, `أن`/`إن` or the line start before it make an opener;
   punctuation, the line end, or a reporting word after it (`مينسك" لافتاً`) a closer; a
   space on one side decides the rest (`إنه:" تناولت`, `لي"وفق`, `بـ”البناءة”`). The glyph's
   direction is ignored for `" “ ”` (outlets use `”…“`, `”…”` and `“…”` alike).
2. **Pairing,** per paragraph (`\n` line), never across one, with a stack: nested marks stay
   inside the outer quote; a quote never closed runs to the end of its line; a closer with no
   opener is recovered back to the reporting cue of its sentence (`أكد أن … مستوى”.`) or
   dropped; a colon or a cue verb before a new opener ends a quote left open. So one bad mark
   cannot shift every later quote. A quote never closed stops at the first sentence end after
   which the outlet narrates again (`… عالٍ.ولفت إلى أن`, `. إلى ذلك،`, `. من جهته`).
3. **Speech, or not.** Not speech: quoted *names* - after a name noun (فيلا، صحيفة، قناة، حلف،
   موقع، مكتب، كتابه … `NAME_NOUNS`), after في/ل/عبر (`ل«عكاظ»`, `في "تويتر"`), an entity
   mention or KB name (`"ناتو"`, `"روسيا اليوم"`), what a thing is called (`يطلق عليها
   "الحبة"`), Latin/acronym/number spans (`"بي.بي"`), a rank + name (`"العقيد …"`), a quoted
   speaker name before a colon (`وقال "العنزي": "…"`); one word quoted alone that outlets quote
   by convention (`«داعش»`, `"تويتر"`: `khabar.quoted_terms`, learned from SaudiNewsNet) or a
   definite noun (`"السيرك"`), unless a describing verb gives it (`وصفها ب"البناءة"`); one or
   two words quoted twice in the article (`"ضيف الشرف"`); hashtags, titles after `بعنوان:` and
   examples after `مثل`; the outlet's own *scare quotes* - no reporting cue in the sentence
   (`اتفق الطرفان على إجراء "مشاورات…"`), unless the span is long and opens a sentence;
   *headings* - a `heading` segment or a short line with no final stop: never quotes unless the
   line has a cue and a speaker (`بوريل: “الرد والإكراه والحوار”` is; `"تسويات" حول تبادل
   السجناء`, `“حوار بين قوتين”` are not). Everything else with a cue is a quote: before it (قال،
   أضاف، أكد، تابع، أشار إلى أن، مضيفاً، وصف، اعتبر، نقل … قوله …, with clitics and
   inflections), after it (`"…".. هذا ما أكده بوتين`, `"…"، قال بوتين`, `على حد قوله`), at the
   end of the previous line, or shared with the quote before (`بأنه "مشرق" و "صارم"`), or a
   short span later in the same sentence as a partial quote (`أوضح مصدر أن القوات "صدت" ألفا
   فيما تم "اعتراض" 700`, not after a preposition: `ب"غرفة جدة"`); `"…" بهذه الكلمات حدد X` (any
   verb) names X; a short span whose sentence ends `بحسب ما قال X` is X's (`المصدر` alone: the
   source named before). `kind` is `full` when introduced directly (colon, cue verb + subject,
   bare `أن`/`إن`, sentence start) with three words or more, else `partial` (`بأنها "إيجابية"`,
   `بـ"نجاح تام"`, `أن توقيت عودتها "مسألة إجرائية بحتة"`).
4. **Speakers.** The subject of the cue: the first person/organisation mention, KB title
   (`kb.find_titles`), role description (`مسؤول أمريكي كبير`, `وكالة الأنباء الروسية`, `المتحدث
   باسم الكرملين`) or bare name (`وقال جون ديميرس،`) after the verb; or the one right before it
   (`لكن الرئيس الروسي أكد أن`, `X، الذي قال:`, `بوريل:`); `نقل … عن X قوله` gives X; a relaying
   source (`بحسب ما نقلت عنه وكالة …`) never speaks. A title followed by a name gives the name,
   also past the role's complements (`نائب مدير المدينة لشؤون التخطيط في أمانة عمان عماد
   الحياري`, not after a title `… إدارة الرئيس باراك أوباما` or for an unnamed source); `ل` + a
   person completes an office (`المكتب الإعلامي للعبادي`); a subject may stand before a relative
   clause (`النجيفي الذي … أبلغ`) or open its sentence with a complement (`مصدر أمني متابع
   للقضية قال`, also after `لكن`: `لكن مصدرًا بارزًا في …، أكد`); a person between commas after
   a role holds it (`رئيس المجلس …، الشيخ حمود المخلافي،`) and a role wanting its genitive takes
   the place named next (`حاكم ولاية تكساس`); the one blessed speaks (`عن النبي صلى الله عليه
   وسلم:`, `سمعت نبيكم … يقول`); a participle goes with the nearest named subject of its
   sentence, and `…، وقال:` with its sentence's first subject, also after a fronted phrase or
   `أما` (`من جانبه أبدى X سعادته، وقال:`) and, when that subject is a named person, with no
   comma; a bare `قال:` after `انفجر يونكر.` with the person after that verb. A state after a
   feminine verb speaks (`وأكدت روسيا أن`); `وكان X قد انتقد Y` and `X، نائب رئيس …، قال` are
   X's; in `وصف Y بأنه` Y is the one described; `"…"، بحسب ما أعلن X` is X's; `وجاء في البيان
   أن` quotes the statement; a chant (`هتافات تقول`) is the chanters'; a plural cue
   (`مطالبين`) goes with the group of its sentence. An adverb after
   the verb (`وأكد ثانية أن`) is never a bare-name subject. Cues with no written subject
   (`وأضاف:`, `مضيفاً`, `وتابع أنّ`, `وقال سموه`) take the current speaker: the last explicit
   subject of a reporting verb before it, across paragraphs, ignoring verbs inside quotes or
   inside a reported clause; with none, the person named just before. Entities: the mention's
   id; for a title, `kb.find_titles` unless the article itself puts another name next to that
   title (`الرئيس الأميركي باراك أوباما`), then a name the title stood next to earlier in the
   article; a surname alone (`هزازي`) takes the full name's id; `الصحيفة`-like nouns take the
   last matching organisation. Unnamed sources keep no id.

`kb` may be None (or broken): titles then come from the built-in role patterns and ids from
the mentions only. Nothing raises on malformed input.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import regex

from khabar.agreement import word_gender
from khabar.arabic import clitic_candidates, matching_key, matching_keys, tokenize
from khabar.quoted_terms import load_quoted_terms
from khabar.spans import Mention, Quote, Segment

# ---------------------------------------------------------------------------------------------
# Lexicons (all in matching-key form: no diacritics, أإآ->ا, ى->ي, ة->ه, ؤ->و, ئ->ي).

QUOTE_MARKS = '"“”„‟«»'
_GUILLEMETS = "«»"
MARK_RE = regex.compile(r'["“”„‟«»]')
_SPACE = " \t\u00a0\u200b\u200e\u200f\u202f\u2009\u2002\u2003"
_CLOSE_PUNCT = set(".,،؛;:!?؟)]}…")
_OPEN_PUNCT = set("([{–—-")
_SENT_END = set(".!?؟")

UNCUED_MIN_WORDS = 8  # an uncued quoted span at least this long, at a sentence start, is speech


_words = matching_keys  # word lists are compared as matching keys


def _verb(past: str, imperf: str | None = None, part: str | None = None) -> set[str]:
    """Inflected forms of a reporting verb: past, imperfect and participle with common suffixes."""
    forms: set[str] = set()
    for stem in (past,):
        for suf in ("", "ت", "وا", "ا", "تا", "ه", "ها", "هم", "ته", "تها", "هما", "وه", "وها"):
            forms.add(stem + suf)
    if past.endswith("ا") or past.endswith("ي"):  # دعا -> دعت, نفي -> نفت
        forms.add(past[:-1] + "ت")
    if imperf:
        for pre in ("ي", "ت", "ن", "لي", "لت", "سي", "ست"):
            for suf in ("", "ون", "ان", "ه", "ها", "هم", "ونه", "ونها", "ونهم", "انه", "انها"):
                forms.add(pre + imperf + suf)
    if part:
        for suf in ("", "ا", "ه", "ين", "ون", "تان", "ان"):
            forms.add(part + suf)
    return forms


_CUE_VERBS: dict[str, set[str]] = {
    "say": _verb("قال", "قول", "قايل") | {"قولها", "قوله", "قولهم", "قولهما", "قولي"},
    "add": _verb("اضاف", "ضيف", "مضيف"),
    "affirm": _verb("اكد", "وكد", "موكد"),
    "continue": _verb("تابع", "تابع")
    | {"متابعا"}  # not `متابع`, `متابعه`: a follower, a follow-up
    | _verb("استطرد", "ستطرد", "مستطرد")
    | _verb("اردف", "ردف", "مردف")
    | _verb("استدرك", "ستدرك", "مستدرك"),
    "explain": _verb("اوضح", "وضح", "موضح"),
    "point": _verb("اشار", "شير", "مشير")
    | _verb("لفت", "لفت", "لافت")
    | _verb("نوه", "نوه", "منوه"),
    "describe": _verb("وصف", "صف", "واصف")
    | _verb("اعتبر", "عتبر", "معتبر")
    | _verb("راي", "ري")
    | {"يري", "تري"},
    "declare": _verb("صرح", "صرح", "مصرح")
    | _verb("اعلن", "علن", "معلن")
    | _verb("ذكر", "ذكر")
    | _verb("افاد", "فيد")
    | _verb("كشف", "كشف", "كاشف")
    | _verb("اكد", "وكد"),
    "report": _verb("نقل", "نقل", "ناقل") | _verb("اورد", "ورد"),
    "urge": _verb("شدد", "شدد", "مشدد")
    | _verb("حذر", "حذر", "محذر")
    | _verb("دعا", "دعو", "داعي")
    | _verb("طالب", "طالب")
    | _verb("ناشد", "ناشد", "مناشد")
    | _verb("هدد", "هدد"),
    "state": _verb("اعرب", "عرب", "معرب")
    | _verb("كتب", "كتب")
    | _verb("غرد", "غرد", "مغرد")
    | _verb("علق", "علق")
    | _verb("اجاب", "جيب")
    | _verb("تساءل", "تساءل", "متساءل")
    | _verb("تسايل", "تسايل", "متسايل")  # the keys of `تسائل`, `متسائلا` (ئ folds to ي)
    | _verb("جادل", "جادل", "مجادل")
    | {"مخاطبا", "مخاطبه"}  # not خاطب X: X is the one addressed
    | _verb("زعم", "زعم", "زاعم")
    | _verb("وعد", None)
    | _verb("اتهم", "تهم")
    | _verb("جدد", "جدد")
    | _verb("تعهد", "تعهد", "متعهد")
    | _verb("اعترف", "عترف", "معترف")
    | _verb("نفي", "نفي", "نافي")
    | _verb("اشاد", "شيد", "مشيد")
    | _verb("انتقد", "نتقد")
    | _verb("ندد", "ندد", "مندد")
    | _verb("استنكر", "ستنكر", "مستنكر")
    | _verb("اقر", "قر")
    | _verb("لخص", "لخص")
    | _verb("رد", "رد")
    | _verb("رجح", "رجح", "مرجح")
    | _verb("توقع", "توقع", "متوقع")
    | _verb("ابلغ", None)  # not يبلغ: "amounts to" far more often than "informs"
    | _verb("نبه", "نبه", "منبه")
    | _verb("المح", "لمح", "ملمح")
    | _verb("هتف", "هتف")
    | _verb("اعتذر", "عتذر", "معتذر")
    | _verb("روي", "روي", "راوي")
    | (_verb("طالب", None, "مطالب") - {"مطالب", "مطالبه"})  # the nouns "demands", "demand"
    | (_verb("وجه", None, "موجه") - {"موجه"})
    | {"مبينا", "مبينه", "مستغربا", "مستغربه", "بالقول", "قايله"}
    | {"انشد", "انشدت"},  # recited; not ينشد, "seeks"
}
# homographs that are far more often something else
_NOT_CUES = _words(
    """
    اضافه اضافتها اضافته
    بين يبين تبين ذكرت مقر تقر ذكر تصف تري يري ري ترا ترين تابعنا تابعوا تابعه علقت تعلق يعلق
    علق قايل كتب كتبه قايلا وعده وعدها ختمه لتهم تهمه يهدد تهدد جيبه تجيب نصف
    """
)
CUE_FORMS: frozenset[str] = frozenset().union(*_CUE_VERBS.values()) - _NOT_CUES
CUE_FORMS = CUE_FORMS | {"ذكر", "ذكرت", "كتب", "كتبت", "علق", "قايلا", "يري", "تري"}
# forms with no subject of their own: they take the subject of the verb before them
_PART_LIKE = _words("بالقول قايلا قايله قايلين بقوله بقولها بقولهم بقولهما")
_SOURCE_CUES = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا", "لسان"})
_NOUN_CUES = _words(
    """
    تعبيره تعبيرها
    بيان كلمته قولهما قولها تصريحاتها قولهم حديثها تصريحات حديثه تغريده بيانا تصريح تصريحاته
    تغريدته قوله كلمه قول تعبير
    """
)
# `عبّر عن` (expressed) is a cue only when `عن` follows; alone `عبر` is "via".
_ABBAR = frozenset({"عبر", "عبرت", "عبروا", "يعبر", "تعبر", "معبرا", "معبره"})
# Forms whose subject is never written after them: participles and pronoun nouns.
_PARTICIPLE_PREFIX = ("م", "لافت", "واصف", "ناقل", "داعي", "نافي", "زاعم", "كاشف", "قايل")

COMPLEMENTIZERS = _words(
    """
    لانه بانهم ان لانها بان بانهما انهم بانها انها لان بانني انني انا باننا انهما انهن انكم
    اننا انه انك بانه اني
    """
)
_PREPOSITIONS = _words(
    """
    بعد في ازاء حول مع عقب قبل لمفهوم عن ل لدي منذ خلال علي نحو بين الي ضد من عند ك بشان
    اثناء ب تجاه اثر
    """
)
# A quoted span right after one of these names something (a place, an outlet, an alliance...).
# `بطريق` (on road «…»), not `طريق`: `على طريق "حماية البيئة"` is on the way to it
NAME_NOUNS = _words(
    """
    محافظه محافظتي محافظات ولايه اقليم بلده قضاء ناحيه مدينتي منطقتي حي
    مكتب احتفالات احتفال مهرجانات فعاليات فعاليه معرض ملتقي ندوه محاضره دوره ورشه كتيب دليل
    مجلتها صحيفتها قناتها طراز موديل فندق سياره شاحنه
    تحالف معسكر موتمر عنوان تسمي حمله وكاله قانون جمعيه نادي دوري طايرات مقهي مدرسه روايه
    مناورات شعار كليه مسلسل ميدان علامه مسمي حقل لجنه مطعم متحف خطه مركز معهد مصرف يدعي منتج
    ملعب معبر المعروفه لواء قناه فرقه تلفزيون عمليات كنيسه موسسه تدعي باسم مسجد فيلم مبادره
    شارع ماركه مكتبه قصر فيلا بطوله هاشتاق تسميه منظمه بنك ميليشيا البوم برنامج مؤتمر كاس
    صفحه تطبيق اغنيه برج مسرحيه غواصه مؤسسه شركه مهرجان طايره مجموعه منتدي منطقه كتاب دار حي
    جزيره صحيفه قاعده المسمي مدينه مطار مصنع موقع منظومه محطه نشره استراتيجيه جامعه اتفاقيه
    جريده عمليه وسم بعنوان هاشتاغ مجله فريق مناوره صواريخ منتجع حزب وثيقه حركه مشروع شبكه
    سوق مستشفي فضاييه مليشيا مجلس مول سفينه حساب ايتلاف جايزه سجن فندق ميليشيات حامله ميناء
    يسمي بوابه فصيل كتيبه المعروف لقب مخيم اذاعه جماعه رؤيه منصه تنظيم دبابه حلف اذاعة مجمع
    مسابقه ساحه المسماه صاروخ قريه مدونه سلسله اسم تكنولوجيا تقنيه نظام
    جبل وادي داء متلازمه اختبار جهاز اجهزه عاصمه مفاعل مواني افلام مصطلح
    سهم اسهم تهمه بتهمه تهم اتهامات جريمه جرايم
    انباء مدمره فرقاطه بارجه المكني الملقب الملقبه المكناه
    نقابه مقاله قايمه هاشتاج دويتو قصيده ديوان لحن خليه متجر بطريق كوبري دوار تقاطع اكاديميه
    خدمه مناسبه عصابه عصابات تخصص تقدير حلقه قضيه ركن لعبه
    زاويه مبدا قطاع كراسه مرض خاصيه جسر تقرير معاهده
    """
)
# `الأديب عبده جبير، صاحب «رجل العواطف…»`, `وكاتب “الجغرافية السياسية للقمح”`: the author of
# a title, before the mark only (inside a span, `«صاحبة أداء قوي»` is someone's words)
_AUTHOR_NOUNS = _words("صاحب صاحبه كاتب مولف")
_NAME_MENTION_LABELS = ("ORG", "LOC", "FAC", "EVENT", "MISC", "PER")
_SPEAKER_LABELS = ("PER", "ORG")

# Role nouns that head a speaker description. Definite ones (with ال) take adjectives only;
# indefinite ones take a genitive (سيد الكرملين, وزير خارجية الاتحاد) or adjectives.
# bodies that speak under a definite role noun (`وقالت الشركة`), never a person's title
_BODY_ROLES = _words(
    "المركز المنظمه الهييه الجمعيه الشركه اللجنه المجلس الحزب الحركه الجيش الشرطه الاداره "
    "المكتب النيابه المحكمه السفاره البعثه الديوان الامانه الصحيفه الموقع الوكاله القناه "
    "الموسسه الاذاعه الشبكه"
)
_ROLE_HEADS = _BODY_ROLES | _words(
    """
    والد والده شقيق شقيقه زوج زوجه عم خال جد جده صديق صديقه جار جاره اداره قريب قريبه
    طالب الطالب طالبه معلم المعلم معلمه مواطنه سايق
    مدرب المدرب لاعب اللاعب حارس مهاجم نجم محافظ المحافظ عميد العميد العقيد اللواء الدكتور
    المهندس معالي سمو سعاده فضيله سماحه احد النجم الفنان الفنانه الكاتب الروايي الشاعر
    المغرد الناشط الداعيه الممثل الممثله المخرج المطرب المطربه المذيع المذيعه
    رييسا وزاره جنرال محلل الصحيفه مستشار الزعيم مسوولو ناشط عضو وكاله الملك الباحث الوزير
    السفير المحلل شاهد وزيره قايد متحدثه سفير مسوولين محامي مساعد المندوب مسووله مصدر سفيره
    ناشطون شيخ نايب سيده مسوولون النايب اوساط دواير مساعدين الرييس مديره الامير زعماء الشيخ
    الموقع مبعوث مساعدون الاستاذ المعلق وزير جهات اعضاء خبراء وسايل مصادر القايد ملك حكومه
    رياسه مواطن محللون الوزاره شهود زعيم مواطنون صحيفه امير امين ناطق الامين المستشار
    الحكومه المسوول دبلوماسي رييسه بيان رييس دبلوماسيين قاده الناطق مدير خبير مسوول قاضي
    ممثل الوكاله سيد ناطقه وكالات دبلوماسيون المبعوث مستشاره مراقبون الرياسه القناه معلق
    البيان نايبه مسوولي متحدثا مراقب مندوب سكان ولي الخبير باحث المدير الجنرال وزراء المتحدث
    استاذ متحدث المتحدثه الناطقه المفوضيه تقرير التقرير دراسه الدراسه خبيره لجنه هييه منظمه
    جمعيه قياده القياده
    متعامل متعاملون تاجر تجار مستثمر مستثمرون موظف موظفون مصرفي مصرفيون طبيب اطباء مسعف
    مقيم مقيمون زاير زوار مشارك مشاركون عامل عمال مزارع مزارعون صياد صيادون مراسل
    رسول نبي النبي العلامه الامام المفتي الحافظ نجل نجله حفيد
    عضوه منسق منسقه مشرف مشرفه مويسس مويسسه اخصايي اخصاييه استشاري استشاريه
    موفد الموفد حركه حزب جماعه تنظيم جبهه المصدر المصادر
    المشرف المشرفه المنسق المنسقه مفوض مفوضه المفوض المفوضه دوله حاكم الحاكم القايم
    القيادي القياديه قيادي قياديه
    الاستاذه المدربه الوزيره السفيره المديره الطبيبه الباحثه الكاتبه الناشطه المحاميه المعلمه
    مدرس مدرسه قوه رجل ناقد الناقد معاون معاونه الدبلوماسي القاري القارئه عالم علماء
    السناتور سناتور السيناتور سيناتور مكتب سفاره شركه التسجيل تسجيل وكيل الوكيل وكيله
    ذوو ذوي اقارب
    مرشح مرشحه المرشح المرشحه
    ضابط
    خبيرات باحثات مسوولات طبيبات معلمات ناشطات محاميات
    عامله طبيبه ممرض ممرضه ناشطه مسعفه شاهده مراسله مدربه لاعبه محلله مبعوثه مندوبه موظفه
    قاضيه محاميه مستثمره مقيمه مزارعه مفاوض مفاوضه نازح نازحه لاجي لاجيه
    """
)
# the definite forms of person roles that the list above gives only without the article
# (`قالت عنه المستشارة الألمانية أنجيلا ميركل`); not those that are also family names
# (`مصعب المدرس`, `الجار الله`, `القاضي`, `الصياد`, `المساعد`)
_ROLE_HEADS |= _words(
    """
    المستشاره المسووله الخبيره الرييسه النايبه الناقده المحامي المهاجم الاستشاري الاستشاريه
    المبعوثه المندوبه الموظف الموظفه الطبيب المراسل المراسله المواطن المواطنه الشاهد الوالد
    الوالده الشقيق الشقيقه الزوج الزوجه المعاون المعاونه الدكتوره المهندسه الشيخه الاميره
    نجمه النجمه مقرب مقربون مقربين قيادي قياديون قياديين البروفيسور البروفسور البرفسور
    """
)
# plural role nouns also head a subject with the article: `ووعد المسؤولون` (a role only as
# a subject: `مجلس الوزراء` is still one name for the bare-name rules)
# what a `قيادة` (command) heads when it is an organisation: `قيادة قوات التحالف`, `قيادة الجيش`
_COMMANDED = _words(
    "قوات القوات الجيش جيش الشرطه شرطه التحالف الحرس حرس العمليات عمليات الاركان "
    "المنطقه منطقه الاسطول اسطول المقاومه الحمله حمله الفرقه فرقه اللواء لواء"
)
_PLURAL_ROLES = frozenset(
    "ال" + k for k in _ROLE_HEADS if not k.startswith("ال") and k.endswith(("ون", "ين", "اء"))
)
# a blessing after a revered name (`النبي صلى الله عليه وسلم`, `عمر رضي الله عنه`): the name
# before it, not the blessing, is the subject of the next verb
_EULOGIES = tuple(
    tuple(matching_key(w) for w in e.split())
    for e in (
        "صلى الله عليه وسلم",
        "صلى الله عليه وآله وسلم",
        "عليه الصلاة والسلام",
        "عليه السلام",
        "عليهم السلام",
        "رضي الله عنه",
        "رضي الله عنها",
        "رضي الله عنهما",
        "رضي الله عنهم",
        "رحمه الله",
        "رحمها الله",
    )
)
_ROLE_ADJ = _words(
    """
    الثاني سابقه مسوول رفيع مقربه كبير مقربون المنتخب عسكري الرابع كبار والخمسين الاعلي
    حكومي موثوق السابع باسم مسوولون رفيعي مطلعه الحالي مقرب سابق والثلاثين حكوميه مطلعون
    رسميه الخامس اخر رفيعو رسمي الاول رفيعه والاربعون عسكريه السادس امنيه مطلعين حالي
    الاعلام الثامن بارز اخرون الدايم والعشرين دبلوماسي مجهول الرفيع والاربعين مجهوله المساعد
    امني المنتهيه العام عليم العاشر موثوقه التاسع الكبير الثالث بارزون مطلع بارزه اعلام
    السابق
    """
)
# a temporal clause after a cue verb has its own subject (`قال عندما بدأ المحامي`)
_WHEN_CLAUSE = _words("عندما حين حينما بعدما كلما لما")
_STOP_WORDS = (
    _words(
        """
    بعد اذ يوم وقت ف حيث لم في لن ان لكنه ايضا الخميس حول مع عقب كانت فيما قبل هو انها قد كل
    و وهو الاثنين اليوم الجمعه ثم عن التي الاحد او لدي مساء هذه منذ اما خلال اللذين بينما
    السبت الاربعاء لا ما علي لقد صباح نحو لكن انه وهي الي الذي ذلك من لدى الذين امس هي عند
    هذا تلك بشان كان اي اثناء الثلاثاء كما له لها لهم لهما لنا لي عنه عنها عنهم منه منها فيه
    فيها عليه عليها اليه اليها معه معها به بها لك لكم عبر لما بما مما عما بعض معظم اغلب امام
    طلب طلبت طالبا طالبه رفض رفضت عدم
    """
    )
    | _WHEN_CLAUSE
)
_SKIPPABLE = _words(
    """
    من بدورها كذلك , ، ايضا جهته جهتها جانبها وهنا هنا بدوره جانبه
    """
)
_RANKS = _words(
    """
    العقيد العميد اللواء المقدم الرايد النقيب الملازم الدكتور د المهندس الشيخ الاستاذ الامير
    الكابتن الدكتوره المهندسه الشيخه الاستاذه الاميره البروفيسور البروفسور البرفسور
    """
)
# words that may follow a bare name (adjuncts), unlike `من`, `عنها`, `على` that follow nouns
_NAME_END = _words(
    """
    في خلال عقب بعد قبل امام اثناء امس اليوم يوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه
    السبت وهو وهي ايضا للصحفيين للصحافيين لوكاله لصحيفه لقناه هاتفيا هاتفي
    سابقا لاحقا مؤخرا حينها كذلك مجددا
    """
)
# `وقال سموه`: the honorific pronoun points back to the current speaker
# `من جانبه`, `من جهتها`: "for his part", a fronted phrase and never a name
_SIDES = _words("جانبه جانبها جانبهم جهته جهتها جهتهم ناحيته ناحيتها")
# adverbs right after a cue (`وأكد ثانية أن`): never a bare-name subject
_ADVERBS = (
    _words(
        "ثانيه مجددا مجدده مجدد مره اخري مرارا تكرارا مطولا صراحه بوضوح مباشره نفس ذات "
        # manner: `ثم قال بهدوء: «…»`, `فأجابه وبدون تردد:`
        "بهدوء بلهجه بلهفه بحزم بصوت بثقه بغضب بحماس بسرعه بابتسامه بحسره بمراره بصراحه بحده "
        "بدون وبدون دون ساخرا ضاحكا مبتسما متسايلا بغيظ بخبث بشده بقوه بشكل قطعيا تماما ايضا "
        "بهذا بهذه بذلك لذلك لهذا كذلك خلافا وفقا طبقا تبعا "  # `وقال بهذا الخصوص:`
        "حديثا موخرا لاحقا سابقا اخيرا حاليا رسميا علنا شخصيا فورا "  # `تقرير صدر حديثا`
        "انذاك حينذاك حينها وقتها وقتذاك يومها اولا ثانيا ثالثا رابعا "  # `وأوضح آنذاك مسؤول`
        "عليك عليه عليها عليهم لديه لديها لديهم عنك عنه عنها عنهم بتاريخ غير"
        " شيئا كلاما امرا اشياء"  # `ربما قال شيئا مثل أنه شاهدني`: what, not who
        " اكثر رافضا رافضه رافضين"  # `ثم يوضح أكثر: «…»`, `وقال المسؤول رافضا كشف هويته`
    )
    | _SIDES
)  # `وقال من جانبه:`
# `وقال المصدر`, `المصادر ذاتها`: the unnamed source already described (`مصدر أمني مسؤول`)
_ANAPHORIC_SOURCES = frozenset({"المصدر", "المصادر"})
_HONORIFIC_PRONOUNS = _words("سموه معاليه سعادته فضيلته سماحته جلالته فخامته دولته سيادته")
# `المصدر نفسه`, `المصدر ذاته`: "the same", never a name after a role
_SAME = _words("نفسه نفسها نفسهم انفسهم ذاته ذاتها ذاتهم")
_SVO_SKIP = _words("لكن ولكن غير بل و ف ثم وقد قد فقد لقد الذي التي الذين اللذين اللتين ، ,")
# verbs of saying that take no direct object: a quotation mark may follow their subject
_SAY_OR_ADD = _verb("قال", "قول") | _verb("اضاف", "ضيف")
_SAY_KEYS = _SAY_OR_ADD | _verb("تابع", "تابع")
_POST_CUE_LEAD = frozenset({"هذا", "هكذا", "كما", "ما", "علي", "حد", "وهذا", "بهذا"})
# `بهذه الكلمات` + any verb: a cue after the quote (`«…»، بهذه الكلمات وصف X …`)
_THESE = frozenset({"بهذه", "بهذا", "بتلك", "وبهذه", "وبهذا", "بمثل"})
_WORDS_NOUNS = _words("الكلمات الكلمه العبارات العباره الكلام الجمله الجمل")
_POST_CUE_LEAD = _POST_CUE_LEAD | _THESE | _WORDS_NOUNS
_LATIN_RE = regex.compile(r"[A-Za-z]")
_DIGIT_RE = regex.compile(r"\p{Nd}")
_LETTER_RE = regex.compile(r"\p{L}")
_ABBREV_RE = regex.compile(r"\p{L}\.\p{L}")
_WEB_ADDRESS = regex.compile(r"\s*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*")
# one or two quoted words right after these are a place, a platform or an outlet, not speech
_NAME_PREPS = frozenset({"في", "ل", "لدي", "عبر"})
_ARABIC_WORD = regex.compile(r"[\p{Arabic}\p{M}]+", regex.V1)


def _is_participle(key: str) -> bool:
    return key.startswith(_PARTICIPLE_PREFIX)


# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    """A quoted span candidate, before deciding whether it is speech."""

    open_pos: int  # index of the opening mark, or -1 when recovered / none
    close_pos: int  # index of the closing mark, or -1 when never closed
    start: int
    end: int
    para_start: int
    para_end: int
    recovered: bool = False


@dataclass(slots=True)
class _Speaker:
    start: int
    end: int
    entity_id: str | None
    strength: int  # 3 KB/mention with entity, 2 mention/title, 1 pattern, 0 bare words
    kind: str = ""  # "PER" / "ORG" mention, "title" (KB), "role" (pattern), "" otherwise;
    # also "definite", "office", and those of `_NOT_CURRENT`


def _mention_speaker(m: Mention, kind: str) -> _Speaker:
    """A tagged mention as a speaker: strength 3 when it is linked to the KB, else 2."""
    return _Speaker(m.start, m.end, m.entity_id, 3 if m.entity_id else 2, kind)


@dataclass(slots=True)
class _Cue:
    tok: int  # token index of the cue word (or the colon)
    start: int
    end: int
    kind: str  # "verb" | "part" | "noun" | "source" | "colon"
    speaker: _Speaker | None = None


def _dotted_initials_joined(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`(بي.بي.سي)`, `إم.آي.تي`: letter names joined by periods are one token, so that no
    period inside them ends a sentence."""
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        s, e = toks[i]
        if (
            joined
            and i + 1 < len(toks)
            and text[s:e] == "."
            and joined[-1][1] == s
            and toks[i + 1][0] == e
            and _key(text[joined[-1][0] : s].rsplit(".", 1)[-1]) in _LETTER_NAMES
            and _key(text[toks[i + 1][0] : toks[i + 1][1]]) in _LETTER_NAMES
        ):
            joined[-1] = (joined[-1][0], toks[i + 1][1])
            i += 2
            continue
        joined.append((s, e))
        i += 1
    return joined


class _Doc:
    """Per-article indexes: tokens, their keys, mentions, titles and speaker candidates."""

    def __init__(self, text: str, mentions: Sequence[Mention], kb, year: int | None = None):
        self.text = text
        self.newlines = [m.start() for m in regex.finditer("\n", text)]
        self.toks = _dotted_initials_joined(text, tokenize(text))
        self.tok_starts = [s for s, _ in self.toks]
        cache = _KEY_CACHE
        self.keys = [cache.get(w) or _key(w) for w in (text[s:e] for s, e in self.toks)]
        self.kb = kb
        ms = sorted(
            (m for m in mentions if 0 <= m.start < m.end <= len(text)),
            key=lambda m: (m.start, -m.end),
        )
        self.mentions = ms
        self.quoted: list[tuple[int, int]] = []  # the candidate quote spans, once paired
        self.quoted_starts: list[int] = []
        self.m_starts = [m.start for m in ms]
        titles: list[Mention] = []
        if kb is not None and hasattr(kb, "find_titles"):
            try:
                found = kb.find_titles(text) if year is None else kb.find_titles(text, year)
                titles = [t for t in found if 0 <= t.start < t.end <= len(text)]
            except Exception:  # a broken KB must not stop quote extraction
                titles = []
        titles.sort(key=lambda m: (m.start, -m.end))
        # title key -> entity id of the name it stood next to in this article ("" unlinked)
        adjacent = self._titles_next_to_names()
        # `الرئيس الأميركي` is Biden in the KB's year, but not in a 2015 story that says
        # `الرئيس الأميركي باراك أوباما`: the article's own evidence wins over the KB
        self.titles = [
            Mention(t.start, t.end, t.label, t.score, None)
            if adjacent.get(matching_key(text[t.start : t.end]), t.entity_id) != t.entity_id
            else t
            for t in titles
        ]
        self.t_starts = [t.start for t in self.titles]
        self.local_titles: dict[str, str] = {k: v for k, v in adjacent.items() if v}
        for t in self.titles:
            if t.entity_id:
                self.local_titles.setdefault(matching_key(text[t.start : t.end]), t.entity_id)
        # the last word of each person named in full: `وقال هزازي` after `نايف هزازي`
        self.surnames: dict[str, str | None] = {}
        # the last word of every person mention, one word alone included (`وقال سكولارد`)
        self.person_ends: set[str] = set()
        for m in ms:
            if m.label == "PER":
                words = _ARABIC_WORD.findall(text, m.start, m.end)
                if len(words) >= 2 and len(words[-1]) > 2:
                    self.surnames.setdefault(_key(words[-1]), m.entity_id)
                if words and len(words[-1]) > 2:
                    self.person_ends.add(_key(words[-1]))

    # tokens ------------------------------------------------------------------------------
    def key(self, i: int) -> str:
        return self.keys[i]

    def para_start(self, pos: int) -> int:
        """Start of the paragraph (line) holding `pos`."""
        i = bisect.bisect_left(self.newlines, pos) - 1
        return self.newlines[i] + 1 if i >= 0 else 0

    def para_end(self, pos: int) -> int:
        """End of the paragraph (line) holding `pos` (the next newline or the end of text)."""
        i = bisect.bisect_left(self.newlines, pos)
        return self.newlines[i] if i < len(self.newlines) else len(self.text)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.tok_starts, pos)

    def tok_before(self, pos: int) -> int:
        """Index of the last token ending at or before `pos` (-1 if none)."""
        return bisect.bisect_right(self.tok_starts, pos - 1) - 1

    # mentions ----------------------------------------------------------------------------
    def _mentions_in(self, items, starts, lo: int, hi: int):
        i = bisect.bisect_left(starts, lo)
        while i < len(items) and items[i].start < hi:
            yield items[i]
            i += 1

    def mentions_in(self, lo: int, hi: int):
        return self._mentions_in(self.mentions, self.m_starts, lo, hi)

    def titles_in(self, lo: int, hi: int):
        return self._mentions_in(self.titles, self.t_starts, lo, hi)

    def _titles_next_to_names(self) -> dict[str, str]:
        """Title key -> the person it stood next to (`الرئيس الروسي فلاديمير بوتين`)."""
        text = self.text
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.label != "PER":
                continue
            j = self.tok_before(m.start)
            k = j
            # walk back over a role description right before the name
            while k >= 0 and j - k < 5:
                key = self.key(k)
                stem = _strip_clitics(key)
                if stem in _ROLE_HEADS or ("ال" + stem) in _ROLE_HEADS:
                    s = self.toks[k][0]
                    gap = text[self.toks[j][1] : m.start]
                    if gap.strip(_SPACE) == "":
                        out.setdefault(matching_key(text[s : self.toks[j][1]]), m.entity_id or "")
                    break
                if not _ARABIC_WORD.fullmatch(text[self.toks[k][0] : self.toks[k][1]]):
                    break
                k -= 1
        return out


_KEY_CACHE: dict[str, str] = {}


def _key(word: str) -> str:
    """`matching_key` of a word, memoised (news text repeats its words a lot)."""
    k = _KEY_CACHE.get(word)
    if k is None:
        k = matching_key(word)
        if len(_KEY_CACHE) < 200_000:
            _KEY_CACHE[word] = k
    return k


def _function_word(doc: _Doc, m: Mention) -> bool:
    """A tagger's name that is a function word here: `قال لي` (to me), not the surname Lee."""
    key = _key(doc.text[m.start : m.end])
    return key in _STOP_WORDS or key in _ROLE_HEADS  # `معاون مدير عام الدائرة`: a role


def _strip_clitics(key: str) -> str:
    """The key with a leading conjunction و/ف dropped (a cheap check before full clitic lists)."""
    if len(key) > 3 and key[0] in "وف":
        return key[1:]
    return key


_KIND_CACHE: dict[str, str | None] = {}


def _static_cue_kind(key: str) -> str | None:
    """The cue kind of a word key on its own: verb, part, noun, source, abbar (needs `عن`)."""
    kind = _KIND_CACHE.get(key, "?")
    if kind != "?":
        return kind
    kind = None
    variants = [key, _strip_clitics(key)]
    if len(key) == 3 and key[0] in "وف":
        variants.append(key[1:])  # ورد -> رد
    for k in variants:
        if k in _PART_LIKE:
            kind = "part"
        elif k in _NOUN_CUES:
            kind = "noun"
        elif k in CUE_FORMS:
            kind = "part" if _is_participle(k) else "verb"
        elif k in _SOURCE_CUES:
            kind = "source"
        elif k in _ABBAR:
            kind = "abbar-part" if k.startswith("م") else "abbar"
        if kind is not None:
            break
    if kind is None:
        if key.startswith("ب") and key[1:] in _SOURCE_CUES:
            kind = "source"
        elif key[:1] in "بو" and key[1:] in _NOUN_CUES:
            kind = "noun"
    if len(_KIND_CACHE) < 200_000:
        _KIND_CACHE[key] = kind
    return kind


_TO_BE = _words("كان كانت كنت كانوا يكون تكون اكون اصبح اصبحت بات باتت ظل ظلت صار صارت")


def _student(keys: list[str], i: int) -> bool:
    """`كنت طالباً`: a student, not a cue (`وطالبا`, the two demanded)."""
    return keys[i] == "طالبا" and i > 0 and keys[i - 1] in _TO_BE


def _cue_kind(key: str, doc: _Doc, i: int) -> str | None:
    """The kind of reporting cue token `i` (with key `key`) is, or None."""
    kind = _static_cue_kind(key)
    if _student(doc.keys, i):
        return None
    if kind is None or not kind.startswith("abbar"):
        return kind
    # `عبّر عن` (expressed) is a cue; `عبر` alone is "via". A named subject may come between:
    # `عبر نيكوس باراسكيفوبولوس وزير العدل عن شكوكه`
    reach = 5
    if i + 1 < len(doc.toks):
        s1, e1 = doc.toks[i + 1]
        if any(m.label == "PER" and m.start == s1 for m in doc.mentions_in(s1, e1)):
            reach = 9
        elif _role_span(doc, i + 1, len(doc.text)) is not None:
            # `وعبر الفنان القطري فهد الكبيسي عن تأثره`, `عبر الأمين العام للمنظمة الكشفية
            # العربية الدكتور عاطف عبدالمجيد عن اعتزازه`
            reach = 12
    for j in range(i + 1, min(i + reach, len(doc.toks))):
        if doc.key(j) == "عن":
            return "part" if kind == "abbar-part" else "verb"
        if reach > 5 and not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            break
    return None


# ---------------------------------------------------------------------------------------------
# Pass 1-2: marks and pairing


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in regex.finditer("\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _word_before_colon(text: str, i: int, lo: int) -> str | None:
    """When a colon comes right before position `i` (spaces skipped), the word before that
    colon ('' if none); None when no colon does."""
    while i > lo and text[i - 1] in _SPACE:
        i -= 1
    if i <= lo or text[i - 1] != ":":
        return None
    return _word_before(text, i - 1, lo)[0]


def _word_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The word (letters) ending right before position `i` skipping spaces, and its start."""
    j = i
    while j > lo and text[j - 1] in _SPACE:
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalpha() or "\u064b" <= text[k - 1] <= "\u0652"):
        k -= 1
    return text[k:j], k


def _is_cue_key(key: str) -> bool:
    return _static_cue_kind(key) in ("verb", "part")


def _cue_word_start(doc: _Doc, m: int, lo: int, max_words: int) -> int | None:
    """Start of the nearest reporting-cue word within `max_words` words before token `m`."""
    text = doc.text
    j = m - 1
    words = 0
    while j >= 0 and words < max_words:
        s = doc.toks[j][0]
        if s < lo:
            return None
        ch = text[s]
        if ch in ":،,":
            j -= 1
            continue
        if not ch.isalpha():
            return None
        if _is_cue_key(doc.keys[j]):
            return s
        words += 1
        j -= 1
    return None


def _tok_word(doc: _Doc, j: int, lo: int, hi: int) -> str:
    """Key of token `j` when it is a word inside [lo, hi), else ''."""
    if j < 0 or j >= len(doc.toks):
        return ""
    s, e = doc.toks[j]
    if s < lo or e > hi or not doc.text[s].isalpha():
        return ""
    return doc.keys[j]


def _after_cue_and_name(doc: _Doc, i: int, ps: int, pe: int) -> bool:
    """The mark at `i` follows a reporting verb and one or two words (its subject), and a
    word follows it after a space: it opens, wherever it is glued."""
    m = doc.tok_at(i)
    if m + 1 >= len(doc.toks) or doc.toks[m + 1][0] == i + 1 or not _tok_word(doc, m + 1, ps, pe):
        return False
    for n_words in (1, 2):
        words = [_tok_word(doc, m - k, ps, pe) for k in range(1, n_words + 1)]
        cue = _tok_word(doc, m - n_words - 1, ps, pe)
        if all(words) and cue and _is_cue_key(cue) and not any(map(_is_cue_key, words)):
            return True
    return False


def _score_mark(doc: _Doc, i: int, ps: int, pe: int) -> tuple[float, float, bool]:
    """(opener score, closer score, strong opener) for the mark at `i` in paragraph [ps, pe)."""
    text = doc.text
    m = doc.tok_at(i)  # the mark is a token of its own
    ch = text[i]
    o = c = 0.0
    strong = False
    prev_tok = doc.toks[m - 1] if m > 0 and doc.toks[m - 1][0] >= ps else None
    next_tok = doc.toks[m + 1] if m + 1 < len(doc.toks) and doc.toks[m + 1][1] <= pe else None
    prev = text[prev_tok[1] - 1] if prev_tok else None
    nxt = text[next_tok[0]] if next_tok else None
    if ch == "«" or ch == "„":
        o += 1.5
    elif ch == "»":
        c += 1.5
    if prev is None:
        o += 3
    elif prev == ":":
        o += 3
        strong = True
    elif prev in _OPEN_PUNCT or prev in _CLOSE_PUNCT:
        o += 1
    if nxt is None:
        c += 3
    elif nxt in _CLOSE_PUNCT:
        c += 2
    left_glued = prev_tok is not None and prev_tok[1] == i
    # glued to the next word (not to `.`/`،` after it: `عز وجل «.` closes)
    right_glued = next_tok is not None and next_tok[0] == i + 1 and nxt not in _CLOSE_PUNCT
    kb_ = _tok_word(doc, m - 1, ps, pe)
    if left_glued and not right_glued:
        c += 1
    elif right_glued and not left_glued:
        o += 1
    elif left_glued and right_glued and kb_ in ("ب", "ل", "و", "ف", "ك", "وب", "ول"):
        o += 2  # بـ”البناءة”
    if kb_ in _LETTER_NAMES and _ends_spelt_initials(doc, m, ps, pe):
        kb_ = ""  # `"سي إن إن" أن`: the letter N of spelt initials, not the complementizer
    if kb_:
        if kb_ in COMPLEMENTIZERS or _strip_clitics(kb_) in COMPLEMENTIZERS:
            o += 2
            # `وقال بوتين إن "`: a complementizer right after a cue verb opens a new quote
            if not left_glued and _cue_word_start(doc, m - 1, ps, 3) is not None:
                strong = True
        elif _is_cue_key(kb_):
            o += 2
            if not left_glued:
                strong = True
    ka = _tok_word(doc, m + 1, ps, pe)
    if (
        ka
        # `المتحدثة “هذا هجوم`, `وتابع كجك "بحسب عناصر`: a mark glued to the word after it and
        # not to the one before opens; that word (`هذا ما قاله`, `بحسب`) is the quote's first
        and not (right_glued and not left_glued)
        and (
            ka in _POST_CUE_LEAD or _is_cue_key(ka) or ka in _SOURCE_CUES or ka[1:] in _SOURCE_CUES
        )
    ):
        c += 2
    return o, c, strong


def _strip_span(text: str, s: int, e: int, trailing_punct: bool) -> tuple[int, int]:
    while s < e and text[s] in _SPACE:
        s += 1
    while e > s and (text[e - 1] in _SPACE or (trailing_punct and text[e - 1] in ".،,؛")):
        e -= 1
    return s, e


def _ends_sentence(text: str, s: int, e: int) -> bool:
    """True when the token `text[s:e]` ends a sentence (a stop that is not part of `..`, nor
    the period of a Latin initial spelt in Arabic: `لورا إيه. كولانجيلو`)."""
    if text[s:e] not in _SENT_END or text[e : e + 1] == "." or text[s - 1 : s] == ".":
        return False
    return text[s:e] != "." or not _after_initial(text, s)


_AMBIGUOUS_LETTERS = _words("في ان او اي")


def _through_initial(doc: _Doc, end: int) -> int:
    """`جيمس` + `إي. سبيوتو`: a first name, a Latin initial and the family name the tagger
    found apart are one name; the end of the whole, or `end`."""
    j = doc.tok_at(end)
    if end < len(doc.text) and doc.text[end] == "." and _after_initial(doc.text, end):
        return _family_name_after(doc, j + 1, end)  # `ديفيد إيه` + `. تومسون`
    if j + 2 >= len(doc.toks) or doc.text[end : doc.toks[j][0]].strip(_SPACE):
        return end
    dot = doc.toks[j + 1][0]
    if doc.text[dot] != "." or not _after_initial(doc.text, dot):
        return end
    ns = doc.toks[j + 2][0]
    for m in doc.mentions_in(ns, ns + 1):
        if m.label == "PER" and m.start == ns:
            return m.end
    k = doc.key(j + 2)
    if (
        j + 3 < len(doc.toks)
        and _tok_text(doc, j + 3) in "،,"
        and _ARABIC_WORD.fullmatch(_tok_text(doc, j + 2))
        and k not in _STOP_WORDS
        and k not in COMPLEMENTIZERS
    ):
        return doc.toks[j + 2][1]  # `جيمس إي. سبيوتو،`: the family name the tagger missed
    return end


def _family_name_after(doc: _Doc, j: int, end: int) -> int:
    """The end of the family name at token `j`, after a name tagged up to its initial's dot
    (at `end`), or `end` when no name follows."""
    if j >= len(doc.toks) or doc.text[end + 1 : doc.toks[j][0]].strip(_SPACE):
        return end
    ns = doc.toks[j][0]
    for m in doc.mentions_in(ns, ns + 1):
        if m.label == "PER" and m.start == ns:
            return m.end
    k = doc.key(j)
    if (
        _ARABIC_WORD.fullmatch(_tok_text(doc, j))
        and k not in _STOP_WORDS
        and k not in COMPLEMENTIZERS
        and _strip_clitics(k) not in _ROLE_HEADS
        and not _cue_kind(k, doc, j)
    ):
        return doc.toks[j][1]
    return end


def _after_initial(text: str, dot: int) -> bool:
    """The period at `dot` closes a letter name glued to it, after a word: `لورا إيه.`"""
    start = dot
    while start > 0 and dot - start < 5 and _is_arabic_letter(text[start - 1]):
        start -= 1
    if not 2 <= dot - start <= 4 or start < 2 or text[start - 1] != " ":
        return False
    if not _is_arabic_letter(text[start - 2]):
        return False
    k = _key(text[start:dot])
    # `أي` ("any") and `إي` (the letter E) share a key; only the hamza below tells them apart
    return k in _LETTER_NAMES and (k not in _AMBIGUOUS_LETTERS or text[start:dot] == "إي")


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _sentence_start(doc: _Doc, j: int, max_tokens: int, past_marks: bool = False) -> int | None:
    """First token of the sentence holding token `j` (a quotation mark, unless `past_marks`,
    or a new line also starts one); None when it lies more than `max_tokens` tokens back."""
    text = doc.text
    first = None
    for _ in range(max_tokens):
        if j < 0:
            return first
        s, e = doc.toks[j]
        t = text[s:e]
        if (t in QUOTE_MARKS and not past_marks) or t == "\n" or _ends_sentence(text, s, e):
            return first
        first = j
        if s > 0 and text[s - 1] == "\n":
            return first
        j -= 1
    return None


_LIST_INTROS = _words("مثل امثال منها منهم ومنها وهي وهم التالي كالتالي يلي التاليه ابرزها بينها")


def _recover_start(doc: _Doc, lo: int, close: int) -> int | None:
    """Start of a quote whose opening mark is missing: after the nearest cue before `close`."""
    text = doc.text
    j = doc.tok_before(close)
    steps = 0
    while j >= 0 and doc.toks[j][0] >= lo and steps < 80:
        s, e = doc.toks[j]
        t = text[s:e]
        if t == ":":
            # `مثل: أ، ب، ج`: a list, not speech; with no opening mark, do not guess
            return None if j and doc.key(j - 1) in _LIST_INTROS else e
        if _ends_sentence(text, s, e) and text[e:close].strip(_SPACE):
            return None  # (the quote's own last stop, `الخائنون؟»`, is inside it)
        key = doc.key(j)
        if key in COMPLEMENTIZERS or _strip_clitics(key) in COMPLEMENTIZERS:
            # a complementizer counts when a cue verb is within 4 tokens before it
            # (within 25 after a comma: `وقال السيسي، في كلمة له …، إن`)
            reach = 25 if j and text[doc.toks[j - 1][0] : doc.toks[j - 1][1]] in "،," else 4
            for b in range(j - 1, max(j - reach - 1, -1), -1):
                if doc.toks[b][0] < lo or _ends_sentence(text, *doc.toks[b]):
                    break
                if _cue_kind(doc.key(b), doc, b):
                    # `في بيان: إن الوزارة قالت دوما إن …`: a colon earlier in the sentence
                    # opens the speech, and the later `قالت … إن` is the speaker's own
                    return _colon_before(doc, lo, b) or e
        j -= 1
        steps += 1
    return None


def _colon_before(doc: _Doc, lo: int, j: int) -> int | None:
    """End of a speech colon before token `j` in the same sentence (not a list's `مثل:`)."""
    text = doc.text
    for b in range(j - 1, max(j - 40, -1), -1):
        s, e = doc.toks[b]
        if s < lo or _ends_sentence(text, s, e):
            return None
        if text[s:e] == ":":
            return None if b and doc.key(b - 1) in _LIST_INTROS else e
    return None


def _pair_marks(doc: _Doc) -> list[_Cand]:
    text = doc.text
    paras = _paragraphs(text)
    marks = [m.start() for m in MARK_RE.finditer(text)]
    cands: list[_Cand] = []
    mi = 0
    open_at_end = {"d": False, "g": False}  # the last paragraph ended inside a quote
    for ps, pe in paras:
        pm = []
        while mi < len(marks) and marks[mi] < pe:
            if marks[mi] >= ps:
                pm.append(marks[mi])
            mi += 1
        for family in ("d", "g"):
            fam = [p for p in pm if (text[p] in _GUILLEMETS) == (family == "g")]
            found = _pair_family(doc, fam, ps, pe, open_at_end[family]) if fam else []
            cands.extend(found)
            open_at_end[family] = any(_open_to_paragraph_end(text, c) for c in found)
    # at one start, a closed span before one never closed (`إن "المتهمين …»`: the `"` opens
    # what `»` closes), then the longest
    cands.sort(key=lambda c: (c.start, c.close_pos < 0, -c.end))
    # keep outermost: drop candidates inside an earlier one
    out: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start < last_end and c.end <= last_end:
            continue
        if c.start < last_end:  # overlapping but not nested: keep the earlier
            continue
        out.append(c)
        last_end = c.end
    return out


def _pair_family(
    doc: _Doc, fam: list[int], ps: int, pe: int, continued: bool = False
) -> list[_Cand]:
    """Quote candidates of one family of marks in the paragraph [ps, pe). `continued`: the
    paragraph before ended inside an unclosed quote, so a first closing mark with no opening
    one closes that quote's next paragraph (`«… جيدًا.⏎عندما تشعر … خاطرك»`)."""
    text = doc.text
    out: list[_Cand] = []
    stack: list[int] = []
    nested: list[tuple[int, int]] = []  # pairs closed inside the quote open at the bottom
    last_close = ps  # end of the last emitted quote, bounds recovery of stray closers

    def emit(o: int, c: int, recovered: bool = False) -> None:
        nonlocal last_close
        if c >= 0:
            s, e = _strip_span(text, o + 1, c, False)
            doubled = e - s > 2 and text[s] in QUOTE_MARKS and text[e - 1] in QUOTE_MARKS
            if doubled and not MARK_RE.search(text, s + 1, e - 1):
                s, e = _strip_span(text, s + 1, e - 1, False)  # `««نيتنياهو»»`
        else:
            s, e = _strip_span(text, o + 1, _narration_resumes(doc, o + 1, pe), True)
        if e > s:
            out.append(_Cand(o, c, s, e, ps, pe, recovered))
        last_close = c + 1 if c >= 0 else pe

    for p in fam:
        o, c, strong = _score_mark(doc, p, ps, pe)
        if o > c:
            is_open = True
        elif c > o:
            # `وقال فارس” لايصدر …”`: glued to the speaker's name, but nothing is open yet
            is_open = not stack and _after_cue_and_name(doc, p, ps, pe)
        else:
            is_open = not stack
        if is_open:
            if stack and strong:
                # a colon or a reporting verb before this mark: the open quote was never closed
                bottom = stack[0]
                cue_at = _cue_word_start(doc, doc.tok_at(p), bottom + 1, 6)
                if cue_at is not None:
                    # `"… عن قرب. واعترف المتحدث … ، وقال: "`: the outlet spoke again before the cue
                    cut = cue_at
                    end = _narration_resumes(doc, bottom + 1, cue_at)
                else:
                    wb, wstart = _word_before(text, p, bottom + 1)
                    cut = wstart if wb else p
                    seg = text[bottom + 1 : cut]
                    m = max(seg.rfind("."), seg.rfind("،"), seg.rfind(","), seg.rfind("؛"))
                    end = bottom + 1 + m if m >= 0 else cut
                s, e = _strip_span(text, bottom + 1, end, True)
                if e > s:
                    out.append(_Cand(bottom, -1, s, e, ps, pe))
                for no, nc in nested:
                    if no >= cut:
                        emit(no, nc)
                last_close = cut
                stack.clear()
                nested.clear()
            stack.append(p)
        else:
            if stack:
                op = stack.pop()
                if not stack:
                    emit(op, p)
                    nested.clear()
                elif len(stack) == 1:
                    nested.append((op, p))
            else:
                start = _recover_start(doc, last_close, p)
                if (
                    start is None
                    and continued
                    and last_close == ps
                    and not _opens_narration(doc, ps)
                ):
                    start = ps
                if start is not None:
                    opener = -1
                    while start < p and text[start] in _SPACE + QUOTE_MARKS:
                        if text[start] in QUOTE_MARKS:
                            opener = start  # `إن "المتهمين …»`: a mark of the other family
                        start += 1
                    s, e = _strip_span(text, start, p, False)
                    if e > s:
                        out.append(_Cand(opener, p, s, e, ps, pe, True))
                last_close = p + 1
    if stack:
        emit(stack[0], -1)
        # `«نؤكد … العشرين.. وأوردت الصحف … «ش أ أ» …`: the quote never closed ends where the
        # narration resumes; pairs after that point are quotes or names of their own
        end = out[-1].end if out and out[-1].open_pos == stack[0] else stack[0] + 1
        for no, nc in nested:
            if no >= end:
                emit(no, nc)
    return out


_TRANSITIONS = {
    "الي": ("ذلك",),
    "من": ("جهته", "جهتها", "جانبه", "جانبها", "جهه", "ناحيه", "ناحيته"),
    "في": ("سياق", "السياق", "غضون", "الاثناء"),
    "يذكر": (),
    "يشار": (),
    "يذكران": (),
    "وفي": ("سياق", "السياق", "غضون", "الاثناء"),
}


def _narration_resumes(doc: _Doc, lo: int, pe: int) -> int:
    """End of a quote never closed: the paragraph end, or the first sentence end after which
    the outlet speaks again - a sentence opening with `و`/`ف` + a reporting verb (`ولفت إلى
    أن`) or a transition (`إلى ذلك،`, `من جهته`, `يذكر أن`)."""
    text = doc.text
    n = len(doc.toks)
    j = doc.tok_at(lo)
    while j + 1 < n and doc.toks[j + 1][1] <= pe:
        s, e = doc.toks[j]
        # a stop, or the last dot of `..` (`في العشرين.. وأوردت الصحف`: only a verb then)
        last_dot = text[s:e] == "." and text[e : e + 1] != "."
        if text[s:e] in ("،", "؛", ",") and _narrating_participle(doc, j + 1, pe):
            return s  # `…، مشيرا إلى أن غير السعوديين`: the outlet reports again
        if _ends_sentence(text, s, e) or last_dot:
            k = doc.key(j + 1)
            nxt = doc.key(j + 2) if j + 2 < n and doc.toks[j + 2][1] <= pe else ""
            if (
                k[:1] in "وف" and k not in CUE_FORMS and _static_cue_kind(k) in ("verb", "part")
            ) or (
                _ends_sentence(text, s, e)
                and k in _TRANSITIONS
                and (not _TRANSITIONS[k] or nxt in _TRANSITIONS[k])
            ):
                return e
        j += 1
    return pe


def _narrating_participle(doc: _Doc, j: int, pe: int) -> bool:
    """`مشيرا إلى أن`, `مبينا أن`: a participle of saying with its complementizer, which the
    outlet writes about a speaker, never the speaker about himself."""
    if j + 2 >= len(doc.toks) or doc.toks[j + 2][1] > pe:
        return False
    if _static_cue_kind(doc.key(j)) != "part":
        return False
    nxt = doc.key(j + 1)
    if nxt in ("الي", "علي"):
        nxt = doc.key(j + 2)
    if (
        doc.key(j)[:1] == "م"
        and len(nxt) > 3
        and nxt not in _STOP_WORDS
        and _ARABIC_WORD.fullmatch(_tok_text(doc, j + 1))
    ):
        return True  # `…، مؤكدا حتمية توعية الشباب`: the participle and its verbal noun
    return nxt in COMPLEMENTIZERS and not nxt.startswith("ل")


# ---------------------------------------------------------------------------------------------
# Pass 3-4: cues and speakers


def _title_entity(doc: _Doc, s: int, e: int) -> str | None:
    key = matching_key(doc.text[s:e])
    if key in doc.local_titles:
        return doc.local_titles[key]
    return None


def _kb_link(doc: _Doc, surface: str, label: str | None = None) -> str | None:
    kb = doc.kb
    if kb is None or not hasattr(kb, "link"):
        return None
    try:
        ent = kb.link(surface, label=label) if label else kb.link(surface)
    except Exception:
        return None
    return getattr(ent, "id", None) if ent is not None else None


def _kb_entity(doc: _Doc, surface: str):
    kb = doc.kb
    if kb is None or not hasattr(kb, "link"):
        return None
    try:
        return kb.link(surface)
    except Exception:
        return None


def _personal(doc: _Doc, entity_id: str | None) -> str | None:
    """A role's KB id, kept for the person named after the role only when it is a person's
    (`الرئيس الروسي فلاديمير بوتين`), never a body's (`المتحدث باسم البيت الأبيض جوش إرنست`)."""
    if entity_id is None or doc.kb is None or not hasattr(doc.kb, "get"):
        return entity_id
    try:
        entity = doc.kb.get(entity_id)
    except Exception:
        return entity_id
    return entity_id if entity is None or getattr(entity, "label", "PER") == "PER" else None


def _chief_of(doc: _Doc, i: int) -> bool:
    """`كبير الباحثين`, `كبيرة المفاوضين`: chief of a definite plural, a role (an adjective
    elsewhere: `مسؤول أميركي كبير`)."""
    if doc.key(i) not in ("كبير", "كبيره") or i + 1 >= len(doc.toks):
        return False
    nxt = doc.key(i + 1)
    if len(nxt) > 5 and nxt.endswith(("يها", "يهم", "يه")) and nxt not in _STOP_WORDS:
        return True  # `كبيرة مفاوضيها`: chief of her (its) negotiators
    return nxt.startswith("ال") and nxt.endswith(("ين", "ون", "اء"))


# what follows `إمام` when it is a mosque's imam, not the preposition أمام
_IMAM_OF = _words("وخطيب المسجد مسجد جامع الجامع الحرم")


def _imam_at(doc: _Doc, i: int) -> bool:
    """`إمام وخطيب المسجد الحرام`, `إمام مسجد`: the role, whose key is that of أمام."""
    return doc.key(i) == "امام" and i + 1 < len(doc.toks) and doc.key(i + 1) in _IMAM_OF


# roles in the accusative, which are subjects only after `إنّ` and its sisters
_ACCUSATIVE_ROLES = _words("متحدثا رييسا")
_INNA = _words("ان لكن لان")


def _role_span(doc: _Doc, i: int, limit: int) -> tuple[int, int] | None:
    """A role description starting at token `i` (`مسؤول أمريكي كبير`, `سيد الكرملين`)."""
    text = doc.text
    k0 = doc.key(i)
    chief = _chief_of(doc, i) or _imam_at(doc, i)
    if not (
        chief
        or k0 in _ROLE_HEADS
        or k0[1:] in _ROLE_HEADS
        or k0[2:] in _ROLE_HEADS
        or "ال" + k0[2:] in _ROLE_HEADS
    ):
        return None  # cheap exit: no reading of this word is a role noun
    if k0 in _ACCUSATIVE_ROLES and not (i and _strip_clitics(doc.key(i - 1)) in _INNA):
        return None  # `ينفي ذلك متحدثا عن`: speaking, a state; `لكن متحدثا باسم …`: a spokesman
    s, e = doc.toks[i]
    word = text[s:e]
    best = (s, k0) if chief else None
    for stem, off in () if chief else clitic_candidates(word):
        k = _key(stem)
        # `للرئيس` is not `الرئيس` in the text
        plural = off == 0 and k in _PLURAL_ROLES and i > 0 and _is_cue_key(doc.key(i - 1))
        if (k in _ROLE_HEADS or plural) and word[off:] == stem:
            best = (s + off, k)
            break
    if best is None:
        return None
    start, head = best
    if head in _HONORIFICS and i + 1 < len(doc.toks) and doc.toks[i + 1][0] < limit:
        inner = _role_span(doc, i + 1, limit)
        if inner is not None:
            return start, inner[1]  # `سمو أمير منطقة نجران`: the honorific, then the role
    if head == "قياده" and not (
        i + 1 < len(doc.toks) and _strip_clitics(doc.key(i + 1)) in _COMMANDED
    ):
        return None  # `قيادة قوات التحالف` speaks; `قيادة المرأة للسيارة` is driving
    end = e
    definite = head.startswith("ال")
    j = i + 1
    took_genitive = False
    n = len(doc.toks)
    while j < n and j <= i + 5 and doc.toks[j][0] < limit:
        ts, te = doc.toks[j]
        if text[e:ts].strip(_SPACE):
            break
        if not _ARABIC_WORD.fullmatch(text[ts:te]):
            break
        k = doc.key(j)
        if (j == i + 1 and _imam_at(doc, j)) or (k == "وخطيب" and _imam_at(doc, j - 1)):
            end = e = te  # `فضيلة إمام وخطيب المسجد النبوي`: one role
            j += 1
            continue
        if j == i + 1 and k == "باعمال" and head in ("القايم", "قايم"):
            # `القائم بأعمال مدير القسم`, `القائم بأعمال السفير`: the acting holder of a role
            inner = _role_span(doc, j + 1, limit) if j + 1 < n else None
            return start, inner[1] if inner is not None else te
        if k in _STOP_WORDS or k in COMPLEMENTIZERS or _cue_kind(k, doc, j) or len(k) == 1:
            break  # (a lone `ل` is a preposition: `مصادر ل«الشرق الأوسط»`)
        if k in ("عشر", "عشره") and doc.key(j - 1).startswith("ال") and end == doc.toks[j - 1][1]:
            end = e = te  # `الفرع الرابع عشر`: the end of an ordinal
            j += 1
            continue
        if any(m.label == "PER" and m.start == ts for m in doc.mentions_in(ts, te)):
            break  # `… الأمريكية سوزي أورمان`: a first name ending in ي is not an adjective
        if _told_word(text[ts:te], k):
            break  # `وقالت متحدثة لشبكة ميغا`: told the network
        # a nisba adjective ends in ي, never in ى as written (`الفنانة ليلى حسن`)
        nisba = k.endswith(("ي", "يه", "يون", "يين")) and len(k) > 3 and text[te - 1] != "ى"
        if k == "باسم" and j + 1 < n and doc.toks[j + 1][0] < limit:
            end = doc.toks[j + 1][1]  # المتحدث باسم الخارجية
            j += 2
            chain = 0
            while (
                not doc.key(j - 1).startswith("ال")
                and j < n
                and doc.toks[j][0] < limit
                and _ARABIC_WORD.fullmatch(_tok_text(doc, j))
                and doc.key(j) not in _STOP_WORDS
                and _named_at(doc, j) is None
                and not doc.key(j).startswith("ال")
                and chain < 2
            ):
                end = doc.toks[j][1]  # `الناطق باسم مجلس قيادة المقاومة الشعبية`
                j += 1
                chain += 1
            if (
                not doc.key(j - 1).startswith("ال")
                and j < n
                and doc.toks[j][0] < limit
                and doc.key(j).startswith("ال")
                and doc.key(j) not in _STOP_WORDS
            ):
                end = doc.toks[j][1]  # المتحدث باسم وزارة الكهرباء
                j += 1
            e = end
            continue
        if k in _ROLE_ADJ or nisba:
            end = te
        elif not definite and not took_genitive and (k.startswith("ال") or j == i + 1):
            end = te  # سيد الكرملين, وزير خارجية
            took_genitive = k.startswith("ال")
            if not k.startswith("ال"):
                j += 1
                e = te
                continue
        elif not definite and took_genitive is False and k.startswith("ال"):
            end = te
            took_genitive = True
        elif (
            not definite
            and not took_genitive
            and j <= i + 3
            and end == doc.toks[j - 1][1]
            and doc.key(j - 1) in _CONSTRUCT
        ):
            # an idafa chain up to its first definite or named member: `رئيس مجلس محافظة
            # الأنبار`, `وزير داخلية إقليم بلوشستان`
            named = _named_at(doc, j)
            if named is not None:
                end = named.end
                took_genitive = True
                j = doc.tok_at(named.end - 1) + 1
                e = end
                continue
            end = te
        elif not took_genitive and doc.key(j - 1) == "عام":
            end = te  # `أمين عام أوبك`, `مدير عام جمرك`: the general's genitive
            took_genitive = True
        else:
            break
        e = te
        j += 1
    return start, end


_HONORIFICS = _words("سمو معالي سعاده فضيله سماحه")

# bodies whose name often follows in quotation marks: `شركة "بيكر هيوز"`, `حركة «حماس»`
_BODY_HEADS = _words(
    "شركه منظمه جمعيه حركه حزب هييه جماعه تنظيم جبهه مجموعه لجنه مركز مرصد ايتلاف تحالف "
    "صحيفه جريده قناه وكاله موقع اذاعه مجله"
)


def _body_head(key: str) -> bool:
    """`وكالة` (not و + كالة), `لشركة`: a body noun, with or without a clitic."""
    return key in _BODY_HEADS or _strip_clitics(key) in _BODY_HEADS


def _quoted_body_name(doc: _Doc, role: _Speaker, limit: int) -> _Speaker | None:
    """The name in marks right after a body noun (`وقالت شركة "بيكر هيوز" للخدمات`)."""
    words = _ARABIC_WORD.findall(doc.text, role.start, role.end)
    j = doc.tok_at(role.end)
    if len(words) != 1 or not _body_head(_key(words[0])):
        return None
    if j + 2 >= len(doc.toks) or _tok_text(doc, j) not in QUOTE_MARKS:
        return None
    close = next(
        (c for c in range(j + 2, min(j + 7, len(doc.toks))) if _tok_text(doc, c) in QUOTE_MARKS),
        None,
    )
    if close is None or doc.toks[close][1] > limit:
        return None
    s, e = doc.toks[j + 1][0], doc.toks[close - 1][1]
    # (`“بي.سي ماجازين”`: dotted initials are a word too)
    if not all(
        _ARABIC_WORD.fullmatch(_tok_text(doc, t).replace(".", "")) for t in range(j + 1, close)
    ):
        return None
    for m in doc.mentions_in(s, e):
        if m.label in _SPEAKER_LABELS and m.start == s:
            return _mention_speaker(m, m.label)
    return _Speaker(s, e, _kb_link(doc, doc.text[s:e]), 2, "ORG")


# bodies and offices that want a genitive after them in a role (`رئيس مجلس محافظة الأنبار`)
_CONSTRUCT = _words(
    "مجلس وحده وفد مكتب مديريه اداره قسم هييه لجنه دايره فرع قياده شرطه داخليه خارجيه "
    "محافظه اقليم ولايه منطقه قضاء بلديه جامعه كليه مركز مستشفي شركه وزاره موسسه صندوق "
    "بنك جمعيه نادي حزب حركه حكومه"
)


def _named_at(doc: _Doc, j: int) -> Mention | None:
    """The place or body the tagger found starting at token `j`, if any."""
    s, e = doc.toks[j]
    for m in doc.mentions_in(s, e):
        if m.start == s and m.label in ("LOC", "ORG"):
            return m
    return None


def _before_addressee(doc: _Doc, i: int, end: int) -> int:
    """The end of a person's name starting at token `i` and tagged up to `end`, before a
    word in لل (`وقال العمير للنعيمي إن`: the one spoken to)."""
    j = i + 1
    while j < len(doc.toks) and doc.toks[j][1] <= end:
        k = doc.key(j)
        if (k.startswith("لل") and len(k) > 4) or _runs_on(_tok_text(doc, j), k, feminine=True):
            # `سيف لفرانس برس`, `بيريز لمستمعيه`, `إبراهيم حزيناً`: the tagger ran on
            return doc.toks[j - 1][1]
        j += 1
    return end


_ONE_OF = _words("احد احدي")
# role heads that also head a body's name (`إدارة الطيران`, `قيادة التحالف`)
_BODY_LIKE_ROLES = _words("اداره قياده جهه جهات مصدر مصادر اوساط دواير وسايل وكالات")


def _speaker_at(
    doc: _Doc, i: int, limit: int, allow_bare: bool, mark_ok: bool = False
) -> _Speaker | None:
    """A speaker starting at token `i` (a mention, a KB title, a role description, a name)."""
    text = doc.text
    s, e = doc.toks[i]
    found: _Speaker | None = None
    for m in doc.mentions_in(s, e):
        if (
            m.label == "ORG"
            and m.entity_id is None
            and _person_role_head(text[s:e])
            and (_strip_clitics(doc.key(i)) not in _BODY_LIKE_ROLES and not _body_head(doc.key(i)))
        ):
            continue  # `منسقة الشؤون الإنسانية` tagged as a body: a role, read as one below
        if m.label in _SPEAKER_LABELS and m.end <= max(limit, e) and not _function_word(doc, m):
            found = _mention_speaker(m, m.label)
            if m.label == "PER":
                found.end = _through_initial(doc, _before_addressee(doc, i, m.end))
            break
    if found is None:
        for t in doc.titles_in(s, e):
            if t.end <= max(limit, e):
                found = _Speaker(t.start, t.end, t.entity_id, 3 if t.entity_id else 2, "title")
                break
        else:
            span = _role_span(doc, i, limit)
            if span is None and doc.key(i) in _ONE_OF and i + 1 < len(doc.toks):
                # `إحدى خبيرات علم النفس`: one of a role, from the role's start to its end
                inner = _role_span(doc, i + 1, limit)
                span = (s, inner[1]) if inner is not None else None
            if span is not None:
                found = _Speaker(span[0], span[1], _title_entity(doc, *span), 1, "role")
                # never cut a name in two: `صحيفة نيويورك تايمز` (mention `نيويورك تايمز`)
                for m in doc.mentions_in(span[0], span[1]):
                    if m.end > found.end and m.label in ("ORG", "PER"):
                        found = _Speaker(found.start, m.end, m.entity_id, 2, "ORG")
                    elif m.end > found.end and m.label == "LOC":
                        found.end = m.end  # `سفيرة الولايات المتحدة`: the place in full
                place = _genitive_place(doc, found, limit)
                if place is not None:
                    found.end = place  # `حاكم ولاية تكساس`, `رئيس شركة موانئ دبي العالمية`
    if found is not None and found.kind == "ORG" and _person_role_head(_first_word(doc, found)):
        # `زعيم حزب "الشعب الجمهوري" المعارض أوزغور أوزال`: the role's party, tagged with
        # its opening mark only, then the leader
        holder = _person_after_body(doc, found)
        if holder is not None:
            return holder
    if found is not None and found.kind == "role" and _relative_of(doc, found):
        # `محامي ميليسا`, `والد الطالب محمد العتيبي`: the person named is whose relative
        # (or client) the speaker is; the whole phrase speaks
        person = _person_right_after(doc, found, limit)
        if person is not None:
            found.end = person.end
        return found
    if found is not None and found.kind in ("role", "title"):
        # `نائب مدير المدينة لشؤون التخطيط في أمانة عمان عماد الحياري`: the name after the
        # role's complements speaks; `المكتب الإعلامي للعبادي`: the office of a person
        named = _name_after_role(doc, found, limit)
        if named is not None:
            if named.kind == "office":
                named.kind = found.kind
                return named
            named.entity_id = named.entity_id or _personal(doc, found.entity_id)
            return named
    if found is not None and found.kind == "role":
        quoted = _quoted_body_name(doc, found, limit)
        if quoted is not None:
            return quoted
    if found is not None:
        # a title followed by a name: the name speaks (`الرئيس الروسي فلاديمير بوتين`)
        j = doc.tok_at(found.end)
        if (
            found.kind != "PER"
            and j < len(doc.toks)
            and not text[found.end : doc.toks[j][0]].strip(_SPACE)
            and not _holder_of_inner_title(doc, found, j)
        ):
            for m in doc.mentions_in(doc.toks[j][0], doc.toks[j][1]):
                if m.label == "PER":
                    ent = m.entity_id or _personal(doc, found.entity_id)
                    return _Speaker(m.start, m.end, ent, 3 if ent else 2)
            honoured = _person_after_honorific(doc, j, limit)
            if honoured is not None:
                return honoured
            if j < len(doc.toks) and _prepositional_complement(doc, j):
                # `أستاذ علم النفس بجامعة الملك سعود سابقا، الدكتور عبدالله الحريري`
                c = _clause_comma(doc, j, limit)
                holder = _appositive_person(doc, c + 1, limit) if c is not None else None
                if holder is not None:
                    holder.entity_id = holder.entity_id or _personal(doc, found.entity_id)
                    return holder
            elif (
                j < len(doc.toks)
                and not _genitive_complement(doc, j)
                and not _place_at(doc, j)  # `حاكم ولاية تكساس، غريغ أبوت`: the role's place
                and not _told_a_medium(doc.key(j))  # `وقال اللاعب لموقع ميلان`: told the site
            ):
                bare = None if _many_unnamed(doc, found) else _bare_name(doc, j, limit)
                if bare is not None and any(
                    _key(w) in _OWN_NAME for w in _ARABIC_WORD.findall(text, bare.start, bare.end)
                ):
                    bare = None  # `أحد المسؤولين ورفض نشر اسمه`: withheld, not a name
                k = doc.tok_at(bare.end) if bare is not None else len(doc.toks)
                if k < len(doc.toks) and _tok_text(doc, k) in "،,":
                    # `مدير مطار عدن، طارق عبده، إن`: the role's place, then its holder
                    bare = _appositive_person(doc, k + 1, limit) or bare
                if bare is not None and (bare.entity_id or found.strength == 1):
                    bare.entity_id = bare.entity_id or _personal(doc, found.entity_id)
                    return bare
        if found.entity_id is None and found.strength <= 1:
            key = matching_key(text[found.start : found.end])
            ent = doc.local_titles.get(key)
            if ent is None and key.startswith("ال") and key in _ROLE_HEADS:
                ent = _recent_org(doc, key, found.start)
            if ent is None and key.startswith("ال"):
                ent = _kb_link(doc, text[found.start : found.end])
            found.entity_id = ent
        return found
    if not allow_bare:
        return None
    return _bare_name(doc, i, limit, mark_ok)


# heads of an unnamed source: a name later in the clause is someone else's
_UNNAMED_PLURALS = _words(
    "مسؤولون مسؤولين مصادر دبلوماسيون دبلوماسيين مراقبون شهود سكان مواطنون خبراء محللون"
)
_UNNAMED_HEADS = _UNNAMED_PLURALS | _words(
    "مسؤول مسؤولة مصدر دبلوماسي شاهد مواطن مواطنة متعامل تاجر موظف خبير محلل قيادي"
)
# plural sources, which no one name after them can hold
_MANY_UNNAMED = _UNNAMED_PLURALS | _words("اوساط جهات")


def _many_unnamed(doc: _Doc, role: _Speaker) -> bool:
    """`مصادر سورية معارضة`: a plural source, which no one name after it can hold."""
    head = _ARABIC_WORD.match(doc.text, role.start)
    return head is not None and _key(head.group()) in _MANY_UNNAMED


def _genitive_place(doc: _Doc, role: _Speaker, limit: int) -> int | None:
    """The end of a place or body named right after a role whose last word still wants its
    genitive (`حاكم ولاية` + `تكساس`), or None."""
    j = doc.tok_at(role.end)
    if j >= len(doc.toks) or doc.toks[j][0] >= limit or role.kind != "role":
        return None
    last = doc.tok_before(role.end)
    if doc.key(last).startswith("ال") or doc.text[role.end : doc.toks[j][0]].strip(_SPACE):
        return None
    le = doc.toks[last][1]
    if any(m.end >= le and m.label in _SPEAKER_LABELS for m in doc.mentions_in(role.start, le)):
        return None  # `وأبلغ المتحدث باسم فينيفست رويترز`: a name ends the role, then who is told
    ts, te = doc.toks[j]
    for m in doc.mentions_in(ts, te):
        if m.label in ("LOC", "ORG") and m.start == ts and m.end <= limit:
            return m.end
    return None


def _place_at(doc: _Doc, j: int) -> bool:
    """Whether a place mention starts at token `j`."""
    ts, te = doc.toks[j]
    return any(m.label == "LOC" and m.start == ts for m in doc.mentions_in(ts, te))


def _tok_text(doc: _Doc, j: int) -> str:
    return doc.text[doc.toks[j][0] : doc.toks[j][1]]


def _genitive_complement(doc: _Doc, j: int) -> bool:
    """`لشؤون التخطيط`, `للعلاقات الخارجية`: ل + a noun + a definite noun completes a role."""
    k = doc.key(j)
    return (
        k[:1] == "ل"
        and len(k) > 3
        and j + 1 < len(doc.toks)
        and doc.key(j + 1).startswith("ال")
        and not doc.text[doc.toks[j][1] : doc.toks[j + 1][0]].strip(_SPACE)
    )


def _role_of_someone(word: str) -> bool:
    """`مدربه`, `محاميها`: a role noun with a possessive pronoun as written (not `أميرة`)."""
    return any(
        word.endswith(suffix)
        and len(word) > len(suffix) + 2
        and _key(word[: -len(suffix)]) in _ROLE_HEADS
        for suffix in ("ه", "ها", "هم")
    )


def _coordinated_role(k: str) -> bool:
    """`ومتحدثها`, `ونائب`: a second role joined to the first by و (with a possessive)."""
    if k[:1] != "و" or len(k) < 4:
        return False
    base = k[1:]
    return any(
        base.endswith(suf) and base[: len(base) - len(suf)] in _ROLE_HEADS
        for suf in ("", "ه", "ها", "هم")
    )


def _name_after_role(doc: _Doc, role: _Speaker, limit: int) -> _Speaker | None:
    """The person named after a role and its complements, within its clause (up to eight
    words: `لشؤون التخطيط في أمانة عمان الكبرى`), or the role extended by `ل` + a person
    (`المكتب الإعلامي للعبادي`, kind "office"). A person after `ل` is the one the role belongs
    to, never the speaker."""
    text = doc.text
    n = len(doc.toks)
    j = doc.tok_at(role.end)
    end = role.end
    office_end = None
    head = _ARABIC_WORD.match(text, role.start)
    unnamed = head is not None and _key(head.group()) in _UNNAMED_HEADS
    skipped = 0  # tokens of a bracketed acronym: `للحرف والصناعات اليدوية (بارع)`
    while j < n and doc.toks[j][0] < limit and j - doc.tok_at(role.end) - skipped < 8:
        ts, te = doc.toks[j]
        if text[end:ts].strip(_SPACE):
            break
        w = text[ts:te]
        k = doc.key(j)
        if w == "(" and j > doc.tok_at(role.end):
            c = next((c for c in range(j + 1, min(j + 5, n)) if _tok_text(doc, c) == ")"), None)
            if c is None or any(m.label == "PER" for m in doc.mentions_in(ts, doc.toks[c][0])):
                break
            skipped += c + 1 - j
            end = doc.toks[c][1]
            j = c + 1
            continue
        if j > doc.tok_at(role.end) and _coordinated_role(k):
            skipped = j - doc.tok_at(role.end)  # `… والمتحدث الرسمي باسم …`: a second role
        if w in QUOTE_MARKS:
            # `رئيس حزب «القوات» سمير جعجع`: a quoted name inside the role, then the person
            c = next(
                (c for c in range(j + 1, min(j + 5, n)) if _tok_text(doc, c) in QUOTE_MARKS), None
            )
            if c is None or c + 1 >= n:
                break
            ns = doc.toks[c + 1][0]
            for m in doc.mentions_in(ns, ns + 1):
                if m.label == "PER" and m.start == ns and not text[doc.toks[c][1] : ns].strip():
                    return _mention_speaker(m, "PER")
            qs, qe = doc.toks[j + 1][0], doc.toks[c - 1][1]
            if any(
                m.label == "PER" and m.start == qs and m.end == qe for m in doc.mentions_in(qs, qe)
            ):
                # `مدير عام مكتب الصحة والسكان بالمحافظة “الخضر لصور”`: the holder, tagged
                return _Speaker(qs, qe, _kb_link(doc, text[qs:qe], "PER"), 2, "PER")
            if (
                j == doc.tok_at(role.end)
                and _person_role(text[role.start : role.end])
                and _quoted_holder(doc, j, c)
            ):
                # `أعرب الدكتور “وهبة الزحيلى” عن أسفه`: the quoted name of the role's holder
                qs, qe = doc.toks[j + 1][0], doc.toks[c - 1][1]
                return _Speaker(qs, qe, _kb_link(doc, text[qs:qe], "PER"), 1, "PER")
            if not unnamed and _tok_text(doc, c + 1) in "،," and c + 2 < n:
                # `مدير قسم الجراحة في مستشفى "شيبا"، البروفيسور يوسي حايك`
                return _appositive_person(doc, c + 2, limit)
            break
        if w in "،," and not unnamed and j > doc.tok_at(role.end):
            return _appositive_person(doc, j + 1, limit)  # `رئيس المجلس …، الشيخ حمود …،`
        if not _ARABIC_WORD.fullmatch(w):
            break
        if _told_a_medium(k):
            break  # `وقال اللاعب لموقع ميلان`: the site he spoke to, not a complement
        for m in doc.mentions_in(ts, te):
            if m.label != "PER" or m.start >= te:
                continue
            words = list(_ARABIC_WORD.finditer(text, m.start, m.end))
            if m.start > ts or (len(k) > 3 and m.start == ts and _lam_clitic(doc, w)):
                # `للعبادي` (the clitic inside or outside the mention): whose office it is
                if len(words) > 1 and m.start == ts:
                    s2 = words[1].start()
                    return _Speaker(s2, m.end, m.entity_id, 3 if m.entity_id else 2, "PER")
                if w[:1] == "ل" and office_end is None:
                    office_end = m.end
                break
            if j == doc.tok_at(role.end):
                return None  # right after the role: the caller's rule
            before = doc.key(j - 1)
            if (
                unnamed
                or _inner_title_before(doc, role, j)
                or (
                    before not in _RANKS
                    and _strip_clitics(before) in _ROLE_HEADS
                    and not _coordinated_role(before)  # `الشاعر والناقد شعبان يوسف`
                )
            ):
                # `مسؤول كبير في إدارة الرئيس باراك أوباما`: the title's holder, and an
                # unnamed source stays unnamed
                return None
            return _mention_speaker(m, "PER")
        if (
            j == doc.tok_at(role.end)
            and not (k in ("في", "علي", "عن", "الي") or k.startswith(("ل", "ب", "ال")))
            and not _coordinated_role(k)  # `مستشار الوزارة ومتحدثها الرسمي حاتم قاضي`
            and not _person_starts(doc, j + 1)  # `مدير عام جمرك سلوى علي العطوي`: a place first
            and not _coordinated_place(doc, j)  # `مدير إدارة الشرق الأوسط وآسيا الوسطى في …`
        ):
            break  # `الدكتور مظهر محمد صالح`: a name right after the role, the caller's rule
        over = j == doc.tok_at(role.end) and _role_over(doc, j)
        if k in _RELATIVES:
            # `كبير الباحثين الذين قاموا بالدراسة، سيث بولاك إن`: the name after the clause
            comma = _clause_comma(doc, j + 1, limit)
            return _appositive_person(doc, comma + 1, limit) if comma is not None else None
        if (
            k in COMPLEMENTIZERS
            or (k in _STOP_WORDS and k not in ("في", "الي") and not over)
            or (k in _NAME_END and k != "في")
            or _cue_kind(k, doc, j)
        ):
            break
        end = te
        j += 1
    if office_end is not None:
        return _Speaker(role.start, office_end, None, 1, "office")
    return None


def _first_word(doc: _Doc, sp: _Speaker) -> str:
    first = _ARABIC_WORD.search(doc.text, sp.start, sp.end)
    return first.group() if first else ""


def _person_after_body(doc: _Doc, body: _Speaker) -> _Speaker | None:
    """The person the tagger found right after a role's body, past its closing mark and up to
    two definite adjectives (`حزب "الشعب الجمهوري" المعارض أوزغور أوزال`)."""
    j = doc.tok_at(body.end)
    if j < len(doc.toks) and _tok_text(doc, j) in QUOTE_MARKS:
        j += 1
    for _ in range(3):
        if j >= len(doc.toks):
            return None
        s, e = doc.toks[j]
        m = next((m for m in doc.mentions_in(s, e) if m.start == s), None)
        if m is not None:
            return _mention_speaker(m, "PER") if m.label == "PER" else None
        k = doc.key(j)
        if not k.startswith("ال") or k in _STOP_WORDS or not _ARABIC_WORD.fullmatch(doc.text[s:e]):
            return None
        j += 1
    return None


def _coordinated_place(doc: _Doc, j: int) -> bool:
    """Token `j` is `و` + a place or body the tagger found (`وآسيا`): a second complement of the
    role, coordinated with the first."""
    s, e = doc.toks[j]
    return doc.key(j)[:1] == "و" and any(
        m.label in ("LOC", "ORG") and m.start == s + 1 for m in doc.mentions_in(s, e)
    )


def _holder_of_inner_title(doc: _Doc, role: _Speaker, j: int) -> bool:
    """Whether the person named at token `j` holds, as the KB knows, a title inside the role
    after its head (`مدير مكتب الرئيس الروسي` + بوتين: Putin's office director, not Putin);
    `نائب الرئيس` is one title, the vice-president's."""
    person = next((m.entity_id for m in doc.mentions_in(*doc.toks[j]) if m.label == "PER"), None)
    if person is None:
        return False
    for t in doc.titles_in(role.start, role.end):
        if t.entity_id == person and t.start > role.start:
            return not _deputy_before(doc, doc.tok_at(t.start))
    return False


_DEPUTY_OF = _words("نايب نايبه")
# a president's or king's title: held by the name right after it
_INNER_TITLES = _words("الرييس الرييسه الملك الزعيم المرشد")


def _title_adjective(key: str) -> bool:
    """A definite adjective of a title: a nisba (`الإيراني`) or `السابق`, `المساعد` …"""
    return key.startswith("ال") and (key.endswith(("ي", "يه")) or key in _ROLE_ADJ)


def _deputy_before(doc: _Doc, tok: int) -> bool:
    """`نائب` right before token `tok`: `نائب الرئيس` is one title, the vice-president's."""
    return tok > 0 and _strip_clitics(doc.key(tok - 1)) in _DEPUTY_OF


def _inner_title_before(doc: _Doc, role: _Speaker, j: int) -> bool:
    """Whether a president's or king's title, past the role, comes right before token `j`
    (`عضو في حزب الرئيس اليمني السابق` + a name: the name is the president's)."""
    b = j - 1
    first = doc.tok_at(role.end)
    while b >= first and j - b < 4:
        k = doc.key(b)
        if k in _INNER_TITLES:
            return not _deputy_before(doc, b)
        if not _title_adjective(k):
            return False
        b -= 1
    return False


# as written: `والدة الشهيد` is his mother, `والده محمد` is "his father, Muhammad"
_RELATIONS = frozenset(
    [
        "والد",
        "والدة",
        "شقيق",
        "شقيقة",
        "زوج",
        "زوجة",
        "ابن",
        "ابنة",
        "نجل",
        "محامي",
        "محامية",
        "مكتب",
        "أرملة",
        "ارملة",
        # `أحد أنصار حبري`: one of his supporters
        "أحد",
        "احد",
        "إحدى",
        "احدى",
    ]
)


# a deputy or adviser of the person named right after: `نائب داود أوغلو` (not `نائب رئيس
# الوزراء بولند أرينج`, where the name is the holder of the whole role)
_DEPUTIES = frozenset(["نائب", "نائبة", "مستشار", "مستشارة"])


def _relative_of(doc: _Doc, role: _Speaker) -> bool:
    """The role is a relation to someone (`والد`, `محامي`, `مكتب نتنياهو`, a one-word `نائب`),
    not a title."""
    head = _ARABIC_WORD.match(doc.text, role.start)
    if head is None:
        return False
    return head.group() in _RELATIONS or (head.group() in _DEPUTIES and head.end() == role.end)


def _person_right_after(doc: _Doc, role: _Speaker, limit: int) -> Mention | None:
    """A person mention inside the role's genitive or right after it (`محامي ميليسا`)."""
    for m in doc.mentions_in(role.start, min(limit, role.end + 60)):
        if m.label != "PER" or m.end > limit:
            continue
        if m.start < role.end or not doc.text[role.end : m.start].strip(_SPACE):
            return m
        break
    return None


def _quoted_holder(doc: _Doc, o: int, c: int) -> bool:
    """Tokens `o`..`c` are marks around one to three words that read as a name, and the
    sentence goes on after `c` (`الدكتور “وهبة الزحيلى” عام 2013`)."""
    if not 1 <= c - o - 1 <= 3 or c + 1 >= len(doc.toks):
        return False
    if not all(_ARABIC_WORD.fullmatch(_tok_text(doc, k)) for k in range(o + 1, c)):
        return False
    first, after = doc.key(o + 1), doc.key(c + 1)
    if first in _SPEECH_START or first in COMPLEMENTIZERS:
        return False
    return (
        _ARABIC_WORD.fullmatch(_tok_text(doc, c + 1)) is not None
        and after not in COMPLEMENTIZERS
        and not _is_cue_key(after)
    )


def _person_role(role: str) -> bool:
    """A one-word definite role a person holds (`الدكتور`, `القارئ`), not a body
    (`الشركة`, `صحيفة`) or a text (`التقرير`)."""
    words = _ARABIC_WORD.findall(role)
    k = _key(words[0]) if len(words) == 1 else ""
    return (
        k.startswith("ال")
        and k in _ROLE_HEADS
        and k not in _BODY_ROLES
        and k not in ("البيان", "التقرير", "الدراسه")
    )


def _clause_comma(doc: _Doc, j: int, limit: int, reach: int = 8) -> int | None:
    """The token index of the comma that closes a short relative clause starting at `j`."""
    for c in range(j, min(j + reach, len(doc.toks))):
        t = _tok_text(doc, c)
        if doc.toks[c][0] >= limit or t in QUOTE_MARKS or t in ":.؛":
            return None
        if t in "،,":
            return c
    return None


def _role_over(doc: _Doc, j: int) -> bool:
    """`المشرف العام على البرنامج`, `المسؤول عن الملف`: `على`/`عن` at token `j` says what the
    role is over (a definite noun, or a noun and its definite genitive; not `على هامش`)."""
    n = len(doc.toks)
    if doc.key(j) not in ("علي", "عن") or j + 1 >= n or doc.key(j + 1) in ("هامش", "حد", "لسان"):
        return False
    if j and doc.key(j) == "علي" and _strip_clitics(doc.key(j - 1)) in _OVERSEERS:
        return True  # `المشرف على تطوير سوق عكاظ`: whatever follows, it is what he runs
    return doc.key(j + 1)[:2] == "ال" or doc.key(min(j + 2, n - 1))[:2] == "ال"


_OVERSEERS = _words("المشرف مشرف المشرفه مشرفه القايم القايمه")


def _prepositional_complement(doc: _Doc, j: int) -> bool:
    """Token `j` opens a role's complement in ب or في (`بجامعة`, `في وزارة`), not a name."""
    k = doc.key(j)
    if k == "في" and j + 1 < len(doc.toks):
        return _is_name_noun(_tok_text(doc, j + 1))
    return k[:1] == "ب" and len(k) > 3 and _is_name_noun(_tok_text(doc, j))


def _appositive_person(doc: _Doc, j: int, limit: int) -> _Speaker | None:
    """A person named between commas right after a role (`رئيس المجلس التنسيقي للمقاومة بتعز،
    الشيخ حمود سعيد المخلافي، إن`), with an optional rank; the role's holder speaks."""
    n = len(doc.toks)
    ranked = j < n and doc.key(j) in _RANKS
    if ranked:
        j += 1
    if j >= n or doc.toks[j][0] >= limit:
        return None
    ts, te = doc.toks[j]
    for m in doc.mentions_in(ts, te):
        if m.label == "PER" and m.start == ts and m.end <= limit:
            k = doc.tok_at(m.end)
            if ranked or (
                k < n and (_tok_text(doc, k) in ("،", ",") or doc.key(k) in COMPLEMENTIZERS)
            ):
                return _mention_speaker(m, "PER")
    return None


def _person_starts(doc: _Doc, j: int) -> bool:
    """Whether a person mention of two words or more starts at token `j` (one word may be the
    tail of a name the tagger split: `الدكتور علم الدين`)."""
    if j >= len(doc.toks):
        return False
    ts, te = doc.toks[j]
    return any(
        m.label == "PER"
        and m.start == ts
        and len(_ARABIC_WORD.findall(doc.text, m.start, m.end)) > 1
        for m in doc.mentions_in(ts, te)
    )


def _lam_clitic(doc: _Doc, word: str) -> bool:
    """Whether `word` is ل + a name (`للعبادي`, `لبوتين`), not a name that starts with ل
    (`ليلى`, `لطفي`): لل + the article, or a rest the article or the KB knows as a name."""
    if word[:1] != "ل":
        return False
    rest = word[1:]
    return word.startswith("لل") or _key(rest) in doc.surnames or _kb_link(doc, rest) is not None


# the speaker's own words, unmarked (`وقال كنا «عازمين»`): never a name (`نحن` may speak)
_FIRST_PERSON = _words("كنا كنت اننا انني لقد")


def _first_person(key: str) -> bool:
    """`كنا`, `أؤكد`, `أقول`: the speaker's own unmarked words, never a name."""
    return key in _FIRST_PERSON or (key[:1] == "ا" and "ي" + key[1:] in CUE_FORMS)


def _bare_run(doc: _Doc, i: int, limit: int) -> list[tuple[int, int]]:
    """Up to three undetermined words from token `i` (a name the tagger may have missed)."""
    text = doc.text
    run: list[tuple[int, int]] = []
    j = i
    end = doc.toks[i][0]
    while j < len(doc.toks) and len(run) < 3 and doc.toks[j][0] < limit:
        ts, te = doc.toks[j]
        if run and text[end:ts].strip(_SPACE):
            break
        k = doc.key(j)
        if not run and (
            k in doc.surnames  # `وقال السلطان` after `محمد جاسم السلطان`: a known name
            or (
                k.startswith("ال")
                and k.endswith(("ي", "يون", "يين"))
                and len(k) > 5
                and k not in _ROLE_HEADS
            )
        ):
            run.append((ts, te))  # or a family name alone: `وقال الكربولي في حديث`
            break
        if (
            len(run) == 1
            and k.startswith("ال")
            and len(k) > 4
            and k not in _STOP_WORDS
            and k not in _ROLE_HEADS
            and not _cue_kind(k, doc, j)
        ):
            run.append((ts, te))  # a family name with the article: `مصعب المدرس`
            break
        if (
            not _ARABIC_WORD.fullmatch(text[ts:te])
            or k.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
            or (not run and _first_person(k))  # `قال أؤكد وبشكل حازم أن`
            or k in _HONORIFIC_PRONOUNS
            or k in _SAME
            or k in _ADVERBS
            or (len(k) > 4 and k.endswith(("اته", "اتها", "اتهم", "ها", "هم")))  # تأكيداته
            or _his_statement_or_feeling(k)  # `واختتم وكيل الوزارة تصريحه`, `أبدى ارتياحه`
            or k in _STOP_WORDS
            or k in COMPLEMENTIZERS
            or k in _PREPOSITIONS
            or _strip_clitics(k) in _ROLE_HEADS
            or (k[:1] in "بلك" and k[1:] in _ROLE_HEADS)  # `بوزارة التعليم`: where, not who
            or _role_of_someone(text[ts:te])  # `مدربه ديتر هاكينغ`: the name comes next
            or _cue_kind(k, doc, j)
            or len(k) < 2
            or k in _SKIPPABLE  # `وقال بدوره بوتين`: an adverb, then the name
            or _manner_word(text[ts:te], k, feminine=not run)  # `بدا إبراهيم حزيناً`
        ):
            break
        run.append((ts, te))
        end = te
        j += 1
    return run


# what a speaker shows, expresses or holds (`أبدى ارتياحه`, `عبر عن سعادته`, `من وجهة
# نظره`), never a name
_FEELINGS = _words(
    "ارتياح سعاده شكر تقدير اسف قلق ترحيب رفض استياء امتنان فخر اعتزاز تفاول نظر راي"
)


def _his_statement_or_feeling(key: str) -> bool:
    """`تصريحه`, `كلمته`, `سعادته`, `نظره`: a statement, a feeling or a view with his
    pronoun."""
    if len(key) < 4 or not key.endswith("ه"):
        return False
    base = key[:-1]
    if base.endswith("ت"):
        base = base[:-1] + "ه"
    return base in _FEELINGS or base in _SPEECH_NOUNS


def _without_run_on(doc: _Doc, sp: _Speaker) -> _Speaker:
    """A name the tagger ran on into the one told or a manner (`سيف لفرانس برس`, `إبراهيم
    حزيناً`), cut before it."""
    words = list(_ARABIC_WORD.finditer(doc.text, sp.start, sp.end))
    # (`لكن مصدرًا بارزًا`: an accusative name agrees with its accusative adjective)
    accusative = bool(words) and "\u064b" in words[0].group()
    for prev, w in itertools.pairwise(words):
        if _runs_on(w.group(), _key(w.group()), feminine=False, manner=not accusative):
            return replace(sp, end=prev.end())
    return sp


def _runs_on(word: str, key: str, feminine: bool, manner: bool = True) -> bool:
    """A word a name never runs on into: the one told, or (with `manner`) a manner."""
    return _told_word(word, key) or (manner and _manner_word(word, key, feminine))


def _told_word(word: str, key: str) -> bool:
    """ل + the press or + a word with a pronoun: the one told, after a speaker's name."""
    if key[:1] != "ل" or len(key) < 4:
        return False
    return _told_the_press(key) or key[1:] in _AGENCIES or word.endswith(("ه", "ها", "هم"))


_AGENCIES = _words("فرانس رويترز")  # (the press and other media: `_told_the_press`)


def _manner_word(word: str, key: str, feminine: bool = True) -> bool:
    """An indefinite accusative adverb or participle, how the speaker spoke, never a name:
    `وعدًا أساسيًا`, `ويقول معلقا`, and with `feminine` (right after a cue, not inside a
    phrase: `قيادي بمرتبة متوسطة`) `وتابعت متحمسة` (not `ماريا`, `مونيكا`)."""
    if "\u064b" in word:  # tanwin al-fath is never written on a name
        return True
    if len(key) < 5 or key[0] != "م" or key[1] in "اوي" or key.endswith("يها"):
        return False  # (`مفاوضيها`: her negotiators)
    return key.endswith("ا") or (feminine and key.startswith(("مت", "مست")) and key.endswith("ه"))


def _bare_name(doc: _Doc, i: int, limit: int, mark_ok: bool = False) -> _Speaker | None:
    """A name written after a cue or a title that no mention covers (`وقال جون ديميرس،`).

    With no KB hit the words must end at a boundary; a quotation mark counts only after a
    verb of saying (`وقالت نيشوتا «…»`), not after one that takes an object (`أعلن قيام «…»`).
    """
    text = doc.text
    run = _bare_run(doc, i, limit)
    if not run:
        return None
    s = run[0][0]
    joined = _name_before_person(doc, i, run, limit)
    if joined is not None:
        return joined
    first_key = doc.key(i)
    if len(run) == 1 and first_key in doc.surnames:
        return _Speaker(s, run[0][1], doc.surnames[first_key], 2)
    if doc.kb is not None:
        for n in range(len(run), 0, -1):
            ent = _kb_entity(doc, text[s : run[n - 1][1]])
            if ent is not None:
                if getattr(ent, "label", "PER") in _SPEAKER_LABELS:
                    return _Speaker(s, run[n - 1][1], ent.id, 3)
                return None  # a place or a thing (`روسيا`) is not a bare-name speaker
    if len(run) > 1 and doc.key(i + len(run) - 1) in doc.person_ends:
        # `وقال سكولارد …` then `وأوضح تور أولي سكولارد "…"`: the full name of a known person
        return _Speaker(s, run[-1][1], doc.surnames.get(doc.key(i + len(run) - 1)), 2)
    # no KB hit: the run must end at a boundary (punctuation, complementizer, title...)
    j = i + len(run)
    if j < len(doc.toks) and doc.toks[j][0] < limit:
        k = doc.key(j)
        t = text[doc.toks[j][0] : doc.toks[j][1]]
        if not (
            t in "،,:؛(-–"
            or k in COMPLEMENTIZERS
            or k in _NAME_END
            or k in ("ابن", "ابنه")  # `وسام اللحاف ابن شقيقة السائق`: who he is
            # `وقال بروسات الذي تعاون مع …`; two words right after the verb, not an idafa
            # (`وأوضح معين شمشوم الذي أسس …`, not `ونفى المسؤول صحة الشائعات التي`)
            or (k in _RELATIVES and (len(run) == 1 or _two_word_subject(doc, i)))
            or (k[:1] == "ل" and len(k) > 3)  # وقال كيري لمجلس العلاقات الخارجية
            or (k == "ل" and _next_is_mark(doc, j))  # `وقالت وجنات ل"الوطن"`
            or _strip_clitics(k) in _ROLE_HEADS
            or any(True for _ in doc.titles_in(doc.toks[j][0], doc.toks[j][1]))
            or _cue_kind(k, doc, j)
            or (mark_ok and t in QUOTE_MARKS)
        ):
            return None
    return _Speaker(s, run[-1][1], None, 0)


def _two_word_subject(doc: _Doc, i: int) -> bool:
    """Two undetermined words right after a verb of saying, the second without the article:
    a name the tagger missed, before a relative clause (`وقالت لايهون شان التي`)."""
    return (
        i > 0
        and _cue_kind(doc.key(i - 1), doc, i - 1) is not None
        and not (i > 1 and doc.key(i - 2) in _PREPOSITIONS)  # `أشارت إلى تنقّل خيمة نخول`
        and not doc.key(i + 1).startswith("ال")
    )


def _name_before_person(
    doc: _Doc, i: int, run: list[tuple[int, int]], limit: int
) -> _Speaker | None:
    """The tagger's person name starts one word late (`بدر` + `شاكر السياب`): a bare first
    word glued to a person mention is its first name, and the speaker is the whole name."""
    if i + 1 >= len(doc.toks) or doc.toks[i + 1][0] >= limit:
        return None
    if doc.key(i).startswith("ال"):
        return None  # `المحامي محمود عبد الله`, `الاسباني مارتينيز`: a title or a nisba
    ts, te = doc.toks[i + 1]
    if doc.text[run[0][1] : ts].strip(_SPACE):
        return None
    for m in doc.mentions_in(ts, te):
        if m.label == "PER" and m.start == ts and run[-1][1] <= m.end <= limit:
            return _Speaker(run[0][0], m.end, m.entity_id, 2, "PER")
    return None


def _next_is_mark(doc: _Doc, j: int) -> bool:
    """Whether the token after `j` is a quotation mark glued to it (`ل«عكاظ»` splits in two)."""
    if j + 1 >= len(doc.toks):
        return False
    ts, _te = doc.toks[j + 1]
    return doc.text[ts] in QUOTE_MARKS and doc.toks[j][1] == ts


def _recent_person(doc: _Doc, pos: int, window: int = 400) -> _Speaker | None:
    """The last person mention ending before `pos`, no more than `window` characters back,
    outside quotes."""
    i = bisect.bisect_left(doc.m_starts, pos) - 1
    fallback = None
    while i >= 0:
        m = doc.mentions[i]
        if m.end <= pos:
            if pos - m.end > window:
                return fallback
            if _quoted_at(doc, m.start):
                i -= 1
                continue  # a name inside a quote is talked about, not talking
            if m.label == "PER":
                sp = _Speaker(m.start, m.end, m.entity_id, 2, "PER")
                if not _led_by_noun_phrase(doc, m.start):
                    return sp
                fallback = fallback or sp
        i -= 1
    return fallback


def _led_by_noun_phrase(doc: _Doc, start: int) -> bool:
    """`بقيادة المخرج فيصل بوحشي`, `برئاسة الوزير …`: a person inside a phrase headed by a
    ب/ل noun (a role noun and its adjectives in between) is not the one the text is about."""
    j = doc.tok_at(start) - 1
    for _ in range(4):
        if j < 0 or not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            return False
        k = doc.key(j)
        if k[:1] in "بل" and len(k) >= 5 and not k.startswith(("ال", "لل")):
            return True
        if not k.startswith("ال"):
            return False
        j -= 1
    return False


def _recent_org(doc: _Doc, key: str, before: int) -> str | None:
    """`الصحيفة` -> the most recent organisation mention whose name starts with `صحيفة`."""
    head = key[2:]
    i = bisect.bisect_left(doc.m_starts, before) - 1
    fallback = None
    while i >= 0:
        m = doc.mentions[i]
        if m.label == "ORG" and m.entity_id:
            mk = matching_key(doc.text[m.start : m.end])
            if mk.startswith(head) or mk.startswith("ال" + head):
                return m.entity_id
            if fallback is None:
                fallback = m.entity_id
        i -= 1
    return None


# verbs that carry statements without making them (besides the cue verbs: نقل، أورد)
_CARRYING = _words("تناقلت نشرت نشر بثت اذاعت تداولت")
# `في بيان تسلمت وكالة فرانس برس نسخة منه`, `اطلعت عليه`: the one who received it
_CARRYING |= _words("تسلمت تسلم تلقت تلقي اطلعت اطلع حصلت حصل")


def _carries(key: str) -> bool:
    """`نقلتها`, `تناقلته`, `نشرتها`: a verb that carries a statement, with the statement as an
    attached object pronoun (`في تصريحات نقلتها وسائل الإعلام`, `بيان تناقلته …`)."""
    return any(
        key.endswith(suf) and (key[: -len(suf)] in CUE_FORMS or key[: -len(suf)] in _CARRYING)
        for suf in ("ها", "ه", "هم")
    )


_ISSUED = _words("صادر صادره الصادر الصادره")
_ISSUING = _words("اصدر اصدرت وزع وزعت تلا تلت")


def _issues(key: str) -> bool:
    """`أصدرته`, `وزعها`: a verb that issued the statement, with it as an object pronoun."""
    return any(key.endswith(suf) and key[: -len(suf)] in _ISSUING for suf in ("ها", "ه"))


_MEDIA = _words("صحيفه جريده قناه وكاله موقع اذاعه تلفزيون مجله برنامج شبكه محطه")


def _genitive_agent(doc: _Doc, i: int, limit: int) -> bool:
    """`وصف براوكلر للمتهم ب«الشرير»`: the person at token `i` is the masdar's agent, its
    object comes after with ل."""
    if i >= len(doc.toks):
        return False
    s, e = doc.toks[i]
    for m in doc.mentions_in(s, e):
        if m.label == "PER" and m.start == s:
            j = doc.tok_at(m.end)
            return j < len(doc.toks) and doc.toks[j][0] < limit and doc.key(j)[:1] == "ل"
    return False


def _agent_before(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """The last person named before the cue in its own sentence."""
    first = _sentence_start(doc, cue.tok - 1, 40)
    if first is None:
        return None
    lo = doc.toks[first][0]
    found = None
    for m in doc.mentions_in(lo, cue.start):
        if m.label == "PER" and m.end <= cue.start:
            found = m
    if found is None:
        return None
    return _mention_speaker(found, "PER")


# speakers who never become the current speaker of a later bare cue: God and the Prophet
# cited (`قال تعالى`), a saying told of someone (`روي عن أفلاطون`), a quantified group
_NOT_CURRENT = ("revered", "cited", "group")
_ADDRESSING = _words("مخاطبا مخاطبه مخاطبين مخاطبتا")


_PRINCELY = _words("الامير امير سمو")
_PRINCE_TITLE = _PRINCELY | _words("صاحب السمو الملكي")


def _last_prince(doc: _Doc, pos: int) -> _Speaker | None:
    """The last person named within 1,500 characters before `pos` with `الأمير` or `سمو` in
    the three words before the name: whom `سموه` (His Highness) stands for."""
    for m in reversed(list(doc.mentions_in(max(0, pos - 1500), pos))):
        if m.label != "PER" or m.end > pos:
            continue
        j = doc.tok_at(m.start)
        if any(doc.key(b) in _PRINCELY for b in range(max(0, j - 3), j)):
            return _mention_speaker(m, "PER")
    return None


def _princely_subject_before(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`هنأ صاحب السمو الأمير جلوي … الأمير محمد بن نايف …. وقال سموه`: the subject of
    the sentence before, when a prince."""
    j = cue.tok - 1
    if j < 1 or not _ends_sentence(doc.text, *doc.toks[j]):
        return None
    first = _sentence_before(doc, cue.tok)
    if first is None or not _verb_before_name(doc, first):
        return None
    k = first + 1
    while k < cue.tok and doc.key(k) in _PRINCE_TITLE:
        k += 1  # `صاحب السمو الملكي الأمير`
    return _person_starting(doc, k) if k > first + 1 else None


def _speaker_after(doc: _Doc, cue: _Cue, limit: int) -> _Speaker | None:
    """The subject written right after a cue verb (VSO), before `limit`."""
    text = doc.text
    n = len(doc.toks)
    i = cue.tok + 1
    skipped = 0
    key = _strip_clitics(doc.key(cue.tok))
    if key.startswith(("نقل", "ناقل")):
        # نقل X عن Y (قوله): Y speaks
        j = i
        while j < n and j < cue.tok + 12 and doc.toks[j][0] < limit:
            if doc.key(j) == "عن" and j + 1 < n:
                sp = _speaker_at(doc, j + 1, limit, True)
                if sp is not None:
                    return sp
            if j < cue.tok + 3 and doc.key(j) in _FROM_HIM:
                return None  # `ونقلت عنه «نيويورك تايمز»:`: he, named before, speaks
            j += 1
    if doc.key(cue.tok) in _CAME and _came_in_statement(doc, cue.tok):
        # `وجاء في البيان`: the statement speaks; `وجاء في المقال`: its writer, said before
        j = (i + 1 if doc.key(i) == "ايضا" else i) + 1
        if doc.key(j) in _WRITINGS:
            return None
        s, e = doc.toks[j]
        return _speaker_at(doc, j, limit, False) or _Speaker(s, e, None, 1, "definite")
    if key in ("روي", "يروي") and i + 1 < n and doc.key(i) == "عن":
        # `روي عن أفلاطون:`: a saying told of him, after which the writer goes on
        sp = _speaker_at(doc, i + 1, limit, True)
        if sp is not None:
            sp.kind = "cited"
        return sp
    if i < n and doc.key(i) in _ADDRESSING:
        return None  # `وأضاف مخاطبًا حبري:`: the one spoken to follows, the speaker was before
    own = doc.key(cue.tok)
    named = _named_right_before(doc, cue.tok) if key in _DESCRIBES and own == key else None
    if named is not None:
        return named  # `بدأ الحاكم أليخاندرو باديلا وصف الديون بأنها`: the name before speaks
    if cue.kind == "verb" and _pronoun_subject(doc, cue.tok):
        return None  # `ورغم أنه لا ينفي قوة النظام`: he (said before) is the subject
    if key in _DEEMING and i < n and doc.key(i) in _IN_IT:
        return None  # `ألقى خطابا وصف فيه غراهام بأنه`: the one described; the speech's giver spoke
    if own in ("وصفه", "وصفها", "وصفهم") and i < n and doc.key(i)[:1] == "ل":
        return None  # `في معرض وصفه لنقاش الكونغرس بأنه «…»`: his, whoever he is
    if (
        own == "وصف"
        and cue.tok > 0
        and doc.key(cue.tok - 1) in _PREPOSITIONS
        and not _genitive_agent(doc, i, limit)
    ):
        # `دفع ذلك ليبرمان إلى وصف أردوغان بأنه «…»`: the masdar's genitive is described;
        # its agent is the person before it in the sentence
        return _agent_before(doc, cue)
    if cue.kind == "noun" and i < n and (_carries(doc.key(i)) or doc.key(i) in _CARRYING):
        # `في بيان تناقلته وسائل الإعلام`: the media carried it, did not say it; `في بيان نشر
        # اليوم`: published, by nobody named
        return None
    if cue.kind == "noun" and i < n and _issues(doc.key(i)):
        # `في بيان أصدرته وزارة الخارجية`: the issuer, if named (`بيان أصدره اليوم`: not here)
        return _speaker_at(doc, i + 1, limit, False) if i + 1 < n else None
    if cue.kind == "noun" and i + 2 < n and doc.key(i) in _ISSUED and doc.key(i + 1) == "عن":
        # `بيان صادر عن مكتب نتنياهو`, `بيان صادر عن المؤسسة:`
        return _speaker_at(doc, i + 2, limit, False) or _definite_subject(doc, i + 2, limit)
    if cue.kind == "noun" and key in ("قول", "تعبير") and i < n:
        return _speaker_at(doc, i, limit, True)  # `على حد قول بدر شاكر السياب`: the genitive
    if cue.kind == "noun" and key.startswith("قول"):
        j = cue.tok - 1
        while j >= 0 and j > cue.tok - 14:
            if doc.key(j) == "عن":
                return _speaker_at(doc, j + 1, doc.toks[cue.tok][0], True) or _relayed_words(
                    doc, j + 1, cue.tok
                )
            j -= 1
        return None
    if i < n and cue.kind == "verb" and _revered_at(doc, i):
        return _revered_subject(doc, cue, i)
    if i + 1 < n and cue.kind == "verb" and doc.key(i) in _FROM_HIM and _revered_at(doc, i + 1):
        return _revered_subject(doc, cue, i + 1)  # `التي قال عنها ربنا:`: about it, then who
    if (
        i + 1 < n
        and cue.kind == "verb"
        and doc.key(i) in _PROPHET
        and _tok_text(doc, i + 1) in _PRAISE_BRACKETS
    ):
        return _Speaker(*doc.toks[i], None, 2, "revered")  # `ويقول الرسول - صلى الله عليه وسلم -:`
    while i < n and doc.toks[i][0] < limit and skipped <= 2:
        s, e = doc.toks[i]
        t = text[s:e]
        k = doc.key(i)
        about = skipped == 1 and doc.key(i - 1) in _FROM_HIM  # `يقول عنه "X"`
        if (
            t in QUOTE_MARKS
            and (skipped == 0 or about)
            and not key.startswith("ابلغ")
            and key not in _WORD_NOUNS  # `كلمة "كوموساتسو" التي تعني`: a word, not who
        ):
            # `وأضاف "العنزي": "…"`; `أبلغ «الشرق الأوسط» أن`: the one told, not the speaker
            sp = _quoted_name(doc, i, limit)
            if sp is not None:
                return sp
        if k == "ل" and i + 1 < n and _tok_text(doc, i + 1) in QUOTE_MARKS:
            if cue.kind == "noun":
                return None  # `خلال تصريحات ل«الشرق الأوسط»، مفوض …`: the statement's maker
                # is the sentence's subject; what follows the outlet is an object
            # `وقال ل «عكاظ» مستشار الوزارة`: told the outlet; its subject comes after
            j = i + 2
            while j < n and j <= i + 8 and doc.toks[j][0] < limit:
                if _tok_text(doc, j) in QUOTE_MARKS:
                    break
                j += 1
            if j < n and doc.toks[j][0] < limit and _tok_text(doc, j) in QUOTE_MARKS:
                i = j + 1
                skipped += 1
                continue
        if (
            cue.kind == "verb"
            and (skipped == 0 or about)
            and k in _PROPHET
            and _praise_length(doc, i + 1) > 0
        ):
            return _Speaker(s, e, None, 2, "revered")  # `قال عنه الرسول عليه الصلاة والسلام`
        if skipped == 0 and cue.kind == "verb" and k in _ONE_OF_THEM:
            return _Speaker(s, e, None, 1, "role")  # `يقول أحدهم:`: one of them, unnamed
        if skipped == 0 and cue.kind in ("verb", "source") and k in ("هو", "هي"):
            # `كما قال هو نفسه:`: the pronoun stands for the person just named
            return _recent_person(doc, cue.start, 200)
        if k in _WHEN_CLAUSE:
            return None
        if k in _WHEN or (k == "في" and i + 1 < n and doc.key(i + 1) in _WHEN):
            i += 1  # `وقالت في وقت سابق هوغيت لابيل`: when she said it, before who
            continue
        if len(k) == 1 and i + 2 < n and text[doc.toks[i + 1][0]] == ".":
            # `وقال د. عبدالعزيز قاسم`, `م. إسماعيل` (مهندس), `أ.د.`: an abbreviated title,
            # then the name
            i += 2
            continue
        if t in QUOTE_MARKS or t == ":" or t in _SENT_END:
            return None
        if k in COMPLEMENTIZERS and not t.startswith("آ"):
            return None  # (`وشددت آن هيدالغو`: the name Anne, never written إن/أن)
        if k in ("الي", "علي") and not any(m.start == s for m in doc.mentions_in(s, e)):
            return None  # `أكد على`; not the name `علي أكبر صالحي`
        if k == "سموه" and i == cue.tok + 1:
            # `وقال سموه`: the prince named last, not the king; but the prince who was the
            # subject of the sentence before, not the one he congratulated in it
            return _princely_subject_before(doc, cue) or _last_prince(doc, s)
        if t == "\n" or k in _HONORIFIC_PRONOUNS:
            return None
        if (
            cue.kind == "noun"
            and i == cue.tok + 1
            and (k in ("خاص", "خاصه") or (k.endswith(("ي", "يه")) and len(k) > 3))
            and not k.startswith("ال")
            and not any(m.label == "PER" and m.start == s for m in doc.mentions_in(s, e))
        ):
            # `في تصريحات صحفية`, `بيان رسمي`, `حديث تلفزيوني`: the statement's adjective
            i += 1
            continue
        if cue.kind == "noun" and k[:1] == "ل" and (k[1:] in _MEDIA or k[2:] in _MEDIA):
            return None  # `في تصريحات لصحيفة "الحياة"`: told the paper, which did not speak
        if cue.kind == "noun" and (k.startswith("ل") or k in ("ل",)):
            sp = _speaker_at(doc, i, limit, True)
            if sp is not None:
                if sp.start == s and len(t) > 3 and t[0] == "ل" and t[1] != "ل":
                    # `بيان لأولي سولفانغ`: the preposition is not part of the name
                    sp.start += 2 if t[1] == "ـ" else 1
                return sp
            if i == cue.tok + 1 and key in _ISSUED_PAPERS and _issuing_body(k):
                # `وجاء في بيان للدائرة`: the body that issued it (`للدائرة` holds no
                # `الدائرة`, so the name starts after `لل`), with its adjectives (`للجيش
                # الإسرائيلي`)
                while i + 1 < len(doc.toks) and doc.toks[i + 1][1] <= limit:
                    if not _title_adjective(doc.key(i + 1)) or doc.key(i + 1) in _STOP_WORDS:
                        break
                    i += 1
                    e = doc.toks[i][1]
                return _Speaker(s + 2, e, _kb_link(doc, "ال" + text[s + 2 : e]), 1, "definite")
        if (
            cue.kind == "verb"
            and t[:1] == "ل"
            and skipped
            and _strip_clitics(doc.key(i - 1)) in _GIVEN_TO
        ):
            skipped += 1  # `وقال في تصريح لهسبريس:`: the outlet it was given to, tagged or not
            i = _past_name(doc, i + 1, limit)
            continue
        if cue.kind == "verb" and t[:1] == "ل" and (t.startswith("لل") or _is_name_noun(t[1:])):
            skipped += 1  # `وقال لبرنامج «واجه الصحافة»`: told a programme; it did not speak
            i = _past_name(doc, i + 1, limit)  # `وقال لصحيفة هاندلسبلات`: and the paper's name
            continue
        if key.startswith("ابلغ") and skipped == 0 and k.startswith("ال") and k.endswith("ين"):
            return None  # `أبلغ الصحافيين أن`: the ones told, not the speaker
        if (
            cue.kind == "verb"
            and i > cue.tok + 1
            and doc.key(i - 1) in ("في", "عبر", "خلال", "عن")  # not `قال كل من X`
        ):
            i += 1  # `كما أضاف في بيان`: the preposition's noun, not the subject
            skipped += 1
            continue
        if skipped == 0 and k in _FORMER_LATTER:
            return _former_or_latter(doc, i)  # `وأكد الأول`, `بحسب ما أكد الأخير`
        if cue.kind == "verb" and i > cue.tok + 1 and _static_cue_kind(k) == "source":
            return None  # `وأكد، بحسب وكالة «إيرنا»، أن`: who carried it, not who said it
        if (
            skipped == 0
            and cue.kind == "verb"
            and _body_head(k)
            and not key.startswith(("نقل", "ناقل"))  # `ونقلت قناة «…» عن`: a relay
        ):
            # `وأفاد موقع «الدرر الشامية» المعارض بأن`: the body named in marks
            quoted = _quoted_body_name(doc, _Speaker(s, e, None, 1, "role"), limit)
            if quoted is not None:
                return quoted
        if (
            i == cue.tok + 1
            and cue.kind == "verb"
            and _feminine_past(key)
            and (cue.tok == 0 or doc.key(cue.tok - 1) not in _RELATIVES)
        ):
            country = _country_at(doc, i, limit)
            if country is not None:
                return country  # `وأكدت روسيا أن`, `وهو ما اعتبرته تركيا "…"`: its government
        sp = _speaker_at(doc, i, limit, skipped == 0, key in _SAY_KEYS)
        if sp is not None and sp.kind == "role" and key in _DEEMING:
            sp = _role_before_object(doc, sp)
        if (
            sp is None
            and (skipped == 0 or about)
            and cue.kind == "verb"
            and not key.startswith("ابلغ")
        ):
            # `أبلغ الصحافيين أن`: the ones told; `قالت عنه الشعوب إنه`: about him, then who
            sp = _definite_subject(doc, i, limit)
            if sp is not None and key in _DEEMING:
                sp = _before_object(doc, sp)
        if sp is None and skipped == 0 and cue.kind == "verb":
            sp = _plural_source(doc, i)  # `حذر عسكريون وأمنيون تونسيون من`
        if sp is None and skipped == 0 and cue.kind == "verb" and not key.startswith("دع"):
            # `ووصف بعض الاقتصاديين التوقعات بأنها`; not `دعت بعض المسؤولين إلى` (the ones
            # called on)
            sp = _quantified_source(doc, i)
        if sp is None and skipped == 0 and cue.kind == "verb" and key in _SAY_OR_ADD:
            sp = _another_one(doc, i)  # `تقول مشاركة أخرى:`, `وقال مريض آخر`
        if (
            sp is not None
            and cue.kind == "verb"
            and sp.start > s
            and t[0] in "لب"
            and k not in _ROLE_HEADS
        ):
            sp = None  # `وصرح والد الفتاة لصحيفة …`: told the paper; the paper is not the subject
        if sp is not None and cue.kind == "verb" and _after_verb_complement(doc, cue, sp):
            sp = None  # `وأشاد بموقف دول التحالف`: what was praised, not who praised it
        if sp is not None and skipped and key in _ACCUSING:
            sp = _accuser_before(doc, cue, sp) or sp
        if (
            sp is not None
            and key in _DESCRIBING_WHOM
            and _described_as_next(doc, sp)
            and not (sp.kind == "PER" and _verbal_noun(doc, cue))  # `وصف كريستيان هبل بأنهم`
        ):
            # `فيما وصف السياسيين بأنهم «…»`: the one described, not the describer; `ووصف
            # البنك المركزي الخطوة بأنها`: the describer, then what was described
            return _without_described(doc, sp)
        if sp is not None:
            return _called(doc, sp, limit) or sp
        if t in "،," or k in _SKIPPABLE or _cue_kind(k, doc, i) is not None or k == "فيه":
            skipped += 0 if t in "،," else 1
        else:
            skipped += 1
        i += 1
    return None


def _past_name(doc: _Doc, i: int, limit: int) -> int:
    """The token after a name (not a person's) that starts at token `i`, else `i`."""
    if i >= len(doc.toks):
        return i
    s = doc.toks[i][0]
    for m in doc.mentions_in(s, s + 1):
        if m.start == s and m.label != "PER" and m.end <= limit:
            return doc.tok_at(m.end)
    return i


_FROM_HIM = _words("عنه عنها عنهم عنك")  # about him / from him: `قالت عنه`, `نقلت عنه`
_WORD_NOUNS = _words("كلمه لفظه عباره مصطلح")
_ACCUSING = _verb("اتهم", "تهم")
# `وصف`, `يصف`, `واصفا` with no object pronoun: the object is written after the subject
_DESCRIBING_WHOM = frozenset(
    f for f in _verb("وصف", "صف", "واصف") if not f.endswith(("ه", "ها", "هم", "هما"))
)
_AS_THAT = _words("بان بانه بانها بانهم بانهما ب بـ")


_BEFORE_A_VERB = _words("فيما بينما ثم كما حيث اذ قد لقد وقد فقد كان وكان عندما حين لكن ولكن")


def _verbal_noun(doc: _Doc, cue: _Cue) -> bool:
    """`ينطبق عليهم وصف X`, `إلى حد وصف`: a bare `وصف` after a word, not a verb opening its
    clause (`فيما وصف`, `. وصف`)."""
    if cue.tok == 0 or doc.key(cue.tok) != _strip_clitics(doc.key(cue.tok)):
        return False
    before = _tok_text(doc, cue.tok - 1)
    return bool(_ARABIC_WORD.fullmatch(before)) and doc.key(cue.tok - 1) not in _BEFORE_A_VERB


def _without_described(doc: _Doc, sp: _Speaker) -> _Speaker | None:
    """The describer of `وصف X Y بأنه`: X when the phrase found runs on into the object Y (a
    last definite word that is no adjective); None when the phrase is the object alone."""
    words = list(_ARABIC_WORD.finditer(doc.text, sp.start, sp.end))
    if len(words) < 2:
        return None
    if sp.kind == "PER":
        return sp  # `وصف علاوي العبادي بأنه`: two names tagged as one, the describer first
    k = _key(words[-1].group())
    first = _key(words[0].group())
    if len(words) == 2 and not first.startswith("ال") and first not in _ROLE_HEADS:
        return None  # `وصف معركة الاستحواذ بأنها`: one phrase, the object
    if k.startswith("ال") and not _adjective_key(k):
        return replace(
            sp, end=words[-2].end(), entity_id=_kb_link(doc, doc.text[sp.start : words[-2].end()])
        )
    return None


def _described_as_next(doc: _Doc, sp: _Speaker) -> bool:
    """`بأنه`, `بـ` right after the phrase: it is what was described (`وصف X بأنه`)."""
    j = doc.tok_at(sp.end)
    return j < len(doc.toks) and doc.key(j) in _AS_THAT


def _feminine_past(key: str) -> bool:
    """`أكدت`, `اعتبرته`: a past verb in the feminine, with or without an object pronoun."""
    stems = [key] + [key[: -len(p)] for p in ("ه", "ها", "هم") if key.endswith(p)]
    return any(len(stem) > 3 and stem.endswith("ت") for stem in stems)


def _country_at(doc: _Doc, i: int, limit: int) -> _Speaker | None:
    """A place the tagger found starting at token `i`, as a speaker: a state speaks
    (`فرنسا وبريطانيا` together), never `أبوظبي الرياضية` (a channel: a name goes on)."""
    place = _place_mention_at(doc, i, limit)
    if place is None:
        return None
    sp = _Speaker(place.start, place.end, place.entity_id, 2, "state")
    j = doc.tok_at(sp.end)
    if j < len(doc.toks) and doc.key(j).startswith("و"):
        other = next((m for m in doc.mentions_in(*doc.toks[j]) if m.label == "LOC"), None)
        if other is not None and other.end <= limit:
            sp.end, sp.entity_id = other.end, None  # `أكدت دمشق ومسقط`
            j = doc.tok_at(sp.end)
    if j < len(doc.toks) and doc.key(j).startswith("ال") and doc.key(j).endswith("يه"):
        return None
    return sp


def _feminine_verb(doc: _Doc, j: int) -> bool:
    """`أغلقت`, `وأعلنت`, `أن تبدأ`: a verb in the feminine singular at token `j` (not
    `تحركات`; a present form only after a particle or و, not the verbal noun `تدشين`)."""
    key = doc.key(j)
    bare = key[1:] if key[:1] in "وف" and len(key) > 4 else key
    if bare.startswith("ال") or bare.endswith("ات"):
        return False
    if len(bare) > 3 and bare.endswith("ت"):
        return True
    return (
        bare[:1] == "ت"
        and 4 <= len(bare) <= 5
        and _verb_like("ي" + bare[1:])
        and (bare != key or (j > 0 and doc.key(j - 1) in _VERB_PARTICLES))
    )


_VERB_PARTICLES = _words("ان لن لم قد")


def _feminine_subject_before(doc: _Doc, cue: _Cue, after: int) -> _Speaker | None:
    """The subject after the last feminine verb before the cue, in its paragraph, within
    400 characters and after `after`, when it takes feminine verbs itself (`إدارة نادي
    الشباب`, `وزارة العدل`)."""
    j = cue.tok - 1
    lo = max(after, cue.start - 400)
    while j >= 0 and doc.toks[j][0] >= lo:
        if "\n" in doc.text[doc.toks[j][1] : doc.toks[j + 1][0]]:
            return None
        if _feminine_verb(doc, j) and not _quoted_at(doc, doc.toks[j][0]):
            sp = _speaker_at(doc, j + 1, doc.toks[cue.tok][0], False)
            if sp is not None and sp.kind != "PER" and _speaker_gender(doc, sp) == "F":
                return sp
        j -= 1
    return None


def _quote_follows(doc: _Doc, cue: _Cue) -> bool:
    """A quotation opens later in the cue's sentence."""
    k = bisect.bisect_left(doc.quoted_starts, cue.end)
    if k >= len(doc.quoted_starts):
        return False
    between = doc.text[cue.end : doc.quoted_starts[k]]
    return len(between) < 400 and not any(ch in _SENT_END or ch == "\n" for ch in between)


def _place_mention_at(doc: _Doc, i: int, limit: int) -> Mention | None:
    """The LOC mention starting at token `i` and ending before `limit`, if any."""
    s, e = doc.toks[i]
    return next(
        (m for m in doc.mentions_in(s, e) if m.label == "LOC" and m.start == s and m.end <= limit),
        None,
    )


def _accuser_before(doc: _Doc, cue: _Cue, found: _Speaker) -> _Speaker | None:
    """`اتهمت المعارضة التركية حزب العدالة والتنمية ب«…»`: a definite subject written
    between the verb and the name `found`, who is the one accused."""
    first = cue.tok + 1
    k = doc.key(first)
    if not k.startswith("ال") or k in _STOP_WORDS or k in _TIME_NOUNS or k in _WHEN:
        return None
    last = doc.tok_before(found.start)
    if last < first or not all(
        _ARABIC_WORD.fullmatch(_tok_text(doc, j)) and doc.key(j).startswith("ال")
        for j in range(first, last + 1)
    ):
        return None
    s, e = doc.toks[first][0], doc.toks[last][1]
    return _Speaker(s, e, _kb_link(doc, doc.text[s:e]), 1, "definite")


def _named_right_before(doc: _Doc, tok: int) -> _Speaker | None:
    """The person or body mention ending on the token right before `tok`, outside quotes."""
    if tok < 1:
        return None
    ps, pe = doc.toks[tok - 1]
    for m in doc.mentions_in(max(0, ps - 80), pe):
        if m.end == pe and m.label in _SPEAKER_LABELS and not _quoted_at(doc, m.start):
            return _mention_speaker(m, m.label)
    return None


_HE_THAT = _words("انه انها لانه لانها كونه كونها")
_NOT = _words("لا لم لن")


def _pronoun_subject(doc: _Doc, tok: int) -> bool:
    """The verb at `tok` follows `أنه` (+ `لا`/`لم`/`لن`): its subject is that pronoun."""
    j = tok - 1
    if j >= 0 and doc.key(j) in _NOT:
        j -= 1
    return j >= 0 and doc.key(j) in _HE_THAT


_ONE_OF_THEM = _words("احدهم احداهن احدهما احداهما")
_DUBBED = _words("يدعي ويدعي تدعي وتدعي")
_CALLED = _DUBBED | _words("اسمه واسمه اسمها واسمها")


def _called(doc: _Doc, sp: _Speaker, limit: int) -> _Speaker | None:
    """`وقال أحد الشهود، ويدعى عبد الناصر سيد، إن`: an unnamed role, then its holder's name."""
    n = len(doc.toks)
    first = doc.tok_at(sp.start)
    if first + 1 < n and doc.key(first) in _CALLED:
        return _speaker_at(doc, first + 1, limit, True)  # `أحد السكان ويدعى محمد`: past the role
    # `أحد الشهود، ويدعى`, `مسؤول، اسمه`: the name right after; `وقال فرنسي حضر الحفل يدعى
    # إيفان`: a few words on, in the same clause, after a verb of naming only (never `اسمه`:
    # `رافضة كشف اسمها لوكالة الصحافة الفرنسية`)
    after = doc.tok_at(sp.end)
    if after < n and _tok_text(doc, after) in "،,":
        after += 1
    for j in range(after, min(after + 5, n - 1)):
        if doc.toks[j + 1][0] >= limit:
            return None
        if doc.key(j) in (_CALLED if j == after else _DUBBED):
            return _named_after_call(doc, _speaker_at(doc, j + 1, limit, True))
        if not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            return None
    return None


def _named_after_call(doc: _Doc, sp: _Speaker | None) -> _Speaker | None:
    """The name after `يدعى`, without the clause a bare name runs on into (`إيفان وانتقل`)."""
    if sp is None or sp.strength > 0:
        return sp
    words = list(_ARABIC_WORD.finditer(doc.text, sp.start, sp.end))
    for before, word in itertools.pairwise(words):
        if word.group()[:1] == "و":
            return replace(sp, end=before.end())
    return sp


# time adverbs between a cue verb and its subject (`وقال مساء أمس`, `في وقت لاحق`)
_WHEN = _words("امس اليوم التالي مساء الليله وقت سابق لاحق متاخر")


# cue verbs whose object takes ب (أشاد بموقف …): a name after `ب…` is what they are about
_OBJECT_WITH_BI = _verb("اشاد", "شيد", "مشيد") | _verb("نوه", "نوه", "منوه") | _verb("ندد", "ندد")
_OBJECT_WITH_BI |= _verb("رحب", "رحب", "مرحب") | _verb("طالب", "طالب", "مطالب")


_FORMER_LATTER = _words("الاول الاولي الاخير الاخيره")


def _former_or_latter(doc: _Doc, i: int) -> _Speaker | None:
    """`الأخير` is the person named last before token `i`; `الأول` the one named before him
    (the earlier of the last two people named)."""
    pos = doc.toks[i][0]
    people: list[_Speaker] = []
    j = bisect.bisect_left(doc.m_starts, pos) - 1
    while j >= 0 and len(people) < 2:
        m = doc.mentions[j]
        if m.label == "PER" and m.end <= pos and pos - m.end <= 600:
            key = matching_key(doc.text[m.start : m.end])
            if not any(matching_key(doc.text[p.start : p.end]) == key for p in people):
                people.append(_Speaker(m.start, m.end, m.entity_id, 2, "PER"))
        j -= 1
    if not people:
        return None
    latter = doc.key(i).startswith("الاخ")
    return people[0] if latter or len(people) == 1 else people[1]


def _after_verb_complement(doc: _Doc, cue: _Cue, sp: _Speaker) -> bool:
    """`وأشاد بموقف دول التحالف`: the cue verb takes its object with ب, the word right after
    it opens with ب, and the speaker comes after that word: it is inside the object."""
    j = cue.tok + 1
    if j >= len(doc.toks) or sp.start <= doc.toks[j][0]:
        return False
    if _strip_clitics(doc.key(cue.tok)) not in _OBJECT_WITH_BI:
        return False
    s, e = doc.toks[j]
    return doc.text[s] == "ب" and not any(m.start == s for m in doc.mentions_in(s, e))


# words of a clause that a quoted name does not hold (`في` does: `جمعية … في جدة`)
_CLAUSE_WORDS = _words("حول كل علي الي عن مع من لا لم لن قد")


def _quoted_name(doc: _Doc, i: int, limit: int) -> _Speaker | None:
    """A name in quotation marks right after a cue, before a colon: `وقال "الشمراني": "…"`."""
    text = doc.text
    n = len(doc.toks)
    j = i + 1
    while j < n and j <= i + 11 and doc.toks[j][0] < limit:
        t = text[doc.toks[j][0] : doc.toks[j][1]]
        if t in QUOTE_MARKS:
            break
        if not text[doc.toks[j][0]].isalpha() and t != "-":  # `“كيم مين-سيوك”`
            return None
        j += 1
    else:
        return None
    first = doc.key(i + 1)
    if j == i + 1 or j + 1 >= n or first in COMPLEMENTIZERS or first in _SPEECH_START:
        return None  # `وتابعت "إن المرأة نصف المجتمع"، موضحة`: the quote, not a name
    if first == "الله":
        return None  # `وهتف «الله أكبر»`: what was cried, never who
    if first in _ANSWERS:
        return None  # `وأكد له الوزير وقال "نعم"، لأن`: the answer, never who gave it
    if first in _PREPOSITIONS and j > i + 3:
        return None  # `وقال ” من واجب الشرطة حماية الدستور”، مضيفا`: a clause
    if j > i + 4 and any(doc.key(w) in _CLAUSE_WORDS for w in range(i + 2, j)):
        return None  # `ومضى يقول "ساجري محادثات حول كل المواضيع"،`: a clause
    nxt = doc.key(j + 1)
    if j > i + 6 and not (
        nxt == "في" and j + 2 < n and _strip_clitics(doc.key(j + 2)) in _STATEMENT_KEYS
    ):
        return None  # a long name only as the issuer: `وقال "تجمع أهالي …" في بيان`
    if nxt.startswith("ال") and j + 2 < n and doc.key(j + 2) in COMPLEMENTIZERS:
        nxt = doc.key(j + 2)  # `وأعلن «مكتب أخبار سوريا» المعارض أن`
    elif (
        nxt.startswith("ال")
        and j + 3 < n
        and _tok_text(doc, j + 2) in "،,"
        and doc.key(j + 3) in COMPLEMENTIZERS
    ):
        nxt = doc.key(j + 3)  # `كشف «مكتب أخبار سوريا» المعارض، أن`
    semicolon = text[doc.toks[j + 1][0]] == "؛" and j <= i + 3  # `وأضاف "المزروع"؛ "…"`
    if (
        text[doc.toks[j + 1][0]] not in ":،,"
        and not semicolon
        and not (
            # `وقال "الشمراني" إن`, `يقول «فركاش» وهو يخبط …:`
            nxt in COMPLEMENTIZERS
            or nxt in ("وهو", "وهي", "الذي", "التي", "في", "عن", "امس", "التابع", "التابعه")
            # `وقال "القوس" عبر حسابه في "تويتر": "…"`, `… على حسابه`
            or nxt in ("عبر", "خلال")
            or (nxt == "علي" and j + 2 < n and doc.key(j + 2).startswith("حساب"))
            # `بينما قالت «جبهة الوطنيين المتحدة» على موقعها على الإنترنت إنها`
            or (nxt == "علي" and _site_then_that(doc, j + 2, limit))
            or (nxt in _ROLE_HEADS and nxt[:2] != "ال")  # `يقول عنه "كوشنير" وزير خارجية فرنسا`
            or nxt in _PART_LIKE  # `صرحت «بوينغ» بالقول «…»`
        )
    ):
        return None
    s, e = doc.toks[i + 1][0], doc.toks[j - 1][1]
    for m in doc.mentions_in(s, e):
        if m.label in _SPEAKER_LABELS and m.start >= s and m.end <= e:
            if j > i + 6 and m.start > s:
                break  # `"تجمع أهالي … سلطة حماس"`: a name inside the issuer's
            return _mention_speaker(m, m.label)
    key = _key(text[s:e])
    ent = doc.surnames.get(key) if key in doc.surnames else _kb_link(doc, text[s:e], "PER")
    return _Speaker(s, e, ent, 1)


def _site_then_that(doc: _Doc, j: int, limit: int) -> bool:
    """`موقعها (على الإنترنت) إنها`: a website at token `j`, then what was said on it."""
    if j >= len(doc.toks) or not doc.key(j).startswith(("موقع", "صفح")):
        return False
    return any(
        doc.key(k) in COMPLEMENTIZERS
        for k in range(j + 1, min(j + 6, len(doc.toks)))
        if doc.toks[k][0] < limit
    )


_NASAB = _words("ابن بن بنت ابو ابي ام")


_DIVINE = _words("تعالي سبحانه")
_GOD = _words("الله ربنا")
_PROPHET = _words("النبي الرسول رسول المصطفي نبينا نبيكم حبيبنا")


def _revered_at(doc: _Doc, i: int) -> bool:
    """Token `i` names God or praises Him or the Prophet (`الله`, `تعالى`, `صلى الله عليه
    وسلم`): a subject the tagger never finds."""
    k = doc.key(i)
    if k == "عز":  # `عز وجل`, `فقال عز من قائل`; not the name `وقال عز بلهفة`
        return i + 1 < len(doc.toks) and doc.key(i + 1) in ("وجل", "من")
    return k in _DIVINE or k in _GOD or _praise_length(doc, i) > 0


def _praise_length(doc: _Doc, i: int) -> int:
    """Tokens of the praise of the Prophet starting at token `i` (`عليه السلام`), or 0."""
    for eu in _EULOGIES[:4]:
        if i + len(eu) <= len(doc.toks) and all(doc.key(i + x) == w for x, w in enumerate(eu)):
            return len(eu)
    return 0


def _revered_subject(doc: _Doc, cue: _Cue, i: int) -> _Speaker | None:
    """After `قال`: God (`قال الله تعالى`; `يقول تعالى` for the `الله` named before) or the
    Prophet (`قال صلى الله عليه وسلم`, for `النبي` named before); the praise itself when
    neither is named within 600 characters before the cue. Kind "revered": a verse or a
    hadith cited, after which the one citing it goes on speaking."""
    if doc.key(i) in _GOD:
        s, e = doc.toks[i]
        return _Speaker(s, e, None, 2, "revered")
    wanted = _PROPHET if _praise_length(doc, i) > 0 else frozenset({"الله"})
    return _revered_before(doc, cue.tok - 1, i, wanted)


_HIS_SAYING = _words("قوله لقوله بقوله وقوله ولقوله فقوله كقوله")


def _revered_before(doc: _Doc, j: int, praise: int, wanted: frozenset[str]) -> _Speaker:
    """The last of `wanted` (God, the Prophet) named within 600 characters before token `j`,
    else the words of praise at token `praise` themselves (`قال تعالى`)."""
    limit = doc.toks[j][1] - 600
    while j >= 0 and doc.toks[j][0] > limit:
        k, (s, e) = doc.key(j), doc.toks[j]
        if k in wanted or (k[:1] in "وف" and k[1:] in wanted):  # `فالله حرم …`
            return _Speaker(s + (k not in wanted), e, None, 2, "revered")
        j -= 1
    last = praise + max(_praise_length(doc, praise), 1) - 1
    return _Speaker(doc.toks[praise][0], doc.toks[last][1], None, 2, "revered")


_PRAISE_BRACKETS = ("-", "–", "(", ")")


def _eulogy_start(doc: _Doc, j: int) -> int | None:
    """Token index where a blessing ending at token `j` starts (`صلى الله عليه وسلم`)."""
    for eu in _EULOGIES:
        n = len(eu)
        if j - n + 1 >= 0 and all(doc.key(j - n + 1 + x) == eu[x] for x in range(n)):
            return j - n + 1
    return None


def _speaker_before(doc: _Doc, pos: int, lo: int) -> _Speaker | None:
    """A subject ending right before `pos` (SVO, or `NAME:`), not before `lo`."""
    text = doc.text
    j = doc.tok_before(pos)
    hops = 0
    eu = _eulogy_start(doc, j) if j >= 0 else None
    if eu is None and j > 1 and _tok_text(doc, j) in _PRAISE_BRACKETS:
        # `من النبي -صلى الله عليه وسلم-:`: the praise set off by dashes or brackets
        eu = _eulogy_start(doc, j - 1)
        if eu is not None and eu > 0 and _tok_text(doc, eu - 1) in _PRAISE_BRACKETS:
            eu -= 1
    if eu is not None and eu > 0 and doc.toks[eu - 1][0] >= lo:
        # `عن النبي عليه الصلاة والسلام:`, `سمعت نبيكم صلى الله عليه وسلم يقول`: the one blessed
        j = eu - 1
        if doc.key(j) in _HIS_SAYING:
            # `لقوله عليه الصلاة والسلام:`: his saying, the Prophet's
            return _revered_before(doc, j, eu, _PROPHET)
        pos = doc.toks[j][1]
        s, e = doc.toks[j]
        named = _speaker_before(doc, pos, lo)
        if named is not None:
            return named
        if _ARABIC_WORD.fullmatch(text[s:e]) and doc.key(j) not in _STOP_WORDS:
            # `عن ابن عباس رضي الله عنهما`, `عبدالله بن عمر`: the whole kunya or nasab
            b = j
            while b > 0 and doc.toks[b - 1][0] >= lo and doc.key(b - 1) in _NASAB:
                b -= 1
                if doc.key(b) in ("بن", "بنت") and b > 0 and doc.toks[b - 1][0] >= lo:
                    b -= 1
            s = doc.toks[b][0]
            return _Speaker(s, e, _kb_link(doc, text[s:e], "PER"), 0)
        return None
    if j >= 0 and _fronted_phrase(doc, j + 1, lo):
        return None  # `وحول الشكاوي … وصعوبة التسجيل قال «…»`: the verb's subject follows it
    while j >= 0 and doc.toks[j][0] >= lo and hops < 3:
        s, e = doc.toks[j]
        if text[e:pos].strip(_SPACE + "،,") and hops == 0:
            return None
        if text[s:e] in QUOTE_MARKS:
            # `وكان "المرصد" قد ذكر أن`, `«كيربي» قال إن`: a quoted name is the subject (not
            # across a relative: `«الحرب» التي أعلنتها`)
            if all(doc.key(b) in ("قد", "وقد", "فقد") for b in range(j + 1, doc.tok_at(pos))):
                return _quoted_subject_name(doc, j, lo)
            return None
        if not text[s].isalpha():  # punctuation or a mark: only a comma may be skipped
            if text[s] in "،," and hops < 2:
                if _fronted_phrase(doc, j, lo):
                    return None  # `وعن تعامل السلطة مع ملف محمدي، أضافت`: not the subject
                j -= 1
                hops += 1
                continue
            return None
        # candidates ending at this token
        end = e
        best = None
        for m in doc.mentions_in(max(lo, s - 80), end):
            if m.end == end and m.label in _SPEAKER_LABELS:
                best = _mention_speaker(m, "")
                head = doc.tok_before(m.start)
                if m.label == "ORG" and head >= 0 and doc.toks[head][0] >= lo:
                    hk = doc.key(head)
                    if hk in _ROLE_HEADS and not hk.startswith("ال"):
                        # `إن رئيس مجلس النواب طالب`: the head of the body, not the body
                        best = _Speaker(doc.toks[head][0], m.end, None, 1, "role")
        if best is None:
            for t in doc.titles_in(max(lo, s - 80), end):
                if t.end == end:
                    best = _Speaker(t.start, t.end, t.entity_id, 3 if t.entity_id else 2)
        if best is None:
            for b in range(j, max(j - 6, -1), -1):
                if doc.toks[b][0] < lo or not text[doc.toks[b][0]].isalpha():
                    break
                span = _role_span(doc, b, end + 1)
                if span is not None and span[1] == end and not _object_of_preposition(doc, b):
                    sp = _Speaker(span[0], span[1], _title_entity(doc, *span), 1)
                    if sp.entity_id is None:
                        key = matching_key(text[span[0] : span[1]])
                        if key.startswith("ال") and key in _ROLE_HEADS:
                            sp.entity_id = _recent_org(doc, key, span[0])
                    best = sp
                    break
        if best is not None:
            return _holder_of_role(doc, best, lo) or best
        if doc.key(j) in doc.surnames and _sentence_start(doc, j, 1) == j:
            # `القصبي، قال إنه` after `ناصر القصبي`: a surname the tagger missed opens the
            # sentence as its subject
            return _Speaker(s, e, doc.surnames[doc.key(j)], 2)
        if doc.key(j) in _SVO_SKIP:
            j -= 1
            hops += 1
            continue
        return _opening_role(doc, j, lo)
    return None


def _holder_of_role(doc: _Doc, sp: _Speaker, lo: int) -> _Speaker | None:
    """`لاري فينج، الرئيس التنفيذي لشركة بلاك روك، قال`, `محمد المهدي رئيس الجمعية، أكد`: the
    subject found before the cue is the body of a role in apposition to a named person; the
    person speaks."""
    if any(m.label == "PER" and m.start == sp.start for m in doc.mentions_in(sp.start, sp.end)):
        return None
    head = None  # the first word of the role: `المتحدث` of `المتحدث باسم الوزارة`
    j = doc.tok_before(sp.start + 1)  # the token holding the start (`لمجموعة` of `مجموعة`)
    for _ in range(6):
        if j < 1 or doc.toks[j][0] < lo or not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            break
        k = doc.key(j)
        body = k in _BODY_ROLES or "ال" + k in _BODY_ROLES  # the body itself: go on back
        if not body and (k in _ROLE_HEADS or k[2:] in _ROLE_HEADS):
            head = j
        elif head is not None and k != "باسم":
            break
        j -= 1
    if head is None:
        return None
    b = head - 1
    if _tok_text(doc, b) in "،," and b > 0:
        b -= 1
    bs, be = doc.toks[b]
    if bs < lo:
        return None
    for m in doc.mentions_in(max(lo, bs - 80), be):
        if m.label == "PER" and m.end == be:
            return _mention_speaker(m, "PER")
    return _bare_subject_before(doc, b, lo)


def _bare_subject_before(doc: _Doc, b: int, lo: int) -> _Speaker | None:
    """`لكن اياد البزم المتحدث باسم الوزارة قال`: two untagged words opening the sentence
    (after لكن) and ending at token `b`, before a role: a name."""
    first = _sentence_start(doc, b, 6)
    if first is None or doc.toks[first][0] < lo:
        return None
    if doc.key(first) in _BUT_OPENERS:
        first += 1
    if b - first != 1:
        return None
    bare = _bare_name(doc, first, doc.toks[b][1])
    return bare if bare is not None and bare.end == doc.toks[b][1] else None


_FRONTED_PREPOSITIONS = _words("عن وعن حول وحول بشان وبشان وفي في ومع مع")


def _fronted_phrase(doc: _Doc, comma: int, lo: int) -> bool:
    """The words before token `comma` (or a cue) are a prepositional phrase opening the
    sentence."""
    first = _sentence_start(doc, comma - 1, 20)
    return (
        first is not None and doc.toks[first][0] >= lo and doc.key(first) in _FRONTED_PREPOSITIONS
    )


_BUT_OPENERS = _words("لكن ولكن")


def _opens_sentence(doc: _Doc, b: int, lo: int) -> bool:
    """Whether token `b` opens its sentence, also after `لكن` or `غير أن` (`لكن مصدرًا …`)."""
    text = doc.text
    for _ in range(2):
        if b == 0 or doc.toks[b - 1][0] < lo:
            return True
        ps, pe = doc.toks[b - 1]
        if _ends_sentence(text, ps, pe) or "\n" in text[pe : doc.toks[b][0]]:
            return True
        if doc.key(b - 1) in _BUT_OPENERS:
            b -= 1
        elif doc.key(b - 1) == "ان" and b > 1 and doc.key(b - 2) in ("غير", "الا", "بيد"):
            b -= 2
        else:
            return False
    return False


def _object_of_preposition(doc: _Doc, b: int) -> bool:
    """Whether token `b` follows على, إلى or ضد (`القبض على رجل زعمت أنه`: the object);
    not في or مع (`وجاء في التقرير:`, `حوارا مع اللاعب قال فيه`: those speak)."""
    return b > 0 and doc.key(b - 1) in ("علي", "الي", "ضد")


def _opening_role(doc: _Doc, j: int, lo: int) -> _Speaker | None:
    """`مصدر أمني متابع للقضية قال إن`: a role opening the sentence, its complement (up to
    four words, no verb of saying, no complementizer) and then the verb; an unnamed source
    may have a longer complement (`لكن مصدرًا بارزًا في الجيش السوري الحر في شمال سوريا، أكد`)."""
    text = doc.text
    clause = False  # `لكن رجل الأعمال أثار الضحك عندما ذكر`: the role alone, not its clause
    for b in range(j, max(j - 10, -1), -1):
        s, e = doc.toks[b]
        if s < lo or not _ARABIC_WORD.fullmatch(text[s:e]):
            return None
        k = doc.key(b)
        if k in COMPLEMENTIZERS or _static_cue_kind(k) is not None:
            return None
        clause = clause or k in _WHEN_CLAUSE
        if not _opens_sentence(doc, b, lo):
            continue
        unnamed = k in _UNNAMED_HEADS or (k[-1:] == "ا" and k[:-1] in _UNNAMED_HEADS)
        if b < j - 5 and not unnamed:
            return None
        span = _role_span(doc, b, e + 1 if b == j else doc.toks[j][1] + 1)
        if span is None and not unnamed:
            return None
        # the whole subject: `رئيس مجلس تشخيص مصلحة النظام قال`
        ent = _title_entity(doc, *span) if span is not None else None
        if clause:
            return _Speaker(*span, ent, 1, "role") if span is not None else None
        return _Speaker(s if span is None else span[0], doc.toks[j][1], ent, 1, "role")
    return None


def _quoted_subject_name(doc: _Doc, close: int, lo: int) -> _Speaker | None:
    """The one to three quoted words closed by mark token `close`, as a speaker."""
    text = doc.text
    j = close - 1
    while j >= 0 and doc.toks[j][0] >= lo and close - j <= 4:
        t = text[doc.toks[j][0] : doc.toks[j][1]]
        if t in QUOTE_MARKS:
            break
        if not _ARABIC_WORD.fullmatch(t):
            return None
        j -= 1
    else:
        return None
    if j < 0 or j == close - 1 or doc.toks[j][0] < lo:
        return None
    s, e = doc.toks[j + 1][0], doc.toks[close - 1][1]
    if _key(_ARABIC_WORD.match(text, s).group()) in _SPEECH_START:
        return None
    wb, _ = _word_before(text, doc.toks[j][0], lo)
    if wb and (_key(wb) in _PREPOSITIONS or _key(wb) in ("لل", "بال")):
        return None  # `… ل«الشرق الأوسط»: «…»`: the outlet spoken to, not the speaker
    if wb and (_is_name_noun(wb, True) or _key(text[s:e]) in load_quoted_terms()):
        return None  # `في مقابلة مع إذاعة «أونس دييس»:`, `موقع "تويتر":`: where, not who
    for m in doc.mentions_in(s, e):
        if m.label in _SPEAKER_LABELS and m.start >= s and m.end <= e:
            return _mention_speaker(m, m.label)
    key = _key(text[s:e])
    ent = doc.surnames.get(key) if key in doc.surnames else _kb_link(doc, text[s:e])
    return _Speaker(s, e, ent, 1)


def _bare_before_colon(doc: _Doc, colon: int, lo: int) -> _Speaker | None:
    """`بوريل: “…”` at the start of a line: the one to three words before the colon."""
    text = doc.text
    if colon - lo > 80:  # at most three words before the colon
        return None
    seg = text[lo:colon]
    if not seg.strip(_SPACE):
        return None
    words = [m for m in _ARABIC_WORD.finditer(seg)]
    if not words or len(words) > 3 or seg.strip(_SPACE) != seg[words[0].start() : words[-1].end()]:
        return None
    first = _strip_clitics(_key(words[0].group()))
    if first in _FIRST_PERSON_SAY or any(_key(w.group()) in _ADVERBS for w in words):
        return None  # `فقلت له: «…»`, `وأجبت بهدوء: «…»`: a verb, not a name
    if first in _ORDINALS:
        return None  # `ثانيا: «…»`: a list's item
    if first.endswith("وا") and _is_cue_key(first[:-2]):
        return None  # `وتابعوا: «…»`: they went on (the plural of a verb of saying)
    k0 = _key(words[0].group())
    if (
        first in _PREPOSITIONS
        or k0 in _PREPOSITIONS
        or (k0[:1] in "وف" and k0[1:] in _PREPOSITIONS)
    ):
        return None  # `وفي الوسيط: «…»`: where it is written (see `_cited_before_colon`)
    if any(_key(w.group()) in _PREPOSITIONS and _key(w.group()) != "علي" for w in words[1:]):
        return None  # `ومضى إلى القول: «…»`, `وجاء في الخطاب: "…"`: a clause, not a name
    s, e = lo + words[0].start(), lo + words[-1].end()
    return _Speaker(s, e, _kb_link(doc, text[s:e], "PER"), 0)


_CITING = _words("جاء ورد يقول تقول نقرا")


def _cited_before_colon(doc: _Doc, colon: int, lo: int) -> _Speaker | None:
    """`جاء في لسان العرب: «…»`, `وفي الوسيط: «…»`: the cited work speaks (a clause of two
    to six words before the colon)."""
    text = doc.text
    lo = max(lo, colon - 80)  # room for six words
    head = text[lo:colon]
    cut = max(head.rfind(c) for c in ".!?؟،\n")
    words = list(_ARABIC_WORD.finditer(head, cut + 1))
    if not 2 <= len(words) <= 6 or head[words[-1].end() :].strip(_SPACE):
        return None
    keys = [_key(w.group()) for w in words]
    if keys[0] in ("في", "وفي") and len(keys) <= 5:
        first = 1
    elif keys[0] in _CITING or (keys[0][1:] in _CITING and keys[0][:1] in "وف"):
        if keys[1] != "في" or len(keys) > 6:
            return None
        first = 2
    else:
        return None
    if first >= len(words):
        return None
    if first == len(words) - 1 and not keys[first].startswith("ال"):
        return None  # `وفي هدوء: «…»`: a manner, not a work (`وفي التاج: «…»`)
    last = len(words) - 1
    if last > first and keys[last] in ("ايضا", "كذلك"):
        last -= 1  # `وجاء في البيان أيضاً: "…"`
    s, e = lo + words[first].start(), lo + words[last].end()
    return _Speaker(s, e, _kb_link(doc, text[s:e]), 0)


# a list's items (`أولا: «…»`), never a name before a colon
_ORDINALS = _words("اولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا اخيرا ختاما")
# first-person verbs of saying (memoirs, interviews), never a name before a colon
_FIRST_PERSON_SAY = _words(
    "قلت قلنا اجبت اجبته اجبتها اجبنا سالت سالته سالتها رددت صحت صرخت همست كتبت اضفت تابعت"
)


_NEGATING_NOUNS = _words("عدم دون بدون")
_UNNAMED = _words("الكشف ذكر نشر الافصاح")  # `عدم الكشف عن اسمه`


_ADD_FORMS = frozenset(_CUE_VERBS["add"])


def _asks_anonymity(keys: list[str], i: int) -> bool:
    """`طالبا (ايضا) عدم الكشف عن اسمه` after token `i`."""
    for j in (i + 1, i + 2):
        if keys[j : j + 1] == ["عدم"]:
            return keys[j + 1 : j + 2] != [] and keys[j + 1] in _UNNAMED
    return False


_OWN_NAME = _words("اسمه اسمها اسمهم اسمهما هويته هويتها هويتهم")


_EXPLAINED_KEYS = frozenset(
    p + k for p in ("", "و", "ف") for k in ("بين", "بينت", "بينوا", "يبين", "تبين")
)


def _explained(doc: _Doc, i: int) -> bool:
    """`بيّن`, `وبيّن`: the verb "explained", told from `بين` (between) by its shadda."""
    s, e = doc.toks[i]
    return doc.key(i) in _EXPLAINED_KEYS and "يّن" in doc.text[s:e]


def _inside_a_name(doc: _Doc, i: int) -> bool:
    """Token `i` is a word of a person's name: inside it, or right after ابن/أبي …"""
    s, e = doc.toks[i]
    return any(
        m.label == "PER" and m.start < s < m.end and (m.end > e or doc.key(i - 1) in _NASAB)
        for m in doc.mentions_in(max(0, s - 80), s)
    )


# verbs of saying only right before what is said (`وزاد: «…»`; else "increased", "went on")
_WENT_ON = _words("واصل وواصل فواصل واصلت وواصلت فواصلت زاد وزاد زادت وزادت ختم وختم ختمت وختمت")
_WENT_ON |= _words("اكمل واكمل فاكمل اكملت واكملت يكمل ويكمل فيكمل تكمل وتكمل فتكمل")
_WENT_ON |= _words("اختتم واختتم واختتمت اختتمت")
_IT_IS_NOTED = _words("يذكر ويذكر")  # + أن: the outlet's background note, not a cue


def _find_cues(doc: _Doc) -> list[_Cue]:
    """Every reporting cue token of the article, in order."""
    cues: list[_Cue] = []
    cache = _KIND_CACHE
    toks = doc.toks
    keys = doc.keys
    for i, k in enumerate(keys):
        if i >= 2 and keys[i - 1] in _WORDS_NOUNS and keys[i - 2] in _THESE:
            # `«…»، بهذه الكلمات حدد الشاب خالد دور …`: whatever the verb, its subject spoke
            s, e = toks[i]
            if _ARABIC_WORD.fullmatch(doc.text[s:e]):
                cues.append(_Cue(i, s, e, "verb"))
                continue
        if k in _WENT_ON and i + 1 < len(toks) and doc.text[toks[i + 1][0]] in ":" + QUOTE_MARKS:
            cues.append(_Cue(i, *toks[i], "verb"))  # `وواصل: «…»`; not `واصل الجيش تقدمه`
            continue
        if k in _CAME and _came_in_statement(doc, i):
            cues.append(_Cue(i, *toks[i], "verb"))  # `وجاء في البيان أن الوزير "…"`
            continue
        kind = cache.get(k, "?")
        if kind is None and k not in _EXPLAINED_KEYS:
            continue
        if k == "لسان" and (not i or keys[i - 1] != "علي"):
            continue  # only `على لسان X` relays; `لسان العرب` is a dictionary
        if i and keys[i - 1] in _NEGATING_NOUNS:
            continue  # `طلب عدم ذكر اسمه`: a verbal noun, not a cue
        if _asks_anonymity(keys, i):
            continue  # `طالبا عدم الكشف عن اسمه`: asking not to be named, not speaking
        if keys[i + 1 : i + 2] and (
            keys[i + 1] in _OWN_NAME
            or (keys[i + 1] == "عن" and keys[i + 2 : i + 3] and keys[i + 2] in _OWN_NAME)
        ):
            continue  # `رافضا كشف هويته`, `الكشف عن اسمه`: about not being named, not a cue
        if k in _IT_IS_NOTED and i + 1 < len(keys) and keys[i + 1] in ("ان", "انه"):
            continue  # `يذكر أن الهيئة وقعت …`: the outlet's background note, nobody's words
        if _student(keys, i) or _carried_statement(keys, i) or _written_on(keys, i):
            continue
        if k in _ADD_FORMS and any(_DIGIT_RE.search(w) for w in keys[i + 1 : i + 4]):
            continue  # `وأضاف المؤشر 25 نقطة`: a market gained points, nobody spoke
        if kind == "?":
            kind = _static_cue_kind(k)
        if kind is None and _explained(doc, i):
            kind = "verb"  # `وبيّن` with its shadda: explained, not `وبين` (and between)
        if kind is None:
            continue
        if kind.startswith("abbar"):
            kind = _cue_kind(k, doc, i)
            if kind is None:
                continue
        if kind == "verb" and _source_clause(doc, i):
            kind = "source"  # the verb of `بحسب ما نقلت`: relays, does not speak
        s, e = toks[i]
        if _inside_a_name(doc, i):
            continue  # `علي بن أبي طالب`: a word of a name, not the verb طالب
        if kind == "verb" and doc.text[e - 1] == "ة":
            continue  # `طالبة جامعية`: a student; a verb never ends in ta marbuta
        cues.append(_Cue(i, s, e, kind))
    return cues


_CAME = _words("جاء وجاء ورد وورد")
_WRITINGS = _words("المقال المقاله النص")


def _came_in_statement(doc: _Doc, i: int) -> bool:
    """`وجاء (أيضا) في البيان أن`, `ورد في التقرير: «…»`: what a statement already named
    says, cited by the outlet (not `جاء في بيان صادر عن …`: the noun cue names its issuer)."""
    keys = doc.keys
    j = i + 1
    if keys[j : j + 1] == ["ايضا"]:
        j += 1
    if keys[j : j + 1] != ["في"] or j + 2 >= len(keys):
        return False
    noun = keys[j + 1]
    if not noun.startswith("ال") or noun == "الحديث":
        return False
    if _without_article(noun) not in _SPEECH_NOUNS and noun not in _WRITINGS:
        return False
    after = _tok_text(doc, j + 2)
    return keys[j + 2] in COMPLEMENTIZERS or after in QUOTE_MARKS or after == ":"


_CARRIER_STEMS = ("نقل", "بث", "اذاع", "نشر")


def _without_article(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def _carried_statement(keys: list[str], i: int) -> bool:
    """`في كلمة نقلها التلفزيون`, `وقال البيان الذي نقلته الوكالة`: the verb says who
    broadcast the speech, not who spoke."""
    k = _strip_clitics(keys[i])
    noun = i - 2 if i > 1 and keys[i - 1] in ("الذي", "التي") else i - 1
    return (
        noun >= 0
        and _without_article(_strip_clitics(keys[noun])) in _SPEECH_NOUNS
        and k.startswith(_CARRIER_STEMS)
        and k.endswith(("ه", "ها", "هم"))
    )


def _written_on(keys: list[str], i: int) -> bool:
    """`كُتب عليه «صباح الخير يا ماما»`: what is written on a thing, not someone's words."""
    return (
        i + 1 < len(keys)
        and _strip_clitics(keys[i]) in ("كتب", "كتبت")
        and keys[i + 1] in ("عليه", "عليها", "عليهم", "عليهما")
    )


def _resolve_cues(doc: _Doc, cues: list[_Cue]) -> None:
    previous: _Speaker | None = None
    for n, cue in enumerate(cues):
        limit = doc.para_end(cue.end)
        sp = _chanted_by(doc, cue) if cue.kind == "verb" else None
        if sp is None and cue.kind == "verb" and cue.tok >= 2 and doc.key(cue.tok - 1) == "قد":
            # `وكان إردوغان قد انتقد نتنياهو`: the subject before قد, the object after the verb
            sp = _subject_after_head(doc, cue, _KANA)
        if sp is None and (cue.kind in ("verb", "noun", "source") or _relaying(doc, cue)):
            sp = _speaker_after(doc, cue, limit)
        if sp is None and cue.kind == "verb":
            sp = _given_by_previous(doc, cue, cues[n - 1] if n else None)
        k = doc.key(cue.tok)
        conj = k[:1] in "وف" and k not in CUE_FORMS and k not in _ABBAR
        if sp is None and cue.kind == "verb":
            # `وكان علي أكبر صالحي، رئيس منظمة الطاقة الذرية، قد أعلن`: not the appositive's body
            sp = _fronted_subject(doc, cue)
        if sp is None and cue.kind == "verb":
            sp = _appositive_subject(doc, cue)
        if sp is None and cue.kind == "verb":
            sp = _speech_given(doc, cue)
        if sp is None and cue.kind == "verb" and not conj and not _object_relative(doc, cue):
            # SVO (`الرئيس الروسي أكد أن`); never across `و`: in `X، وقال` X is not the subject
            sp = _speaker_before(doc, cue.start, doc.para_start(cue.start))
            if sp is None:
                sp = _subject_before_relative(doc, cue)
            if sp is None:
                sp = _kana_subject(doc, cue)
            if sp is None and doc.key(cue.tok).endswith("وا") and cue.tok >= 2:
                sp = _plural_source(doc, cue.tok - 2, cue.tok)  # `لكن مختصين نفطيين قالوا`
        if sp is None and cue.kind == "verb":
            sp = _subject_before_haythu(doc, cue)
        if sp is None and cue.kind == "noun" and cue.tok and doc.key(cue.tok - 1) == "في":
            sp = _subject_of_sentence_verb(doc, cue.tok - 1)
        if sp is not None and sp.kind in ("definite", "role") and sp.entity_id is None:
            sp = _same_source(doc, sp, previous) or sp
        cue.speaker = sp
        if sp is not None and cue.kind != "source" and sp.kind not in _NOT_CURRENT:
            previous = sp


_CHANTS = _words("هتافات شعارات لافتات هتافا شعارا لافته")
_CHANTING = _verb("ردد", "ردد") | _verb("هتف", "هتف") | _verb("رفع", "رفع") | _verb("حمل", "حمل")


def _chanted_by(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`ردد المحتجون في مظاهرة السبت هتافات تقول "…"`: the chant's words are the chanters'."""
    if cue.tok < 2 or doc.key(cue.tok - 1) not in _CHANTS:
        return None
    if _strip_clitics(doc.key(cue.tok)) not in ("تقول", "يقول", "تقولان"):
        return None
    for j in range(cue.tok - 2, max(-1, cue.tok - 10), -1):
        if _strip_clitics(doc.key(j)) in _CHANTING and j + 1 < cue.tok - 1:
            limit = doc.toks[cue.tok - 1][0]
            return _speaker_at(doc, j + 1, limit, False) or _group_at(doc, j + 1, cue.tok - 1)
        if not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            return None
    return None


def _relaying(doc: _Doc, cue: _Cue) -> bool:
    """`ناقلا عن أحمد قرة علي … أنه «…»`: a participle that names whom it quotes."""
    return cue.kind == "part" and _strip_clitics(doc.key(cue.tok)).startswith("ناقل")


_KANA = _words("كان وكان كانت وكانت")
_AMMA = _words("اما واما")


def _fronted_subject(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """The subject fronted at the head of the cue's sentence, far from the cue: `وكان مروان
    دفتردار المدير التنفيذي … قد أكد`, `أما الشاعر شعبان يوسف فيرى أن`."""
    if cue.tok < 2:
        return None
    key = doc.key(cue.tok)
    before = doc.key(cue.tok - 1)
    if before == "قد":
        return _subject_after_head(doc, cue, _KANA)
    if before == "فقد" or (key[:1] == "ف" and key not in CUE_FORMS):
        return _subject_after_head(doc, cue, _AMMA) or _topic_before_comma(doc, cue)
    return None


def _topic_before_comma(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`أما المولوي أكبر أغا، وهو قيادي سابق في طالبان، فقال`: up to four words after
    `أما`, closed by a comma, name the one who speaks even when the tagger missed them."""
    first = _sentence_start(doc, cue.tok - 1, 30, past_marks=True)
    if first is None or doc.key(first) not in _AMMA:
        return None
    for j in range(first + 1, min(first + 6, cue.tok)):
        if _tok_text(doc, j) in "،,":
            if j == first + 1:
                return None
            return _Speaker(doc.toks[first + 1][0], doc.toks[j - 1][1], None, 1, "definite")
        k = doc.key(j)
        if (
            not _ARABIC_WORD.fullmatch(_tok_text(doc, j))
            or k in _STOP_WORDS
            or k in _PREPOSITIONS
            or (j == first + 1 and k[:1] in "بلك" and not k.startswith("ال"))  # `بخصوص`
            or _cue_kind(k, doc, j)
        ):
            return None
    return None


def _appositive_subject(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`هشام مروة، نائب رئيس «الائتلاف» المعارض قال`, `وكانت سوزان ماكدانيال، العضو في
    اللجنة، صرحت أن`: the person opening the sentence, then a comma and a description."""
    first = _sentence_start(doc, cue.tok - 1, 30, past_marks=True)
    if first is None:
        return None
    if doc.key(first) in _KANA or doc.key(first) == "و" or doc.key(first) in _BUT_OPENERS:
        first += 1
    elif doc.key(first) == "غير" and doc.key(first + 1) == "ان":
        first += 2  # `غير أن لافيدي موريس، مراسلة …، ذكرت أن`
    if first >= cue.tok - 2:
        return None
    person = _person_starting(doc, first)
    if person is None:
        return None
    j = doc.tok_at(person.end)
    if j >= cue.tok - 1 or _tok_text(doc, j) not in "،,":
        return None
    for k in range(j + 1, cue.tok):
        if (
            doc.key(k) in COMPLEMENTIZERS
            or doc.key(k) in _RELATIVES
            or _cue_kind(doc.key(k), doc, k)
        ):
            return None
        ks, ke = doc.toks[k]
        if any(m.label == "PER" for m in doc.mentions_in(ks, ke)):
            return None  # another person named in between: whose words, unclear
    return person


def _kana_subject(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`وكانت السفارة الأميركية في نيروبي أعلنت أن`: the subject after a كان that opens the
    sentence, with no قد before the bare cue verb (that case is `_fronted_subject`'s)."""
    if cue.tok < 2 or doc.key(cue.tok - 1) in ("قد", "فقد"):
        return None
    if not _plain_subject_run(doc, cue.tok):
        return None
    return _subject_after_head(doc, cue, _KANA)


def _subject_after_head(doc: _Doc, cue: _Cue, heads: frozenset[str]) -> _Speaker | None:
    """The speaker right after one of `heads` opening the cue's sentence."""
    first = _sentence_start(doc, cue.tok - 1, 30, past_marks=True)
    if first is None or doc.key(first) not in heads or first + 1 >= cue.tok - 1:
        return None
    return _speaker_at(doc, first + 1, doc.toks[cue.tok][0], False)


def _plain_subject_run(doc: _Doc, tok: int) -> bool:
    """The few words before a bare cue verb are one phrase: no punctuation, relative or
    second verb of saying between it and a كان that opens the sentence."""
    for j in range(tok - 1, max(-1, tok - 9), -1):
        k = doc.key(j)
        if k in _KANA:
            return j + 1 < tok
        if not _ARABIC_WORD.fullmatch(doc.text[doc.toks[j][0] : doc.toks[j][1]]):
            return False
        if k in _RELATIVES or k in COMPLEMENTIZERS or _cue_kind(k, doc, j):
            return False
    return False


_WHERE = _words("حيث اذ عندما حينما")


def _subject_before_haythu(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """A subjectless cue after حيث / إذ / عندما, or in `ما وصفه`, speaks for the subject of
    the verb that opens its sentence (`أبدى مدير الكرة فهد المفرج سعادته …، حيث قال:`, `وقد
    دان مجلس الأمن … ما وصفه بأحداث «…»`), else for the person right before the particle
    (`ومنهم المغرد فراس بقنة إذ قال`)."""
    if cue.tok < 2:
        return None
    particle = doc.key(cue.tok - 1)
    if particle not in _WHERE and particle != "ما":
        return None
    first = _sentence_start(doc, cue.tok - 2, 80)
    sp = _opening_subject(doc, first, cue.tok - 1) if first is not None else None
    if sp is None and particle in _WHERE:
        s, e = doc.toks[cue.tok - 2]
        for m in doc.mentions_in(max(0, s - 80), e):
            if m.label == "PER" and m.end == e:
                return _mention_speaker(m, "PER")
    return sp


_IN_IT = _words("فيها فيه")  # `كلمة قال فيها`: in it


def _speech_given(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`ألقى خادم الحرمين الشريفين خلال الاستقبال كلمة قال فيها "…"`: who gave the speech
    the cue is in, the subject of the verb opening the sentence."""
    if cue.tok < 2 or cue.tok + 1 >= len(doc.toks):
        return None
    noun = cue.tok - 1
    if noun > 1 and doc.key(noun).endswith("ا") and not _is_speech_noun(doc.key(noun)):
        noun -= 1  # `أصدر الاتحاد بيانا إعلاميا قال فيه`: the noun's adjective
    after = doc.key(cue.tok + 1)
    if after in _IN_IT and not _is_speech_noun(doc.key(noun)):
        # `ألقى ترامب خطابا في كارولاينا الجنوبية الثلاثاء وصف فيه`: where and when it was given
        back = noun
        while back > cue.tok - 8 and back > 0 and _tok_text(doc, back) not in _SENT_END:
            if _is_speech_noun(doc.key(back)):
                noun = back
                break
            back -= 1
    if not _is_speech_noun(doc.key(noun)):
        return None
    if after not in _IN_IT and not (doc.key(noun).endswith("ا") and after in COMPLEMENTIZERS):
        return None  # (`أصدرت السفارة بيانًا قالت إن`: the noun as an object, then its words)
    first = _sentence_start(doc, noun - 1, 60)
    return _opening_subject(doc, first, noun) if first is not None else None


def _is_speech_noun(key: str) -> bool:
    """`بيان`, `كلمة`, and as an object `بيانا`."""
    return key in _SPEECH_NOUNS or (key[-1:] == "ا" and key[:-1] in _SPEECH_NOUNS)


def _given_by_previous(doc: _Doc, cue: _Cue, previous: _Cue | None) -> _Speaker | None:
    """`وقال جيه جونسون … في بيان أعلن فيه “…”`: a cue inside the statement named by an earlier
    cue of the same sentence is that cue's speaker's."""
    if previous is None or previous.speaker is None or not 3 <= cue.tok < len(doc.toks) - 1:
        return None  # (a cue as the text's last word has nothing after it)
    if doc.key(cue.tok + 1) not in _IN_IT or doc.key(cue.tok - 2) != "في":
        return None
    if doc.key(cue.tok - 1) not in _SPEECH_NOUNS or cue.tok - previous.tok > 15:
        return None
    if any(_ends_sentence(doc.text, *doc.toks[j]) for j in range(previous.tok, cue.tok)):
        return None
    return previous.speaker


_ALREADY = _words("قد وقد لقد فقد")


def _opening_subject(doc: _Doc, first: int, last: int) -> _Speaker | None:
    """The subject (a role and its holder, a name) of a verb that is not a cue and opens the
    sentence at token `first` (after `من جانبه،`, `وقد`), ending before token `last`."""
    then = doc.key(first) in _THEN and first + 2 < last
    first += then  # `ثم عزز لوران بلان … عندما قال`: named subjects only, as in `_subject_from`
    verb = _after_fronted(doc, first)
    if doc.key(verb) in _ALREADY:
        verb += 1
    if verb + 1 >= last or _cue_kind(doc.key(verb), doc, verb) is not None:
        return None
    if not _verb_before_name(doc, verb):
        return None
    sp = _speaker_at(doc, verb + 1, doc.toks[last][0], False)
    if sp is None or sp.end > doc.toks[last][0] or (then and sp.strength < 2):
        return None
    return sp


def _object_relative(doc: _Doc, cue: _Cue) -> bool:
    """`دول التحالف التي وصفتها ب«المنقذ»`: a relative, then the cue verb with an object
    pronoun that points back to it. The noun before the relative is what was described, not
    who described it."""
    if cue.tok == 0 or doc.key(cue.tok - 1) not in _RELATIVES:
        return False
    key = doc.key(cue.tok)
    return any(
        key.endswith(suf) and key[: -len(suf)] in CUE_FORMS for suf in ("ها", "ه", "هم", "هما")
    )


def _subject_of_sentence_verb(doc: _Doc, fi: int, bare_ok: bool = True) -> _Speaker | None:
    """`وطلبت عائلات الصحافيين في بيان …`: the subject right after the verb that opens the
    sentence holding token `fi` (here `في` before a statement noun, or a colon)."""
    first = _sentence_start(doc, fi - 1, 31, past_marks=True)
    if first is None or first + 1 >= fi or doc.key(first)[:1] not in "وف":
        return None
    found = _speaker_at(doc, first + 1, doc.toks[fi][0], True)
    if found is not None and found.strength == 0 and not bare_ok:
        return None  # before a colon, bare words are too often no name (`وكأن هناك من يريد`)
    return found


def _subject_before_relative(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`فإن النجيفي الذي كان أول المؤيدين … أبلغ «…» أن`: the subject sits before a relative
    clause that ends right before the cue verb (no punctuation, quote or other verb of saying
    in the clause; at most twenty words)."""
    text = doc.text
    lo = doc.para_start(cue.start)
    j = cue.tok - 1
    while j >= 0 and cue.tok - j <= 20 and doc.toks[j][0] >= lo:
        s, e = doc.toks[j]
        if not _ARABIC_WORD.fullmatch(text[s:e]):
            return None
        k = doc.key(j)
        if k in _RELATIVES:
            if j == cue.tok - 1:
                return None  # `X الذي قال`: the caller's rule
            sp = _speaker_before(doc, s, lo)
            if sp is None and j > 0 and doc.toks[j - 1][0] >= lo:
                # a family name the tagger missed: `فإن النجيفي الذي …`
                b = j - 1
                kb_ = doc.key(b)
                bs, be = doc.toks[b]
                if kb_ in doc.surnames or (
                    kb_.startswith("ال")
                    and kb_.endswith("ي")
                    and len(kb_) > 5
                    and kb_ not in _ROLE_HEADS
                    and _ARABIC_WORD.fullmatch(text[bs:be])
                ):
                    return _Speaker(bs, be, doc.surnames.get(kb_), 0)
            return sp
        if k in COMPLEMENTIZERS or _static_cue_kind(k) is not None:
            return None
        j -= 1
    return None


def _same_source(doc: _Doc, sp: _Speaker, previous: _Speaker | None) -> _Speaker | None:
    """`ذكر تقرير لمنظمة الصحة … وأضاف التقرير`: the definite noun names the last speaker."""
    words = _ARABIC_WORD.findall(doc.text, sp.start, sp.end)
    if previous is None or len(words) != 1 or not _key(words[0]).startswith("ال"):
        return None
    head = _key(words[0])[2:]
    first = _ARABIC_WORD.match(doc.text, previous.start, previous.end)
    if first is None:
        return None
    prev_head = _key(first.group())
    if head and prev_head in (head, "ال" + head):
        return previous
    # `وقال المتحدث باسم الأجهزة الأمنية اللواء عدنان الضميري … وأضاف المتحدث`: the role
    # stood right before the name
    if previous.strength < 2:
        return None
    j = doc.tok_before(previous.start)
    for b in range(j, max(j - 8, -1), -1):
        if not _ARABIC_WORD.fullmatch(doc.text[doc.toks[b][0] : doc.toks[b][1]]):
            break
        if doc.key(b) in (head, "ال" + head):
            return previous
    return None


_TIME_NOUNS = _words(
    "الشهر الاسبوع العام السنه اليوم الليله الصباح المساء الاثنين الثلاثاء الاربعاء الخميس "
    "الجمعه السبت الاحد الموسم الفتره الاسابيع الاشهر الايام الماضي الماضيه الجاري"
)
# what one gives to someone (`في تصريح لهسبريس`, `في حديث لقناة`): ل + the one told
_GIVEN_TO = _words("تصريح تصريحات حديث مقابله حوار حديثه تصريحه تصريحاته")
_STATEMENT_NOUNS = _words(
    "بيان تصريح تصريحات بريد رسالة تغريدة حديث مؤتمر مقابلة كلمة اتصال دعوي الدعوي شكوي الشكوي"
)


_ATTENTION = _words("النظر الانظار الانتباه")


# verbs that deem something something (`واعتبرت المؤسسة الأمر «…»`): object, then the quote
_DEEMING = _verb("اعتبر", "عتبر", "معتبر") | _verb("عد", "عد") | _verb("وصف", "صف", "واصف")
_DESCRIBES = _DEEMING | _ACCUSING  # (verbs whose object follows them)


def _before_object(doc: _Doc, sp: _Speaker) -> _Speaker:
    """A definite subject of a deeming verb cut before its object: the second definite word
    is the object unless it reads as an adjective (`المرصد السوري`)."""
    words = list(_ARABIC_WORD.finditer(doc.text, sp.start, sp.end))
    if len(words) < 2:
        return sp
    k = _key(words[1].group())
    if k.startswith("ال") and not _adjective_key(k):
        return replace(sp, end=words[0].end())
    return sp


def _adjective_key(key: str) -> bool:
    """`السوري`, `الأمريكية`, `الرسمي`: a nisba or role adjective, not a second noun."""
    return key.endswith(("ي", "يه", "يون", "يين")) or key in _ROLE_ADJ or key[2:] in _ROLE_ADJ


def _sound_plural(key: str) -> bool:
    """An indefinite sound masculine plural (`عسكريون`, `مختصين`), not a number (`عشرين`)."""
    return (
        len(key) >= 5
        and key.endswith(("ون", "ين"))
        and not key.startswith("ال")
        and key not in _STOP_WORDS
        and key not in _NUMBER_WORDS
    )


_NUMBER_WORDS = _words("عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين ملايين")


def _plural_source(doc: _Doc, i: int, cue_tok: int | None = None) -> _Speaker | None:
    """An unnamed plural source as written, a sound plural and its agreeing adjectives
    (`عسكريون وأمنيون تونسيون`, `مختصين نفطيين`), from token `i`; before a cue (`cue_tok`),
    it must open its clause and end right before the cue."""
    j = i
    while j < len(doc.toks) and j - i < 4:
        w = _tok_text(doc, j)
        k = doc.key(j)
        if not _ARABIC_WORD.fullmatch(w):
            break
        if not (_sound_plural(k) or (j > i and k[:1] == "و" and _sound_plural(k[1:]))):
            break
        j += 1
    if j - i < 2 or doc.key(i)[:1] == "و":
        return None
    if cue_tok is not None and (j != cue_tok or not _opens_clause_at(doc, i)):
        return None
    s, e = doc.toks[i][0], doc.toks[j - 1][1]
    return _Speaker(s, e, None, 1, "role")


_QUANTIFIERS = _words("بعض معظم غالبيه اغلب نصف ثلث ربع ثلثا")
_ABOUT = _words("نحو حوالي قرابه")  # `نحو نصف الآباء`: about half of them
_ANOTHER = _words("اخر اخري اخرون اخرين اخريات")
_ONCE_MORE = _words("مره تاره روايه")  # `وقال مرة أخرى`: again, not another one


def _another_one(doc: _Doc, i: int) -> _Speaker | None:
    """`مشاركة أخرى`, `مريض آخر`: another one of the kind, unnamed, right after the verb; a
    new speaker, never the one who spoke before."""
    if i + 1 >= len(doc.toks) or doc.key(i + 1) not in _ANOTHER:
        return None
    k = doc.key(i)
    if (
        k.startswith("ال")
        or (k[:1] in "بلك" and k not in _ROLE_HEADS)  # `بهجمات أخرى`, not `باحث آخر`
        or k.endswith("ا")  # `موضوعا آخر`: an object
        or k in _STOP_WORDS
        or k in _BUT_OPENERS
        or k in _ONCE_MORE
        or not _ARABIC_WORD.fullmatch(_tok_text(doc, i))
    ):
        return None
    return _Speaker(doc.toks[i][0], doc.toks[i + 1][1], None, 1, "role")


_QUANTIFIERS_OF = _words("كثير عدد")  # (with من: `عدد من المحللين`)
# definite broken plurals of people who speak as a group (sound plurals need no list)
_GROUPS = _words(
    "الخبراء العلماء الاطباء النواب السكان الاهالي الشهود المسؤولين الزعماء القاده الاباء "
    "الامهات الطلاب"
)


def _quantified_source(doc: _Doc, i: int) -> _Speaker | None:
    """Some of a group of people, as written, from token `i`: `بعض الاقتصاديين`, `عدد من
    المحللين الغربيين`, `معظم الخبراء`; the noun after them is the verb's object."""
    n = len(doc.toks)
    start = doc.toks[i][0]
    if doc.key(i) in _ABOUT and i + 1 < n:
        i += 1
    j = i + 1
    if doc.key(i) in _QUANTIFIERS_OF and j < n and doc.key(j) == "من":
        j += 1
    elif doc.key(i) not in _QUANTIFIERS:
        return None
    if j >= n:
        return None
    k = doc.key(j)
    if not (k in _GROUPS or (k.startswith("ال") and _sound_plural(k[2:]))):
        return None
    while j + 1 < n and doc.key(j + 1).startswith("ال") and doc.key(j + 1).endswith(("يين", "يون")):
        j += 1  # `الغربيين`: an adjective that agrees
    return _Speaker(start, doc.toks[j][1], None, 1, "group")


def _one_person(doc: _Doc, sp: _Speaker) -> bool:
    """A person's name or a KB title (`الرئيس الروسي`)."""
    if sp.kind == "title":
        return True
    return any(m.label == "PER" and m.start == sp.start for m in doc.mentions_in(sp.start, sp.end))


def _plural_cue(key: str) -> bool:
    """`وقالوا`, `مطالبين`, `مشيرون`: a cue in the plural."""
    k = _strip_clitics(key)
    return k in CUE_FORMS and (k.endswith("وا") or (k[:1] == "م" and k.endswith(("ين", "ون"))))


# numbers of people that head a plural subject: `المئات من الشباب`, `آلاف المتظاهرين`
_CROWDS = _words("المئات مئات الالاف الاف العشرات عشرات")


def _plural_subject_in_sentence(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """The group written as a subject earlier in the cue's sentence: `عدد من الأهالي`,
    `المئات من الشباب`, `الأهالي`, `محتجون`."""
    first = _sentence_start(doc, cue.tok - 1, 40, past_marks=True)
    if first is None:
        return None
    for j in range(first, cue.tok):
        sp = _group_at(doc, j, cue.tok)
        if sp is not None:
            return sp
    return None


def _group_at(doc: _Doc, j: int, stop: int) -> _Speaker | None:
    """A group of people written at token `j`, before token `stop`: a crowd number
    (`المئات من الشباب`), a quantified or sound plural, `الأهالي`, `المحتجون`."""
    k = doc.key(j)
    k0 = _strip_clitics(k)
    if k0 in _CROWDS:
        end = j + 2 if doc.key(j + 1) == "من" and j + 2 < stop else j
        return _Speaker(doc.toks[j][0], doc.toks[end][1], None, 1, "group")
    sp = _quantified_source(doc, j) or _plural_source(doc, j)
    if sp is not None:
        return sp
    if k0 in _GROUPS or (k0.startswith("ال") and _sound_plural(k0[2:])):
        s, e = doc.toks[j]
        return _Speaker(s + len(k) - len(k0), e, None, 1, "group")
    return None


_CLAUSE_OPENERS = _BUT_OPENERS | _words("بينما فيما و")


def _opens_clause_at(doc: _Doc, i: int) -> bool:
    """Token `i` opens its clause: after punctuation, a new line, و, لكن, بينما or فيما."""
    if i == 0:
        return True
    prev = _tok_text(doc, i - 1)
    return prev in ".،,:؛\n" or doc.key(i - 1) in _CLAUSE_OPENERS


def _role_before_object(doc: _Doc, sp: _Speaker) -> _Speaker:
    """A role after a deeming verb cut before its object: a definite word after the role's
    adjective is what it deemed (`ووصف وزير الخارجية الإيراني المفاوضات بأنها`)."""
    words = list(_ARABIC_WORD.finditer(doc.text, sp.start, sp.end))
    for prev, w in itertools.pairwise(words[1:]):
        pk, k = _key(prev.group()), _key(w.group())
        if _title_adjective(pk) and k.startswith("ال") and not _title_adjective(k):
            return replace(sp, end=prev.end())
    return sp


# `وجدد التأكيد على أن`: acts of saying (verbal nouns), objects of the verb, never who spoke
# (not the pattern itself: `التنظيم`, `التقرير`, `التعميم` speak)
_ACTS_OF_SAYING = _words("التاكيد التحذير الترحيب التشديد التنويه التذكير التوضيح التعبير")


def _definite_subject(doc: _Doc, i: int, limit: int) -> _Speaker | None:
    """A definite noun subject right before a complementizer or `في بيان`: `وأوضح المرصد، أن`,
    `وتابعت الخلية أنه`, `وقال المرصد السوري لحقوق الإنسان إن` (kind "definite")."""
    text = doc.text
    k = doc.key(i)
    if not k.startswith("ال") or len(k) < 5 or k in _STOP_WORDS or _cue_kind(k, doc, i):
        return None
    if k in _TIME_NOUNS:
        return None  # `أعلنت الشهر الماضي أن`: when, not who
    if k in _ATTENTION:
        return None  # `ولفت النظر إلى أن`: drew attention, the object of the idiom
    if k in _ACTS_OF_SAYING:
        return None  # `وجدد التأكيد على أن`: renewed the emphasis, the verb's object
    n = len(doc.toks)
    end = doc.toks[i][1]
    j = i + 1
    told = False  # past the one spoken to: `وقال المصاب لوسائل إعلام إماراتية "…"`
    while j < n and doc.toks[j][0] < limit:
        tj = text[doc.toks[j][0] : doc.toks[j][1]]
        kj = doc.key(j)
        if not told and _told_the_press(kj):
            told = True
            j += 1
            continue
        if (
            kj in COMPLEMENTIZERS
            or (kj in _NAME_END and j + 1 < n and doc.key(j + 1) in _STATEMENT_NOUNS)
            or (tj in "،," and j + 1 < n and doc.key(j + 1) in COMPLEMENTIZERS)
            # `وشدد المصدر الأمني على أن`, `وأشارت الهيئة إلى أن`
            or (kj in ("علي", "الي") and j + 1 < n and doc.key(j + 1) in COMPLEMENTIZERS)
            or tj == ":"  # `ويقول التعميم: "…"`
            or tj in QUOTE_MARKS  # `وقال المرصد «…»`
            or (kj == "ل" and _next_is_mark(doc, j))  # `وأوضح المستبعدون ل "الرياض" أن`
        ):
            start = doc.toks[i][0]
            return _Speaker(start, end, _kb_link(doc, text[start:end]), 1, "definite")
        if told and j <= i + 6 and _ARABIC_WORD.fullmatch(tj) and kj not in _STOP_WORDS:
            j += 1  # the press spoken to, up to the quote
            continue
        named = _person_starting(doc, j)
        if named is not None and not told and j <= i + 3:
            return named  # `أشارت المؤرخة الدينية البريطانية كارين أرمسترونغ`: who she is
        if (
            j > i + 3
            or not _ARABIC_WORD.fullmatch(tj)
            or kj in _STOP_WORDS
            or not kj.startswith(("ال", "ل"))
            or _cue_kind(kj, doc, j)
        ):
            return None
        end = doc.toks[j][1]
        j += 1
    return None


def _person_after_honorific(doc: _Doc, j: int, limit: int) -> _Speaker | None:
    """`إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور عبدالرحمن السديس`: an honorific at
    token `j` and any ranks, then the person who holds the role."""
    n = len(doc.toks)
    if doc.key(j) not in _HONORIFICS:
        return None
    j += 1
    while j < n and doc.key(j) in _RANKS:
        j += 1
    return _person_starting(doc, j) if j < n and doc.toks[j][0] < limit else None


def _person_starting(doc: _Doc, j: int) -> _Speaker | None:
    """The person mention starting at token `j`, as a speaker."""
    s, e = doc.toks[j]
    m = next((m for m in doc.mentions_in(s, e) if m.label == "PER" and m.start == s), None)
    return _mention_speaker(m, "PER") if m is not None else None


_ISSUED_PAPERS = _words("بيان بيانا بلاغ تقرير تعميم")


def _issuing_body(key: str) -> bool:
    """`للدائرة`, `للجيش` right after a statement noun: whose statement (not `للصحفيين`, told)."""
    if not key.startswith("لل") or len(key) < 5 or _told_the_press(key):
        return False
    stem = "ال" + key[2:]
    return stem not in _STOP_WORDS and stem not in _TIME_NOUNS and not _static_cue_kind(stem)


def _told_the_press(key: str) -> bool:
    """`لوسائل` (إعلام), `لصحيفة`, `للصحفيين`: who was told, after a speaker."""
    stem = key[2:] if key.startswith("لل") else key[1:] if key.startswith("ل") else ""
    return stem in _MEDIA or stem in _THE_PRESS or "ال" + stem in _THE_PRESS


def _told_a_medium(key: str) -> bool:
    """`لموقع`, `لتلفزيون`, `لشبكة`: told a medium named next; not `للبرنامج` (of the
    programme), the genitive of a role (`المدير الإقليمي للبرنامج مهند هادي`)."""
    return key[:1] == "ل" and key[1:2] != "ل" and key[1:] in _MEDIA


_THE_PRESS = _words("وسايل الصحفيين الصحافيين الصحافه الاعلام الاعلاميين المراسلين")


_RELAY_STEMS = (*_CARRIER_STEMS, "اورد")


def _object_of_previous_verb(doc: _Doc, prev: _Cue, cue: _Cue) -> bool:
    """A noun cue (`تصريحات المالكي`) that is the object of the verb cue right before it in
    the same sentence, whose subject is named (`انتقد الدليمي تصريحات المالكي`)."""
    if cue.kind != "noun" or prev.kind != "verb" or prev.speaker is None:
        return False
    if not 0 < cue.tok - prev.tok <= 12 or prev.speaker.end > cue.start:
        return False
    if _strip_clitics(doc.key(prev.tok)).startswith(_RELAY_STEMS):
        return False  # `ونقل التقرير تصريحات روحاني قائلا`: relayed, Rouhani speaks on
    if doc.key(cue.tok) == "بيان" and _strip_clitics(doc.key(cue.tok - 1)) in _ROLE_HEADS:
        return False  # `المحامية بيان زهران`: a woman's name after her role, not a statement
    return not any(
        _tok_text(doc, j) in _SENT_END
        or _tok_text(doc, j) in QUOTE_MARKS
        or _tok_text(doc, j) == ":"
        for j in range(prev.tok + 1, cue.tok)
    )


def _embedded(doc: _Doc, prev: _Cue, cue: _Cue, past_marks: bool = False) -> bool:
    """True when `cue` sits in the clause reported by `prev` (`قال إن ... وسائل الإعلام تدعو`);
    with `past_marks`, also after quotation marks (`في تصريحات إلى "الوطن" إن …`)."""
    text = doc.text
    if prev.tok < 0 or cue.tok - prev.tok > 60:
        return False
    if (
        doc.key(cue.tok)[:1] == "و"
        and _tok_text(doc, cue.tok - 1) in "،,"
        and cue.speaker is not None
        and cue.speaker.strength >= 1
    ):
        # `يرجح أنهم لقوا حتفهم، وقال وليام سبيندلر`, `…، وقالت والدة الطفلة`: a new clause
        # with its own subject
        return False
    found = False
    for j in range(prev.tok + 1, cue.tok):
        s, e = doc.toks[j]
        t = text[s:e]
        if t in _SENT_END or "\n" in text[s - 1 : s] or (t in QUOTE_MARKS and not past_marks):
            return False
        if t in QUOTE_MARKS:
            found = False  # a quote or a quoted name: only a complementizer after it counts
            continue
        k = doc.key(j)
        if k in COMPLEMENTIZERS or _strip_clitics(k) in COMPLEMENTIZERS or t == ":":
            found = True
    return found and "\n" not in text[prev.end : cue.start]


def _is_heading(text: str, ps: int, pe: int, seg_kind: str | None) -> bool:
    """A heading: a `heading` segment, or a short line (<= 10 words) with no final punctuation."""
    first = _ARABIC_WORD.match(text, ps, pe)
    if first is not None and first.start() - ps < 3:
        key = _key(first.group())
        if key[:1] in "وف" and _static_cue_kind(key) in ("verb", "part"):
            return False  # `وأضاف: "…"` is body text, whatever its length
    if seg_kind == "heading":
        return True
    e = pe
    while e > ps and (text[e - 1] in _SPACE or text[e - 1] in QUOTE_MARKS):
        e -= 1
    if e == ps:
        return True
    if text[e - 1] in ".!?؟:…":
        return False
    return all(n < 10 for n, _ in enumerate(_ARABIC_WORD.finditer(text, ps, e)))


def _segment_kind(segments: Sequence[Segment], seg_starts: list[int], pos: int) -> str | None:
    i = bisect.bisect_right(seg_starts, pos) - 1
    if 0 <= i < len(segments) and segments[i].start <= pos < segments[i].end:
        return segments[i].kind
    return None


_NAME_NOUN_CACHE: dict[tuple[str, bool], bool] = {}


def _is_name_noun(word: str, definite: bool = False) -> bool:
    """`فيلا`, `وصحيفة`, `لقناة`: a noun that introduces a quoted name (any clitic reading).

    With `definite`, also `المسرحية` (used only for short spans: `وقالت الصحيفة "…"` speaks).
    """
    hit = _NAME_NOUN_CACHE.get((word, definite))
    if hit is None:
        hit = False
        for stem, _ in clitic_candidates(word):
            k = _key(stem)
            if definite:
                k = _without_article(k)  # `المسرحية الكوميدية «…»`: the noun with its article
            if k in NAME_NOUNS or k in _AUTHOR_NOUNS:
                hit = True
                break
            # with a possessive: `في كتابه «…»`, `حسابها`
            for suf in ("ه", "ها", "هم", "ي", "نا"):
                base = k[: -len(suf)]
                if (
                    k.endswith(suf)
                    and len(base) >= 3
                    and (base in NAME_NOUNS or (base[-1] == "ت" and base[:-1] + "ه" in NAME_NOUNS))
                ):  # `كتابه`, and `روايته` (رواية + ه)
                    hit = True
                    break
            if hit:
                break
        if len(_NAME_NOUN_CACHE) < 100_000:
            _NAME_NOUN_CACHE[(word, definite)] = hit
    return hit


# works whose title follows them in marks: a song's title often reads like speech (`أنت عمري`)
_WORK_NOUNS = _words(
    "اغنيه اغنيتها اغنيته اغاني لحن دويتو قصيده قصيدته ديوان ديوانه مسرحيه فيلم مسلسل"
)


def _work_before(text: str, pos: int, lo: int, works: frozenset[str], definite: bool) -> bool:
    """The word before `pos` is one of `works` after any clitic (`وقصيدته`, `لفيلم`), or
    with `definite` also with its article (`الدويتو`)."""
    word, _ = _word_before(text, pos, lo)
    for stem, _ in clitic_candidates(word):
        k = _key(stem)
        if k in works or (definite and k.startswith("ال") and k[2:] in works):
            return True
    return False


# a saying nobody in the story said: `كما يقول المثل`, `تقول العرب`, `والحكمة تقول`
_PROVERB_SOURCE = r"(?:المثل|الأمثال|الامثال|الحكمة|العرب)"
_PROVERB_AFTER = regex.compile(r"\s*[،,]?\s*كما\s+(?:ي|ت)قول\s+" + _PROVERB_SOURCE)
_PROVERB_BEFORE = regex.compile(
    r"(?:"
    + _PROVERB_SOURCE
    + r"\s+(?:ي|ت)قول|(?:ي|ت)قول\s+"
    + _PROVERB_SOURCE
    + r"(?:\s+\w+){0,2})\s*:?\s*$"
)


def _proverb(text: str, cand: _Cand) -> bool:
    """A proverb or a saying of the Arabs, cited as such before or after the marks."""
    after = cand.close_pos + 1
    if cand.close_pos >= 0 and _PROVERB_AFTER.match(text, after, min(cand.para_end, after + 40)):
        return True
    anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
    head = text[max(cand.para_start, anchor - 40) : anchor]
    return _PROVERB_BEFORE.search(head) is not None


# unpossessed works whose long title follows (`في كتابه «…»` may quote from the book instead)
_BOOKS = _words("كتاب روايه ديوان فيلم مسلسل مسرحيه البوم")


def _withheld_name(text: str, word: str, start: int, cand: _Cand) -> bool:
    """`طالبا عدم الكشف عن اسمه "…"`: the name noun ends the formula of an unnamed source."""
    if _key(word) not in _OWN_NAME:
        return False
    before, _ = _word_before(text, start, cand.para_start)
    return _key(before) in ("عن", "ذكر")


_TITLED = _words("بعنوان عنوان عنوانها عنوانه")  # right before the mark: what follows is a title
# nouns whose colon introduces a title, never speech (`في كتابه:` may quote the book)
_TITLE_NOUNS = _TITLED | _words(
    "شعار وسم هاشتاق هاشتاغ هاشتاج لقب تسميه كتاب "
    "كتبه كتبها مولفاته مولفاتها رواياته رواياتها دواوينه"  # `ومن أشهر كتبه: «…»`
)
_EDITIONS = _words("نسخه النسخه دوره الدوره موسم الموسم جزء الجزء حلقه الحلقه نسخته دورته")


def _definite_phrase(span: str) -> bool:
    """`القناة الثقافية`, `الجمعية الأميركية لتقدم العلوم`: every word after the first has the
    article (or لل/ل + it), so the span is one noun phrase, not a sentence (`الفريق جاهز`)."""
    words = [_key(w) for w in _ARABIC_WORD.findall(span)[1:]]
    return bool(words) and all(
        w.startswith(("ال", "لل", "وال"))
        or (w[:1] == "ل" and w not in _STOP_WORDS and w not in _SPEECH_START and w != "لا")
        for w in words
    )


def _edition_before(text: str, pos: int, lo: int) -> bool:
    """`النسخة (الثانية) من`, `الموسم الخامس من`: an edition noun within two words before."""
    for _ in range(2):
        word, pos = _word_before(text, pos, lo)
        if not word:
            return False
        if _key(word) in _EDITIONS:
            return True
    return False


# yes, no and courtesy words: what was said, never a quoted name (`وقال "نعم"`)
_ANSWERS = _words("نعم لا كلا اجل بلي طبعا ابدا شكرا عفوا")
# pronouns and particles that open speech but never a name (not `لا`: `«لا غرانج»`)
_SPEECH_START = _words(
    "هي هو هم هما نحن انا انت انتم لم لن لقد قد ان انه انها اننا انني ليس ليست لسنا لست "
    "سوف سنعمل يجب لكن لكننا هل"
)


# indefinite person roles whose genitive is the body they serve (`مدير «زيفير»`): a quoted span
# right after one is that body's name
_ROLES_OF_A_BODY = _words(
    "مدير مديره مدرب مدربه لاعب لاعبه رييس رييسه عضو عضوه نايب امين مسوول مسووله متحدث "
    "متحدثه ناطق ناطقه مشرف مشرفه مستشار مستشاره محافظ سفير سفيره وزير وزيره حارس مهاجم "
    "مويسس مويسسه"
)


def _body_named(doc: _Doc, cand: _Cand, span: str) -> bool:
    """The whole span is a body's name: a tagged organisation, or a body noun with definite
    words and `ل`-phrases after it (`«الهيئة العامة للموانئ البرية والجافة»`)."""
    if _names_a_body(span) and _definite_phrase(span):
        return True
    s = cand.start + len(span) - len(span.lstrip())
    e = cand.start + len(span.rstrip())
    return any(m.label == "ORG" and m.start == s and m.end == e for m in doc.mentions_in(s, s + 1))


def _names_a_body(span: str) -> bool:
    """`لجنة متابعة أسعار الغازولين والديزل`: a span of up to six words opening with a body
    noun (لجنة، هيئة، جمعية …)."""
    found = _ARABIC_WORD.findall(span)
    if not found or len(found) > 6:
        return False
    k = _key(found[0])
    return k in _BODY_ROLES or "ال" + k in _BODY_ROLES


# Latin letter names as Arabic writes them (`بي بي سي`, `إم دبليو في`)
_LETTER_NAMES = _words(
    "اي ايه بي سي دي اف جي اتش ايتش جيه كيه كاي ام ان او كيو ار آر اس تي يو في دبليو اكس واي زد زي"
)


def _spelt_initials(span: str) -> bool:
    """Every word a letter name, and not only the ones that are also words (في، ان، او، اي)."""
    keys = [_key(w) for w in _ARABIC_WORD.findall(span)]
    return all(k in _LETTER_NAMES for k in keys) and any(
        k not in ("في", "ان", "او", "اي", "ايه") for k in keys
    )


def _ends_spelt_initials(doc: _Doc, m: int, ps: int, pe: int) -> bool:
    """The two or more words before token `m` spell Latin initials (`سي إن إن`)."""
    keys = []
    j = m - 1
    while j >= 0 and len(keys) < 4 and (k := _tok_word(doc, j, ps, pe)) in _LETTER_NAMES:
        keys.append(k)
        j -= 1
    return len(keys) >= 2 and _spelt_initials(" ".join(keys))


def _blessing(span: str) -> bool:
    """`حفظه الله`, `رعاهم الله`, `يرحمه الله`: a verb with a pronoun, then الله."""
    keys = [_key(w) for w in _ARABIC_WORD.findall(span)]
    if len(keys) != 2:
        return False  # (two words of another script: `"Да нет"`)
    first, second = keys
    return second == "الله" and first.endswith(("ه", "ها", "هم", "هما")) and len(first) >= 4


def _list_of_names(doc: _Doc, cand: _Cand) -> bool:
    """Two or more items between commas, each of one to three words, one of them at least a
    whole name the tagger found (`«الجفينة، والفاو»`, `«مكة المكرمة، رنية، الفرسان»`, a
    team's line-up): a list of places, teams or players, not a sentence."""
    text = doc.text
    span = text[cand.start : cand.end]
    if "،" not in span and "," not in span:
        return False
    items = [p.strip(_SPACE) for p in regex.split("[،,]", span)]
    if len(items) < 2 or any(not p or len(p.split()) > 3 for p in items):
        return False
    if len(items) >= 4 and not regex.search(r"[.!?؟:]", span):
        return True  # `منها: «السهم، التايفون، الصقر، الدرع»`: four or more short items
    pos = cand.start
    for item in items:
        s = text.index(item, pos)
        e = pos = s + len(item)
        if any(m.start <= s + 1 and m.end >= e for m in doc.mentions_in(s, e)):
            return True
    return False


def _holder_named(doc: _Doc, cand: _Cand, word_before: str, after_colon: bool) -> bool:
    """The span names the holder of the definite person role right before it, and the
    sentence goes on after it (not `قال المتحدث "نعم".`, not a colon)."""
    if after_colon or cand.open_pos < 0 or cand.close_pos < 0 or not _person_role(word_before):
        return False
    return _quoted_holder(doc, doc.tok_at(cand.open_pos), doc.tok_at(cand.close_pos))


def _glossed_in_latin(text: str, cand: _Cand) -> bool:
    """The closing mark is followed by a word in Latin script (`“الرسائل الخاصة” DM`)."""
    if cand.close_pos < 0:
        return False
    k = cand.close_pos + 1
    while k < cand.para_end and text[k] in _SPACE:
        k += 1
    return k > cand.close_pos + 1 and bool(_LATIN_RE.match(text, k))


def _role_word_before(text: str, pos: int, lo: int) -> bool:
    """Whether the word before `pos` is a role noun or a nisba adjective (`المستشار
    القانوني`), so that a quoted span after `ل` names whose role it is."""
    word, _ = _word_before(text, pos, lo)
    k = _key(word)
    return _strip_clitics(k) in _ROLE_HEADS or (k.startswith("ال") and k.endswith("ي"))


def _work_of_author_before(doc: _Doc, cand: _Cand) -> bool:
    """A work noun, then a person's name, right before the opening mark."""
    if cand.open_pos < 0:
        return False
    j = doc.tok_before(cand.open_pos)
    if j < 1:
        return False
    ps, pe = doc.toks[j]
    person = next(
        (m for m in doc.mentions_in(max(0, ps - 60), pe) if m.label == "PER" and m.end == pe),
        None,
    )
    if person is None or doc.text[pe : cand.open_pos].strip(_SPACE):
        return False
    k = doc.tok_before(person.start)
    if k < 0 or doc.text[doc.toks[k][1] : person.start].strip(_SPACE):
        return False
    word = _tok_text(doc, k)
    works = _BOOKS | _WORK_NOUNS
    return any(_without_article(_key(stem)) in works for stem, _ in clitic_candidates(word))


_DEGREE = _words("للغايه جدا تماما كثيرا")


def _ends_with_degree(span: str) -> bool:
    words = _ARABIC_WORD.findall(span)
    return bool(words) and _key(words[-1]) in _DEGREE


def _is_name(doc: _Doc, cand: _Cand, words: int, direct_cue: bool) -> bool:
    """Quotation marks around a name (a villa, an outlet, an alliance), not speech."""
    text = doc.text
    if _WEB_ADDRESS.fullmatch(text, cand.start, cand.end):
        return True  # `على الرابط التالي: “http://www.mcs.gov.sa/…”`: an address to visit
    if not _LETTER_RE.search(text, cand.start, cand.end):
        return True  # `المادة «55/ 3/ 1»`: a number or a code, no words at all
    if words >= 2 and _list_of_names(doc, cand):
        return True  # `الفرق المشاركة هي «مكة المكرمة، رنية، الفرسان»`: names listed
    if words <= 20 and _inscribed(doc, cand):
        return True  # `لافتات كتب على بعضها «أوقفوا قتل الأطفال السود»`: a slogan
    before_pos = cand.open_pos if cand.open_pos >= 0 else cand.start
    if words <= 20 and _key(_word_before(text, before_pos, cand.para_start)[0] or "") in _TITLED:
        return True  # `تحت عنوان "يا رئيس الهيئة …: الأنظمة ضعيفة…"`: a headline, however long
    if words > 10:
        return False
    before_colon = _word_before_colon(text, before_pos, cand.para_start)
    after_colon = before_colon is not None
    if after_colon and (
        (_key(before_colon) in _LIST_INTROS and words <= 6)
        or any(_key(st) in _TITLE_NOUNS for st, _ in clitic_candidates(before_colon))
    ):
        return True  # `ونذكر منها: “إلى قديسة”`, `محاضرة بعنوان: “صحابي من بيشة …”`: titles
    if words <= 12 and _proverb(text, cand):
        return True  # `«والأكباد تحترق» كما تقول العرب`, `والحكمة تقول «من أمن العقاب …»`
    if (
        words <= 10
        and not after_colon
        and _work_before(text, before_pos, cand.para_start, _BOOKS, False)
    ):
        return True  # `ومؤلف كتاب «مخاطر عالية وطموحات كبيرة في رئاسة جورج بوش»`: a title
    if words <= 10 and not after_colon and _work_of_author_before(doc, cand):
        return True  # `بمسرحية محمد الماغوط "كاسك يا وطن"`: the work's title after its author
    span = text[cand.start : cand.end]
    if words >= 2 and _ends_with_degree(span):
        return False  # `برنامجها النووي «مزعج للغاية»`: an appraisal, never a name
    if words > 6:
        return _quoted_issuer(doc, cand)
    if words <= 3 and (_LATIN_RE.search(span) or _ABBREV_RE.search(span)):
        return True  # "بي.بي", "NBC": a brand or an acronym
    if words <= 3 and _DIGIT_RE.search(span):
        return True  # "عيد طيبة 36", "جنيف - 3": an event or a model, not speech
    if (
        words == 1
        and cand.close_pos >= 0
        and _key(_word_after(text, cand.close_pos + 1, cand.para_end)) in _ONE
    ):
        return True  # `قصائده على «قارعة» واحدة`: a noun the outlet counts, a term
    if words <= 2 and _weekday(span):
        return True  # `في ختام اجتماعها «الأربعاء الماضي»`: a day, the outlet's emphasis
    if cand.close_pos >= 0 and words <= 5:
        k = cand.close_pos + 1
        while k < cand.para_end and text[k] in _SPACE:
            k += 1
        if k < cand.para_end and text[k] == ":":
            # `وقال "الشمراني": "…"`, `قال «المرصد السوري لحقوق الإنسان»: إنه`: the speaker
            return True
    if words <= 6 and _quoted_subject(doc, cand, words):
        return True
    if _quoted_issuer(doc, cand):
        return True
    if words <= 3 and cand.close_pos >= 0:
        after = _word_after(text, cand.close_pos + 1, cand.para_end)
        ka = _key(after)
        if ka and (ka in _ROLE_HEADS or _strip_clitics(ka) in _ROLE_HEADS) and ka[:2] != "ال":
            return True  # `يقول عنه "كوشنير" وزير خارجية فرنسا`: a name, then who he is
    if words <= 4 and _own_clause_noun(doc, cand, words):
        return True
    if words <= 4 and _glossed_in_latin(text, cand):
        return True  # `“أيقونات حية” Live Tiles`: a term given with its English name
    if 2 <= words <= 5 and _spelt_initials(span):
        return True  # `"إم دبليو في"`, `“إن بي سي”`: Latin initials spelt out
    if words == 2 and _blessing(span):
        return True  # `ولاة أمرنا «حفظهم الله»`: a formula after a name, nobody's words
    if tuple(_key(w) for w in _ARABIC_WORD.findall(span)) in _EULOGIES:
        return True  # `النبي «صلى الله عليه وسلم»`: the praise after his name
    if words <= 6 and cand.close_pos >= 0:
        after = _word_after(text, cand.close_pos + 1, cand.para_end)
        if _key(after) in ("احد", "احدي"):
            return True  # `«فات الكتير يا بلادنا» إحدى أغاني فرقة الأرض`: one of a kind
    if (
        words <= 6
        and not after_colon
        and _work_before(text, before_pos, cand.para_start, _WORK_NOUNS, True)
    ):
        return True  # `لحن اغنية "أنت عمري"`, `الدويتو "على قد الليل"`: a title, however it opens
    first = _ARABIC_WORD.match(text, cand.start, cand.end)
    opener = _key(first.group()) if first and first.start() == cand.start else ""
    if words >= 2 and opener in _SPEECH_START:
        return False  # `«هي قراءتنا»`, `"لن نتراجع"`: a name never opens with these words
    span_words = _ARABIC_WORD.findall(span)
    ranked = bool(span_words) and _key(span_words[0]) in _RANKS
    if 3 <= words <= (7 if ranked else 5) and any(
        _key(w) in ("بن", "بنت") for w in span_words[1:-1]
    ):
        return True  # "مازن بن سفر السواط": a person named with a patronymic
    if first and words <= 5 and _key(first.group()) in _RANKS and not after_colon:
        return True  # "العقيد محمد عبدالرحيم العاصمي": a person named with a rank
    if first and 2 <= words <= 4:
        k1 = _key(first.group())
        if k1 in NAME_NOUNS or (
            k1.startswith("ال")
            and k1[2:] in NAME_NOUNS
            and _definite_phrase(span)
            and not _described(doc, cand)
        ):
            return True  # «شركة كاف», "فندق مكارم", «القناة الثقافية»: the name noun inside
    if first and 5 <= words <= 6 and _key(first.group()) in _NAMED_BODIES:
        return True  # `مع "شركة بيانات الأولى لخدمات الشبكات"`: a company's full name
    if span.lstrip()[:1] == "#":
        return True  # `“#معاذ_الخلف”`: a hashtag
    if 3 <= words <= 7 and not after_colon and _body_named(doc, cand, span):
        return True  # `حيث ظل «مركز الملك سلمان للإغاثة والأعمال الإنسانية» يواصل`
    wb, wstart = _word_before(text, before_pos, cand.para_start)
    if wb:
        if _is_name_noun(wb, words <= 2) and not _withheld_name(text, wb, wstart, cand):
            return True
        kb_ = _key(wb)
        if kb_.startswith("ال") and kb_.endswith(("يه", "ي")) and len(kb_) > 5:
            # `رؤيتها التصنيعية "من المنجم إلى المنتج النهائي"`: a name noun, its adjective
            wb2, _ = _word_before(text, wstart, cand.para_start)
            k2 = _key(wb2)
            # a bare or possessed noun: not `باسم المفوضية "…"` (a clitic), not `يدعى`
            if k2 and k2[:1] not in "بلوفكيت" and not k2.startswith("ال") and _is_name_noun(wb2):
                return True
        # `في «تويتر»`, `ل«عكاظ»` (said to the newspaper), `نقلا عن «رويترز»`
        if words <= 2 and kb_ in _NAME_PREPS:
            return True
        if (
            (words <= 3 or _names_a_body(span))
            and not after_colon
            and any(_key(st) in _ROLES_OF_A_BODY for st, _ in clitic_candidates(wb))
        ):
            # `مديرة «زيفير»`, `رئيس “لجنة متابعة أسعار الغازولين”`: the body the role leads
            return True
        if words <= 3 and _holder_named(doc, cand, wb, after_colon):
            return True  # `أعرب الدكتور “وهبة الزحيلى” عن أسفه`: the role holder's name
        if words <= 4 and kb_ == "ل" and _role_word_before(text, wstart, cand.para_start):
            return True  # `المستشار القانوني ل«الجيش السوري الحر»`: whose adviser
        if words <= 5 and kb_ in _LIST_INTROS:
            return True  # `مواقع أخرى مثل «استابليشد من دوت كوم»`: an example named
        if words <= 5 and kb_ in _PREPOSITIONS:
            b = wstart
            while b > cand.para_start and text[b - 1] in _SPACE:
                b -= 1
            if b > cand.para_start and text[b - 1] in QUOTE_MARKS:
                # `فوز "العميد" على "الملكي"`: two names joined by a preposition; `من «…» إلى
                # «…»`: from one name to another
                if words <= 2:
                    return True
                prev_open = max(text.rfind(ch, cand.para_start, b - 1) for ch in QUOTE_MARKS)
                w2, _ = _word_before(text, prev_open, cand.para_start)
                if kb_ == "الي" and prev_open >= 0 and _key(w2) == "من":
                    return True
        if words <= 5 and kb_ == "من" and _edition_before(text, wstart, cand.para_start):
            return True  # `النسخة الثانية من "رمضاننا كدا"`: an event, a show, a season
        if words <= 5 and kb_ == "من" and cand.close_pos >= 0:
            after = text[cand.close_pos + 1 : cand.close_pos + 12].strip(_SPACE)
            if after[:3] in ("إلى", "الى") and after[3:].strip(_SPACE)[:1] in QUOTE_MARKS:
                return True  # `من «كارت بلانش» إلى «…»`: renamed from one name to another
        if words <= 2 and any(_key(st) in _TERM_NOUNS for st, _ in clitic_candidates(wb)):
            return True  # `وكلمة «أفا» من أجمل الكلمات`: a word talked about, not said
        if words == 1 and any(_key(st) in _KIN for st, _ in clitic_candidates(wb)):
            return True  # `وشقيقها «واثق»`, `طفله «نبيل»`: a relative's name
        if words <= 2 and _is_team_context(wb):
            return True  # `فاز «الأخضر»`, `لاعب "الزعيم"`, `أمام «التانجو»`: a team, a club
        if words <= 2 and kb_ in ("الي", "مع", "ب", "ل"):
            w2, _ = _word_before(text, wstart, cand.para_start)
            if w2 and (_is_statement_noun(w2) or _is_name_noun(w2)):
                return True  # `في تصريح إلى "الوطن"`, `في حوار مع "الوطن"`
        if words <= 2 and kb_ in ("علي", "عبر", "من"):
            w2, _ = _word_before(text, wstart, cand.para_start)
            if w2 and _is_name_noun(w2):
                return True  # `حساب على “تويتر”`
        if words <= 6:
            # `يطلق عليها "الحبة"`, `من يطلق عليهم في سائر المعمورة "…"`, `الذي اصطلح عليه
            # «حرب الجميع على الجميع»`: what it is called
            pos, prev_k = wstart, kb_
            for _ in range(5):
                w2, pos = _word_before(text, pos, cand.para_start)
                if not w2:
                    break
                if prev_k in ("عليه", "عليها", "عليهم", "عليهما", "علي") and (
                    "طلق" in _key(w2) or "صطلح" in _key(w2)
                ):  # (and `أطلقت على نفسها «…»`)
                    return True
                prev_k = _key(w2)
        if words <= 4 and kb_[:1] == "ب" and (kb_ == "ب" or kb_[1:] in _CALLED_AS):
            pos = wstart
            for _ in range(3):
                w2, pos = _word_before(text, pos, cand.para_start)
                if not w2:
                    break
                if _key(w2) in _NICKNAMING or _strip_clitics(_key(w2)) in _NICKNAMING:
                    return True  # `ولقب وقتها ب«أمير الشعراء»`, `ما يسمى بدور «…»`: a name
        if words <= 3 and kb_ == "عن":
            w2, _ = _word_before(text, wstart, cand.para_start)
            if matching_key(w2) in ("نقلا", "نقل"):
                return True
        # apposition to a name noun a few words back: جمعية التوعية والتأهيل الاجتماعي "واعي"
        if words <= 3 and kb_.startswith(("ال", "وال")):
            pos = wstart
            for _ in range(4):
                w2, pos2 = _word_before(text, pos, cand.para_start)
                if not w2:
                    break
                k2 = _key(w2)
                if _is_name_noun(w2, True):
                    return True
                if not k2.startswith(("ال", "وال")):
                    break
                pos = pos2
    # the span is an entity mention (or a KB name)
    for m in doc.mentions_in(max(cand.para_start, cand.start - 200), cand.end):
        if m.end <= cand.start or m.label not in _NAME_MENTION_LABELS:
            continue
        ov = min(m.end, cand.end) - max(m.start, cand.start)
        if ov >= 0.8 * (cand.end - cand.start) and words <= 4:
            return True
        if (
            m.label == "PER"
            and 2 <= words <= 4
            and not after_colon  # `فقال: «اسمه …»`
            and (m.start == cand.start or m.end == cand.end)
            and len(_ARABIC_WORD.findall(text, m.start, m.end)) == words - 1
        ):
            return True  # `المخلوع "علي عبدالله صالح"`: the tagger found all but one of the name
    if words <= 4 and _kb_link(doc, text[cand.start : cand.end]) is not None:
        return True
    # apposition right after an organisation/place mention: حلف شمال الأطلسي "ناتو"
    if not direct_cue and words <= 3 and cand.open_pos >= 0:
        j = cand.open_pos
        while j > cand.para_start and text[j - 1] in _SPACE + "(":
            j -= 1
        for m in doc.mentions_in(max(cand.para_start, j - 120), j):
            if m.end == j and m.label in ("ORG", "FAC", "MISC", "EVENT"):
                return True
    return False


# body nouns that open a long quoted name (an indefinite head in construct: never speech)
_NAMED_BODIES = _words("شركه موسسه جمعيه هييه منظمه مركز جامعه مستشفي بنك مصرف")
_ONE = _words("واحد واحده واحدا")
_WEEKDAYS = _words("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت")
_NEXT_OR_LAST = _words("الماضي المقبل القادم")


def _weekday(span: str) -> bool:
    """`الأربعاء`, `الأربعاء الماضي`: a day of the week, bare or last/next (not `الأسبوع
    المقبل`, which a minister's reported plans quote)."""
    words = [_key(w) for w in _ARABIC_WORD.findall(span)]
    return bool(words) and words[0] in _WEEKDAYS and all(w in _NEXT_OR_LAST for w in words[1:])


# `ولقب وقتها ب«أمير الشعراء»`, `الملقب ب«…»`, `عرف ب«…»`: what someone is called or known as
_NICKNAMING = _verb("لقب", "لقب", "ملقب") | _verb("عرف", "عرف", "معروف") | _verb("سمي", "سمي")
_NICKNAMING |= _words("الملقب الملقبه المعروف المعروفه يسمي تسمي سمي المسمي المسماه")
_CALLED_AS = _words("دور اسم لقب مسمي")  # `ما يسمى بدور «…»`, `المعروف باسم «…»`


_DESCRIBING = _CUE_VERBS["describe"] | _verb("نعت", "نعت", "ناعت") | _verb("اتهم", "تهم")
# `أسماهم`, `سمتها`, `يسميه`: a verb of naming with its object, right before the quoted word
_NAMING_VERBS = frozenset(
    pre + stem + suf
    for pre in ("", "و", "ف")
    for stem in ("اسما", "سما", "سمت", "اسمت", "يسمي", "سموا", "اسموا", "وصف", "وصفت", "يصف")
    for suf in ("ه", "ها", "هم", "هما")
)
_DESCRIPTION_REACH = 12  # words back from `ب«…»` to the describing verb
_DESCRIPTION_CHARS = 200  # characters that surely hold those words
_AS_HE_PUT_RE = regex.compile(r"على\s+حد\s|(?:حسب|وفق)\s+(?:تعبير|وصف|قول)")
_AS_HE_PUT_REACH = 60  # characters after the closing mark


# what a slogan is written on or carried as; the words between it and the slogan
_INSCRIPTIONS = _words("شعار شعارات لافته لافتات يافطه يافطات لوحه لوحات ملصق ملصقات")
_WRITTEN_ON = _words(
    "كتب كتبت مكتوب مكتوبه تقول يقول تحمل يحمل حملت عليها عليه عليهم علي بعضها منها احداها"
)


def _inscribed(doc: _Doc, cand: _Cand) -> bool:
    """A slogan: the quote right after a banner, a motto or a placard (`تتخذ شعار «…»`,
    `لافتات تقول «…»`, `لافتات كتب على بعضها «…»`)."""
    j = doc.tok_at(cand.open_pos if cand.open_pos >= 0 else cand.start) - 1
    for n in range(4):
        if j < 0 or doc.toks[j][0] < cand.para_start:
            return False
        k = _strip_clitics(doc.key(j))
        if k == "لافته" and n == 0:
            return False  # `في لقطة لافتة «…»`: striking, an adjective
        if k in _INSCRIPTIONS or doc.key(j) in _INSCRIPTIONS:
            return True
        if doc.key(j) not in _WRITTEN_ON:
            return False
        j -= 1
    return False


def _described(doc: _Doc, cand: _Cand) -> bool:
    """`ووصف … النقاشات بـ"البناءة"`: the word is what a describing verb of the sentence calls
    something, so the describer's word (a partial quote), not a term."""
    text = doc.text
    word, _ = _word_before(text, cand.open_pos, cand.para_start)
    if _key(word) in _NAMING_VERBS:
        return True  # `لما أسماهم "المتحايلين"`, `من سمتهم «المعتدين»`
    if _key(word.rstrip("ـ")) not in ("ب", "وب", "بان", "بانه", "بانها", "بانهم", "بانهما"):
        return False  # `وصفه ب"…"`, `وصفه بأنه "…"`
    head = text[max(cand.para_start, cand.open_pos - _DESCRIPTION_CHARS) : cand.open_pos]
    sentence = regex.split(r"[.!?؟]", head)[-1]
    words = _ARABIC_WORD.findall(sentence)[-_DESCRIPTION_REACH - 1 : -1]
    return any(_key(st) in _DESCRIBING for w in words for st, _ in clitic_candidates(w))


def _lone_term(doc: _Doc, cand: _Cand) -> bool:
    """One quoted word that is a term or a name, not speech: a word outlets quote alone by
    convention (`«داعش»`, `"تويتر"`, `«الوطن»`: `khabar.quoted_terms`), or a definite noun
    (`"القسطنطينية"`, `«السيرك»`, `"الطابو"`: a speaker's one word is a verb or an adjective
    far more often). Not when a describing verb gives it (`وصفها بوتين ب "البناءة"`), when
    it follows a colon (`فقال: «المستحيل»`) or `على حد وصفه` follows it."""
    if cand.open_pos < 0 or cand.close_pos < 0:
        return False
    key = _short_key(doc, cand)
    definite = key.startswith("ال") and len(key) > 4
    if not definite and key not in load_quoted_terms():
        return False
    text = doc.text
    before_colon = _word_before_colon(text, cand.open_pos, cand.para_start)
    if before_colon is not None and _key(before_colon) not in _LIST_INTROS:
        return False
    tail = text[cand.close_pos + 1 : min(cand.para_end, cand.close_pos + _AS_HE_PUT_REACH)]
    if _AS_HE_PUT_RE.search(regex.split(r"[.!?؟]", tail, maxsplit=1)[0]):
        return False  # `الدقائق «الذهبية» للمصابين على حد وصفه`
    return not _described(doc, cand)


# words after a quoted span that show it is a noun of the outlet's sentence, not speech:
# `وتابع «المرصد» أن`, `وأفادت «الشبكة» في تقريرها`, `أعلنت "موبايلي" عن`
_AFTER_SUBJECT = COMPLEMENTIZERS | _words("في عن علي امس اليوم خلال عبر ضمن")


def _word_after(text: str, i: int, hi: int) -> str:
    """The word starting after position `i` (spaces skipped), or '' at a mark or punctuation."""
    while i < hi and text[i] in _SPACE:
        i += 1
    m = _ARABIC_WORD.match(text, i, hi)
    return m.group() if m else ""


def _quoted_subject(doc: _Doc, cand: _Cand, words: int) -> bool:
    """A short quoted name that is the subject or source of the outlet's own clause.

    `وبحسب «المرصد»،` (after a source word), `وتابع «المرصد» أن`, `وجددت «الشبكة» الدعوة`,
    `وقالت وكالة أنباء الصين الجديدة "شينخوا" إنه` (a complementizer right after the mark).
    """
    if cand.open_pos < 0 or cand.close_pos < 0:
        return False
    text = doc.text
    after = _word_after(text, cand.close_pos + 1, cand.para_end)
    after_key = _key(after) if after else ""
    if words <= 4 and after_key in COMPLEMENTIZERS:
        return True
    wb, _ = _word_before(text, cand.open_pos, cand.para_start)
    if not wb:
        return False
    kind = _static_cue_kind(_key(wb))
    if words <= 4 and kind == "source":
        return True
    if kind != "verb" or not after_key:
        return False
    return after_key in _AFTER_SUBJECT or (
        after_key.startswith("ال") and after_key not in _STOP_WORDS
    )


def _quoted_issuer(doc: _Doc, cand: _Cand) -> bool:
    """`وقال "تجمع أهالي المعتقلين في سجون حماس" في بيان …`: a quoted name between a verb of
    saying and the statement it issued."""
    if cand.open_pos < 0 or cand.close_pos < 0:
        return False
    text = doc.text
    wb, _ = _word_before(text, cand.open_pos, cand.para_start)
    if not wb or _static_cue_kind(_key(wb)) != "verb":
        return False
    j = doc.tok_at(cand.close_pos + 1)
    return (
        j + 1 < len(doc.toks)
        and doc.key(j) == "في"
        and _strip_clitics(doc.key(j + 1)) in _STATEMENT_KEYS
    )


# Words that show a short quoted span right after them is a team or a club (its nickname):
# the sports nouns and the verbs of a match (`فاز «الأخضر»`, `مدرب "العميد"`, `أمام «التانجو»`).
_TEAM_CONTEXT = _words(
    """
    لاعب لاعبي لاعبو لاعبا مدرب مدربي مدربا منتخب منتخبي نادي فريق جماهير جمهور انصار عشاق
    مشجعي محبي هداف حارس مهاجم مدافع نجم نجوم صفوف شباك مرمي قميص كتيبه
    فاز يفوز تغلب يتغلب خسر يخسر هزم يهزم واجه يواجه التقي يلتقي لاقي يلاقي تعادل يتعادل
    استضاف يستضيف اقصي يقصي ودع يودع اكتسح يكتسح امام ضد فوز هزيمه خساره
    """
)


_TERM_NOUNS = _words("كلمه عباره لفظ لفظه مفرده")
_KIN = _words(
    "ابن ابنه ابنها ابنهم ابنته ابنتها طفله طفلها طفلته طفلتها شقيق شقيقه شقيقها شقيقته "
    "شقيقتها اخيه اخوه اخته اختها زوجته زوجها والده والدته والدها والدتها نجله نجلها"
)


def _is_team_context(word: str) -> bool:
    for stem, _ in clitic_candidates(word):
        k = _key(stem)
        if k in _TEAM_CONTEXT or (k.endswith("ت") and k[:-1] in _TEAM_CONTEXT):
            return True
    return False


_STATEMENT_KEYS = _words(
    "بيان تصريح تصريحات تصريحه تصريحاته حديث حديثه حديثها حوار مقابله لقاء اتصال بريد "
    "رساله تغريده تحدث يتحدث تحدثت صرح يصرح صرحت"
)


# a speech or statement a cue can sit in (`في كلمة نقلها التلفزيون`, `كلمة قال فيها`)
_SPEECH_NOUNS = _STATEMENT_KEYS | _words("كلمه كلمته كلمتها خطاب خطابه خطابها تقرير دراسه")


def _is_statement_noun(word: str) -> bool:
    return any(_key(stem) in _STATEMENT_KEYS for stem, _ in clitic_candidates(word))


# Past verbs whose subject is often a quoted name (`«الأخضر» حقق`); imperfects are told apart by
# their prefix (`"نزاهة" توضح`, `"الزعيم" يواجه`).
_PAST_VERBS = _words(
    """
    حقق تعادل واصل عاد انتقل تاهل ودع سجل لعب حسم ضم تعاقد انهي بدا استعاد خسر فاز تغلب
    تصدر اكتسح هزم نجح فشل اصبح بات ظل تمكن استطاع قرر رفض وافق شارك طالب اطلق نفذ اكد
    """
)
_NOT_IMPERFECT = _words(
    "يوم يوما يوميا يوميه يونيو يوليو يناير يمين يسار يد يهود يمن يمني يمنيه يونان يونانيه "
    "يورو ياباني يابانيه تم تحت تجاه تلك تقريبا تماما"
)
_RELATIVES = _words("الذي التي الذين اللذين اللتين اللواتي")


def _verb_like(key: str) -> bool:
    """A 3rd-person verb right after a quoted span makes the span its subject."""
    if not key or key in _NOT_IMPERFECT or key.startswith("ال"):
        return False
    if key in _PAST_VERBS or (key.endswith("ت") and key[:-1] in _PAST_VERBS):
        return True
    if key[:1] in "وف" and (key[1:] in _PAST_VERBS):
        return False  # `"…" وحقق`: a new clause, not necessarily this subject's
    return key[:1] in "يت" and len(key) >= 4 and _static_cue_kind(key) is None


def _own_clause_noun(doc: _Doc, cand: _Cand, words: int) -> bool:
    """A short quoted span that is a noun of the outlet's own clause, not speech.

    `«كيربي» قد قال`, `وكان "المرصد" قد ذكر`, `"فيفا" أعلن أن` (the subject of a later cue);
    `أن "نزاهة" توضح`, `«الأخضر» يواجه` (the subject of a verb); `«سترافا»، وهو جهاز` (a
    thing described next); `بدء «الحرب» التي أعلنتها` (a noun with its relative clause).
    """
    if cand.open_pos < 0 or cand.close_pos < 0:
        return False
    text = doc.text
    j = cand.close_pos + 1
    while j < cand.para_end and text[j] in _SPACE:
        j += 1
    glued_comma = j < cand.para_end and text[j] in "،,"
    k1 = _word_after(text, j + 1 if glued_comma else j, cand.para_end)
    if not k1:
        return False
    key1 = _key(k1)
    end1 = text.find(k1, j) + len(k1)
    key2 = _key(_word_after(text, end1, cand.para_end))
    if key1 in ("وهو", "وهي") and key2 not in ("ما", "الذي", "التي", "امر") and words <= 3:
        return True  # `«سترافا»، وهو جهاز تتبع`
    if glued_comma:
        return False
    if key1 in ("قد", "فقد", "وقد") and words <= 3:
        return True  # `«كيربي» قد قال`, `وكان "المرصد" قد ذكر`
    if words <= 2 and key1 in _RELATIVES:
        return True
    kind = _static_cue_kind(key1)
    if kind == "verb" and key1[:1] not in "وف":
        # `"فيفا" أعلن أن` (its subject), unlike `"…" قال بوتين` (a cue after the quote)
        after = end1
        while after < cand.para_end and text[after] in _SPACE:
            after += 1
        if after < cand.para_end and text[after] == ":":
            return True
        if key2 in COMPLEMENTIZERS or key2 in _PREPOSITIONS or key2 in ("امس", "اليوم"):
            return True
    elif _verb_like(key1) and (
        words == 1
        or (
            words == 2
            and _key(_ARABIC_WORD.findall(text, cand.start, cand.end)[0]).startswith("ال")
        )
    ):
        return True  # `«الأخضر» يواجه`, not `الرئيس "شخص متزن" يعرف` (a predicate)
    if words <= 2:
        wb, _ = _word_before(text, cand.open_pos, cand.para_start)
        if wb and _key(wb) in ("ان", "وان", "بان", "لان") and _ARABIC_WORD.fullmatch(k1):
            # `كتبت أن "تويتر" مكان مفتوح`: the clause goes on after the marks
            return key1[:1] != "و" and key1 not in _PREPOSITIONS
    return False


def _left_cue(
    doc: _Doc, cand: _Cand, lo: int, cue_index: dict[int, _Cue]
) -> tuple[_Cue | None, bool, bool]:
    """(cue, introduced directly, colon right before) for a quote, looking left in its sentence."""
    text = doc.text
    anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
    j = doc.tok_before(anchor)
    direct = False
    colon = None
    noun_cue: _Cue | None = None
    first = True
    steps = 0
    marks_seen = 0
    while j >= 0 and doc.toks[j][0] >= lo and steps < 40:
        s, e = doc.toks[j]
        t = text[s:e]
        if _ends_sentence(text, s, e):
            break
        if t in QUOTE_MARKS:  # one dropped span (a name) in between: look past it
            marks_seen += 1
            # before a colon, two names: `وقال رضا بيج، الرئيس التنفيذي لعلامتي «سبلاش» و«آيكونك»:`
            if marks_seen > (4 if colon is not None else 2):
                break
            first = False
            j -= 1
            steps += 1
            continue
        k = doc.key(j)
        if first:
            if t == ":":
                colon = (s, e)
                direct = True
            elif not k.startswith("ب") and _complementizer(k):
                direct = True
            first = t in "،,"
        cue = cue_index.get(j)
        if cue is not None and cue.kind == "source":
            # `قال بوتين، بحسب ما نقلت عنه وكالة سبوتنيك: «…»`: the agency only relays
            if noun_cue is None:
                noun_cue = cue
            cue = None
        if cue is not None and cue.kind == "noun" and not doc.key(j).startswith("قول"):
            # `وأكد لافروف، في تصريحات لوكالة تاس، أن "…"`: the verb further left wins
            if noun_cue is None:
                noun_cue = cue
            cue = None
        if cue is not None:
            if j == doc.tok_before(anchor) and cue.kind in ("verb", "part"):
                direct = True
            elif colon is not None or direct:
                # the verb must belong to the same clause: only subject/adjuncts between
                pass
            return cue, direct, colon is not None
        j -= 1
        steps += 1
    if noun_cue is not None:
        return noun_cue, direct, colon is not None
    if colon is not None:
        return _Cue(-1, colon[0], colon[1], "colon"), True, True
    return None, direct, False


_FRONTED = (
    (("من", "ومن"), _SIDES),
    (("في", "وفي"), _words("البدايه المقابل")),
    (("علي", "وعلي"), _words("الفور")),
)
_FRONTED_ONE = _words("بدوره بدورها بدورهم")


def _after_fronted(doc: _Doc, first: int) -> int:
    """The token after a fronted adverbial that opens a sentence at `first` (`من جانبه،`,
    `بدورها`, `في البداية`) and its comma; `first` itself when there is none."""
    n = len(doc.toks)
    k = doc.key(first)
    j = first
    if k in _FRONTED_ONE:
        j = first + 1
    elif first + 1 < n and any(k in a and doc.key(first + 1) in b for a, b in _FRONTED):
        j = first + 2
    if j > first and j < n and doc.text[doc.toks[j][0]] in "،,":
        j += 1
    return j if j < n else first


_WHILE = _words("فيما بينما وبينما")


def _sentence_subject(doc: _Doc, cue: _Cue, plural_ok: bool = False) -> _Speaker | None:
    """The person right after the verb that opens the participle's sentence, if any; with
    `plural_ok` (`لكنهم قالوا`), also a definite noun (`ولم يكشف القراصنة …`)."""
    first = _sentence_start(doc, cue.tok - 1, 40)
    found = _subject_from(doc, cue, first, plural_ok)
    if found is None:
        # past a name in marks: `أدانت الرئاسة المشتركة … تسلمت «الشرق الأوسط» نسخة منه …،
        # مؤكدة بالقول`
        wide = _sentence_start(doc, cue.tok - 1, 60, past_marks=True)
        if wide is not None and wide != first:
            found = _subject_from(doc, cue, wide, plural_ok)
    return found


_THEN = _words("ثم كما")


def _subject_from(doc: _Doc, cue: _Cue, first: int | None, plural_ok: bool) -> _Speaker | None:
    """`_sentence_subject` for a sentence that starts at token `first`."""
    if first is None or first + 1 >= cue.tok:
        return None
    after_while = doc.key(first) in _WHILE and first + 2 < cue.tok
    if after_while:
        first += 1  # `فيما تحدث مدير الشركة الكابتن خميس الزهراني قائلاً`: the verb after it
    elif doc.key(first) in ("في", "وفي") and doc.key(first + 1) == "حين" and first + 3 < cue.tok:
        first += 2  # `في حين يفصح جون مارك بونتروي …، قائلا`
        after_while = True
    negated = doc.key(first) in ("ولم", "ولن", "فلم") and first + 2 < cue.tok
    # `ثم ألقى الفنان عبد الله رشاد كلمة …، وقال`: a verb after ثم/كما, whose subject counts
    # only when named (a bare role there may stand for someone named before)
    then = doc.key(first) in _THEN and first + 2 < cue.tok
    verb = _after_fronted(doc, first)
    if negated or after_while or then:
        first += negated or then  # `ولم يكشف القراصنة`: the verb after the particle
    elif verb > first and verb + 1 < cue.tok:
        first = verb  # `من ناحيته، أبدى آل سالم سعادته …، مؤكدًا`
    elif doc.key(first) in _AMMA:
        pass  # `أما الناقد سعد القاسم فيحاول … بقوله`: the topic right after أما
    elif doc.key(first) in _BUT_OPENERS:
        # `لكن مارتين كيلياس، …، فيقول`: the topic, unless a verb of saying with a subject of
        # its own comes between (`لكن كيري واجه … وقال له رئيس اللجنة بوب كوركر`)
        found = _topic_at(doc, cue, first)
        if found is None or _subject_said_between(doc, doc.tok_at(found.end), cue):
            return None
        return found
    elif doc.key(first)[:1] not in "وف":
        return None
    if _static_cue_kind(doc.key(first)) is not None and not negated:
        return None  # only `وتختصر X …`; a cue verb there already set the current speaker
    found = _topic_at(doc, cue, first)
    if found is not None and _contrast_between(doc, doc.tok_at(found.end), cue.tok):
        return None  # `ووجد الإداري … في غرفته، إلا أن الغامدي أشار …، وقال`: a new subject
    if found is not None and then and found.strength < 2:
        return None
    if found is None and plural_ok and not then:
        k = doc.key(first + 1)
        if k.startswith("ال") and len(k) > 4 and k not in _STOP_WORDS:
            s, e = doc.toks[first + 1]
            return _Speaker(s, e, None, 1, "definite")
    return found


def _contrast_between(doc: _Doc, j: int, end: int) -> bool:
    """`إلا أن`, `غير أن`, `لكن` between tokens `j` and `end`: a clause with a subject of its
    own follows."""
    for k in range(j, end):
        key = doc.key(k)
        if key in _BUT_OPENERS or (key in ("الا", "غير") and doc.key(k + 1) in ("ان", "انه")):
            return True
    return False


def _subject_said_between(doc: _Doc, j: int, cue: _Cue) -> bool:
    """A verb of saying between token `j` and the cue, with its own subject after it."""
    for k in range(j, cue.tok):
        if _cue_kind(doc.key(k), doc, k) != "verb":
            continue
        after = k + 2 if doc.key(k + 1) in ("له", "لها", "لهم") else k + 1
        if after < cue.tok and _speaker_at(doc, after, cue.start, False) is not None:
            return True
    return False


def _topic_at(doc: _Doc, cue: _Cue, first: int) -> _Speaker | None:
    """The person, title or role right after token `first`, ending before the cue."""
    s1 = doc.toks[first + 1][0]
    name_at = s1
    k1 = doc.key(first + 1)
    if k1.startswith("ال") and k1.endswith("ي") and len(k1) > 4 and first + 2 < cue.tok:
        name_at = doc.toks[first + 2][0]  # `أبدى التونسي جلال قادري`: the nationality, then who
    for m in doc.mentions_in(name_at, name_at + 1):
        if m.label == "PER" and m.end <= cue.start:
            return _mention_speaker(m, "PER")
    for t in doc.titles_in(s1, s1 + 1):
        if t.end <= cue.start:
            return _Speaker(t.start, t.end, t.entity_id, 3 if t.entity_id else 2, "title")
    # `وقدم اللاعب سعود الحقباني شكره …، وقال:`: a role and the name after it
    sp = _speaker_at(doc, first + 1, cue.start, False)
    return sp if sp is not None and sp.end <= cue.start else None


def _clause_verb_speaker(
    doc: _Doc, cue: _Cue, cues: list[_Cue], cue_toks: list[int]
) -> _Speaker | None:
    """`إن العسيري، طالب في رسالة … بمهاجمة أميركا، مشدداً على «…»`: a participle goes with
    the nearest verb of saying in its own sentence (even one inside a reported clause)."""
    i = bisect.bisect_left(cue_toks, cue.tok) - 1
    text = doc.text
    while i >= 0 and cue.tok - cues[i].tok <= 60:
        prev = cues[i]
        if any(_ends_sentence(text, *doc.toks[j]) for j in range(prev.tok + 1, cue.tok)):
            return None
        if (
            prev.kind == "noun"
            and prev.speaker is not None
            and doc.key(prev.tok) in _RELAYED_SAYING
        ):
            return prev.speaker  # `ونقلت الصحيفة عن الكبير قوله إنه …، مضيفا`: the one relayed
        if prev.kind == "verb" and prev.speaker is not None:
            # a named subject only: `صورة بايدن التي ترسمها وسائل الإعلام تدعو …، مضيفا`
            # describes; the participle stays with the one reporting it (and the one
            # citing `يقول الله تعالى: "…"، مضيفا` adds his own words)
            named = prev.speaker.strength >= 2 and prev.speaker.kind != "revered"
            return prev.speaker if named else None
        if prev.kind == "verb" and not _is_participle(doc.key(prev.tok)):
            return None  # the nearest verb has no subject of its own: the current speaker's
        i -= 1
    return None


def _relayed_words(doc: _Doc, first: int, cue_tok: int) -> _Speaker | None:
    """`ونقلت الصحيفة عن «الكبير» قوله`: the one to four words between `عن` and `قوله` (the
    noun with its pronoun, not `قولة`), marks left out, after a verb of relaying, are the one
    relayed, whatever the tagger made of them."""
    if _tok_text(doc, cue_tok).endswith("ة") or not any(
        _strip_clitics(doc.key(t)).startswith(("نقل", "نسب"))
        for t in range(max(0, first - 9), first)
    ):
        return None
    toks = [t for t in range(first, cue_tok) if _tok_text(doc, t) not in QUOTE_MARKS]
    if not 1 <= len(toks) <= 4 or toks != list(range(toks[0], toks[-1] + 1)):
        return None
    if not all(
        _ARABIC_WORD.fullmatch(_tok_text(doc, t)) and doc.key(t) not in _STOP_WORDS for t in toks
    ):
        return None
    s, e = doc.toks[toks[0]][0], doc.toks[toks[-1]][1]
    return _Speaker(s, e, _kb_link(doc, doc.text[s:e]), 1, "definite")


_RELAYED_SAYING = _words("قوله قولها قولهم قولهما")
_BUT_THEY = _words("لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم ولكنهما")


def _coordinated_say(doc: _Doc, cue: _Cue) -> bool:
    """`…، وقال:` with no subject: a verb of saying joined to its sentence's first verb."""
    k = doc.key(cue.tok)
    if cue.kind == "verb" and cue.tok >= 1 and doc.key(cue.tok - 1) in _BUT_THEY:
        return True  # `ولم يكشف القراصنة … لكنهم قالوا «…»`: they, the sentence's subject
    if cue.kind != "verb" or cue.tok < 1 or k[:1] not in "وف" or k in CUE_FORMS:
        return False
    if _strip_clitics(k) in _CONTINUING:
        return False
    return doc.text[doc.toks[cue.tok - 1][0] : doc.toks[cue.tok - 1][1]] in "،,"


def _joined_say(doc: _Doc, cue: _Cue) -> bool:
    """`… وقال إن` with no subject and no comma: a verb of saying joined by و inside a
    sentence (not `وأضاف`, which goes on with the current speaker)."""
    k = doc.key(cue.tok)
    return (
        cue.kind == "verb"
        and cue.tok >= 1
        and k[:1] in "وف"
        and _strip_clitics(k) not in _CONTINUING
        and not _ends_sentence(doc.text, *doc.toks[cue.tok - 1])
        and "\n" not in doc.text[doc.toks[cue.tok - 1][1] : cue.start]
    )


def _source_clause(doc: _Doc, j: int) -> bool:
    """True for the verb of `بحسب ما نقلت`, `وفق ما أوردت`, `كما ذكرت`: a relaying source."""
    k1 = doc.key(j - 1) if j >= 1 else ""
    k2 = doc.key(j - 2) if j >= 2 else ""
    if (k1 == "كما" or (k1 == "وكما" and _mark_or_colon_after(doc, j))) and (
        j < 2
        or _ends_sentence(doc.text, *doc.toks[j - 2])
        or "\n" in doc.text[doc.toks[j - 2][1] : doc.toks[j - 1][0]]
    ):
        # `. كما دعا قيادي آخر إلى`: "also", a sentence of its own; `. وكما تقول "…"`: as
        # she (the one speaking) puts it
        return False
    if k1 == "كما" and j + 1 < len(doc.toks) and doc.key(j + 1) in _CLAUSE_AFTER_ALSO:
        return False  # `…، كما أعلن أن «…»`, `كما أشار إلى أن`: "he also said", no source
    if k1 in _STATEMENT_KEYS and _carries(doc.key(j)):
        return True  # `في تصريحات نقلتها وسائل الإعلام`: the statements' carrier, not the speaker
    return (
        k1 in ("كما", "حسبما", "وكما")
        or (k1 == "ما" and k2 in ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "وبحسب", "وحسب", "ووفق"))
        or (k1 == "لما" and k2 in ("وفقا", "ووفقا", "طبقا", "تبعا", "استنادا"))  # وفقا لما نقلت
    )


# what follows a verb of saying, not its subject: `كما أكد أن`, `كما أشار إلى`
_CLAUSE_AFTER_ALSO = COMPLEMENTIZERS | _words("الي علي")


def _mark_or_colon_after(doc: _Doc, j: int) -> bool:
    """Token `j` is followed right away by a quotation mark or a colon: no subject."""
    return j + 1 < len(doc.toks) and (
        _tok_text(doc, j + 1) in QUOTE_MARKS or _tok_text(doc, j + 1) == ":"
    )


def _same_sentence(doc: _Doc, prev_close: int, cand: _Cand) -> bool:
    """True when the last quote kept closed earlier in this quote's sentence (no stop between)."""
    if prev_close < 0 or cand.open_pos < 0 or prev_close < cand.para_start:
        return False
    between = doc.text[prev_close + 1 : cand.open_pos]
    return len(between) <= 80 and not any(
        ch in _SENT_END or ch in QUOTE_MARKS or ch == ":" for ch in between
    )


def _own_sentence(doc: _Doc, quote: Quote) -> bool:
    """`قال: «…»`, `«… فبراير.»`: a quote given as the speaker's own sentence, so a mark after
    it opens a new sentence of the outlet's, not more of one reported clause."""
    before = doc.text[max(0, quote.start - 4) : quote.start]
    inside = doc.text[quote.start : quote.end].rstrip()
    return ":" in before or inside[-1:] in _SENT_END


def _clause_opens_between(doc: _Doc, prev_close: int, cand: _Cand) -> bool:
    """`«…»، وأن لبنان «هو أولوية لها …»`, `«…» لأن «هناك مناطق …»`: another reported clause
    (أن، إن، لأن, with و) opens between the last quote and this one."""
    first = doc.tok_at(prev_close + 1)
    last = doc.tok_before(cand.open_pos)
    return any(_complementizer(doc.key(j), "و") for j in range(first, last + 1))


def _complementizer(key: str, clitics: str = "وف") -> bool:
    """`أن`, `إنه`, `وأن`, `فإن`: a complementizer, bare or behind one of `clitics`."""
    return key in COMPLEMENTIZERS or (key[:1] in clitics and key[1:] in COMPLEMENTIZERS)


def _after_preposition(doc: _Doc, cand: _Cand) -> bool:
    """`ب"غرفة جدة"`, `إلى «…»`: a mark governed by a preposition (often a name, a title)."""
    wb, _ = _word_before(doc.text, cand.open_pos, cand.para_start)
    k = _key(wb) if wb else ""
    return k in _PREPOSITIONS or k in ("لل", "بال") or (k[:1] in "بل" and len(k) == 1)


_SAYING = _SAY_KEYS | _verb("اكد", "وكد") | _verb("اوضح", "وضح") | _verb("صرح", "صرح")


def _sentence_source(
    doc: _Doc, cand: _Cand, cue_index: dict[int, _Cue], verbs: set[str] = _SAYING
) -> _Cue | None:
    """`بحسب ما قال المصدر` later in a short quote's sentence: the one who said it (not a
    relaying outlet: `بحسب ما نقلت عنه وكالة`, `كما ذكرت الصحيفة`)."""
    if cand.close_pos < 0:
        return None
    text = doc.text
    for j in _tokens_after(doc, cand, 40):
        s, e = doc.toks[j]
        t = text[s:e]
        if t in QUOTE_MARKS or (t in _SENT_END and text[e : e + 1] != "."):
            return None
        cue = cue_index.get(j)
        if cue is not None:
            k = _strip_clitics(doc.key(j))
            if (
                cue.kind == "source"
                and (cue.speaker is not None or doc.key(j + 1) in _ANAPHORIC_SOURCES)
                and k in verbs
                and doc.key(j - 1) == "ما"
                and not doc.key(j + 1).startswith("عن")
            ):
                return cue
            if doc.key(j + 1) == "ما" and _static_cue_kind(doc.key(j)) == "source":
                continue  # `بحسب` of `بحسب ما قال`: its verb decides
            if cue.speaker is not None or cue.kind not in ("verb", "source"):
                return None  # someone else's words; a verb with no subject (`ونقل الى`) is not
    return None


def _tokens_after(doc: _Doc, cand: _Cand, reach: int) -> Iterator[int]:
    """The tokens after a quote's closing mark, in its paragraph, `reach` of them at most."""
    j = doc.tok_at(cand.close_pos + 1)
    end = min(len(doc.toks), j + reach)
    while j < end and doc.toks[j][0] < cand.para_end:
        yield j
        j += 1


_TRAILING_SOURCE_WORDS = (_SOURCE_CUES - {"لسان"}) | {"حسبما"}
_SAYING_OR_ANNOUNCING = _SAYING | _verb("اعلن", "علن")


_DEEMS_NOW = _words("يعتبر تعتبر يعد تعد")


def _reporting_verb_over(
    doc: _Doc, cue: _Cue, cues: list[_Cue], cue_toks: list[int]
) -> _Cue | None:
    """`وقال بن رودس إن الولايات المتحدة تعتبر الحزب «منظمة إرهابية»`: a present-tense verb
    of deeming inside the clause another verb reports is part of the report; the reporting
    verb before it, and its subject, say the quote."""
    if cue.kind != "verb" or _strip_clitics(doc.key(cue.tok)) not in _DEEMS_NOW:
        return None
    n = bisect.bisect_left(cue_toks, cue.tok)
    if n == 0:
        return None
    outer = cues[n - 1]
    if outer.kind != "verb" or outer.speaker is None or not _embedded(doc, outer, cue):
        return None
    return outer


def _trailing_source(doc: _Doc, cand: _Cand, cue_index: dict[int, _Cue]) -> _Cue | None:
    """`"…"، بحسب ما أعلن الأمين العام بان كي مون`: a source clause right after the closing
    mark that names who said it."""
    if cand.close_pos < 0:
        return None
    after = doc.text[cand.close_pos + 1 : cand.close_pos + 12].lstrip(_SPACE)
    if not after.startswith(("،", ",")):
        return None
    word = after[1:].lstrip(_SPACE).split(" ", 1)[0]
    if _key(word) not in _TRAILING_SOURCE_WORDS:
        return None
    cue = _sentence_source(doc, cand, cue_index, _SAYING_OR_ANNOUNCING)
    return cue if cue is not None and cue.speaker is not None else None


def _between_marks(doc: _Doc, prev_close: int, cand: _Cand, reach: int) -> str | None:
    """The text between the last kept quote's closing mark and this quote's opening mark,
    stripped, when both are in this paragraph and at most `reach` characters apart."""
    if prev_close < cand.para_start or cand.open_pos < 0 or cand.open_pos - prev_close > reach:
        return None
    return doc.text[prev_close + 1 : cand.open_pos].strip(_SPACE)


def _coordinated(doc: _Doc, prev_close: int, cand: _Cand, clause: bool = False) -> bool:
    """True when only `و`/`أو`/a comma separates this quote from the last one kept; with
    `clause`, also a second complement of the same verb (`بأنه "…" وبأنه "…"`)."""
    between = _between_marks(doc, prev_close, cand, 12)  # at most `، و` with spaces
    if between is None:
        return False
    if clause and _key(between) in _AND_THAT:
        return True
    if _key(between.lstrip("،, ")) in _ESPECIALLY:
        return True  # `"التحلي بالصبر" و"أكبر قدر ممكن من التكتم" وخصوصا "الاحترام"`
    return between in ("و", "،", ",", "أو", "او", "ثم", "، و", "،و")


def _fragment_listed(doc: _Doc, prev_close: int, cand: _Cand, quotes: list[Quote]) -> bool:
    """A definite noun listed after a quoted fragment (`"التحلي بالصبر" … وخصوصا "الاحترام"`):
    one more of the speaker's words, unless outlets quote it alone as a name (`«داعش»`)."""
    return (
        bool(quotes)
        and quotes[-1].kind == "partial"
        and _coordinated(doc, prev_close, cand)
        and _short_key(doc, cand) not in load_quoted_terms()
    )


def _quoted_sentence_follows(doc: _Doc, prev_close: int, cand: _Cand) -> bool:
    """Only a full stop between the last quote's closing mark and this one's opening mark:
    the same speaker's next sentence, quoted on its own."""
    return _between_marks(doc, prev_close, cand, 6) in (".", "..", "...")


_AND_THAT = _words("وبانه وبانها وبانهم وانه وانها وانهم")
_ESPECIALLY = _words("خصوصا وخصوصا خاصه وخاصه بخاصه وبخاصه لاسيما ولاسيما")


def _previous_line_cue(doc: _Doc, cand: _Cand, cue_index: dict[int, _Cue]) -> _Cue | None:
    """A quote opening its line, cued at the end of the line before (`يقول غاندي` / `"…"`)."""
    text = doc.text
    anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
    j = anchor
    while j > cand.para_start and text[j - 1] in _SPACE:
        j -= 1
    if j != cand.para_start or cand.para_start == 0:
        return None
    j = doc.tok_before(cand.para_start - 1)
    prev_start = text.rfind("\n", 0, cand.para_start - 1) + 1
    # a line ending in a colon announces what follows: `في بيان أصدره الديوان الملكي أمس فيما
    # يلي نصه:`, so its cue may lie further back
    reach = 15 if j >= 0 and text[doc.toks[j][0] : doc.toks[j][1]] == ":" else 6
    for _ in range(reach):
        if j < 0 or doc.toks[j][0] < prev_start:
            return None
        t = text[doc.toks[j][0] : doc.toks[j][1]]
        if t in _SENT_END or t in QUOTE_MARKS:
            return None
        cue = cue_index.get(j)
        if cue is not None:
            return cue
        j -= 1
    return None


def _opens_narration(doc: _Doc, ps: int) -> bool:
    """The paragraph at `ps` opens with a reporting verb (`وأضاف أننا …`): the outlet speaks."""
    j = doc.tok_at(ps)
    return j < len(doc.toks) and _static_cue_kind(doc.key(j)) is not None


def _continues(doc: _Doc, cand: _Cand, previous: _Cand | None) -> bool:
    """`cand` opens its paragraph right after a quote that ran unclosed to the end of the
    paragraph before: with no opening mark, or reopening it (`«…⏎«…»`, each paragraph of a long
    quote opens with a mark and only the last one closes)."""
    if (
        previous is None
        or previous.para_end > cand.para_start
        or not _open_to_paragraph_end(doc.text, previous)
    ):
        return False
    if cand.open_pos >= 0:
        # the whole of the very next paragraph (not a poem's next verse, not a saying that
        # the outlet goes on to discuss: `"لا إعلام بلا أيديولوجيات".. مقولة تصدق`)
        return not doc.text[previous.para_end : cand.open_pos].strip(_SPACE + "\n") and (
            cand.close_pos < 0
            or not doc.text[cand.close_pos + 1 : cand.para_end].strip(_SPACE + ".")
        )
    return (
        cand.close_pos >= 0
        and not doc.text[cand.para_start : cand.start].strip(_SPACE)
        and not _opens_narration(doc, cand.para_start)
    )


def _open_to_paragraph_end(text: str, cand: _Cand) -> bool:
    """A quote never closed that runs to the end of its paragraph."""
    return cand.close_pos < 0 and not text[cand.end : cand.para_end].strip(_SPACE + ".،,")


def _right_cue(
    doc: _Doc, cand: _Cand, cue_index: dict[int, _Cue], current: _Speaker | None = None
) -> _Cue | None:
    """A cue after the quote (`"...".. هذا ما أكده بوتين`, `"، قال بوتين`) with its speaker."""
    if cand.close_pos < 0:
        return None
    text = doc.text
    j = doc.tok_at(cand.close_pos + 1)
    steps = 0
    stop = lead = False
    while j < len(doc.toks) and doc.toks[j][0] < cand.para_end and steps < 5:
        s, e = doc.toks[j]
        t = text[s:e]
        if t in QUOTE_MARKS:
            return None
        cue = cue_index.get(j)
        if cue is not None and stop and not lead:
            # `"…". وقال X إن`: a new sentence with its own words, not this quote's, unless X
            # is the one already speaking (`«…». ويقول «الورفلي» إن`)
            if cue.speaker is None or current is None:
                return None
            a = matching_key(text[cue.speaker.start : cue.speaker.end])
            b = matching_key(text[current.start : current.end])
            if not a or not b or (a not in b and b not in a):
                return None
        if cue is not None:
            if cue.speaker is not None and cue.kind in ("verb", "source", "noun"):
                return cue
            if cue.kind == "noun" and doc.key(j).startswith(("قول", "تعبير")):
                return cue  # `"…"، على حد قوله`: the current speaker's words
            return None
        k = doc.key(j)
        if not (t in ".،,-–—" or k in _POST_CUE_LEAD):
            return None
        stop = stop or t == "."
        lead = lead or k in _POST_CUE_LEAD
        j += 1
        steps += 1
    return None


# what a report rests on, not who said it: `وفقا لبيانات البورصة`, `وفق تقديرات المنظمة`
_DATA_SOURCES = _words("بيانات تقديرات نتائج تقارير تقرير أرقام إحصاءات إحصائيات رغبات مؤشر")


def _source_later_in_sentence(doc: _Doc, cand: _Cand, cue_index: dict[int, _Cue]) -> _Cue | None:
    """A named source closing the sentence of an uncued quote: `خضع لعملية «ناجحة» في القدم
    حسب الرئاسة`, `“دورا مهما” للتنظيم، حسب ما أعلنت المتحدثة برناديت ميهان`.

    Unlike `_trailing_source` (right after the mark) and `_sentence_source` (`بحسب ما قال`
    anywhere in a short quote's sentence), this takes a bare source word too, for a quote of
    any length, within a dozen words and no colon, question or other quote between."""
    if cand.close_pos < 0 or any(
        m.start <= cand.start and m.end >= cand.end for m in doc.mentions_in(cand.start, cand.end)
    ):
        return None  # `خدمات بينها «آب ستور»، حسبما أفاد تيم كوك`: a name the source listed
    text = doc.text
    for j in _tokens_after(doc, cand, 12):
        s, e = doc.toks[j]
        if text[s:e] in QUOTE_MARKS or text[s:e] in ":؟?" or _ends_sentence(text, s, e):
            return None
        cue = cue_index.get(j)
        if (
            cue is not None
            and cue.kind == "source"
            and j + 2 < len(doc.toks)
            and doc.key(j + 1) == "ما"
            and j + 2 in cue_index
        ):
            cue = cue_index[j + 2]  # `حسب ما أعلنت المتحدثة`: the verb and its subject
            return cue if _names_a_source(doc, cue) else None
        if cue is not None:
            return cue if cue.kind == "source" and _names_a_source(doc, cue) else None
    return None


def _names_a_source(doc: _Doc, cue: _Cue) -> bool:
    """The cue names who said it, and introduces no quote of its own (`وكما قال يحيى «…»`)."""
    if cue.speaker is None:
        return False
    first = _ARABIC_WORD.findall(doc.text, cue.speaker.start, cue.speaker.end)[:1]
    if not first or _key(first[0]) in _DATA_SOURCES or _key(first[0]).startswith("ل"):
        return False
    before, _ = _word_before(doc.text, cue.speaker.start, cue.start)
    if _key(before) in _DATA_SOURCES:
        return False  # `كما أشار إليه مؤشر الاقتصادية العقاري`: an index
    after = doc.text[cue.speaker.end : cue.speaker.end + 40].lstrip(_SPACE + "،,")
    return not after or after[0] not in QUOTE_MARKS + ":"


def _background_cue(doc: _Doc, cue: _Cue) -> bool:
    """A cue in a relative clause that reports nothing before its sentence ends (`اوباما الذي
    تعهد باغلاق القاعدة`): it describes someone, it does not make them the one speaking."""
    if not cue.tok or doc.key(cue.tok - 1) not in _RELATIVES:
        return False
    if cue.speaker is not None and cue.speaker.start > cue.start:
        return False  # `في الوقت الذي أكد فيه رئيس اللجنة`: a subject of its own
    if cue.tok + 1 < len(doc.toks) and _strip_clitics(doc.key(cue.tok + 1)) in COMPLEMENTIZERS:
        return False  # `المزروعي الذي أكد أن …`: he reports, and goes on (`وأضاف`)
    i = bisect.bisect_left(doc.quoted_starts, cue.end)
    nxt = doc.quoted[i][0] if i < len(doc.quoted) else len(doc.text)
    return any(
        _ends_sentence(doc.text, s, e) or doc.text[s:e] == "\n"
        for s, e in doc.toks[cue.tok + 1 : doc.tok_at(nxt)]
    )


def extract_quotes(
    text: str,
    segments: Sequence[Segment],
    mentions: Sequence[Mention],
    kb=None,
    year: int | None = None,
) -> list[Quote]:
    """Every direct quote of `text`, with its cue and speaker. See the module docstring.

    `year` (the article's) picks the holder of time-bound titles such as الرئيس الأمريكي.
    """
    if not text or not MARK_RE.search(text):
        return []
    doc = _Doc(text, mentions, kb, year)
    cands = _pair_marks(doc)
    if not cands:
        return []
    doc.quoted = spans = [(c.start, c.end) for c in cands]
    doc.quoted_starts = starts = [c.start for c in cands]
    # a reporting verb inside a quote is the speaker's, not the outlet's: `"لقد أوضحت موقفنا"`
    cues = []
    for c in _find_cues(doc):
        k = bisect.bisect_right(starts, c.start) - 1
        if k < 0 or c.start >= spans[k][1]:
            cues.append(c)
    _resolve_cues(doc, cues)
    cue_index = {c.tok: c for c in cues}
    cue_toks = [c.tok for c in cues]
    # current speaker before each cue: last explicit speaker of an earlier cue
    last_explicit: list[_Speaker | None] = []
    cur: _Speaker | None = None
    for n, c in enumerate(cues):
        last_explicit.append(cur)
        named_source = (
            c.kind == "source"
            and c.speaker is not None
            and c.speaker.kind == "PER"
            and not _plural_noun(doc, c.speaker)  # `كما قال معارضون سوريون`: nobody named
        )
        if c.speaker is not None and c.speaker.kind in _NOT_CURRENT:
            # `قال تعالى`: a verse cited; the one citing it goes on speaking; `وصف بعض
            # المغردين`: some of a group, who never speak on in a later `وأضاف`
            continue
        if _background_cue(doc, c):
            continue  # `… اوباما الذي تعهد باغلاق القاعدة. واضاف`: the one quoted goes on
        if n and _object_of_previous_verb(doc, cues[n - 1], c):
            continue  # `انتقد الدليمي تصريحات المالكي، وقال`: the critic goes on, not Maliki
        if c.speaker is not None and c.speaker.kind == "state" and not _quote_follows(doc, c):
            continue  # `حتى لو أعلنت اليونان عجزها.`: a state's act, not its words
        if (
            c.speaker is not None
            and (c.kind != "source" or named_source)  # `طبقا لما ذكره جول محمد بيدار`
            and not (n and _embedded(doc, cues[n - 1], c, past_marks=c.speaker.strength == 0))
        ):
            cur = c.speaker  # bare words in a reported clause (`تؤكد سعي الجماعة`) never speak
        elif c.speaker is None:
            cur = _new_subject(doc, c, cur) or cur
    seg_sorted = sorted(segments, key=lambda s: s.start)
    seg_starts = [s.start for s in seg_sorted]

    def current_before(pos: int, cue: _Cue | None = None) -> _Speaker | None:
        i = bisect.bisect_left(cue_toks, doc.tok_at(pos))
        found = last_explicit[i] if i < len(cues) else cur
        if cue is not None:
            subject = _new_subject(doc, cue, found)
            if subject is not None:
                return subject
        if found is not None:
            return found
        # no reporting cue named anyone yet: the person last mentioned shortly before, or the
        # speaker of the last quote (`فيقول "…"`, then `وهو يقول "…"`)
        recent = _recent_person(doc, pos)
        last = next((q for q in reversed(quotes) if not cited(q)), None)
        if last is None or last.speaker_start is None or last.end > pos:
            return recent
        if recent is not None and recent.start > last.end:
            return recent
        return _Speaker(last.speaker_start, last.speaker_end, last.speaker_entity_id, 2)

    def reported_just_before(cand: _Cand) -> bool:
        """A verb of saying in the quote's paragraph, in the sentence right before it, and no
        quote kept since."""
        anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
        i = bisect.bisect_left(cue_toks, doc.tok_at(anchor)) - 1
        if i < 0 or cues[i].kind not in ("verb", "part") or cues[i].start < cand.para_start:
            return False
        ends = sum(
            _ends_sentence(text, *doc.toks[j]) for j in range(cues[i].tok, doc.tok_at(anchor))
        )
        return ends <= 1 and not any(cues[i].start < q.start < anchor for q in quotes[-3:])

    def cited(q: Quote) -> bool:
        """A verse or a hadith: God's or the Prophet's words, cited by the one speaking."""
        sp = quote_speakers.get(q.speaker_start) if q.speaker_start is not None else None
        return sp is not None and sp.kind in _NOT_CURRENT

    def agreeing(cue: _Cue, found: _Speaker | None) -> _Speaker | None:
        """`found`, unless the cue's verb disagrees with it: in number (`مطالبين` after one
        man spoke: the group of its sentence), or in gender (`وأضافت` after a man spoke): then
        the last earlier speaker it agrees with, within the article's last 1,500 characters,
        else a person named since who agrees."""
        if found is not None and _one_person(doc, found) and _plural_cue(doc.key(cue.tok)):
            group = _plural_subject_in_sentence(doc, cue)
            if group is not None:
                return group  # `وتظاهر المئات من الشباب، مطالبين ب«…»`: they, not him
        gender = _cue_gender(doc, cue) if _opens_clause(doc, cue) else None
        if found is None or gender is None:
            return found
        found_gender = _speaker_gender(doc, found)
        sentence = _sentence_start(doc, cue.tok, 80, past_marks=True)
        opening = doc.toks[sentence][0] if sentence is not None else cue.start
        with_object = _feminine_with_object(doc.key(cue.tok))
        if found_gender is None and gender == "F":
            # a name of unknown gender, then a body as subject of a feminine verb (of the
            # cue's own sentence, for `التي وصفتها ب«…»`, whose ending is a weak sign)
            after = max(found.end, opening) if with_object else found.end
            return _feminine_subject_before(doc, cue, after) or found
        if found_gender in (None, gender):
            return found
        if (
            gender == "M"
            and doc.key(cue.tok)[:1] == "م"
            and found.start >= opening
            and doc.key(doc.tok_at(found.start)).startswith("ال")
            and not any(c.speaker is not None and found.end <= c.start < cue.start for c in cues)
        ):
            # `ووصفت الحكومة الإسرائيلية الهجوم بأنه "…" مضيفا`: a body of the sentence,
            # which outlets often follow with a masculine participle
            return found
        if gender == "F":
            # `أدانت الحكومة العراقية الغارات ووصفتها`: the subject of a feminine verb of
            # the same sentence, before any earlier speaker
            body = _feminine_subject_before(doc, cue, opening)
            if body is not None:
                return body
            if with_object:
                # `أشاد بموقف دول التحالف التي وصفتها ب«…»`: with no body of its sentence to
                # agree with, the ending is too weak a sign to pass over the speaker found
                return found
        earlier = [c.speaker for c in cues if c.speaker is not None and c.end <= cue.start]
        earlier += [
            sp
            for sp in (quote_speakers.get(q.speaker_start) for q in quotes if q.end <= cue.start)
            if sp is not None
        ]
        for sp in sorted(earlier, key=lambda sp: -sp.start):
            if cue.start - sp.end > 1500:
                break
            if (
                sp.strength >= 1
                and sp.kind not in _NOT_CURRENT
                and _speaker_gender(doc, sp) == gender
            ):
                return sp  # (a name, a role or a body: not bare words)
        # nobody who spoke agrees: the person named since who does (`الذي رحبت به موغيريني
        # معتبرة` after ظريف spoke)
        recent = _recent_person(doc, cue.start, 300)
        if (
            recent is not None
            and recent.start > found.end
            and _speaker_gender(doc, recent) == gender
        ):
            return recent
        if gender == "F":
            # `أغلقت إدارة نادي الشباب الباب …. وقالت في بيان`: the body a feminine verb
            # had as its subject shortly before
            body = _feminine_subject_before(doc, cue, 0)
            if body is not None:
                return body
        return found

    quotes: list[Quote] = []
    quote_speakers: dict[int, _Speaker] = {}  # the speakers of `quotes`, by start
    heading_cache: dict[tuple[int, str | None], bool] = {}

    def in_heading(cand: _Cand) -> bool:
        anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
        seg_kind = _segment_kind(seg_sorted, seg_starts, anchor)
        hkey = (cand.para_start, seg_kind)
        heading = heading_cache.get(hkey)
        if heading is None:
            heading = _is_heading(text, cand.para_start, cand.para_end, seg_kind)
            heading_cache[hkey] = heading
        return heading

    name_keys = _article_names(doc, [c for c in cands if not in_heading(c)])
    bullets = _bullet_marks(doc, cands)
    prev_end = -1
    prev_close = -1  # closing mark of the last quote kept
    skipped_close = -1  # closing mark of the last candidate left out
    previous, kept_before = None, 0
    for cand in cands:
        if previous is not None and len(quotes) == kept_before:
            skipped_close = previous.close_pos
        if _continues(doc, cand, previous) and len(quotes) > kept_before:
            # `«… جيدًا.⏎عندما تشعر … خاطرك»`: the same quote goes on in the next paragraph
            kind = "full" if cand.open_pos >= 0 else quotes[-1].kind  # a paragraph of its own
            quotes.append(replace(quotes[-1], start=cand.start, end=cand.end, kind=kind))
            prev_close, prev_end = cand.close_pos, cand.close_pos + 1
            previous, kept_before = cand, len(quotes) - 1
            continue
        previous, kept_before = cand, len(quotes)
        lo = max(cand.para_start, prev_end)
        words = len(_ARABIC_WORD.findall(text, cand.start, cand.end)) or len(
            tokenize(text[cand.start : cand.end])
        )
        if words <= 4 and _coordinated(doc, skipped_close, cand):
            continue  # `اتهامات "بالاحتيال" و"غسل الأموال"`: a list goes on as it began
        if words <= 2 and _short_key(doc, cand) in name_keys:
            continue  # `"نزاهة"` once after a name noun, or quoted again: a name everywhere
        if (
            words == 1
            and _lone_term(doc, cand)
            and not _fragment_listed(doc, prev_close, cand, quotes)
        ):
            continue  # `«داعش»`, `"السيرك"`: a term quoted alone, not a speaker's word
        cue, direct, colon = _left_cue(doc, cand, lo, cue_index)
        if cue is not None:
            cue = _reporting_verb_over(doc, cue, cues, cue_toks) or cue
        if cue is not None and cue.speaker is None and cue.kind == "verb":
            cue = _trailing_source(doc, cand, cue_index) or cue  # `"…"، بحسب ما أعلن X`
        if (
            cue is None
            and quotes
            and (quotes[-1].kind == "partial" or not _own_sentence(doc, quotes[-1]))
            and quotes[-1].speaker is not None
            and (words <= 6 or _clause_opens_between(doc, prev_close, cand))
            and _same_sentence(doc, prev_close, cand)
            and not _after_preposition(doc, cand)
            and not _is_name(doc, cand, words, False)
        ):
            # `أوضح مصدر أن القوات "صدت" ألفا فيما تم "اعتراض" 700`: one reported clause
            last = quotes[-1]
            quotes.append(replace(last, start=cand.start, end=cand.end, kind="partial"))
            prev_close = cand.close_pos
            prev_end = cand.close_pos + 1 if cand.close_pos >= 0 else cand.end
            continue
        if cue is None and quotes and _coordinated(doc, prev_close, cand, clause=True):
            if _is_name(doc, cand, words, False):
                continue
            # `بأنه "مشرق" و "صارم"`: the second fragment shares the first one's cue and speaker
            last = quotes[-1]
            quotes.append(
                Quote(
                    cand.start,
                    cand.end,
                    last.kind if words < 3 else "partial",
                    last.cue,
                    last.cue_start,
                    last.cue_end,
                    last.speaker,
                    last.speaker_start,
                    last.speaker_end,
                    last.speaker_entity_id,
                )
            )
            prev_close = cand.close_pos
            prev_end = cand.close_pos + 1 if cand.close_pos >= 0 else cand.end
            continue
        post = False
        if cue is None or (cue.kind == "colon" and cue.speaker is None):
            rc = _right_cue(doc, cand, cue_index, current_before(cand.start))
            if rc is not None and cue is None:
                cue, post = rc, True
        if cue is None:
            cue = _source_later_in_sentence(doc, cand, cue_index)
        if cue is None:
            cue = _previous_line_cue(doc, cand, cue_index)
            direct = cue is not None
        if (
            cue is None
            and quotes
            and quotes[-1].speaker is not None
            and words >= 3
            and _quoted_sentence_follows(doc, prev_close, cand)
            and not _is_name(doc, cand, words, False)
        ):
            # `:” لست قلقا من قلة المهاجمين”.“ لا يزال لدينا روني …”`: the next sentence,
            # when no cue after it names another speaker
            quotes.append(replace(quotes[-1], start=cand.start, end=cand.end, kind="full"))
            prev_close = cand.close_pos
            prev_end = cand.close_pos + 1 if cand.close_pos >= 0 else cand.end
            continue
        if cue is None and words <= 6:
            cue = _sentence_source(doc, cand, cue_index)  # `"…" …، بحسب ما قال المصدر`
            if cue is not None and cue.speaker is None:
                cue = replace(cue, speaker=current_before(cue.start))  # `المصدر`: said before
        if cue is None and bullets and cand.open_pos in bullets:
            continue  # « used as a paragraph bullet in a column, never closed
        if cue is None and (words < UNCUED_MIN_WORDS or not _starts_sentence(doc, cand)):
            continue  # the outlet's own scare quotes (cheap exit before the name checks)
        if _is_name(doc, cand, words, direct and cue is not None and not colon):
            continue
        if cue is not None and cue.kind == "colon" and words <= 2:
            sp = _speaker_before(doc, cue.start, cand.para_start)
            if sp is None and _bare_before_colon(doc, cue.start, cand.para_start) is None:
                continue  # `ناديي المدينة الشهيرين: "عكاظ" و"وج"`: a list of names, no speaker
        speaker: _Speaker | None = None
        if cue is not None:
            if cue.kind == "colon":
                speaker = _speaker_before(doc, cue.start, cand.para_start)
                if speaker is None:
                    speaker = _bare_before_colon(doc, cue.start, cand.para_start)
                if speaker is None:
                    speaker = _cited_before_colon(doc, cue.start, cand.para_start)
                if speaker is None:
                    # `ودافعت ابنته دالما … في مقابلة مع إذاعة «أونس دييس»: «…»`
                    speaker = _subject_of_sentence_verb(doc, doc.tok_at(cue.start), False)
                if speaker is None:
                    speaker = current_before(cue.start)
            elif cue.speaker is not None:
                speaker = cue.speaker
            elif cue.kind == "part":
                # `وتختصر دلال المطيري تعليقها بقولها: «…»`: the subject of the sentence's verb
                speaker = (
                    _sentence_subject(doc, cue)
                    or _clause_verb_speaker(doc, cue, cues, cue_toks)
                    or agreeing(cue, current_before(cue.start))
                )
            elif cue.kind != "source":
                speaker = None
                if _coordinated_say(doc, cue):
                    speaker = _sentence_subject(doc, cue, doc.key(cue.tok - 1) in _BUT_THEY)
                elif _joined_say(doc, cue):
                    # `تحدث عبدالسلام العتيبي مبتعث في جامعة … وقال إن`: a named subject
                    named = _sentence_subject(doc, cue)
                    speaker = named if named is not None and named.strength >= 2 else None
                speaker = speaker or agreeing(cue, current_before(cue.start, cue))
        asked, asker = _question_asked(doc, cand)
        if asked:
            speaker = asker  # `وعلى سؤال «هل …؟»، أجاب كيري`: who asked, not who answered
        if speaker is not None:
            speaker = _without_run_on(doc, speaker)
        anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
        if in_heading(cand):
            explicit = cue is not None and (
                cue.speaker is not None or (cue.kind == "colon" and speaker is not None)
            )
            if not explicit:
                continue
        if cue is None:
            # `- هل عاشت معك هذه الشخصية؟ ⏎ «ليس على نحو دائم…»`: an interview's answer; `مع
            # ذلك، يقول، إن الزملاء منحوه بعض الوقت. "كان من المعروف …"`: the one just reported
            if _answers_a_question(doc, cand):
                speaker = current_before(cand.start)
            elif reported_just_before(cand):
                speaker = current_before(cand.start)
                if speaker is not None and speaker.strength < 1:
                    speaker = None  # bare words (`ليس`, `موجودا`): rather nobody than a guess
            else:
                speaker = None
        full = (direct or post or _starts_sentence(doc, cand)) and words >= 3
        if cue is not None and not full and not direct and cue.kind in ("verb", "part"):
            # `قال بوتين "…"`: a cue verb followed by its subject then the quote
            full = words >= 3 and _only_subject_between(doc, cue, anchor)
        q = Quote(
            start=cand.start,
            end=cand.end,
            kind="full" if full else "partial",
            cue=text[cue.start : cue.end] if cue is not None else None,
            cue_start=cue.start if cue is not None else None,
            cue_end=cue.end if cue is not None else None,
            speaker=text[speaker.start : speaker.end] if speaker is not None else None,
            speaker_start=speaker.start if speaker is not None else None,
            speaker_end=speaker.end if speaker is not None else None,
            speaker_entity_id=speaker.entity_id if speaker is not None else None,
        )
        quotes.append(q)
        if speaker is not None:
            quote_speakers[speaker.start] = speaker
        prev_close = cand.close_pos
        prev_end = cand.close_pos + 1 if cand.close_pos >= 0 else cand.end
    quotes = [_statement_speaks_for_its_issuer(doc, q, cues) for q in quotes]
    return _bodies_named_in_full(doc, quotes, cues)


def _bodies_named_in_full(doc: _Doc, quotes: list[Quote], cues: list[_Cue]) -> list[Quote]:
    """A speaker that is a bare body noun (`المؤسسة`, `الوزارة`) takes the full name the article
    gave that body last, as a speaker or a tagged organisation (`وقالت مؤسسة كابيتال
    أيكونوميكس … . كما أوضحت المؤسسة … وأضافت`)."""
    named = [c.speaker for c in cues if c.speaker is not None and c.speaker.strength >= 1]
    named += [
        _Speaker(q.speaker_start, q.speaker_end, q.speaker_entity_id, 1, "quoted")
        for q in quotes
        if q.speaker_start is not None and q.speaker_end is not None
    ]
    named += [_mention_speaker(m, "ORG") for m in doc.mentions if m.label == "ORG"]
    named.sort(key=lambda sp: sp.start)
    starts = [sp.start for sp in named]
    out = []
    for q in quotes:
        full = None
        if q.speaker_entity_id is None:
            full = _full_body_name(doc, q, named, starts) or _full_holder_name(
                doc, q, named, starts
            )
        out.append(q if full is None else _with_speaker(doc, q, full))
    return out


def _full_holder_name(
    doc: _Doc, q: Quote, named: list[_Speaker], starts: list[int]
) -> _Speaker | None:
    """A one-word person role as speaker (`وتابع الوزير`, `وأضاف المسؤول`) takes the last of
    `named` within 2,000 characters before it that holds that role: a speaker whose first
    word is the role (`مسؤول أمريكي كبير`), or a name right after it (`وزير الخارجية
    الجزائري رمطان لعمامرة`)."""
    if q.speaker is None or q.speaker_start is None or " " in q.speaker.strip():
        return None
    key = _key(q.speaker)
    if key not in _BARE_PERSON_ROLES:
        return None
    roles = {key, key[2:]}
    i = bisect.bisect_left(starts, q.speaker_start) - 1
    while i >= 0 and q.speaker_start - named[i].end <= 2000:
        sp = named[i]
        i -= 1
        if sp.end > q.speaker_start or sp.strength < 1:
            continue
        words = _ARABIC_WORD.findall(doc.text, sp.start, sp.end)
        if not words or (len(words) == 1 and _key(words[0]) in roles):
            continue  # the same bare role said before: no fuller name there
        if _is_role(_key(words[0]), roles) or _role_right_before(doc, sp, roles):
            return sp
    return None


def _is_role(key: str, roles: set[str]) -> bool:
    """`key` is one of `roles`, or و + one (`ووزير`; `وزير` itself starts with و)."""
    return key in roles or (key[:1] == "و" and key[1:] in roles)


def _may_be_a_person(doc: _Doc, sp: _Speaker) -> bool:
    """A person the tagger found, or a name the rules read that is no body (`رمطان لعمامرة`
    untagged; not `وكالة فرانس برس`, `الاتحاد الدولي`)."""
    if any(m.label == "PER" and m.start == sp.start for m in doc.mentions_in(sp.start, sp.end)):
        return True
    word = _first_word(doc, sp)
    key = _key(word)
    return (
        sp.kind not in ("ORG", "state", "definite", "role")
        and not any(m.start == sp.start for m in doc.mentions_in(sp.start, sp.end))
        and not key.startswith(("ال", "و"))  # (`ومقره واشنطن`: a clause, not a name)
        and key not in _STOP_WORDS
        and key != "احد"
        and not (word.endswith("ه") and not word.endswith("له"))  # `مقترحه`: his proposal
        and not _body_head(key)
    )


def _role_right_before(doc: _Doc, sp: _Speaker, roles: set[str]) -> bool:
    """A person named with one of `roles` among the four words before it, with no preposition
    between (`وزير الخارجية الجزائري رمطان لعمامرة`; not `مصدر في الاتحاد الدولي`)."""
    if not _may_be_a_person(doc, sp):
        return False
    t = doc.tok_at(sp.start) - 1
    for _ in range(4):
        if t < 0 or not _ARABIC_WORD.fullmatch(_tok_text(doc, t)) or doc.key(t) in _PREPOSITIONS:
            return False
        if _is_role(doc.key(t), roles):
            return True
        t -= 1
    return False


def _with_speaker(doc: _Doc, q: Quote, sp: _Speaker) -> Quote:
    """The quote given to another speaker, named as the text writes it at `sp`."""
    return replace(
        q,
        speaker=doc.text[sp.start : sp.end],
        speaker_start=sp.start,
        speaker_end=sp.end,
        speaker_entity_id=sp.entity_id,
    )


_BARE_BODIES = _BODY_ROLES | _words(
    "الوزاره الحكومه المرصد النادي الجامعه البلديه الرياسه المفوضيه الجماعه التنظيم الجبهه"
)
# bare definite person roles that `_full_holder_name` resolves (not the revered, not bodies)
_BARE_PERSON_ROLES = (
    (
        frozenset(k for k in _ROLE_HEADS if k.startswith("ال"))
        | frozenset("ال" + k for k in _ROLE_HEADS if not k.startswith("ال"))
    )
    - _BARE_BODIES
    - _words(
        """
    النبي الرسول البيان التقرير الدراسه التسجيل الاحد الاوساط الجهات الدواير الدوله القوه
    القياده الوسايل الوكالات السعاده السماحه السمو المعالي الفضيله الحافظ الولي العالم
    """
    )
)


def _full_body_name(
    doc: _Doc, q: Quote, named: list[_Speaker], starts: list[int]
) -> _Speaker | None:
    """The last of `named` (sorted by `starts`) within 2,000 characters before the quote's
    one-word body speaker whose first word is that body noun without its article."""
    if q.speaker is None or q.speaker_start is None or " " in q.speaker.strip():
        return None
    key = _key(q.speaker)
    if key not in _BARE_BODIES:
        return None
    head = key[2:]
    i = bisect.bisect_left(starts, q.speaker_start) - 1
    while i >= 0 and q.speaker_start - named[i].end <= 2000:
        sp = named[i]
        i -= 1
        words = _ARABIC_WORD.findall(doc.text, sp.start, sp.end)
        if sp.end > q.speaker_start or len(words) < 2:
            continue
        first = _key(words[0])
        if first in (head, key) or (first[:1] == "و" and first[1:] in (head, key)):
            return sp  # (`وزارة`, `ووزارة`; not `بجامعة`, a complement)
    return None


def _statement_speaks_for_its_issuer(doc: _Doc, q: Quote, cues: list[_Cue]) -> Quote:
    """A quote whose speaker is the bare `البيان` (the statement), given to who issued it."""
    if q.speaker_start is None or q.speaker_entity_id is not None:
        return q
    if _key(q.speaker or "") not in _BARE_STATEMENTS:
        return q
    issuer = _statement_issuer(doc, q.speaker_start, cues)
    return q if issuer is None else _with_speaker(doc, q, issuer)


_BARE_STATEMENTS = _words("البيان بيان")
_STATEMENTS = _words("بيان بيانا بيانه بيانها بيانهم البيان")


def _statement_issuer(doc: _Doc, pos: int, cues: list[_Cue]) -> _Speaker | None:
    """Who issued the last statement named within 1,500 characters before `pos` (`وقالت
    الوزارة في بيان إن … . وأضاف البيان أن «…»`); a statement that is itself the subject of an
    earlier cue (`وأضاف البيان`) sends the search further back."""
    for t in range(doc.tok_at(pos), -1, -1):
        if pos - doc.toks[t][0] > 1500:
            break
        k = doc.key(t)
        if k not in _STATEMENTS and not (k[:1] in "وفب" and k[1:] in _STATEMENTS):
            continue
        issuer = _issuer_at(doc, t, cues)
        if issuer is not None or not k.endswith("البيان"):
            return issuer
    return None


def _issuer_at(doc: _Doc, t: int, cues: list[_Cue]) -> _Speaker | None:
    """The issuer of the statement named at token `t`: `بيان صادر عن X`, `بيان من X`, `بيان وزارة
    الداخلية`, `أصدرت الوزارة بيانا`, or the subject of the cue before `في بيان`."""
    n = len(doc.toks)
    limit = doc.toks[min(t + 8, n - 1)][1]
    if t + 3 < n and doc.key(t + 1) in _ISSUED and doc.key(t + 2) in ("عن", "من"):
        return _body_at(doc, t + 3, limit)
    if t + 2 < n and doc.key(t + 1) in ("عن", "من"):
        return _body_at(doc, t + 2, limit)  # `وأكد بيان من الرئاسة الأفغانية`
    if doc.key(t).endswith("بيان") and not doc.key(t).endswith("البيان") and t + 1 < n:
        named = _named_at(doc, t + 1)
        if named is not None and named.label == "ORG":
            return _mention_speaker(named, "ORG")  # `وأضاف بيان الوزارة`
    if t and doc.key(t - 1) in ("في", "وفي"):
        before = [c for c in cues if c.tok < t]
        if before and not any(
            _ends_sentence(doc.text, *doc.toks[x]) for x in range(before[-1].tok, t)
        ):
            sp = before[-1].speaker
            if sp is not None and _key(doc.text[sp.start : sp.end]) not in _BARE_STATEMENTS:
                return sp
    for v in range(t - 1, max(-1, t - 7), -1):
        if _strip_clitics(doc.key(v)) in _ISSUING:
            return _body_at(doc, v + 1, doc.toks[t][0])  # `أصدرت الوزارة بيانا`
    return None


def _body_at(doc: _Doc, i: int, limit: int) -> _Speaker | None:
    """The body or person named at token `i`: a tagged mention, else a role (`الرئاسة
    الأفغانية`), and nothing after it."""
    s, e = doc.toks[i]
    for m in doc.mentions_in(s, e):
        if m.start == s and m.label in _SPEAKER_LABELS and m.end <= limit:
            return _mention_speaker(m, m.label)
    if (_body_head(doc.key(i)) or doc.key(i) in NAME_NOUNS) and i + 1 < len(doc.toks):
        # `أصدر نادي الشباب بيانا` with only `الشباب` tagged: the body noun and its name
        s1 = doc.toks[i + 1][0]
        for m in doc.mentions_in(s1, s1 + 1):
            if m.start == s1 and m.label == "ORG" and m.end <= limit:
                return _Speaker(s, m.end, _kb_link(doc, doc.text[s : m.end]), 2, "ORG")
    role = _role_span(doc, i, limit)
    if role is None:
        return None
    start, end = role
    j = doc.tok_at(end)
    if j < len(doc.toks) and not doc.text[end : doc.toks[j][0]].strip(_SPACE):
        owner = next((m for m in doc.mentions_in(*doc.toks[j]) if m.start == doc.toks[j][0]), None)
        if owner is not None and owner.end <= limit:
            end = owner.end  # `مكتب نتنياهو`: the office and whose it is
    return _Speaker(start, end, None, 1, "role")


def _question_asked(doc: _Doc, cand: _Cand) -> tuple[bool, _Speaker | None]:
    """A question quoted right after the noun `سؤال` and its genitive (`على سؤال محاوره حمد
    الصويلحي: “…؟”`, `عن سؤال "الرياض": …؟`): (True, the asker named there, or None)."""
    if cand.open_pos < 0 or "؟" not in doc.text[cand.start : cand.end + 2]:
        return False, None
    j = doc.tok_before(cand.open_pos)
    if j >= 0 and _tok_text(doc, j) == ":":
        j -= 1
    for k in range(j, max(-1, j - 6), -1):
        t = _tok_text(doc, k)
        if t in _SENT_END or (t in QUOTE_MARKS and k < j - 2):
            break
        key = doc.key(k)
        if t in _PREPOSITIONS or _cue_kind(key, doc, k):
            break  # `ردا على سؤال … في هذا الخصوص "…؟"`: his answer, a question in it
        if key.endswith("سوال") and (
            key[:-4] in ("ب", "وب", "فب")
            or (key[:-4] == "" and k and doc.key(k - 1) in ("علي", "عن", "وعلي", "وعن"))
        ):
            if k == j:
                return True, None  # `وعلى سؤال «هل …؟»`: asked by nobody named
            limit = doc.toks[j][1]
            if _tok_text(doc, k + 1) in QUOTE_MARKS:
                return True, _quoted_name(doc, k + 1, limit + 1)
            # `سؤال محاوره المميز حمد الصويلحي`: the interviewer named in the genitive
            person = next((p for i in range(k + 1, j + 1) if (p := _person_starting(doc, i))), None)
            return True, person or _speaker_at(doc, k + 1, limit, False)
    return False, None


def _bullet_marks(doc: _Doc, cands: list[_Cand]) -> set[int]:
    """Opening marks that start a paragraph and never close, when the article has two or
    more: a column's bullets (`« رحل سعود الفيصل مأسوفاً عليه …`), not quotes."""
    marks = {
        c.open_pos
        for c in cands
        if c.close_pos < 0
        and c.open_pos >= 0
        and not doc.text[c.para_start : c.open_pos].strip(_SPACE)
    }
    return marks if len(marks) >= 2 else set()


_OBJECT_SUFFIXES = ("ها", "هم", "هما", "ه")


def _feminine_with_object(key: str) -> bool:
    """`ووصفتها`, `اعتبرتها`: she described it (a past verb of saying with its object)."""
    keys = (key, key[1:]) if key[:1] in "وف" else (key,)
    return any(
        k.endswith("ت" + suffix) and k[: -len(suffix) - 1] in CUE_FORMS
        for k in keys
        for suffix in _OBJECT_SUFFIXES
    )


def _cue_gender(doc: _Doc, cue: _Cue) -> str | None:
    """F or M for a verb of saying in the third person singular (`قالت`, `تضيف`, `مضيفة`;
    `قال`, `يضيف`, `مضيفا`), else None (plurals, nouns, colons)."""
    k = doc.key(cue.tok)
    if k[:1] in "وف" and len(k) > 3 and k not in CUE_FORMS:
        k = k[1:]
    if _feminine_with_object(k):
        return "F"
    past = k[:-1] if k.endswith("ت") else None
    if past in CUE_FORMS or (k[:1] == "ت" and "ي" + k[1:] in CUE_FORMS and not _form_v(doc, cue)):
        return "F"
    if k[:1] == "م" and k.endswith("ه") and (k[:-1] in CUE_FORMS or k[:-1] + "ا" in CUE_FORMS):
        return "F"
    if k in CUE_FORMS and (k + "ت" in CUE_FORMS or k[:1] == "ي" or k[:1] == "م"):
        return "M"
    return None


def _form_v(doc: _Doc, cue: _Cue) -> bool:
    """`فتذكّر`: a past verb of the form tafaʿʿala (he remembered), written with its shadda,
    not the present `تذكر` (she mentions)."""
    letters = regex.sub(r"[^\p{L}\u0651]", "", _tok_text(doc, cue.tok))
    if letters[:1] in "وف" and letters[1:2] == "ت":
        letters = letters[1:]
    return letters[3:4] == "\u0651"


def _opens_clause(doc: _Doc, cue: _Cue) -> bool:
    """`وأضافت`, `، مضيفة`, `. قالت`: a cue that opens its clause (not `التي قالت`, not
    `في مداخلة نقلت`), whose verb agrees with the one speaking."""
    if doc.key(cue.tok)[:1] in "وف" or cue.kind == "part" or cue.tok == 0:
        return True
    before = _tok_text(doc, cue.tok - 1)
    return not _ARABIC_WORD.fullmatch(before)


_KUNYA = _NASAB | _words("عبد")


def _speaker_gender(doc: _Doc, sp: _Speaker) -> str | None:
    """The gender verbs take with the speaker's first word (`الوزير`, `فاطمة`, `الوزارة`)."""
    first = _ARABIC_WORD.search(doc.text, sp.start, sp.end)
    if first is None or _key(first.group()) in _KUNYA:
        return None  # `أبو سماحة` may be كرم أبو سماحة, a woman
    gender = _word_gender(first.group())
    j = doc.tok_before(sp.start + 1) - 1
    for _ in range(3):  # a name of unknown gender: its role (`وزيرة الخارجية السويدية مارغوت`)
        if gender is not None or j < 0 or not _ARABIC_WORD.fullmatch(_tok_text(doc, j)):
            break
        if _cue_kind(doc.key(j), doc, j) is not None:
            break
        word = _tok_text(doc, j)
        head = _tok_text(doc, j - 1) if j > 0 else ""
        if word.startswith("ال") and _ARABIC_WORD.fullmatch(head) and _person_role_head(head):
            j -= 1  # `رئيسة الموقع كلير`: the role's genitive, whose gender is not hers
            continue
        if head and doc.key(j - 1) == "باسم" and not word.startswith("ال"):
            break  # `المتحدث باسم وزارة الكهرباء مصعب`: the body he speaks for, not his role
        gender = _word_gender(word) if word.startswith("ال") else word_gender(word)
        j -= 1  # (`محافظة الأنبار` before a name: a province, not a governor)
    return gender


def _person_role_head(word: str) -> bool:
    """`رئيسة`, `مدير`: an indefinite role a person holds, in either gender (not `وزارة`)."""
    k = _key(word)
    if k.startswith("ال"):
        return False  # `الممثلة الأميركية ديمي مور`: a definite role takes adjectives only
    return k[:-1] in _ROLE_HEADS if k.endswith("ه") else k in _ROLE_HEADS


def _word_gender(word: str) -> str | None:
    """`word_gender`, and a role in the feminine (`الدكتورة`, not `والده`) as F."""
    gender = word_gender(word)
    if gender is None and word.endswith("ة"):
        key = _key(word)
        if key[:-1] in _ROLE_HEADS:
            return "F"
        if key in _ROLE_HEADS and key not in _MASCULINE_IN_TA:
            return "F"  # `الحكومة`, `الإذاعة`: a body, which verbs treat as feminine
    return gender


# roles written with ة that name a man (`العلامة`, `سعادة السفير`)
_MASCULINE_IN_TA = _words("العلامه الداعيه سعاده سماحه فضيله قاده")


def _plural_noun(doc: _Doc, sp: _Speaker) -> bool:
    """A speaker that opens with a sound plural (`معارضون`, `مسؤولين`), whatever the tagger
    called it."""
    first = _ARABIC_WORD.search(doc.text, sp.start, sp.end)
    key = _key(first.group()) if first else ""
    return len(key) > 5 and key.endswith(("ون", "ين"))


def _answers_a_question(doc: _Doc, cand: _Cand) -> bool:
    """The quote opens its paragraph, and the paragraph before ends with a question mark:
    an interview's answer, spoken by the one interviewed."""
    text = doc.text
    anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
    if text[cand.para_start : anchor].strip(_SPACE + QUOTE_MARKS):
        return False
    before = text[max(0, cand.para_start - 300) : cand.para_start].rstrip(_SPACE + "\n")
    return before.rstrip(_SPACE + QUOTE_MARKS + ".").endswith(("؟", "?"))


def _short_key(doc: _Doc, cand: _Cand) -> str:
    return " ".join(_key(w) for w in _ARABIC_WORD.findall(doc.text, cand.start, cand.end))


def _article_names(doc: _Doc, cands: list[_Cand]) -> set[str]:
    """One- or two-word quoted spans that are names all through the article: quoted twice or
    more (`«داعش»`, `"ضيف الشرف"`: speech is not repeated word for word), or a name
    where the context shows it (`ل"نزاهة"` ... `أن "نزاهة" توضح` ... `مع "نزاهة"`). Headings, which
    repeat the body's words, are left out by the caller."""
    seen: dict[str, int] = {}
    names: set[str] = set()
    for cand in cands:
        if cand.open_pos < 0 or cand.close_pos < 0:
            continue
        found = _ARABIC_WORD.findall(doc.text, cand.start, cand.end)
        if not 1 <= len(found) <= 2 or (len(found) == 2 and _key(found[0]) in _SPEECH_START):
            continue
        key = " ".join(_key(w) for w in found)
        if len(found) == 2 and _described(doc, cand):
            continue  # `وصفه بأنه "عمل إرهابي"` twice: the describer's words each time
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= 2 or _is_name(doc, cand, len(found), False):
            names.add(key)
    return names


# verbs that carry on the current speaker's words (`وأضاف`), unlike `وقال` that may start anew
_CONTINUING = (
    _verb("اضاف", "ضيف")
    | _verb("تابع", "تابع")
    | _words("استطرد استطردت اردف اردفت استدرك استدركت زاد زادت ختم ختمت واصل واصلت")
    | _words("اختتم اختتمت")
)


def _new_subject(doc: _Doc, cue: _Cue, current: _Speaker | None) -> _Speaker | None:
    """`وانتقل الحاكم بوبي جيندال إلى المدينة. وقال "…"`: a subjectless `وقال` opening a
    sentence speaks for the subject of the sentence before, when that person came after the
    current speaker (`وأضاف` carries on the current speaker instead)."""
    if cue.kind != "verb":
        return None
    joined = _joined_clause_subject(doc, cue)
    if joined is not None:
        return joined
    if _joined_say(doc, cue):
        # `تحدث عبدالسلام العتيبي مبتعث في جامعة … وقال إن …`, then `وأضاف: "…"`
        named = _sentence_subject(doc, cue)
        if named is not None and named.strength >= 2:
            return named
    if _strip_clitics(doc.key(cue.tok)) in _CONTINUING and not _opens_paragraph(doc, cue):
        return None
    subject = _previous_subject(doc, cue)
    if subject is not None and _quoted_at(doc, subject.start):
        return None  # the sentence before was someone's words: `«… استخدم الرئيس كيندي …»`
    if subject is not None and (current is None or subject.start > current.end):
        return subject
    return None


def _quoted_at(doc: _Doc, pos: int) -> bool:
    q = bisect.bisect_right(doc.quoted_starts, pos) - 1
    return q >= 0 and pos < doc.quoted[q][1]


def _opens_paragraph(doc: _Doc, cue: _Cue) -> bool:
    """`… بإطلاع الزياني على الخطط.⏎وتابع: «…»`: a continuing verb opening a paragraph
    goes on with the one the paragraph before was about, when that paragraph's last sentence
    reports nobody (else the current speaker, set by its cue, goes on)."""
    j = cue.tok - 1
    if j < 1 or "\n" not in doc.text[doc.toks[j][1] : cue.start]:
        return False
    first = _sentence_before(doc, cue.tok)
    return first is not None and not any(
        _cue_kind(doc.key(k), doc, k) for k in range(first, cue.tok)
    )


def _sentence_before(doc: _Doc, tok: int) -> int | None:
    """The first token of the sentence ending right before token `tok` (quotes inside it
    included), for `tok` 1 or later."""
    j = tok - 1
    stop = _ends_sentence(doc.text, *doc.toks[j])
    return _sentence_start(doc, j - 1 if stop else j, 60, past_marks=True)


_WHERE_HE = _words("حيث اذ")


def _joined_clause_subject(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """`أبدى المهاجم نايف هزازي سعادته بالانتقال، وقال: «…»`: a subjectless cue joined by
    `، و` to a clause with no verb of saying speaks for that clause's subject."""
    j = cue.tok - 1
    # (`عقد الرئيس بايدن مؤتمرا صحفيا، قال فيه:`: the verb in which he said, with no و;
    # `تصمم السيدة تشو كل خطوة، حيث تقول`: where she says)
    in_it = cue.tok + 1 < len(doc.toks) and doc.key(cue.tok + 1) in ("فيه", "فيها")
    where = j >= 2 and doc.key(j) in _WHERE_HE and _tok_text(doc, j - 1) in "،,"
    if where:
        j -= 1
    elif j < 1 or _tok_text(doc, j) not in "،," or (doc.key(cue.tok)[:1] not in "وف" and not in_it):
        return None  # (`وقدّم رئيس الحكومة شرحًا …، فقال`)
    first = _sentence_start(doc, j - 1, 40, past_marks=True)
    if first is None or any(_cue_kind(doc.key(k), doc, k) for k in range(first, j)):
        return None
    # `وأدان الأمين العام للأمم المتحدة بان كي مون "بشدة" قتل …، ووصف`: a role first
    return _verb_subject(doc, first, j - 1) or _opening_subject(doc, first, j)


def _previous_subject(doc: _Doc, cue: _Cue) -> _Speaker | None:
    """The person right after the verb opening the sentence before the cue's own sentence.

    Only for a cue that opens its sentence with no subject (`وقال في مؤتمر صحافي "…"`).
    """
    text = doc.text
    opener = cue.tok - 1 if cue.tok >= 1 and doc.key(cue.tok - 1) == "كما" else cue.tok
    j = opener - 1  # (`. كما أكد أهمية …`: "also", then the verb)
    if j < 0:
        return None
    s, e = doc.toks[j]
    stop = _ends_sentence(text, s, e)
    if not (stop or "\n" in text[e : doc.toks[opener][0]]):
        return None  # the cue does not open a sentence
    first = _sentence_before(doc, opener)
    if first is None or _cue_kind(doc.key(first), doc, first):
        return None
    verb = _after_fronted(doc, first)
    if verb > first and verb < cue.tok and not _cue_kind(doc.key(verb), doc, verb):
        first = verb  # `من جانبه، دعا عز الدين الأصبحي … مفوض الأمم المتحدة …. وقال`
    elif doc.key(first)[:1] not in "وف":
        return _verb_subject(doc, first, j)
    for k in range(first + 1, min(first + 6, cue.tok)):
        ts, te = doc.toks[k]
        if text[ts:te] in QUOTE_MARKS:
            return None
        for m in doc.mentions_in(ts, te):
            if m.label == "PER" and m.start == ts:
                return _mention_speaker(m, "PER")
    # `وأدان الرئيس الأفغاني … الهجوم. وقال`: a role right after the opening verb
    return _verb_subject(doc, first, j) or _opening_subject(doc, first, j)


def _verb_subject(doc: _Doc, first: int, last: int) -> _Speaker | None:
    """`بعد الحادثة، انفجر يونكر.`: the first person in the sentence of tokens `first..last`,
    when right after a verb (not a title, a preposition or a noun)."""
    text = doc.text
    for k in range(first + 1, last + 1):
        ts, te = doc.toks[k]
        if text[ts:te] in QUOTE_MARKS:
            return None  # a quote in between: its speaker is already known
        for m in doc.mentions_in(ts, te):
            if m.label != "PER" or m.start != ts:
                continue
            before, role = k - 1, doc.key(k - 1)
            if (
                before > first
                and role.startswith("ال")
                and (role in _ROLE_HEADS or role[2:] in _ROLE_HEADS)
            ):
                before -= 1  # `أبدى المهاجم نايف هزازي`: a role between the verb and the name
            if _verb_before_name(doc, before):
                return _mention_speaker(m, "PER")
            # `بالغ طلال سلمان في امتداح العقيد القذافي`: a later person is an object
            return None
    return None


def _verb_before_name(doc: _Doc, j: int) -> bool:
    """Token `j` reads as a verb (not a title, a preposition or a noun)."""
    ps, pe = doc.toks[j]
    w = doc.key(j)
    bare = w[1:] if len(w) == 5 and w[0] in "وف" else w
    if len(bare) == 4 and bare[0] == "ا" and bare[-1] == "ي":
        return True  # `أبدى`, `وألقى`: a verb in ى, whose key ends like a nisba
    return _verb_like(w) or (
        _ARABIC_WORD.fullmatch(doc.text[ps:pe]) is not None
        and 3 <= len(w) <= 6
        and not w.startswith(("ال", "ل", "ب", "ك"))
        and not w.endswith(("ه", "ها", "هم", "ات", "ين", "ون", "ي"))
        and w not in _STOP_WORDS
        and w not in _PREPOSITIONS
        and not (w[0] in "وف" and (w[1:] in _STOP_WORDS or w[1:] in _PREPOSITIONS))  # `وامام`
        and _strip_clitics(w) not in _ROLE_HEADS
        and w not in _RANKS
    )


def _starts_sentence(doc: _Doc, cand: _Cand) -> bool:
    text = doc.text
    anchor = cand.open_pos if cand.open_pos >= 0 else cand.start
    j = anchor
    while j > cand.para_start and text[j - 1] in _SPACE:
        j -= 1
    return j == cand.para_start or text[j - 1] in _SENT_END


_DOTTED_INITIALS = regex.compile(r"(?<=\p{Arabic})\.(?=\p{Arabic})")


def _only_subject_between(doc: _Doc, cue: _Cue, anchor: int) -> bool:
    if cue.speaker is None:
        return not doc.text[cue.end : anchor].strip(_SPACE + "،,")
    if cue.speaker.start < cue.end:
        return False
    # only adjuncts between the subject and the mark: `قال بوتين في مؤتمر صحافي في جنيف “…”`,
    # not an object or a preposition governing the quote (`جدد بوتين عرضه ... بناء على "…"`)
    gap = doc.text[cue.speaker.end : anchor].strip(_SPACE)
    if not gap.strip("،,:"):
        return True
    dotted_as_one = _DOTTED_INITIALS.sub("", gap)  # `(ايه.تي.في)` is one word
    words = [matching_key(w) for w in _ARABIC_WORD.findall(dotted_as_one)]
    if not words or len(words) > 10 or any(w in COMPLEMENTIZERS for w in words):
        return False
    first_ok = (
        gap[0] in "،,"
        or words[0] in _PREPOSITIONS
        or words[0] in _STOP_WORDS
        or (words[0][:1] in "لب" and len(words[0]) > 3)  # لمجلس العلاقات الخارجية
    )
    last = words[-1]
    last_ok = gap.rstrip()[-1] in "،,:" or not (
        last in _PREPOSITIONS
        or last in COMPLEMENTIZERS
        or (len(last) <= 2 and not _spelt_initials(" ".join(words[-2:])))  # not `بي بي سي`
    )
    return first_ok and last_ok
