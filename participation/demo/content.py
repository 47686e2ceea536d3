"""Demo content for "Your voice 2026": the consultation's own texts and a bank of realistic comments.

Pure data, read by ``participation.demo.loader``; the questions are the question bank's
(``participation.surveys.bank``), where their translation notes are. The consultation's texts below follow the same
notes: every non-English text is a DRAFT awaiting review by a native speaker before any real use.
"""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path
from typing import Any

# Text maps: {language: {"*": default text, optional band slug: band-specific wording}}, as in the question bank.

CONSULTATION: dict[str, Any] = {
    "code": "demo",
    "title": {
        "en": {"*": "Your voice 2026"},
        "cy": {"*": "Dy lais 2026"},
        # Parents and carers are addressed formally in Polish and Romanian; the young people's name is "ty" / "tu".
        "pl": {"*": "Twój głos 2026", "parents-carers": "Państwa głos 2026"},
        "ro": {"*": "Vocea ta 2026", "parents-carers": "Vocea dumneavoastră 2026"},
        "ar": {"*": "صوتك 2026"},
        "ur": {"*": "آپ کی آواز 2026"},
    },
    "about": {
        "en": {
            "*": "This survey asks about your life: your home, school, family time and the people who help "
            "you. What you tell us helps us make things better.",
            "4-7": "We want to know how you feel about your home, your school and the grown-ups who help you.",
            "care-leavers": "This survey asks how life is going after care: your home, money, work or study, "
            "and help from your personal adviser.",
            "parents-carers": "This survey asks how children's services are working for you and your family. "
            "What you tell us helps us make things better for families.",
        },
        "cy": {
            "*": "Mae'r arolwg hwn yn holi am dy fywyd: dy gartref, yr ysgol, amser teulu a'r bobl sy'n dy "
            "helpu di. Mae beth rwyt ti'n ei ddweud yn ein helpu i wella pethau.",
            "4-7": "Rydyn ni eisiau gwybod sut rwyt ti'n teimlo am dy gartref, dy ysgol a'r oedolion sy'n dy helpu di.",
            "care-leavers": "Mae'r arolwg hwn yn holi sut mae bywyd yn mynd ar ôl gadael gofal: dy gartref, "
            "arian, gwaith neu astudio, a'r help gan dy gynghorydd personol.",
            "parents-carers": "Mae'r arolwg hwn yn holi sut mae gwasanaethau plant yn gweithio i chi a'ch "
            "teulu. Mae eich atebion yn ein helpu i wella pethau i deuluoedd.",
        },
        "pl": {
            "*": "W tej ankiecie pytamy o Twoje życie: dom, szkołę, czas z rodziną i osoby, które Ci "
            "pomagają. Twoje odpowiedzi pomogą nam coś zmienić na lepsze.",
            "4-7": "Chcemy wiedzieć, jak się czujesz w domu, w szkole i z dorosłymi, którzy Ci pomagają.",
            "care-leavers": "W tej ankiecie pytamy, jak Ci się żyje po wyjściu z pieczy zastępczej: o dom, "
            "pieniądze, pracę lub naukę i pomoc od Twojego doradcy osobistego.",
            "parents-carers": "W tej ankiecie pytamy, jak służby ds. dzieci pracują z Państwem i Państwa "
            "rodziną. Odpowiedzi pomogą nam poprawić wsparcie dla rodzin.",
        },
        "ro": {
            "*": "Acest chestionar te întreabă despre viața ta: casa ta, școala, timpul cu familia și "
            "oamenii care te ajută. Ce ne spui ne ajută să facem lucrurile mai bune.",
            "4-7": "Vrem să știm cum te simți acasă, la școală și cu adulții care te ajută.",
            "care-leavers": "Acest chestionar te întreabă cum îți merge viața după ieșirea din sistemul de "
            "protecție: casa ta, banii, munca sau studiile și ajutorul de la consilierul "
            "tău personal.",
            "parents-carers": "În acest chestionar vă întrebăm cum lucrează serviciile pentru copii cu "
            "dumneavoastră și cu familia dumneavoastră. Răspunsurile ne ajută să facem "
            "lucrurile mai bune pentru familii.",
        },
        "ar": {
            "*": "يسألك هذا الاستبيان عن حياتك: بيتك ومدرستك ووقت العائلة والأشخاص الذين يساعدونك. كلامك "
            "يساعدنا على تحسين الأمور.",
            "4-7": "نريد أن نعرف شعورك في بيتك ومدرستك ومع الكبار الذين يساعدونك.",
            "care-leavers": "يسألك هذا الاستبيان عن حياتك بعد مغادرة الرعاية: بيتك والمال والعمل أو الدراسة "
            "والمساعدة من مستشارك الشخصي.",
            "parents-carers": "يسألكم هذا الاستبيان عن تجربتكم وتجربة عائلتكم مع خدمات الأطفال. إجاباتكم "
            "تساعدنا على تحسين الأمور للعائلات.",
        },
        "ur": {
            "*": "یہ سروے آپ کی زندگی کے بارے میں ہے: آپ کا گھر، اسکول، خاندان کے ساتھ وقت اور وہ لوگ جو آپ "
            "کی مدد کرتے ہیں۔ آپ کی باتوں سے ہمیں چیزیں بہتر بنانے میں مدد ملتی ہے۔",
            "4-7": "ہم جاننا چاہتے ہیں کہ آپ کو اپنا گھر، اپنا اسکول اور مدد کرنے والے بڑے کیسے لگتے ہیں۔",
            "care-leavers": "یہ سروے پوچھتا ہے کہ کیئر چھوڑنے کے بعد آپ کی زندگی کیسی چل رہی ہے: آپ کا گھر، "
            "پیسے، کام یا پڑھائی، اور آپ کے پرسنل ایڈوائزر کی مدد۔",
            "parents-carers": "یہ سروے پوچھتا ہے کہ بچوں کی سروسز آپ اور آپ کے خاندان کے لیے کیسا کام کر رہی "
            "ہیں۔ آپ کے جوابوں سے ہمیں خاندانوں کے لیے چیزیں بہتر بنانے میں مدد ملتی ہے۔",
        },
    },
    "next_steps": {
        "en": {
            "*": "In March 2027 the children in care council and councillors will read the results.",
            "4-7": "In March 2027 children and grown-ups at the council will read your answers.",
            "care-leavers": "In March 2027 the care leavers forum and councillors will read the results.",
            "parents-carers": "In March 2027 councillors and the managers of children's services will read the "
            "results.",
        },
        "cy": {
            "*": "Ym mis Mawrth 2027 bydd cyngor plant mewn gofal a'r cynghorwyr yn darllen y canlyniadau.",
            "4-7": "Ym mis Mawrth 2027 bydd plant ac oedolion yn y cyngor yn darllen dy atebion.",
            "care-leavers": "Ym mis Mawrth 2027 bydd fforwm y rhai sy'n gadael gofal a'r cynghorwyr yn darllen y "
            "canlyniadau.",
            "parents-carers": "Ym mis Mawrth 2027 bydd cynghorwyr a rheolwyr gwasanaethau plant yn darllen y "
            "canlyniadau.",
        },
        "pl": {
            "*": "W marcu 2027 r. rada dzieci w pieczy zastępczej i radni przeczytają wyniki.",
            "4-7": "W marcu 2027 r. dzieci i dorośli z samorządu przeczytają Twoje odpowiedzi.",
            "care-leavers": "W marcu 2027 r. forum osób, które opuściły pieczę zastępczą, i radni przeczytają wyniki.",
            "parents-carers": "W marcu 2027 r. radni i kierownictwo służb ds. dzieci przeczytają wyniki.",
        },
        "ro": {
            "*": "În martie 2027, consiliul copiilor din sistemul de protecție și consilierii locali vor citi "
            "rezultatele.",
            "4-7": "În martie 2027, copii și adulți de la consiliu vor citi ce ne-ai spus.",
            "care-leavers": "În martie 2027, forumul tinerilor care au ieșit din sistemul de protecție și "
            "consilierii locali vor citi rezultatele.",
            "parents-carers": "În martie 2027, consilierii locali și conducerea serviciilor pentru copii vor citi "
            "rezultatele.",
        },
        "ar": {
            "*": "في مارس 2027 سيقرأ مجلس الأطفال في الرعاية وأعضاء المجلس المحلي النتائج.",
            "4-7": "في مارس 2027 سيقرأ أطفال وكبار في المجلس ما قلته لنا.",
            "care-leavers": "في مارس 2027 سيقرأ منتدى الشباب الذين غادروا الرعاية وأعضاء المجلس المحلي النتائج.",
            "parents-carers": "في مارس 2027 سيقرأ أعضاء المجلس المحلي ومديرو خدمات الأطفال النتائج.",
        },
        "ur": {
            "*": "مارچ 2027 میں کیئر میں رہنے والے بچوں کی کونسل اور کونسلرز نتائج پڑھیں گے۔",
            "4-7": "مارچ 2027 میں کونسل کے بچے اور بڑے پڑھیں گے کہ آپ نے ہمیں کیا بتایا۔",
            "care-leavers": "مارچ 2027 میں کیئر چھوڑنے والے نوجوانوں کا فورم اور کونسلرز نتائج پڑھیں گے۔",
            "parents-carers": "مارچ 2027 میں کونسلرز اور بچوں کی سروسز کے مینیجرز نتائج پڑھیں گے۔",
        },
    },
}


