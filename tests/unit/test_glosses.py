"""The English meaning each word list gives its safeguarding words (``participation.analysis.glosses``): read from
the lists' own headings and group names, never a note about how a list was made."""

from __future__ import annotations

import pytest

from participation.analysis import glosses, lexicon
from participation.analysis.engine import classify
from participation.analysis.lexicons import ar, ur


@pytest.mark.parametrize(
    ("comment", "meaning"),
    [
        ("physical abuse (attached pronouns: يضربني, ضربتني, بيضربونا ...)", "physical abuse"),
        ("Forced marriage.", "forced marriage"),
        ("Self-harm in Arabizi.", "self-harm"),
        (
            "--- emotional abuse: shouts, names, worthless, threats, locked in, frightened ---",
            "emotional abuse: shouts, names, worthless, threats, locked in, frightened",
        ),
        (
            '"I want to die" and "I can\'t take any more" in more dialects.',
            '"I want to die" and "I can\'t take any more"',
        ),
        ("Added after measuring the development set: families of wording the first lists missed.", None),
        ('"fy lladd" only as a threat: "ma\'r wifi \'ma yn fy lladd i" is a figure of speech.', None),
        ('"خايف" alone is also fear of exams or of having no flat at 18: only with who or where.', None),
        ('stems: never corrected into Welsh "gwallt" (hair)', None),
    ],
)
def test_headings_are_meanings_and_notes_are_not(comment, meaning):
    assert glosses.heading(comment) == meaning


@pytest.mark.parametrize(
    ("text", "language", "meaning"),
    [
        ("زوج امي يضربني كل يوم", "ar", "physical abuse"),  # my mother's husband hits me every day
        ("ما في اكل بالبيت", "ar", "neglect"),  # there is no food at home
        ("5ayfe menno, ma bde erja3 3al bet", "ar", "afraid of someone"),  # Arabizi: scared of him, won't go home
        ("میرا سوتیلا باپ مجھے مارتا ہے", "ur", "physical abuse"),  # my stepfather hits me
        ("mera sotela baap mujhe marta hai", "ur", "physical abuse"),  # the same in Roman Urdu
        ("nie czuję się bezpiecznie w domu", "pl", "not feeling safe"),
    ],
)
def test_flagged_words_of_a_disclosure_get_their_lists_meaning(text, language, meaning):
    result = classify(text)
    assert result.safeguarding and result.language == language
    found = glosses.glossed(result.risk_terms, result.language)
    assert all(gloss.needs_gloss for gloss in found)
    assert meaning in {gloss.meaning for gloss in found}, [(g.term, g.meaning) for g in found]


@pytest.mark.parametrize("module", [ar, ur], ids=["ar", "ur"])
def test_most_arabic_and_urdu_disclosure_words_have_an_english_meaning(module):
    entries = set(module.SAFEGUARDING)
    meanings = glosses.headings(module.LANGUAGE)
    assert len(entries & set(meanings)) / len(entries) >= 0.85
    # Every meaning is English words, never the list's own script.
    assert not any("\u0600" <= char <= "\u06ff" for meaning in meanings.values() for char in meaning)


def test_every_weak_signal_group_has_words_for_a_reader():
    groups = {
        group for code in lexicon.listed_languages() for group in getattr(lexicon.module_of(code), "WEAK_SIGNALS", {})
    }
    assert groups <= set(glosses.WEAK_GROUPS)


def test_english_words_and_picture_pairs_need_no_gloss_and_unknown_words_have_none():
    english = glosses.gloss("shout* at me", "en")
    assert english.language == "en" and not english.needs_gloss
    assert not glosses.gloss("I feel scared + My home").needs_gloss
    unknown = glosses.gloss("not a listed word at all")
    assert unknown.meaning is None and not unknown.needs_gloss


@pytest.mark.parametrize(
    ("term", "language", "meaning"),
    [
        # Rent, and having no money, are being broke: not papers, and not being kept in.
        ("کرایہ", "ur", "no money"),
        ("kiraya", "ur", "no money"),
        ("پیسے نہیں", "ur", "no money"),
        ("کوئی پیسے نہیں", "ur", "no money"),
        ("paise nahi", "ur", "no money"),
        # Not being paid for the work stays a cue beside chores, and says so.
        ("پیسے نہیں دیتے", "ur", "not allowed out, kept from school, made to work all day or not paid"),
        ("بدون فلوس", "ar", "not allowed out, kept from school, made to work all day or not paid"),
        # A cousin (either sex in Urdu) is a relative, not "a girl".
        ("کزن", "ur", "a relative or family friend"),
    ],
)
def test_urdu_and_arabic_words_are_glossed_with_what_they_mean(term: str, language: str, meaning: str) -> None:
    assert glosses.gloss(term, language).meaning == meaning


def test_no_money_and_rent_are_not_filed_as_papers_or_being_kept_in() -> None:
    assert "کرایہ" not in ur.WEAK_SIGNALS["papers"]
    for bare in ("پیسے نہیں", "کوئی پیسے نہیں", "paise nahi", "koi paise nahi"):
        assert bare in ur.WEAK_SIGNALS["broke"] and bare not in ur.WEAK_SIGNALS["restriction"]
    assert "کزن" not in ur.WEAK_SIGNALS["girl"] and "cousin" not in ur.WEAK_SIGNALS["girl"]


def test_unpaid_work_and_being_kept_in_are_still_read_as_a_possible_disclosure() -> None:
    """Moving "no money" to being broke must not lose the servitude disclosure it partnered."""
    assert classify("چچی پیسے نہیں دیتی اور سارا کام کرواتی ہے، باہر جانے نہیں دیتی").safeguarding
    assert classify("مجھے پیسے نہیں دیتے اور باہر جانے نہیں دیتے، بس گھر کا کام").safeguarding
    assert not classify("کرایہ دینے کے بعد کھانے کے لیے پیسے نہیں بچتے").safeguarding
