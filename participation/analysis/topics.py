"""Emerging topics: words and phrases young people keep using that no theme covers yet. Pure functions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from participation.analysis.normalise import tokens

# Words too common to be a topic in any of the six languages (short words are dropped anyway).
STOPWORDS = frozenset(
    """
about after again also always because been before being cant could dont doesnt didnt does doing down even every
from have having here into just know like little more most much never only other over really same should some still
such than that thats their them then there these they thing things think this those through very want wants wanted
were what when where which while will with would your youre yeah okay dunno people someone something really there
mae ydw ydy dydw dyw oedd bydd gyda wedi hefyd achos ond fy dy ei ein eich eu yn yr ar at gan i o am
jest nie tak jak ale czy jestem bardzo mnie moja moje mój się żeby tylko jeszcze kiedy gdzie tego tym
este sunt care pentru când unde mult foarte doar dar sau nu și să îmi mea meu lui
هذا هذه التي الذي انا انت على الى من في عن مع كان كانت لكن ليس
ہے ہیں میں اور کہ کو کی کا کے سے پر نہیں بھی یہ وہ ہوں تھا تھی
""".split()
)
MIN_COUNT = 3


@dataclass(frozen=True)
class Topic:
    phrase: str
    count: int
    examples: tuple[str, ...]


def emerging(
    comments: Sequence[tuple[str, Sequence[str]]], limit: int = 10, covered: Callable[[str], bool] | None = None
) -> list[Topic]:
    """Frequent words and two-word phrases that no theme covers, with up to three example comments each.

    ``comments`` are (text, themes) pairs; ``covered`` says whether a phrase on its own would get a theme (without
    it, only comments with no theme at all are looked at). A phrase counts once per comment; words of fewer than
    four letters and common words are left out; a word only seen inside a listed phrase is not listed again.
    """
    stop = {word for text in STOPWORDS for word in tokens(text)}
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for text, themes in comments:
        if themes and covered is None:
            continue
        words = [word for word in tokens(text)]
        seen: set[str] = set()
        for index, word in enumerate(words):
            if len(word) >= 4 and word not in stop and not word.isdigit():
                seen.add(word)
            if index + 1 < len(words):
                pair = (word, words[index + 1])
                if all(len(part) >= 3 and part not in stop for part in pair):
                    seen.add(" ".join(pair))
        for phrase in seen:
            counts[phrase] += 1
            if len(examples[phrase]) < 3:
                examples[phrase].append(text)
    phrases = [
        phrase for phrase, count in counts.items() if count >= MIN_COUNT and (covered is None or not covered(phrase))
    ]
    kept = [
        phrase
        for phrase in phrases
        if " " in phrase
        or not any(phrase in other.split() and counts[other] >= counts[phrase] for other in phrases if " " in other)
    ]
    kept.sort(key=lambda phrase: (-counts[phrase], -phrase.count(" "), phrase))
    return [Topic(phrase, counts[phrase], tuple(examples[phrase])) for phrase in kept[:limit]]
