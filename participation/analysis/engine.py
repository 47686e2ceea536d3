"""Classify one comment: language, sentiment (English only), themes and whether it may disclose harm."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from participation.analysis import lexicon
from participation.analysis.lexicon import LANGUAGES, Lexicon, Matcher, find
from participation.analysis.normalise import clause_tokens, script_language

# Long answers are read in full by people; the machine looks at the first part only, to stay fast.
MAX_CHARS = 10_000
NEGATION_WINDOW = 3
MIN_DETECT_LETTERS = 12
# Weak signals from two different groups in one comment make it a possible disclosure. Context groups (when,
# where, how it felt) count half: "scared" and "at night" alone are a horror film, not a disclosure.
WEAK_SIGNAL_SCORE = 2.0
WEAK_CONTEXT_GROUPS = frozenset({"night", "alone", "fear"})


@dataclass(frozen=True)
class Result:
    language: str | None
    sentiment: float | None
    themes: tuple[str, ...]
    safeguarding: bool
    # The words that made it a possible disclosure, shown to the safeguarding lead.
    risk_terms: tuple[str, ...] = ()
    # False when the comment is in a language or script Heard has no word list for.
    listed: bool = True


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    # Low-accuracy mode (trigrams only) is almost three times faster and, on the development set, as accurate
    # for these six languages: the figures are in the issue notes.
    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.WELSH, Language.POLISH, Language.ROMANIAN, Language.ARABIC, Language.URDU,
    ).with_preloaded_language_models().with_low_accuracy_mode().build()


# English function words that are not also common words in Welsh, Polish or Romanian ("i", "to", "on", "in", "a"
# are, so they are left out).
_ENGLISH_WORDS = frozenset("my me the is and of it you he she we they his her was at for with not dont im get got "
                           "are be been this that have has had but so just wanna gonna because when what why".split())


def _looks_english(words: Sequence[str]) -> bool:
    return len(words) >= 2 and sum(word in _ENGLISH_WORDS for word in words) / len(words) >= 0.4


def detect_language(text: str, words: Sequence[str] | None = None) -> str | None:
    """ISO 639-1 code of the comment's main language, or None when there is nothing to tell it by."""
    letters = sum(1 for char in text if char.isalpha())
    if letters == 0:
        return None
    by_script = script_language(text)
    if letters < MIN_DETECT_LETTERS:
        # Too short for statistics: the script decides, and short Latin text is most often English here.
        return by_script or "en"
    if words is None:
        words = [token for token, _clause in clause_tokens(text)]
    if by_script is None and _looks_english(words):
        # Statistics misread short English text-speak ("my step dad hitz me" is not Polish).
        return "en"
    detected = _detector().detect_language_of(text)
    code = detected.iso_code_639_1.name.lower() if detected is not None else None
    if by_script and code not in ("ar", "ur"):
        return by_script
    return code or by_script or "en"


def sentiment(text: str, language: str | None) -> float | None:
    """TextBlob polarity in [-1, 1] for English; None ("not scored") for every other language, not a guess."""
    if language != "en":
        return None
    return round(float(_textblob()(text).sentiment.polarity), 3)


@lru_cache(maxsize=1)
def _textblob():  # type: ignore[no-untyped-def]
    from textblob import TextBlob

    return TextBlob


@lru_cache(maxsize=1)
def _all_lexicons() -> tuple[Lexicon, ...]:
    return tuple(lexicon.load(code) for code in LANGUAGES)


def _expand(toks: Sequence[tuple[str, int]],
            speak: Sequence[Mapping[str, tuple[str, ...]]]) -> tuple[list[str], list[int]]:
    """Text-speak and misspellings replaced by words; each word keeps the number of the clause it came from."""
    words: list[str] = []
    clauses: list[int] = []
    for token, clause in toks:
        for table in speak:
            if token in table:
                words.extend(table[token])
                clauses.extend([clause] * len(table[token]))
                break
        else:
            words.append(token)
            clauses.append(clause)
    return words, clauses


def _negated(toks: Sequence[str], clauses: Sequence[int], start: int, negators: frozenset[str]) -> bool:
    """A negator in the few words before ``start``, in the same clause."""
    first = max(0, start - NEGATION_WINDOW)
    return any(toks[index] in negators and clauses[index] == clauses[start] for index in range(first, start))


@lru_cache(maxsize=None)
def _theme_matcher(language: str | None) -> Matcher:
    """The comment's own language's theme words and English ones (mixed-language comments are common)."""
    matcher = Matcher()
    for lex in _all_lexicons():
        if lex.language in ("en", language):
            matcher.extend(lex.themes)
    return matcher


