"""Checks on what young people will read: words they have asked councils not to use, and reading age.

Pure functions, no Flask: usable from the console, the CLI and tests alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Words young people have challenged (PRODUCT.md; children in care councils' own lists) and what they asked for.
DEFAULT_TERMS: tuple[tuple[str, str], ...] = (
    ("placement", "home"),
    ("contact", "family time"),
    ("LAC", "children in care (or just their name)"),
    ("looked after child", "child in care"),
    ("looked-after", "in care"),
    ("vulnerable", "say what support they have or need"),
    ("respite", "short break, or a sleepover"),
    ("care plan", "my plan"),
    ("siblings", "brothers and sisters"),
    ("absconded", "went missing, or left"),
    ("unit", "home"),
    ("LAC review", "my review, or my meeting"),
    ("statutory visit", "visit from your worker"),
    ("service user", "young person"),
)

# Reading ages a band's text should not go above (UK reading ages; plain English guidance for adults).
TARGET_READING_AGE = {"4-7": 7, "8-11": 9, "12-17": 11, "care-leavers": 12, "parents-carers": 12}


@dataclass(frozen=True)
class TermWarning:
    term: str
    suggestion: str
    found: str


def _pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in term.split()]
    body = r"[\s-]+".join(words)
    # Acronyms match exactly (LAC, not "lack"); words also match their plural and simple forms.
    if term.isupper():
        return re.compile(rf"\b{body}s?\b")
    return re.compile(rf"\b{body}(?:s|es|ed|ing)?\b", re.IGNORECASE)


def find_terms(text: str, terms: Iterable[tuple[str, str]]) -> list[TermWarning]:
    """Every avoided term in ``text``, longest terms first so "LAC review" is reported once, not twice."""
    warnings: list[TermWarning] = []
    taken: list[tuple[int, int]] = []
    for term, suggestion in sorted(terms, key=lambda pair: -len(pair[0])):
        for match in _pattern(term).finditer(text or ""):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            warnings.append(TermWarning(term, suggestion, match.group(0)))
    return warnings


_VOWELS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """An estimate good enough for reading age: vowel groups, less a silent final e, at least one."""
    word = word.lower().strip("'")
    if not word:
        return 0
    if len(word) <= 3:
        return 1
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(1, count)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def reading_age(texts: Sequence[str]) -> float | None:
    """Flesch–Kincaid grade plus five, as a UK reading age. Each text counts as at least one sentence, because
    questions and answer labels rarely end in full stops. None when there is no English text to judge."""
    words = 0
    sentences = 0
    syllable_count = 0
    for text in texts:
        found = _WORD.findall(text or "")
        if not found:
            continue
        words += len(found)
        syllable_count += sum(syllables(word) for word in found)
        sentences += max(1, len(_SENTENCE_END.findall(text.strip())))
    if words == 0:
        return None
    grade = 0.39 * (words / sentences) + 11.8 * (syllable_count / words) - 15.59
    return round(max(5.0, grade + 5), 1)
