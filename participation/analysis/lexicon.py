"""Word lists compiled into fast matchers. A pattern is words separated by spaces: ``carer*`` matches any token
starting with "carer", a plain word matches itself or itself plus "s"/"es", ``...`` allows a gap of up to three
tokens, and words joined by ``|`` are alternatives for one place ("took ... load*|lots|all ... tablet*|pill*"): each
is a plain word or a stem of one token. A pattern starting with ``^`` matches only at the start of a clause, one
ending with ``$`` only at its end ("^help me$" is a cry for help, "help me find a flat" is not). Comments and
patterns are normalised alike (participation.analysis.normalise).

Which languages have word lists, and in which module, is in the language registry (participation.languages). A
lexicon module (participation/analysis/lexicons/*.py) holds THEMES, SAFEGUARDING, SAFE_STATEMENTS, WEAK_SIGNALS,
NEGATORS and TEXT_SPEAK, and may hold CRIES (bare cries for help) with CRY_BLOCKERS (words that, straight after a
cry, make it a request for ordinary help), IDIOMS (look-alikes that cancel disclosure words next to them), AGES
(phrases that give the writer's age or a partner's, which the screen puts together), and for Arabic and Urdu
ROMAN_MARKERS and ROMAN_SPEAK. The Latin-letter patterns of the Arabic and Urdu lists (Arabizi, Roman Urdu) are also
compiled a second time under their spelling-blind keys (``load_roman``), for comments written that way."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol, cast

from participation.analysis.normalise import fold, roman_key, tokens
from participation.languages import LANGUAGES, with_lexicon

GAP = "..."
MAX_GAP = 3
OR = "|"


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool
    # Alternatives for this place ("tablet*|pill*|meds"): the word matches when any of them does.
    options: tuple[Word, ...] = ()

    def matches(self, token: str) -> bool:
        if self.options:
            return any(option.matches(token) for option in self.options)
        if self.prefix:
            return token.startswith(self.text)
        return token == self.text or token == self.text + "s" or token == self.text + "es"


@dataclass(frozen=True)
class Pattern:
    source: str
    label: str  # the theme slug, "risk" / "safe", or a weak signal's group
    words: tuple[Word | None, ...]  # None stands for a gap
    at_start: bool = False  # only at the start of a clause ("^")
    at_end: bool = False  # only at the end of a clause ("$")

    @property
    def first(self) -> Word:
        first = self.words[0]
        assert first is not None
        return first


# How a pattern word is keyed: the word and whether it is a stem.
KeyFunction = Callable[[str, bool], str]


def compile_pattern(source: str, label: str, key: KeyFunction | None = None) -> Pattern | None:
    """A pattern from its source; ``key`` turns each folded word into the form it is compared in (roman_key for
    Roman Urdu and Arabizi)."""
    words: list[Word | None] = []
    stripped = source.strip()
    at_start, at_end = stripped.startswith("^"), stripped.endswith("$")
    for raw in stripped.lstrip("^").rstrip("$").split():
        if raw == GAP:
            if words and words[-1] is not None:
                words.append(None)
            continue
        if OR in raw:
            options = tuple(_option(part, source, key) for part in raw.split(OR) if part)
            if options:
                words.append(options[0] if len(options) == 1 else Word(raw, False, options))
            continue
        prefix = raw.endswith("*")
        folded = " ".join(tokens(raw.rstrip("*")))
        if not folded:
            continue
        # A word may fold into several tokens ("don't-know"): each is its own word; only the last keeps the star.
        parts = folded.split()
        for index, part in enumerate(parts):
            stem = prefix and index == len(parts) - 1
            words.append(Word(key(part, not stem) if key else part, stem))
    while words and words[-1] is None:
        words.pop()
    if not words or words[0] is None:
        return None
    return Pattern(source, label, tuple(words), at_start, at_end)


def _option(raw: str, source: str, key: KeyFunction | None) -> Word:
    """One alternative of a place ("pill*" of "tablet*|pill*"): a single word or stem once folded."""
    stem = raw.endswith("*")
    parts = tokens(raw.rstrip("*"))
    if len(parts) != 1:
        raise ValueError(f"An alternative must be one word: {raw!r} in {source!r}")
    return Word(key(parts[0], not stem) if key else parts[0], stem)


@dataclass
class Matcher:
    """Patterns indexed by their first word: exact first words in a dict; stems grouped by their first three
    letters. Patterns of two or more words whose first two are plain words are indexed by both, so the many
    patterns that begin "i ...", "my ..." or "dont ..." are only tried where their second word follows. What a
    token can start is worked out once per distinct token and remembered."""

    exact: dict[str, list[Pattern]] = field(default_factory=dict)
    stems: dict[str, list[tuple[str, Pattern]]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], list[Pattern]] = field(default_factory=dict)
    firsts: set[str] = field(default_factory=set)  # every plain first word's forms, single or paired
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    _seen: dict[str, tuple[tuple[Pattern, ...], str | None]] = field(default_factory=dict, repr=False)

    def add(self, pattern: Pattern, correctable: bool = True) -> None:
        """Index a pattern; ``correctable=False`` keeps its first word out of the one-letter forgiveness."""
        first = pattern.first
        if first.options:
            # Alternatives in first place: indexed as one pattern for each.
            for option in first.options:
                self.add(replace(pattern, words=(option, *pattern.words[1:])), correctable)
            return
        if first.prefix:
            self.stems.setdefault(first.text[:3], []).append((first.text, pattern))
        else:
            second = pattern.words[1] if len(pattern.words) > 1 else None
            forms = _forms(first.text)
            self.firsts.update(forms)
            if second is not None and not second.prefix and not second.options:
                for form in forms:
                    for following in _forms(second.text):
                        self.pairs.setdefault((form, following), []).append(pattern)
            else:
                for form in forms:
                    self.exact.setdefault(form, []).append(pattern)
            if correctable and len(first.text) >= 6:
                for variant in _deletions(first.text):
                    self.fuzzy.setdefault(variant, set()).add(first.text)
        self._seen.clear()

    def extend(self, other: Matcher) -> None:
        for form, patterns in other.exact.items():
            self.exact.setdefault(form, []).extend(patterns)
        for key, stems in other.stems.items():
            self.stems.setdefault(key, []).extend(stems)
        for pair, patterns in other.pairs.items():
            self.pairs.setdefault(pair, []).extend(patterns)
        self.firsts |= other.firsts
        for variant, words in other.fuzzy.items():
            self.fuzzy.setdefault(variant, set()).update(words)
        self._seen.clear()

    def candidates(self, token: str, fuzzy: bool = True) -> tuple[tuple[Pattern, ...], str | None]:
        """The patterns a token may start that are not indexed by two words, and the first word (the token, or
        the pattern word it is one letter from) under which to look up the two-word ones."""
        key = token if fuzzy else "\0" + token
        found = self._seen.get(key)
        if found is None:
            patterns = list(self.exact.get(token, ()))
            patterns += [pattern for stem, pattern in self.stems.get(token[:3], ()) if token.startswith(stem)]
            first: str | None = token if token in self.firsts else None
            if fuzzy and not patterns and first is None:
                corrected = self.fuzzy_form(token)
                if corrected is not None:
                    patterns = list(self.exact.get(corrected, ()))
                    first = corrected
            found = (tuple(patterns), first)
            if len(self._seen) < 200_000:
                self._seen[key] = found
        return found

    def fuzzy_form(self, token: str) -> str | None:
        """The pattern word a long token is one letter away from (wrong, missing or extra letter), if any."""
        if len(token) < 6 or token in self.firsts:
            return None
        # In a fixed order: which correction wins must not depend on the run's string hashing.
        for variant in (token, *sorted(_deletions(token))):
            for word in sorted(self.fuzzy.get(variant, ())):
                if abs(len(word) - len(token)) <= 1:
                    return word
        return None


def _forms(word: str) -> tuple[str, str, str]:
    """The forms a plain pattern word matches: itself, and itself plus "s" or "es"."""
    return word, word + "s", word + "es"


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    start: int
    end: int
    # What the screen reports: the pattern as written, or, where it has alternatives, the alternatives that matched
    # ("carer* ... kis* me"), never the whole list of them nor the comment's own words.
    term: str = ""


def find(
    matcher: Matcher, toks: Sequence[str], fuzzy: bool = True, clauses: Sequence[int] | None = None
) -> list[Match]:
    """Every pattern occurrence in a token list. ``clauses`` (each token's clause number) places the anchors ^ and $;
    without it they stand for the start and end of the whole list."""
    found: list[Match] = []
    last = len(toks) - 1
    for start, token in enumerate(toks):
        patterns, first = matcher.candidates(token, fuzzy)
        if first is not None and start < last:
            paired = matcher.pairs.get((first, toks[start + 1]))
            if paired:
                patterns = patterns + tuple(paired)
        for pattern in patterns:
            places: list[int] | None = [] if OR in pattern.source else None
            end = _match_from(pattern.words, toks, start, places)
            if end is None:
                continue
            if pattern.at_start and start > 0 and (clauses is None or clauses[start - 1] == clauses[start]):
                continue
            if pattern.at_end and end < len(toks) and (clauses is None or clauses[end] == clauses[end - 1]):
                continue
            term = pattern.source if places is None else _term(pattern.words, toks, [start, *places])
            found.append(Match(pattern, start, end, term))
    return found


def _match_from(
    words: Sequence[Word | None], toks: Sequence[str], start: int, places: list[int] | None = None
) -> int | None:
    """End index (exclusive) of a match of ``words`` beginning at ``start``; the first word is already known to
    match. Gaps try the shortest span first. ``places`` gets where each word after the first matched."""
    position = start + 1
    index = 1
    while index < len(words):
        word = words[index]
        if word is None:
            following = words[index + 1]
            assert following is not None
            for skip in range(0, MAX_GAP + 1):
                if position + skip < len(toks) and following.matches(toks[position + skip]):
                    position += skip
                    break
            else:
                return None
            index += 1
            continue
        if position >= len(toks) or not word.matches(toks[position]):
            return None
        if places is not None:
            places.append(position)
        position += 1
        index += 1
    return position


def _term(words: Sequence[Word | None], toks: Sequence[str], places: Sequence[int]) -> str:
    """A matched pattern as the screen reports it, each place of alternatives named by the one that matched."""
    parts: list[str] = []
    at = iter(places)
    for word in words:
        if word is None:
            parts.append(GAP)
            continue
        token = toks[next(at)]
        chosen = next((option for option in word.options if option.matches(token)), word)
        parts.append(chosen.text + ("*" if chosen.prefix else ""))
    return " ".join(parts)


@dataclass
class Lexicon:
    language: str
    themes: Matcher
    risk: Matcher
    safe: Matcher
    negators: frozenset[str]
    text_speak: dict[str, tuple[str, ...]]
    # Weak signals: words that alone say little ("under the bed", "pub", "tablets") but together may be a
    # disclosure told without naming it. Labelled by group; the engine wants cues from two groups.
    weak: Matcher = field(default_factory=Matcher)
    # Minimal cries for help ("please help", "can someone ring me"), and the words that, straight after one, make it
    # a request for ordinary help ("help me with my cv", "can someone ring me about my flat").
    cries: Matcher = field(default_factory=Matcher)
    cry_blockers: frozenset[str] = frozenset()  # a stem is written with a trailing "*"
    # Words looked past to find a blocker ("can someone help me with my cv": "me", then "with").
    cry_skip: frozenset[str] = frozenset()
    # Idioms that share words with disclosures ("hit me with a pillow", "scared of my exams", "talked about fgm in
    # pshe"): a disclosure pattern overlapping one, or a word away from one in the same clause, does not count.
    idioms: Matcher = field(default_factory=Matcher)
    # Words that mark a Latin-letter comment as this language written in Latin letters (Roman Urdu, Arabizi), with
    # their weight (participation.analysis.detection.detect_language).
    markers: dict[str, float] = field(default_factory=dict)
    # How many words before a pattern a negator may stand (None: the screen's default, screening.NEGATION_WINDOW).
    negation_window: int | None = None
    # Phrases that give an age, labelled by whose it is (the writer's, a partner's...): the screen puts a young
    # person's age and a partner's together and compares them (screening.older_partner).
    ages: Matcher = field(default_factory=Matcher)


def listed_languages() -> tuple[str, ...]:
    """The codes of the languages with word lists, in the registry's order (English first)."""
    return tuple(language.code for language in with_lexicon())


class LexiconModule(Protocol):
    """What every module in ``participation.analysis.lexicons`` defines (the optional lists are read with getattr)."""

    LANGUAGE: str
    THEMES: dict[str, list[str]]
    SAFEGUARDING: list[str]
    SAFE_STATEMENTS: list[str]
    NEGATORS: list[str]
    TEXT_SPEAK: dict[str, str]


def _module(language: str) -> LexiconModule:
    # import_module gives a plain ModuleType; every lexicon module has the protocol's names.
    return cast(
        LexiconModule, importlib.import_module(f"participation.analysis.lexicons.{LANGUAGES[language].lexicon}")
    )


def module_of(language: str) -> LexiconModule:
    """A listed language's lexicon module: its lists as written."""
    return _module(language)


def source_of(language: str) -> str:
    """The text of a listed language's lexicon module as written: its comments say what its entries mean
    (``participation.analysis.glosses``)."""
    spec = importlib.util.find_spec(f"participation.analysis.lexicons.{LANGUAGES[language].lexicon}")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).read_text(encoding="utf-8")


