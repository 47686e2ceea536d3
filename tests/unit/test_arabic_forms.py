"""Arabic that reads for boys and girls alike: what a young person, parent or carer reads in Arabic (the young
people's strings in the catalogue, the question bank and the demo) never addresses "you" in a form that is masculine
only. Arabic marks the gender of "you" on verbs and adjectives; written without vowels, some forms serve both
(past tense "كتبت", possessive "ـك", "أنت", "يمكنك"), others do not (the imperative "اختر" is "اختاري" for a girl,
the present "تكتب" is "تكتبين"). The neutral forms are verbal nouns ("اختيار إجابة"), "يمكنك" / "يُرجى" with a verbal
noun, passives ("لم تُرسَل"), "لديك", and the plural for parents and carers.

Each form below was rewritten out of those texts; the list says why each is masculine, with an example it catches and
a neutral text it must leave alone, so the check is precise enough to keep."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from participation.demo.content import CONSULTATION
from participation.surveys.bank import bank_questions
from tests.texts import text_maps

ROOT = Path(__file__).resolve().parents[2]
PARENTS = "parents-carers"

# Short vowels, shadda, sukun and tanween are dropped before matching, so "تحقّق" and "تحقق" are one form; the damma
# is kept, because it is what tells a passive ("أُرسل", "استُخدم") from an imperative ("أرسل", "استخدم").
_MARKS = re.compile("[\u064b-\u064e\u0650-\u0652\u0640]")
_LETTER = "\u0621-\u064a\u064f"
# A word may carry the conjunctions و / ف before it, and some an object pronoun after it.
_OBJECT = "(?:ه|ها|هم|ني)?"


@dataclass(frozen=True)
class Form:
    name: str
    pattern: str  # matched against the text with its marks dropped (see _MARKS), unless vocalised is set
    why: str
    masculine: str  # a text the form is found in
    neutral: str  # the way it is said now, which must not match
    vocalised: bool = False


def word(*stems: str, before: str = "[وف]?", objects: bool = False) -> str:
    after = _OBJECT if objects else ""
    return rf"(?<![{_LETTER}]){before}(?:{'|'.join(stems)}){after}(?![{_LETTER}])"


# Present tense verbs the texts used for "you". The same letters are "she" ("تحتاج عائلتكم", "your family needs"), so
# a verb counts only where it is plainly "you": after a particle that asks for one ("حتى تضغط", "هل تحتاج", "لأنك
# تريد"), with ل / س fixed to it ("لتحصل", "ستحصل"), before "به" / "فيه" ("شخصًا تثق به"), or as "ما تكتبه" (and
# "ما تقوله" at the end of a sentence: "هذا ما تقوله نسخة الشخص الآخر" is the other version that says it).
_PRESENT = "|".join(
    (
        "تريد",
        "تثق",
        "تكتب",
        "تضغط",
        "ترسل",
        "تستطيع",
        "تحتاج",
        "تعرف",
        "تقول",
        "تختار",
        "تعدل",
        "تعيش",
        "تنتظر",
        "تتابع",
        "تطلع",
        "تحذف",
        "تترك",
        "تبدأ",
        "تستخدم",
        "تحصل",
        "ترى",
        "ترا",
        "تحاول",
    )
)
_NOT_A_LETTER = rf"(?![{_LETTER}])"
PRESENT = "|".join(
    (
        rf"(?<![{_LETTER}])[وف]?(?:حتى|عندما|هل|لن|كنت|لأنك|أن|أو|شيء|لمن)\s+"
        rf"[وف]?(?:{_PRESENT}){_OBJECT}{_NOT_A_LETTER}",
        rf"(?<![{_LETTER}])[وف]?[لس](?:{_PRESENT}){_OBJECT}{_NOT_A_LETTER}",
        rf"(?:{_PRESENT})\s+(?:به|فيه){_NOT_A_LETTER}",
        rf"ما\s+(?:تكتبه|تريد){_NOT_A_LETTER}",
        r"ما\s+تقوله(?=[.،؟])",
    )
)


FORMS = (
    Form(
        "imperative",
        word(
            "اختر",
            "اتصل",
            "أخبر",
            "تابع",
            "تحقق",
            "تأكد",
            "قارن",
            "احفظ",
            "عُد",
            "أدخل",
            "أرسل",
            "رتب",
            "قل",
            "انتظر",
            "حاول",
            "اخرج",
            "اطلع",
            "امسح",
            "استخدم",
            "افتح",
            "ارجع",
            "اضغط",
            "اجعل",
            "انتقل",
            "احصل",
            "احتفظ",
        )
        + "|"
        + word("اكتب", "اطبع", "أعط", "التقط", objects=True),
        "imperatives said to one boy: a girl is told اختاري، اتصلي، أخبري، تابعي، اكتبي… (a button or a sentence "
        "says a verbal noun instead: اختيار، الاتصال، المتابعة، الحفظ والعودة لاحقًا; 'أُرسل' with its damma is "
        "the passive, and stays)",
        "اختر إجابة، أو اختر «أفضّل ألا أقول»",
        "يجب اختيار إجابة، أو اختيار «أفضّل ألا أقول»، في ما أُرسل",
    ),
    Form(
        "present tense",
        PRESENT,
        "present tense said to one boy (the same letters are 'she' in the third person, which these texts never "
        "mean): a girl reads تريدين، تثقين، تكتبين، ترسلين، تستطيعين… ('ما تكتبه', 'حتى ترسلها')",
        "لا يقرأ أحد ما تكتبه حتى تضغط على إرسال.",
        "لا يقرأ أحد الكلام المكتوب هنا قبل الضغط على «إرسال».",
    ),
    Form(
        "jussive",
        word("لم ترسل", "لم تبدأ", "لم تستخدم", objects=True),
        "the jussive after لم said to one boy: a girl reads لم ترسلي، لم تبدئي، لم تستخدمي (now passive: لم تُرسَل)",
        "إذا لم ترسله، فسيظل شخص كبير يقرؤه بعد يوم.",
        "إذا لم يُرسَل الكلام، فسيقرؤه شخص كبير بعد يوم على أي حال.",
    ),
    Form(
        "adjective",
        word("متأكد", before=""),
        "an adjective about 'you' in the masculine: a girl is متأكدة",
        "هل أنت متأكد من حذف إجاباتك؟",
        "هل لديك رغبة أكيدة في حذف إجاباتك؟",
    ),
    Form(
        "safe",
        rf"ك آمنا(?![{_LETTER}])",
        "'keep you safe' with the masculine adjective (آمنًا; a girl is آمنةً): 'للحفاظ على سلامتك' says it for both",
        "وقد يتصرف لإبقائك آمنًا.",
        "وقد يتصرف للحفاظ على سلامتك.",
    ),
    Form(
        "slash pair",
        rf"[{_LETTER}]/[يةا](?![{_LETTER}])",
        "a slash pair (اتصل/ي، متأكد/ة) is two texts, the masculine first, not one text for both",
        "هل لديك قلق على طفل؟ اتصل/ي بـ NSPCC على %(number)s.",
        "هل لديك قلق على طفل؟ يمكنك الاتصال بـ NSPCC على %(number)s.",
    ),
    Form(
        "vowelled",
        rf"تَ(?:ه|ها|هم)?(?![{_LETTER}\u064b-\u0652])|أنتَ",
        "the past tense or 'you' vowelled as masculine (كتبتَه، أنتَ): unvowelled, كتبته and أنت read for both",
        "سيقرأ شخص كبير ما كتبتَه.",
        "سيقرأ شخص كبير ما كتبته، في صفحتَي «الوعود» و«قلتم، ففعلنا».",
        vocalised=True,
    ),
)


def masculine_forms(text: str) -> list[str]:
    plain = _MARKS.sub("", text)
    found = []
    for form in FORMS:
        for match in re.finditer(form.pattern, text if form.vocalised else plain):
            found.append(match.group(0))
    return found


def _young_peoples_ids() -> set[str]:
    with open(ROOT / "translations" / "young-people.pot", "rb") as handle:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}


def arabic_texts() -> Iterator[tuple[str, str, str]]:
    """(where, English, Arabic) for the young people's strings in the catalogue (every plural form), and every bank
    and demo text a young person reads (parents and carers are addressed in the plural there, and their family is
    the subject of third person verbs with the same letters as 'you')."""
    young = _young_peoples_ids()
    with open(ROOT / "translations" / "ar" / "LC_MESSAGES" / "messages.po", "rb") as handle:
        catalogue = read_po(handle, locale="ar")
    for message in catalogue:
        key = message.id if isinstance(message.id, str) else message.id[0] if message.id else ""
        if key not in young:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            yield "catalogue", key, string
    for where, data in (("bank", bank_questions()), ("demo", CONSULTATION)):
        for texts in text_maps(data):
            arabic = texts.get("ar", {})
            for band, english in texts["en"].items():
                if band != PARENTS and arabic:
                    yield where, english, arabic.get(band, arabic["*"])
            for band, text in arabic.items():
                if band not in texts["en"] and band != PARENTS:
                    yield where, texts["en"]["*"], text


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.name)
def test_each_form_catches_its_masculine_example_and_spares_the_neutral_one(form: Form) -> None:
    masculine = form.masculine if form.vocalised else _MARKS.sub("", form.masculine)
    neutral = form.neutral if form.vocalised else _MARKS.sub("", form.neutral)
    assert re.search(form.pattern, masculine), form.why
    assert not re.search(form.pattern, neutral), form.why
    assert not masculine_forms(form.neutral), form.neutral


def test_what_young_people_read_in_arabic_is_for_boys_and_girls_alike() -> None:
    texts = list(arabic_texts())
    assert len({where for where, _english, _text in texts}) == 3 and len(texts) > 300
    wrong = [(where, english[:50], found, text) for where, english, text in texts if (found := masculine_forms(text))]
    assert not wrong, "\n".join(map(str, wrong))
