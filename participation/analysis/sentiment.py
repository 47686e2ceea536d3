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

from participation import languages
from participation.analysis import lexicon
from participation.analysis.lexicons import en as english
from participation.analysis.normalise import clause_tokens

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


# --- Heard's additions -------------------------------------------------------------------------------------------

# Young people's words the pattern list lacks, or scores for film reviews rather than for what a child in care says
# about their life. Each is one polarity in [-1, 1]; where the pattern list has the word, this replaces it.
WORDS: dict[str, float] = {
    # Being heard, helped and cared for: verbs the adjective list has no entry for.
    **dict.fromkeys(("listen", "listens", "listened", "listening"), 0.4),
    **dict.fromkeys(("help", "helps", "helped", "helping", "helpful"), 0.4),
    # "care" alone is a noun here (in care, leaving care, a care plan): only the verb's other forms score.
    **dict.fromkeys(("cares", "cared", "caring"), 0.4),
    **dict.fromkeys(("explain", "explains", "explained", "understand", "understands", "understood"), 0.3),
    **dict.fromkeys(("trust", "believe", "believed", "enjoy", "enjoyed", "enjoying"), 0.4),
    **dict.fromkeys(("settled", "supported", "grateful", "thankful", "cosy", "relaxed", "lit"), 0.5),
    # Distress and complaint.
    **dict.fromkeys(("shout", "shouts", "shouted", "shouting", "screams", "screaming", "yells", "yelling"), -0.6),
    **dict.fromkeys(("scared", "frightened", "unsafe", "afraid", "terrified", "worried", "worry"), -0.6),
    **dict.fromkeys(("lonely", "alone", "upset", "crying", "cry", "hopeless", "struggling", "stressed"), -0.5),
    **dict.fromkeys(("embarrassed", "embarrassing", "ashamed", "humiliated", "judged"), -0.5),
    **dict.fromkeys(("ignores", "ignored", "ignoring", "forgotten", "cancelled", "cancelling", "cancels"), -0.5),
    **dict.fromkeys(("hate", "hates", "hated", "rubbish", "horrible", "pointless", "depressing"), -0.8),
    **dict.fromkeys(("miss", "missing", "damp", "mould", "mouldy", "noisy", "broke", "broken"), -0.4),
    **dict.fromkeys(("smh", "ffs"), -0.5),
    # Life being hard is worse than the pattern list's "hard" (a hard test, -0.29).
    "hard": -0.4,
    # Mild goods whose absence is the complaint: "my room is not private".
    "private": 0.3,
    # Words that describe rather than judge here: a "social" worker, the "first" time, a "new" worker (more often a
    # complaint than a pleasure), a "little" brother, an "old" school, seeing someone "more", "lol", who I "live"
    # with, "every other" week, "full of" adults.
    **dict.fromkeys(
        ("social", "first", "new", "little", "old", "more", "last", "right", "lol", "live", "other", "full"), 0.0
    ),
}

# Phrases scored as one (checked before single words, on the expanded tokens).
PHRASES: dict[tuple[str, ...], float] = {
    ("fed", "up"): -0.6,
    ("sick", "of"): -0.7,
    ("tired", "of"): -0.6,
    ("waste", "of", "time"): -0.7,
    ("thanks", "for", "nothing"): -0.7,
    ("cant", "be", "bothered"): -0.4,
    ("cba",): -0.4,
    ("too", "long"): -0.4,
    ("too", "little"): -0.4,
    ("too", "short"): -0.4,
    ("too", "much"): -0.3,
    ("cant", "afford"): -0.5,
    ("cant", "get"): -0.4,
    ("cant", "sleep"): -0.5,
    ("cant", "pay"): -0.5,
    ("couldnt", "get"): -0.4,
    ("cant", "complain"): 0.4,
    ("cant", "wait"): 0.6,
    ("dont", "mind"): 0.3,
    ("wouldnt", "change"): 0.5,
    ("dont", "get"): -0.4,
    ("doesnt", "get"): -0.4,
    ("never", "get", "to"): -0.4,
    ("nothing", "to", "do"): -0.5,
    # Hedged or wished, not felt: "it's fine i guess", "not sure", "it would help if".
    ("fine", "i", "guess"): 0.0,
    ("ok", "i", "guess"): 0.0,
    ("not", "sure"): 0.0,
    ("would", "help"): 0.0,
}
# Words whose absence is the complaint: negated, they count this much ("i haven't got enough money").
WHEN_NEGATED: dict[str, float] = {"enough": -0.5}
# "like" is liking only after one of these ("i like my school", "i don't like it"), not "like a case file".
LIKERS = frozenset(
    {"i", "we", "they", "you", "really", "dont", "doesnt", "didnt", "do", "does", "did", "also", "still"}
)
_LONGEST_PHRASE = max(len(phrase) for phrase in PHRASES)

# Text-speak the safeguarding lists do not need but a score does ("gd", "nt"); the English lexicon's own table
# (TEXT_SPEAK: "gr8", "luv", "neva", "no1", "sw") is applied first.
SPEAK: dict[str, tuple[str, ...]] = {
    "gd": ("good",),
    "nt": ("not",),
    "w8": ("wait",),
    "rly": ("really",),
    "carerz": ("carers",),
    "fam": ("family",),
    "u": ("you",),
}

