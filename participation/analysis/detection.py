"""Which language a comment is in: the script, Roman Urdu and Arabizi markers, English function words and, for
everything else, lingua's statistics. No Flask, no database."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from lingua import LanguageDetectorBuilder

from participation import languages
from participation.analysis import lexicon
from participation.analysis.normalise import (
    arabizi_shaped,
    clause_tokens,
    letter_count,
    script_language,
    unlisted_language,
)

# Fewer letters than this are too few for statistics: the script decides (detect_language).
MIN_DETECT_LETTERS = 12
# Urdu and Arabic written in Latin letters: the marker words' weights (each word counted once) and Arabizi-shaped
# tokens must reach this to call a comment Roman Urdu or Arabizi; half of it when the comment is a few words.
ROMANISED_SCORE = 2.0
ROMANISED_SHARE = 5  # marker weight at least a fifth of the distinct words
ARABIZI_SHAPE_WEIGHT = 1.5  # a digit for an Arabic letter ("ma3i") is never English, Welsh, Polish or Romanian
ROMANISED = ("ur", "ar")
SHORT_ROMANISED = 5


@lru_cache(maxsize=1)
def _detector() -> Any:  # a lingua LanguageDetector (lingua ships no types)
    # The registry's languages (participation.languages). Low-accuracy mode (trigrams only) is almost three times
    # faster and, on the development set, as accurate for the six languages of 2026: the figures are in the issue notes.
    return (
        LanguageDetectorBuilder.from_languages(*languages.detected())
        .with_preloaded_language_models()
        .with_low_accuracy_mode()
        .build()
    )


def _registry_code(detected: Any) -> str:
    """The registry's code for what lingua found: Persian is Dari ("prs") here, the Persian of Afghan children."""
    return next(
        (language.code for language in languages.LANGUAGES.values() if language.detector == detected),
        detected.iso_code_639_1.name.lower(),
    )


# The registry's languages written in Arabic script, which lingua may tell apart where the letters alone cannot
# (Dari from Arabic): Arabic, Urdu, Pashto, Dari and Sorani.
_ARABIC_SCRIPT_CODES = frozenset(code for code, language in languages.LANGUAGES.items() if language.is_rtl)

# lingua must be this sure to name a language Heard has no word list for (Albanian, Vietnamese, Dari): short Welsh
# ("Dw i ddim yn hapus yn yr ysgol") reads as 71% Albanian, and would lose its own word list.
UNLISTED_CONFIDENCE = 0.9


def _statistical_language(text: str) -> str | None:
    """lingua's choice, in the registry's codes; a language without a word list only when lingua is sure of it,
    otherwise the likeliest language that has one."""
    ranked = _detector().compute_language_confidence_values(text)
    if not ranked or ranked[0].value == 0:
        return None
    with_lists = {language.detector for language in languages.with_lexicon()}
    top = ranked[0]
    if top.language in with_lists or top.value >= UNLISTED_CONFIDENCE:
        return _registry_code(top.language)
    listed = next((value.language for value in ranked if value.language in with_lists), top.language)
    return _registry_code(listed)


# English function words that are not also common words in Welsh, Polish or Romanian ("i", "to", "on", "in", "a"
# are, so they are left out).
_ENGLISH_WORDS = frozenset(
    "my me the is and of it you he she we they his her was at for with not dont im get got "
    "are be been this that have has had but so just wanna gonna because when what why".split()
)


# English text-speak: spellings no other listed language writes as a word ("n" for and, "2" for to, "coz", "idk").
# Not "u" (Polish "u mnie"), "ne" (Romanian), "w" or "fi" (Arabizi), "ma" (Welsh, Arabizi).
_ENGLISH_TEXT_SPEAK = frozenset(
    "n r ur ive id ill 2 4 coz cos cuz bc bcos becoz gotta dnt cnt cant wont didnt isnt aint "
    "doesnt idk tbh plz pls wot wat wen ppl lol rn bk ov wiv gna yh ya thx luv nd tho bout".split()
)

# Welsh words a young person writing Welsh can hardly leave out ("yn", "dwi", "ddim", "mae"), and the letters only
# Welsh uses (ŵ, ŷ). Short English text-speak reads to the statistics like Welsh ("my step dad hitz me n im scard 2
# go home" came out as Welsh), so Latin-script text is called Welsh only with some of this in it.
_WELSH_WORDS = frozenset(
    "yn yr dwi dw dwin dwim ddim dim mae ma fy ac ond gyda efo wedi chi nhw eu ein eich hefyd iawn mewn sy sydd neu "
    "achos isio eisiau moyn angen byth neb does dydw dydi rwy rydw roedd bod fod ydy ydw oes gen gyd byd di "
    "helpwch plis ysgol teulu adre adra gartref cartref".split()
)
_WELSH_LETTERS = frozenset("ŵŷŴŶ")
# Of those, the ones no other listed language writes as a word ("ma" and "di" are Romanian and Arabizi too).
_WELSH_ONLY_WORDS = _WELSH_WORDS - frozenset("ma di dim plis gen".split())