def _add_languages() -> None:
    """Languages added later keep the consultation's texts in one file each, ``languages/<code>.toml``, with ``title``,
    ``about`` and ``next_steps`` as text maps ({"*": text, band: text})."""
    for path in sorted((Path(__file__).parent / "languages").glob("*.toml")):
        texts = tomllib.loads(path.read_text(encoding="utf-8"))
        for field in ("title", "about", "next_steps"):
            CONSULTATION[field][path.stem] = texts[field]


_add_languages()


def _comments() -> list[dict[str, Any]]:
    with (Path(__file__).parent / "comments.csv").open(encoding="utf-8", newline="") as file:
        return [
            {
                "language": row["language"],
                "band": row["band"],
                "text": row["text"],
                "themes": [theme for theme in row["themes"].split(";") if theme],
                "safeguarding": row["safeguarding"] == "yes",
            }
            for row in csv.DictReader(file)
        ]


# Realistic free-text answers for the synthetic responses (comments.csv: language, band, text, themes separated by
# ";", and "yes" when it may disclose harm), written for the demo in the spirit of councils' published survey
# findings; none is a real person's words. Spelling, text-speak and emoji are deliberate. "safeguarding" marks a
# possible disclosure of harm or risk (to self or from others, past or present); a few safe look-alikes ("nobody
# hurts me here") are marked no on purpose so triage can be tested both ways. Names in a few comments (a teacher, a
# worker, a dog) are there for redaction to find. A few comments quote "placement" or "LAC" to object to them, as
# real ones do.
COMMENTS: list[dict[str, Any]] = _comments()