# A word is negated by one of these up to NEGATION_WINDOW words before it in the same clause (the pattern list only
# sees "not" straight before: "i don't feel safe" was +0.50). Negated, a word counts -0.5 times its polarity, as the
# pattern list's own "not good" does ("not bad" is mildly good, "not safe" mildly bad).
NEGATORS = frozenset(english.NEGATORS) | {"nothing", "without", "hardly"}
NEGATION_WINDOW = 3
NEGATED = -0.5
# "nobody" and "no one" are a complaint where nothing they negate has a score ("nobody told me", "no one rings").
NOBODY = -0.3
# What follows "but" or "except" is what the comment is about ("my carers are nice but i miss my mum").
TURNS = frozenset({"but", "except", "although", "though"})
AFTER_TURN = 3.0

# Sarcasm: praise beside a grievance ("yeah great another new social worker", "fantastic, my PA cancelled again")
# is read as the grievance. Only these words of praise turn, and only beside one of the grievance words; a comment
# that ends on a lone "not" ("so helpful, not") turns whatever praise it holds.
PRAISE = frozenset(
    {
        "great",
        "brilliant",
        "fantastic",
        "amazing",
        "perfect",
        "wow",
        "love",
        "cheers",
        "thanks",
        "best",
        "nice",
        "lovely",
    }
)
GRIEVANCE = frozenset(
    {
        "again",
        "another",
        "nobody",
        "noone",
        "never",
        "lost",
        "losing",
        "cancelled",
        "late",
        "waiting",
        "waited",
        "nothing",
    }
)
SARCASM_OPENERS = frozenset(
    {("oh", "yeah"), ("yeah", "right"), ("oh", "great"), ("oh", "brilliant"), ("yeah", "great")}
)


@lru_cache(maxsize=1)
def _pattern() -> Any:  # TextBlob's pattern word list (a dict-like Sentiment; TextBlob ships no types)
    # Deferred like TextBlob itself (importing it loads NLTK, about 1.8 s): only a score needs it, once per process.
    from textblob.en import sentiment as pattern

    return pattern


@lru_cache(maxsize=1)
def _speak() -> dict[str, tuple[str, ...]]:
    table = dict(lexicon.load(languages.SOURCE).text_speak)
    table.update(SPEAK)
    return table


def _words(text: str) -> tuple[list[str], list[int]]:
    """Tokens with text-speak spelled out, and each token's clause."""
    table = _speak()
    words: list[str] = []
    clauses: list[int] = []
    for token, clause in clause_tokens(text):
        for word in table.get(token, (token,)):
            words.append(word)
            clauses.append(clause)
    return words, clauses


def _polarity(word: str) -> float | None:
    """A word's polarity out of context (None: not scored)."""
    if word in WORDS:
        return WORDS[word] or None
    entry = _pattern().get(word)
    if not entry or None not in entry:
        return None
    return float(entry[None][0]) or None


def _negated(words: list[str], clauses: list[int], at: int) -> bool:
    return any(
        words[index] in NEGATORS and clauses[index] == clauses[at] for index in range(max(0, at - NEGATION_WINDOW), at)
    )


def _in_context(words: list[str], clauses: list[int], at: int) -> float | None:
    """A word's polarity where it stands: "like" only after a liker, negation a few words back, and the words
    whose absence is the complaint."""
    word = words[at]
    negated = _negated(words, clauses, at)
    if negated and word in WHEN_NEGATED:
        return WHEN_NEGATED[word]
    if word == "like" and (at == 0 or words[at - 1] not in LIKERS):
        return None
    value = 0.4 if word == "like" else _polarity(word)
    if value is not None and negated:
        return value * NEGATED
    return value


def _sarcasm(words: list[str], clauses: list[int]) -> str | None:
    """ "all" when the whole comment is sarcastic (a lone "not" at the end, "oh yeah ..."): every positive word
    turns; "praise" when words of praise stand beside a grievance: those words turn; None otherwise."""
    if words[-1] == "not" and len(words) > 1 and clauses[-1] != clauses[-2]:
        return "all"
    if any(pair in SARCASM_OPENERS for pair in zip(words, words[1:], strict=False)):
        return "all"
    if any(word in PRAISE for word in words) and any(word in GRIEVANCE for word in words):
        return "praise"
    return None


def score(text: str) -> float:
    """Heard's English score for ``text`` in [-1, 1]: the pattern list's polarity of each scored word or phrase,
    with Heard's words and phrases (``WORDS``, ``PHRASES``), negation a few words back in the same clause, the part
    after "but" counting double, and praise beside a grievance read as sarcasm; 0.0 when nothing is scored."""
    words, clauses = _words(text)
    if not words:
        return 0.0
    sarcasm = _sarcasm(words, clauses)
    total = weight = 0.0
    turned = False
    index = 0
    while index < len(words):
        word = words[index]
        if word in TURNS:
            turned = True
        value, length = None, 1
        for size in range(min(_LONGEST_PHRASE, len(words) - index), 0, -1):
            if (phrase := tuple(words[index : index + size])) in PHRASES:
                value, length = PHRASES[phrase], size
                break
        if value is None:
            value = _in_context(words, clauses, index)
            if value is None and (word in ("nobody", "noone") or words[index : index + 2] == ["no", "one"]):
                following = range(index + 1, min(len(words), index + 1 + NEGATION_WINDOW))
                if not any(_polarity(words[at]) for at in following if clauses[at] == clauses[index]):
                    value = NOBODY
        if value is not None:
            if value > 0 and (sarcasm == "all" or (sarcasm == "praise" and word in PRAISE)):
                value = -value
            share = AFTER_TURN if turned else 1.0
            total += value * share
            weight += share
        index += length
    return round(max(-1.0, min(1.0, total / weight)), 3) if weight else 0.0