@lru_cache(maxsize=1)
def _combined() -> tuple[Matcher, Matcher, Matcher]:
    """Every language's disclosure patterns in one matcher, every language's safe statements in another and
    every language's weak signals in a third."""
    risk, safe, weak = Matcher(), Matcher(), Matcher()
    for lex in _all_lexicons():
        risk.extend(lex.risk)
        safe.extend(lex.safe)
        weak.extend(lex.weak)
    return risk, safe, weak


def weak_signals(toks: Sequence[str], clauses: Sequence[int], negators: frozenset[str],
                 matcher: Matcher | None = None) -> dict[str, str]:
    """The weak signals in a comment, not negated: group -> the first cue of that group found. Words are
    counted once: the longest cue starting at a place wins, so "eat on my own" is not also "on my own"."""
    if matcher is None:
        matcher = _combined()[2]
    found: dict[str, str] = {}
    used: set[int] = set()
    matches = find(matcher, toks, fuzzy=False)
    for match in sorted(matches, key=lambda match: (match.start, match.start - match.end)):
        span = set(range(match.start, match.end))
        if span & used or _negated(toks, clauses, match.start, negators):
            continue
        used |= span
        found.setdefault(match.pattern.label, match.pattern.source)
    return found


def weak_signals_suffice(groups: Iterable[str]) -> bool:
    """Cues from two groups, context groups counting half, make a possible disclosure."""
    return sum(0.5 if group in WEAK_CONTEXT_GROUPS else 1.0 for group in groups) >= WEAK_SIGNAL_SCORE


def screen(toks: Sequence[str], clauses: Sequence[int], lexicons: Sequence[Lexicon],
           language: str | None) -> tuple[str, ...]:
    """The patterns that make a comment a possible disclosure (empty if none). Every language's lists are
    applied: missing a disclosure is worse than a false alarm. Negation uses the comment's own language's words
    only: English "no" is Polish "well", and must not cancel "no i on mnie bije". When no pattern matches, weak
    signals of two different kinds together ("pub" and "under the bed") are reported instead."""
    own = [lex.negators for lex in lexicons if lex.language == language]
    negators = own[0] if own else frozenset().union(*(lex.negators for lex in lexicons))
    terms: list[str] = []
    risk, safe, weak = _combined()
    for match in find(risk, toks):
        if not _negated(toks, clauses, match.start, negators):
            terms.append(match.pattern.source)
    for match in find(safe, toks, fuzzy=False):
        if _negated(toks, clauses, match.start, negators):
            terms.append(f"not {match.pattern.source}")
    if not terms:
        # Told without naming it: several weak signals of different kinds together.
        cues = weak_signals(toks, clauses, negators, weak)
        if weak_signals_suffice(cues):
            terms.extend(cues.values())
    return tuple(dict.fromkeys(terms))


def classify(text: str, custom: Matcher | None = None) -> Result:
    """Analyse one comment. Empty, emoji-only and malformed text gets an empty result, never an error."""
    text = (text or "")[:MAX_CHARS]
    raw = clause_tokens(text)
    language = detect_language(text, [token for token, _clause in raw])
    if not raw:
        return Result(language, None, (), False)
    lexicons = _all_lexicons()
    own = next((lex for lex in lexicons if lex.language == language), None)
    english = lexicons[0]
    speak = [lex.text_speak for lex in ([own] if own and own is not english else []) + [english]]
    toks, clauses = _expand(raw, speak)
    themes = {match.pattern.label for match in find(_theme_matcher(language), toks)}
    if custom is not None:
        themes.update(match.pattern.label for match in find(custom, toks))
    risk = screen(toks, clauses, lexicons, language)
    if risk and not themes & {"safety", "health-and-wellbeing"}:
        # A possible disclosure is about being safe even when none of the theme words were used.
        themes.add("safety")
    return Result(language, sentiment(text, language), tuple(sorted(themes)), bool(risk), risk)


def may_disclose(text: str) -> bool:
    """Screening alone, at the moment of answering: is this a possible disclosure of harm?"""
    raw = clause_tokens((text or "")[:MAX_CHARS])
    if not raw:
        return False
    lexicons = _all_lexicons()
    language = detect_language(text, [token for token, _clause in raw])
    own = [lex.text_speak for lex in lexicons if lex.language == language]
    speak = own + [lex.text_speak for lex in lexicons if lex.language == "en" and lex.language != language]
    return bool(screen(*_expand(raw, speak), lexicons, language))
