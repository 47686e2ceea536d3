"""Word lists compiled into fast matchers. A pattern is words separated by spaces: ``carer*`` matches any token
starting with "carer", a plain word matches itself or itself plus "s"/"es", and ``...`` allows a gap of up to three
tokens. A pattern starting with ``^`` matches only at the start of a clause, one ending with ``$`` only at its end
("^help me$" is a cry for help, "help me find a flat" is not). Comments and patterns are normalised alike
(participation.analysis.normalise).

The Latin-letter patterns of the Arabic and Urdu lists (Arabizi, Roman Urdu) are also compiled a second time under
their spelling-blind keys (``load_roman``), for comments written that way."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from participation.analysis.normalise import fold, roman_key, tokens

LANGUAGES = ("en", "cy", "pl", "ro", "ar", "ur")
GAP = "..."
MAX_GAP = 3


@dataclass(frozen=True)
class Word:
    text: str
    prefix: bool

    def matches(self, token: str) -> bool:
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


@dataclass
class Matcher:
    """Patterns indexed by their first word: exact first words in a dict; stems grouped by their first three
    letters. What a token can start is worked out once per distinct token and remembered."""

    exact: dict[str, list[Pattern]] = field(default_factory=dict)
    stems: dict[str, list[tuple[str, Pattern]]] = field(default_factory=dict)
    fuzzy: dict[str, set[str]] = field(default_factory=dict)
    _seen: dict[str, tuple[Pattern, ...]] = field(default_factory=dict, repr=False)

    def add(self, pattern: Pattern) -> None:
        first = pattern.first
        if first.prefix:
            self.stems.setdefault(first.text[:3], []).append((first.text, pattern))
        else:
            for form in (first.text, first.text + "s", first.text + "es"):
                self.exact.setdefault(form, []).append(pattern)
            if len(first.text) >= 6:
                for variant in _deletions(first.text):
                    self.fuzzy.setdefault(variant, set()).add(first.text)
        self._seen.clear()

    def extend(self, other: Matcher) -> None:
        for form, patterns in other.exact.items():
            self.exact.setdefault(form, []).extend(patterns)
        for key, stems in other.stems.items():
            self.stems.setdefault(key, []).extend(stems)
        for variant, words in other.fuzzy.items():
            self.fuzzy.setdefault(variant, set()).update(words)
        self._seen.clear()

    def candidates(self, token: str, fuzzy: bool = True) -> tuple[Pattern, ...]:
        key = token if fuzzy else "\0" + token
        found = self._seen.get(key)
        if found is None:
            patterns = list(self.exact.get(token, ()))
            patterns += [pattern for stem, pattern in self.stems.get(token[:3], ()) if token.startswith(stem)]
            if fuzzy and not patterns:
                corrected = self.fuzzy_form(token)
                if corrected is not None:
                    patterns = list(self.exact.get(corrected, ()))
            found = tuple(patterns)
            if len(self._seen) < 200_000:
                self._seen[key] = found
        return found

    def fuzzy_form(self, token: str) -> str | None:
        """The pattern word a long token is one letter away from (wrong, missing or extra letter), if any."""
        if len(token) < 6 or token in self.exact:
            return None
        for variant in (token, *_deletions(token)):
            for word in self.fuzzy.get(variant, ()):
                if abs(len(word) - len(token)) <= 1:
                    return word
        return None


def _deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1:] for index in range(len(word))}


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    start: int
    end: int


def find(matcher: Matcher, toks: Sequence[str], fuzzy: bool = True,
         clauses: Sequence[int] | None = None) -> list[Match]:
    """Every pattern occurrence in a token list. ``clauses`` (each token's clause number) places the anchors ^ and $;
    without it they stand for the start and end of the whole list."""
    found: list[Match] = []
    for start, token in enumerate(toks):
        for pattern in matcher.candidates(token, fuzzy):
            end = _match_from(pattern.words, toks, start)
            if end is None:
                continue
            if pattern.at_start and start > 0 and (clauses is None or clauses[start - 1] == clauses[start]):
                continue
            if pattern.at_end and end < len(toks) and (clauses is None or clauses[end] == clauses[end - 1]):
                continue
            found.append(Match(pattern, start, end))
    return found


def _match_from(words: Sequence[Word | None], toks: Sequence[str], start: int) -> int | None:
    """End index (exclusive) of a match of ``words`` beginning at ``start``; the first word is already known to
    match. Gaps try the shortest span first."""
    position = start + 1
    index = 1
    while index < len(words):
        word = words[index]
        if word is None:
            following = words[index + 1]
            assert following is not None
            for skip in range(0, MAX_GAP + 1):
                if position + skip < len(toks) and following.matches(toks[position + skip]):
                    position += skip + 1
                    break
            else:
                return None
            index += 2
            continue
        if position >= len(toks) or not word.matches(toks[position]):
            return None
        position += 1
        index += 1
    return position


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
    cry_blockers: frozenset[str] = frozenset()
    # Words that mark a Latin-letter comment as this language written in Latin letters (Roman Urdu, Arabizi), with
    # their weight (participation.analysis.engine.detect_language).
    markers: dict[str, float] = field(default_factory=dict)


def _module(language: str) -> object:
    return importlib.import_module(f"participation.analysis.lexicons.{language}")


def _matcher(labelled: Iterable[tuple[str, str]], key: KeyFunction | None = None,
             keep: Callable[[str], bool] | None = None) -> Matcher:
    matcher = Matcher()
    for label, source in labelled:
        if keep is not None and not keep(source):
            continue
        if (pattern := compile_pattern(source, label, key)) is not None:
            matcher.add(pattern)
    return matcher


def _lists(module: object) -> dict[str, list[tuple[str, str]]]:
    """A lexicon module's pattern lists as (label, source) pairs."""
    return {
        "themes": [(slug, source) for slug, sources in getattr(module, "THEMES").items() for source in sources],
        "risk": [("risk", source) for source in getattr(module, "SAFEGUARDING")],
        "safe": [("safe", source) for source in getattr(module, "SAFE_STATEMENTS")],
        "weak": [(group, source) for group, sources in getattr(module, "WEAK_SIGNALS", {}).items()
                 for source in sources],
        # Cries are labelled with their language: the words that block one are that language's own.
        "cries": [(getattr(module, "LANGUAGE"), source) for source in getattr(module, "CRIES", ())],
    }


@lru_cache(maxsize=None)
def load(language: str) -> Lexicon:
    module = _module(language)
    lists = _lists(module)
    negators = frozenset(" ".join(tokens(word)) for word in getattr(module, "NEGATORS"))
    text_speak = {fold(key).strip(): tuple(tokens(value)) for key, value in getattr(module, "TEXT_SPEAK").items()}
    blockers = frozenset(" ".join(tokens(word)) for word in getattr(module, "CRY_BLOCKERS", ()))
    markers = {fold(word): weight for word, weight in getattr(module, "ROMAN_MARKERS", {}).items()}
    return Lexicon(language, _matcher(lists["themes"]), _matcher(lists["risk"]), _matcher(lists["safe"]), negators,
                   text_speak, _matcher(lists["weak"]), _matcher(lists["cries"]), blockers, markers)


def _latin(source: str) -> bool:
    return fold(source).isascii()


def _roman_words(text: str) -> tuple[str, ...]:
    return tuple(roman_key(word) for word in tokens(text))


@lru_cache(maxsize=None)
def load_roman(language: str) -> Lexicon:
    """A language's Latin-letter patterns (Roman Urdu, Arabizi) keyed by roman_key, with its ROMAN_SPEAK table of
    spellings that the key alone does not bring together ("bht" -> "bahut")."""
    module = _module(language)
    lists = _lists(module)
    key = roman_key

    def build(name: str) -> Matcher:
        return _matcher(lists[name], key, _latin)

    negators = frozenset(roman_key(word) for word in getattr(module, "NEGATORS") if _latin(word) and " " not in word)
    speak = {roman_key(fold(written).strip()): _roman_words(meant)
             for written, meant in getattr(module, "ROMAN_SPEAK", {}).items()}
    blockers = frozenset(roman_key(word) for word in getattr(module, "CRY_BLOCKERS", ()) if _latin(word))
    return Lexicon(language, build("themes"), build("risk"), build("safe"), negators, speak, build("weak"),
                   build("cries"), blockers)


def custom_matcher(keywords: dict[str, Sequence[str]]) -> Matcher:
    """A matcher for an organisation's own keywords (theme slug -> patterns), in any language."""
    matcher = Matcher()
    for slug, sources in keywords.items():
        for source in sources:
            if (pattern := compile_pattern(source, slug)) is not None:
                matcher.add(pattern)
    return matcher