def _matcher(
    labelled: Iterable[tuple[str, str]], key: KeyFunction | None = None, keep: Callable[[str], bool] | None = None
) -> Matcher:
    matcher = Matcher()
    for label, source in labelled:
        if keep is not None and not keep(source):
            continue
        # The "and" forms (_with_conjunction) are never corrected by a letter: "وعجبني" (and I liked it) is one
        # letter from "وعذبني" (and he tortured me).
        added = source.startswith(_ADDED)
        if (pattern := compile_pattern(source.lstrip(_ADDED), label, key)) is not None:
            matcher.add(pattern, correctable=not added)
    return matcher


def _lists(module: LexiconModule) -> dict[str, list[tuple[str, str]]]:
    """A lexicon module's pattern lists as (label, source) pairs."""
    return {
        "themes": [(slug, source) for slug, sources in module.THEMES.items() for source in sources],
        "risk": [("risk", source) for source in module.SAFEGUARDING],
        "safe": [("safe", source) for source in module.SAFE_STATEMENTS],
        "weak": [
            (group, source) for group, sources in getattr(module, "WEAK_SIGNALS", {}).items() for source in sources
        ],
        # Cries are labelled with their language: the words that block one are that language's own.
        "cries": [(module.LANGUAGE, source) for source in getattr(module, "CRIES", ())],
        "idioms": [("idiom", source) for source in getattr(module, "IDIOMS", ())],
        "ages": [(label, source) for label, sources in getattr(module, "AGES", {}).items() for source in sources],
    }


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_ADDED = "\u2063"  # marks the added "and" forms until they are compiled