def looks_english(words: Sequence[str]) -> bool:
    """Two words or more, with English function words or text-speak among them (\"my\", \"the\", \"dont\",
    \"coz\")."""
    known = _ENGLISH_WORDS | _ENGLISH_TEXT_SPEAK
    return len(words) >= 2 and sum(word in known for word in words) / len(words) >= 0.4


def welsh_evidence(text: str, words: Sequence[str]) -> bool:
    """Whether a comment has anything only Welsh would have: a Welsh function word or a letter only Welsh uses."""
    return any(word in _WELSH_WORDS for word in words) or any(char in _WELSH_LETTERS for char in text)


def looks_welsh(words: Sequence[str]) -> bool:
    """Welsh function words and no English ones, at least two of them or half the words."""
    welsh = len(set(words) & _WELSH_ONLY_WORDS)
    return welsh > 0 and not english_evidence(words) and (welsh >= 2 or 2 * welsh >= len(set(words)))


def english_evidence(words: Sequence[str]) -> bool:
    return any(word in _ENGLISH_WORDS or word in _ENGLISH_TEXT_SPEAK for word in words)


@lru_cache(maxsize=1)
def _markers() -> tuple[tuple[str, dict[str, float]], ...]:
    return tuple((code, lexicon.load(code).markers) for code in ROMANISED)


def romanised_language(words: Sequence[str]) -> str | None:
    """ "ur" for Roman Urdu, "ar" for Arabizi, from marker words ("mujhe", "nahi"; "enta", "kteer") and Arabic
    letters written as digits ("ma3i", "7ayati"); None for everything else. Words that are also English, Welsh,
    Polish or Romanian ("main", "hai", "ana", "fi", "w") weigh little or nothing in the lexicons' marker tables,
    so a comment needs several markers, or a few words nearly all markers."""
    distinct = set(words)
    scores = {code: sum(markers.get(word, 0.0) for word in distinct) for code, markers in _markers()}
    shaped = sum(1 for word in distinct if arabizi_shaped(word))
    scores["ar"] += ARABIZI_SHAPE_WEIGHT * shaped
    code = max(scores, key=lambda language: scores[language])
    score = scores[code]
    # A few words ("baddi mout ma fi fayde", "naya school acha hai") need half: one or two clear markers.
    needed = ROMANISED_SCORE if len(words) > SHORT_ROMANISED else ROMANISED_SCORE / 2
    if score < needed:
        return None
    # A long comment with one or two marker words is another language quoting them; digits inside words are not.
    if score * ROMANISED_SHARE < len(distinct) and not (code == "ar" and shaped >= 2):
        return None
    return code


def detect_language(text: str, words: Sequence[str] | None = None) -> str | None:
    """The registry's code of the comment's main language (ISO 639-1, or Dari's "prs"; a guess from the script for a
    language outside the registry), or None when there is nothing to tell it by."""
    letters = letter_count(text)
    if letters == 0:
        return None
    by_script = script_language(text)
    if words is None:
        words = [token for token, _clause in clause_tokens(text)]
    if (unlisted := unlisted_language(text, list(words))) is not None:
        return unlisted
    if by_script is None and (romanised := romanised_language(words)) is not None:
        return romanised
    if by_script is None and looks_welsh(words):
        # Statistics read short Welsh as English ("dim byd", "dwi angen help plis, ddim yn saff yn y ty").
        return "cy"
    if letters < MIN_DETECT_LETTERS:
        # Too short for statistics: the script decides, and short Latin text is most often English here.
        return by_script or "en"
    if by_script is None and looks_english(words):
        # Statistics misread short English text-speak ("my step dad hitz me" is not Polish).
        return "en"
    code = _statistical_language(text)
    if by_script and code not in _ARABIC_SCRIPT_CODES:
        return by_script
    if code == "cy" and by_script is None and english_evidence(words) and not welsh_evidence(text, words):
        # The statistics' Welsh with English words and nothing Welsh in it is English text-speak.
        return "en"
    return code or by_script or "en"
