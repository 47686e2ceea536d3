"""Word lists compiled into fast matchers. A pattern is words separated by spaces: ``carer*`` matches any token
starting with "carer", a plain word matches itself or itself plus "s"/"es", and ``...`` allows a gap of up to three
tokens. Comments and patterns are normalised alike (participation.analysis.normalise)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from participation.analysis.normalise import fold, tokens

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

    @property
    def first(self) -> Word:
        first = self.words[0]
        assert first is not None
        return first


def compile_pattern(source: str, label: str) -> Pattern | None:
    words: list[Word | None] = []
    for raw in source.split():
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
            words.append(Word(part, prefix and index == len(parts) - 1))
    while words and words[-1] is None:
        words.pop()
    if not words or words[0] is None:
        return None
    return Pattern(source, label, tuple(words))


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


def find(matcher: Matcher, toks: Sequence[str], fuzzy: bool = True) -> list[Match]:
    """Every pattern occurrence in a token list."""
    found: list[Match] = []
    for start, token in enumerate(toks):
        for pattern in matcher.candidates(token, fuzzy):
            end = _match_from(pattern.words, toks, start)
            if end is not None:
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


def _module(language: str) -> object:
    return importlib.import_module(f"participation.analysis.lexicons.{language}")


@lru_cache(maxsize=None)
def load(language: str) -> Lexicon:
    module = _module(language)
    themes, risk, safe = Matcher(), Matcher(), Matcher()
    for slug, sources in getattr(module, "THEMES").items():
        for source in sources:
            if (pattern := compile_pattern(source, slug)) is not None:
                themes.add(pattern)
    for source in getattr(module, "SAFEGUARDING"):
        if (pattern := compile_pattern(source, "risk")) is not None:
            risk.add(pattern)
    for source in getattr(module, "SAFE_STATEMENTS"):
        if (pattern := compile_pattern(source, "safe")) is not None:
            safe.add(pattern)
    weak = Matcher()
    for group, sources in getattr(module, "WEAK_SIGNALS", {}).items():
        for source in sources:
            if (pattern := compile_pattern(source, group)) is not None:
                weak.add(pattern)
    negators = frozenset(" ".join(tokens(word)) for word in getattr(module, "NEGATORS"))
    text_speak = {fold(key).strip(): tuple(tokens(value)) for key, value in getattr(module, "TEXT_SPEAK").items()}
    return Lexicon(language, themes, risk, safe, negators, text_speak, weak)


def custom_matcher(keywords: dict[str, Sequence[str]]) -> Matcher:
    """A matcher for an organisation's own keywords (theme slug -> patterns), in any language."""
    matcher = Matcher()
    for slug, sources in keywords.items():
        for source in sources:
            if (pattern := compile_pattern(source, slug)) is not None:
                matcher.add(pattern)
    return matcher
