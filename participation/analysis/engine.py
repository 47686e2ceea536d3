"""Classify one comment: language (detection.py), sentiment (English only), themes and whether it may disclose harm
(screening.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from participation import languages
from participation.analysis import lexicon
from participation.analysis.detection import ROMANISED, detect_language, looks_english
from participation.analysis.lexicon import Matcher, find
from participation.analysis.normalise import (
    DIGIT_LETTERS,
    LETTERS_AND_DIGITS,
    ages,
    clause_tokens,
    roman_key,
    script_language,
    unmask,
)
from participation.analysis.screening import RomanTokens, roman_lists, screen
from participation.analysis.sentiment import score as scored

# Long answers are read in full by people; the machine looks at the first part only, to stay fast.
MAX_CHARS = 10_000


@dataclass(frozen=True)
class Result:
    language: str | None
    # English only, and never on a possible disclosure or words the screen could not read (``shown_sentiment``).
    sentiment: float | None
    themes: tuple[str, ...]
    safeguarding: bool
    # The words that made it a possible disclosure, shown to the safeguarding lead.
    risk_terms: tuple[str, ...] = ()
    # False when the comment is mainly in a language or script Heard has no word list for (Tigrinya, Pashto,
    # Vietnamese...): its screening saw only the words of listed languages mixed in, so a person must read it.
    listed: bool = True


def sentiment(text: str, language: str | None) -> float | None:
    """The English score in [-1, 1] (``analysis.sentiment``); None ("not scored") for every other language, not a
    guess."""
    if language != "en":
        return None
    return scored(text)


def shown_sentiment(score: float | None, safeguarding: bool, listed: bool) -> float | None:
    """The score kept and shown for an answer: none on a possible disclosure or on words the screen could not read.
    A word-list score says nothing about risk, and "+0.50" beside "I don't feel safe at home" tells a reader the
    opposite of what matters."""
    return None if safeguarding or not listed else score


# Letters written as digits, to get past a filter or for fun ("s3lf h4rm", "k1ll urself"): a word that mixes letters
# and digits is read with the letters they stand for (normalise.DIGIT_LETTERS; a number alone, "2day" and the like in
# the text-speak tables, are read as they are). Only for the lists' own spellings: Arabizi's digits are read by
# roman_key instead.
# Decades stay numbers: "in his 30s" is not "in his eos".
_DECADE = re.compile(r"^\d*0s$")
# Letters with dots between them, "k.m.s" or "k.y.s.": one word, not three clauses of one letter each.
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}[^\W\d_]?(?![^\W\d_])")


def _expand(
    toks: Sequence[tuple[str, int]], speak: Sequence[Mapping[str, tuple[str, ...]]], leet: bool = False
) -> tuple[list[str], list[int]]:
    """Text-speak and misspellings replaced by words; each word keeps the number of the clause it came from."""
    words: list[str] = []
    clauses: list[int] = []
    for token, clause in toks:
        if (
            leet
            and LETTERS_AND_DIGITS.match(token)
            and not _DECADE.match(token)
            and not any(token in table for table in speak)
        ):
            token = token.translate(DIGIT_LETTERS)
        for table in speak:
            if token in table:
                words.extend(table[token])
                clauses.extend([clause] * len(table[token]))
                break
        else:
            words.append(token)
            clauses.append(clause)
    return words, clauses


@cache
def _theme_matcher(language: str | None) -> Matcher:
    """The comment's own language's theme words and English ones (mixed-language comments are common)."""
    matcher = Matcher()
    for lex in lexicon.load_all():
        if lex.language in ("en", language):
            matcher.extend(lex.themes)
    return matcher


@dataclass(frozen=True)
class _Read:
    language: str | None
    listed: bool
    toks: list[str]
    clauses: list[int]
    roman: RomanTokens | None


def _read(text: str, page_language: str | None = None) -> _Read:
    """Language, whether Heard has word lists for it, and the tokens as the lists read them.

    ``page_language`` is the language of the page the young person answered on. Where the screen has no word list
    for it (Pashto, Dari, Tigrinya, Sorani, Albanian, Vietnamese), the comment is never taken as screened, whatever
    its letters look like: Pashto without its own letters reads as Arabic, short Albanian typed without accents as
    English, and the lists of those languages would pass "زما پلار ما وهي" ("my father beats me") as nothing."""
    # Masked words written back ("r*ped"), ages written one way ("14yo" as "14 year old") and dotted letters joined.
    text = _DOTTED.sub(lambda found: found.group(0).replace(".", ""), ages(unmask(text)))
    raw = clause_tokens(text)
    words = [token for token, _clause in raw]
    language = detect_language(text, words)
    lexicons = lexicon.load_all()
    own = next((lex for lex in lexicons if lex.language == language), None)
    listed = language is None or own is not None
    page = languages.LANGUAGES.get(page_language or "")
    if page is not None and page.lexicon is None and raw:
        listed = False
        if language != languages.SOURCE or not looks_english(words):
            # Said on a Pashto page and read as Arabic or Urdu, or on an Albanian page and guessed as English for want
            # of letters: it is most likely the page's language (English with English words in it stays English).
            language = page.code
            own = None
    english = next(lex for lex in lexicons if lex.language == languages.SOURCE)
    speak = [lex.text_speak for lex in ([own] if own and own is not english else []) + [english]]
    toks, clauses = _expand(raw, speak, leet=True)
    roman = None
    if language in ROMANISED and raw and script_language(text) is None:
        keyed = [(roman_key(token), clause) for token, clause in raw]
        roman = _expand(keyed, [roman_lists(language).speak])
    return _Read(language, listed, toks, clauses, roman)


def classify(text: str, custom: Matcher | None = None, page_language: str | None = None) -> Result:
    """Analyse one comment (written on a page in ``page_language``, where known). Empty, emoji-only and malformed text
    gets an empty result, never an error."""
    text = (text or "")[:MAX_CHARS]
    read = _read(text, page_language)
    language, toks, clauses = read.language, read.toks, read.clauses
    if not toks:
        return Result(language, None, (), False, listed=read.listed)
    themes = {match.pattern.label for match in find(_theme_matcher(language), toks)}
    if read.roman is not None:
        themes.update(
            match.pattern.label for match in find(roman_lists(str(language)).themes, read.roman[0], fuzzy=False)
        )
    if custom is not None:
        themes.update(match.pattern.label for match in find(custom, toks))
    risk = screen(toks, clauses, lexicon.load_all(), language, read.roman)
    if risk and not themes & {"safety", "health-and-wellbeing"}:
        # A possible disclosure is about being safe even when none of the theme words were used.
        themes.add("safety")
    tone = shown_sentiment(sentiment(text, language), bool(risk), read.listed)
    return Result(language, tone, tuple(sorted(themes)), bool(risk), risk, read.listed)


def themes_of(text: str, custom: Matcher | None = None) -> tuple[str, ...]:
    """The themes ``classify`` gives a text, without its tone: what emerging topics ask of each candidate phrase
    (scoring the tone of hundreds of phrases is most of what that would cost)."""
    read = _read((text or "")[:MAX_CHARS])
    if not read.toks:
        return ()
    themes = {match.pattern.label for match in find(_theme_matcher(read.language), read.toks)}
    if read.roman is not None:
        themes.update(
            match.pattern.label for match in find(roman_lists(str(read.language)).themes, read.roman[0], fuzzy=False)
        )
    if custom is not None:
        themes.update(match.pattern.label for match in find(custom, read.toks))
    if not themes & {"safety", "health-and-wellbeing"} and screen(
        read.toks, read.clauses, lexicon.load_all(), read.language, read.roman
    ):
        themes.add("safety")  # as ``classify``: a possible disclosure is about being safe
    return tuple(sorted(themes))


def may_disclose(text: str) -> bool:
    """Screening alone, at the moment of answering: is this a possible disclosure of harm?"""
    read = _read((text or "")[:MAX_CHARS])
    if not read.toks:
        return False
    return bool(screen(read.toks, read.clauses, lexicon.load_all(), read.language, read.roman))


def must_be_read(text: str, page_language: str | None = None) -> bool:
    """At the moment of answering: a possible disclosure, or words in a language the screen has no list for, or
    written on a page in one (which may say anything, so a person reads them as they would a possible disclosure)."""
    read = _read((text or "")[:MAX_CHARS], page_language)
    if not read.toks:
        return False
    if not read.listed:
        return True
    return bool(screen(read.toks, read.clauses, lexicon.load_all(), read.language, read.roman))
