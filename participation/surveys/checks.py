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

# The first halves of the everyday compounds children read early (something, everyone, nobody, grandparents): such a
# word is read as its two short parts, so it is neither counted by its letters' vowel groups nor as a long word.
_COMPOUND_HEADS = ("some", "any", "every", "no", "grand")
_COMPOUND_TAILS = ("thing", "one", "body", "where", "times", "how", "parent", "mother", "father", "child", "ma", "pa")


def _compound(word: str) -> tuple[str, str] | None:
    for head in _COMPOUND_HEADS:
        rest = word[len(head) :]
        if word.startswith(head) and rest.startswith(_COMPOUND_TAILS):
            return head, rest
    return None


# Common words the vowel groups miscount (ev-ery has a silent middle e).
_SYLLABLES = {"every": 2}


def _vowel_groups(word: str) -> int:
    """Syllables of one simple word: vowel groups, less a silent final e (home, times, lives) or -ed (listened)."""
    if word in _SYLLABLES:
        return _SYLLABLES[word]
    if len(word) <= 3:
        return 1
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    elif (
        word.endswith("es")
        and word[-3] not in "aeiouysxzcg"
        and not word.endswith(("ches", "shes", "les"))
        and count > 1
    ):
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(1, count)


def syllables(word: str) -> int:
    """An estimate good enough for reading age: vowel groups, less a silent final e or -es, at least one; a
    hyphenated word or an everyday compound (some+times, every+one) counts its parts."""
    word = word.lower().strip("'’")
    if not word:
        return 0
    parts = [part for part in re.split(r"[-'’]", word) if part]
    if len(parts) > 1:
        # grown-ups, children's: the possessive or contracted ending adds no syllable of its own.
        return sum(syllables(part) for part in parts if part not in ("s", "t", "ll", "re", "ve", "d", "m"))
    compound = _compound(word)
    if compound:
        return sum(_vowel_groups(part) for part in compound)
    return _vowel_groups(word)


def is_long_word(word: str) -> bool:
    """A word of three or more syllables, which is what makes a sentence hard to read (Gunning's "complex words"),
    except as Gunning counts them: a compound of short words (every+one, grand+parents, grown-ups) and a two-syllable
    word made three by -es, -ed or -ing (managing, finishes) are not long."""
    lowered = word.lower().strip("'’")
    if "-" in lowered:
        return any(is_long_word(part) for part in lowered.split("-") if part)
    lowered = re.sub(r"['’]s?$", "", lowered)
    if syllables(lowered) < 3 or _compound(lowered):
        return False
    for ending in ("ing", "ed", "es"):
        if lowered.endswith(ending):
            stem = lowered[: -len(ending)]
            if syllables(stem) <= 2 and syllables(stem + "e") <= 2:
                return False
    return True


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# What counts towards a sentence's length: words and numbers ("the last 12 months" is four words to a reader).
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


def reading_age(texts: Sequence[str]) -> float | None:
    """Flesch–Kincaid grade plus five, as a UK reading age. Each text counts as at least one sentence, because
    questions and answer labels rarely end in full stops. None when there is no English text to judge.

    The formula was made for running text of at least 100 words: ``band_reading`` gives no reading age below
    ``MIN_WORDS_FOR_READING_AGE`` and judges each sentence instead."""
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


# Flesch counted 100 words as the least a readability score can be worked out on; on a few questions one long word
# moves Flesch–Kincaid by years ("Do you feel listened to?" and three answers scored 7.6 for 4 to 7s).
MIN_WORDS_FOR_READING_AGE = 100


@dataclass(frozen=True)
class BandLimits:
    """What each age band's text should stay within: a reading age (UK reading ages; plain English guidance for
    adults), the words in a sentence (GOV.UK's 25 for adults, fewer for children), and the long words a sentence may
    hold (three syllables or more)."""

    reading_age: int
    sentence_words: int
    long_words: int


BAND_LIMITS: dict[str, BandLimits] = {
    "4-7": BandLimits(reading_age=7, sentence_words=12, long_words=1),
    "8-11": BandLimits(reading_age=9, sentence_words=20, long_words=2),
    "12-17": BandLimits(reading_age=11, sentence_words=25, long_words=3),
    "care-leavers": BandLimits(reading_age=12, sentence_words=25, long_words=3),
    "parents-carers": BandLimits(reading_age=12, sentence_words=25, long_words=3),
}
# Kept for callers that only want the reading age a band's text should not go above.
TARGET_READING_AGE = {band: limits.reading_age for band, limits in BAND_LIMITS.items()}


@dataclass(frozen=True)
class HardSentence:
    """A sentence over its band's limits: how many words it has, and its long words."""

    text: str
    words: int
    long_words: tuple[str, ...]
    too_long: bool
    too_many_long_words: bool


@dataclass(frozen=True)
class BandReading:
    """How hard one band's English is to read: each sentence against the band's limits, and a reading age once
    there are enough words for one."""

    band: str
    words: int
    reading_age: float | None
    limits: BandLimits
    hard: tuple[HardSentence, ...] = ()

    @property
    def target(self) -> int:
        return self.limits.reading_age

    @property
    def too_few_words(self) -> bool:
        """Some text, but too little for a reading age to mean anything."""
        return 0 < self.words < MIN_WORDS_FOR_READING_AGE

    @property
    def too_hard(self) -> bool:
        return bool(self.hard) or (self.reading_age is not None and self.reading_age > self.target)


def sentences_of(text: str) -> list[str]:
    """The sentences of one text: split after full stops, question and exclamation marks; a text with none (an answer,
    a title without its question mark) is one sentence."""
    parts = re.split(r"(?<=[.!?])\s+", (text or "").strip())
    return [part for part in parts if _TOKEN.search(part)]


def band_reading(band: str, texts: Sequence[str]) -> BandReading:
    """Judge the English one band reads (its questions, hints and answers) against the band's limits."""
    limits = BAND_LIMITS[band]
    hard: list[HardSentence] = []
    seen: set[str] = set()
    words = 0
    for text in texts:
        words += len(_WORD.findall(text or ""))
        for sentence in sentences_of(text):
            length = len(_TOKEN.findall(sentence))
            long_words = tuple(word for word in _WORD.findall(sentence) if is_long_word(word))
            too_long, too_many = length > limits.sentence_words, len(long_words) > limits.long_words
            if (too_long or too_many) and sentence not in seen:
                seen.add(sentence)
                hard.append(HardSentence(sentence, length, long_words, too_long, too_many))
    age = reading_age(texts) if words >= MIN_WORDS_FOR_READING_AGE else None
    return BandReading(band, words, age, limits, tuple(hard))