def _with_conjunction(lists: dict[str, list[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    """Arabic writes "and" as و joined to the next word ("وبيعطيها", "وما بيخلوني"): each Arabic-script pattern is
    also listed with و on its first word, so a phrase that starts a new part of a sentence is still found."""
    joined: dict[str, list[tuple[str, str]]] = {}
    for name, pairs in lists.items():
        extra = [
            (label, _ADDED + "و" + source)
            for label, source in pairs
            if name != "themes" and _ARABIC_LETTER.match(source) and not source.startswith("و")
        ]
        joined[name] = pairs + extra
    return joined


@cache
def load(language: str) -> Lexicon:
    module = _module(language)
    lists = _lists(module)
    if language == "ar":
        lists = _with_conjunction(lists)
    negators = frozenset(" ".join(tokens(word)) for word in module.NEGATORS)
    text_speak = {fold(key).strip(): tuple(tokens(value)) for key, value in module.TEXT_SPEAK.items()}
    blockers = frozenset(
        " ".join(tokens(word)) + ("*" if word.endswith("*") else "") for word in getattr(module, "CRY_BLOCKERS", ())
    )
    markers = {fold(word): weight for word, weight in getattr(module, "ROMAN_MARKERS", {}).items()}
    skip = frozenset(" ".join(tokens(word)) for word in getattr(module, "CRY_SKIP", ()))
    return Lexicon(
        language,
        _matcher(lists["themes"]),
        _matcher(lists["risk"]),
        _matcher(lists["safe"]),
        negators,
        text_speak,
        _matcher(lists["weak"]),
        _matcher(lists["cries"]),
        blockers,
        skip,
        _matcher(lists["idioms"]),
        markers,
        getattr(module, "NEGATION_WINDOW", None),
        _matcher(lists["ages"]),
    )


@lru_cache(maxsize=1)
def load_all() -> tuple[Lexicon, ...]:
    """Every listed language's lexicon (the screen applies them all; themes read the comment's own and English)."""
    return tuple(load(code) for code in listed_languages())


def _latin(source: str) -> bool:
    return fold(source).isascii()


def _roman_words(text: str) -> tuple[str, ...]:
    return tuple(roman_key(word) for word in tokens(text))


@cache
def load_roman(language: str) -> Lexicon:
    """A language's Latin-letter patterns (Roman Urdu, Arabizi) keyed by roman_key, with its ROMAN_SPEAK table of
    spellings that the key alone does not bring together ("bht" -> "bahut")."""
    module = _module(language)
    lists = _lists(module)
    key = roman_key

    def build(name: str) -> Matcher:
        return _matcher(lists[name], key, _latin)

    negators = frozenset(roman_key(word) for word in module.NEGATORS if _latin(word) and " " not in word)
    speak = {
        roman_key(fold(written).strip()): _roman_words(meant)
        for written, meant in getattr(module, "ROMAN_SPEAK", {}).items()
    }
    blockers = frozenset(roman_key(word) for word in getattr(module, "CRY_BLOCKERS", ()) if _latin(word))
    skip = frozenset(roman_key(word) for word in getattr(module, "CRY_SKIP", ()) if _latin(word))
    return Lexicon(
        language,
        build("themes"),
        build("risk"),
        build("safe"),
        negators,
        speak,
        build("weak"),
        build("cries"),
        blockers,
        skip,
        build("idioms"),
        {},
        getattr(module, "NEGATION_WINDOW", None),
    )


def custom_matcher(keywords: Mapping[str, Sequence[str]]) -> Matcher:
    """A matcher for an organisation's own keywords (theme slug -> patterns), in any language."""
    matcher = Matcher()
    for slug, sources in keywords.items():
        for source in sources:
            try:
                pattern = compile_pattern(source, slug)
            except ValueError:
                continue  # an alternative of several words ("a b|c"): not a pattern the matcher can read
            if pattern is not None:
                matcher.add(pattern)
    return matcher
