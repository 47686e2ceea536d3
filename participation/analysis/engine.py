"""Classify one comment: language, sentiment (English only), themes and whether it may disclose harm."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from participation.analysis import lexicon
from participation.analysis.lexicon import LANGUAGES, Lexicon, Matcher, find
from participation.analysis.normalise import script_language, tokens

# Long answers are read in full by people; the machine looks at the first part only, to stay fast.
MAX_CHARS = 10_000
NEGATION_WINDOW = 3
MIN_DETECT_LETTERS = 12


@dataclass(frozen=True)
class Result:
    language: str | None
    sentiment: float | None
    themes: tuple[str, ...]
    safeguarding: bool
    # The words that made it a possible disclosure, shown to the safeguarding lead.
    risk_terms: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.WELSH, Language.POLISH, Language.ROMANIAN, Language.ARABIC, Language.URDU,
    ).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the comment's main language, or None when there is nothing to tell it by."""
    letters = sum(1 for char in text if char.isalpha())
    if letters == 0:
        return None
    by_script = script_language(text)
    if letters < MIN_DETECT_LETTERS:
        # Too short for statistics: the script decides, and short Latin text is most often English here.
        return by_script or "en"
    detected = _detector().detect_language_of(text)
    code = detected.iso_code_639_1.name.lower() if detected is not None else None
    if by_script and code not in ("ar", "ur"):
        return by_script
    return code or by_script or "en"


def sentiment(text: str, language: str | None) -> float | None:
    """TextBlob polarity in [-1, 1] for English; None ("not scored") for every other language, not a guess."""
    if language != "en":
        return None
    from textblob import TextBlob

    return round(float(TextBlob(text).sentiment.polarity), 3)


@lru_cache(maxsize=1)
def _all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(lexicon.load(code) for code in LANGUAGES)


def _expand(toks: Sequence[str], speak: Sequence[Mapping[str, tuple[str, ...]]]) -> list[str]:
    expanded: list[str] = []
    for token in toks:
        for table in speak:
            if token in table:
                expanded.extend(table[token])
                break
        else:
            expanded.append(token)
    return expanded


def _negated(toks: Sequence[str], start: int, negators: frozenset[str]) -> bool:
    return any(token in negators for token in toks[max(0, start - NEGATION_WINDOW):start])


def screen(toks: Sequence[str], lexicons: Sequence[Lexicon]) -> tuple[str, ...]:
    """The patterns that make a comment a possible disclosure (empty if none). Every language's lists are
    applied: missing a disclosure is worse than a false alarm."""
    negators = frozenset().union(*(lex.negators for lex in lexicons))
    terms: list[str] = []
    for lex in lexicons:
        for match in find(lex.risk, toks):
            if not _negated(toks, match.start, negators):
                terms.append(match.pattern.source)
        for match in find(lex.safe, toks, fuzzy=False):
            if _negated(toks, match.start, negators):
                terms.append(f"not {match.pattern.source}")
    return tuple(dict.fromkeys(terms))


def classify(text: str, custom: Matcher | None = None) -> Result:
    """Analyse one comment. Empty, emoji-only and malformed text gets an empty result, never an error."""
    text = (text or "")[:MAX_CHARS]
    language = detect_language(text)
    raw = tokens(text)
    if not raw:
        return Result(language, None, (), False)
    lexicons = _all_lexicons()
    own = next((lex for lex in lexicons if lex.language == language), None)
    english = lexicons[0]
    speak = [lex.text_speak for lex in ([own] if own and own is not english else []) + [english]]
    toks = _expand(raw, speak)
    themes: set[str] = set()
    for lex in {english.language: english, **({own.language: own} if own else {})}.values():
        themes.update(match.pattern.label for match in find(lex.themes, toks))
    if custom is not None:
        themes.update(match.pattern.label for match in find(custom, toks))
    risk = screen(toks, lexicons)
    return Result(language, sentiment(text, language), tuple(sorted(themes)), bool(risk), risk)


def may_disclose(text: str) -> bool:
    """Screening alone, at the moment of answering: is this a possible disclosure of harm?"""
    raw = tokens((text or "")[:MAX_CHARS])
    if not raw:
        return False
    lexicons = _all_lexicons()
    return bool(screen(_expand(raw, [lex.text_speak for lex in lexicons]), lexicons))
