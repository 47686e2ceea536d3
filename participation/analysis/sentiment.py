"""A rough English sentiment score for one comment, in [-1, 1]. No Flask, no database.

The score starts from TextBlob's pattern word list (about 2,900 English adjectives and adverbs with a polarity each,
shipped inside TextBlob: no corpora, nothing downloaded). Alone, that list reads "my carer shouts at me and I don't
feel safe at home" as +0.50: it knows "safe" is good, does not see "don't" three words back, and has no word for
shouting.

It is a rough guide, not a measure of anything that matters to safety: the engine (``engine.classify``) never scores a
possible disclosure or a comment the screen could not read, and never scores a comment that is not English.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Scores closer to zero than this are "neutral" wherever a score is put into words (the comments page, the figures
# in bench/sentiment.py and the quality tests): a stray mild word ("new", "social") is not an opinion.
NEUTRAL_BAND = 0.1

NEGATIVE, NEUTRAL, POSITIVE = "negative", "neutral", "positive"
BANDS = (NEGATIVE, NEUTRAL, POSITIVE)


def band(score: float) -> str:
    """The word for a score: negative, neutral or positive."""
    if score <= -NEUTRAL_BAND:
        return NEGATIVE
    if score >= NEUTRAL_BAND:
        return POSITIVE
    return NEUTRAL


@lru_cache(maxsize=1)
def _textblob() -> Any:  # the TextBlob class (TextBlob ships no types)
    # Deferred: importing TextBlob loads NLTK (about 1.8 s); only the sentiment score needs it, once per process.
    from textblob import TextBlob

    return TextBlob


def textblob_polarity(text: str) -> float:
    """TextBlob's own polarity for ``text`` (its pattern analyser), unchanged: what Heard showed before its own
    additions, kept to measure those additions against."""
    return round(float(_textblob()(text).sentiment.polarity), 3)


def score(text: str) -> float:
    """Heard's English score for ``text`` in [-1, 1]."""
    return textblob_polarity(text)
