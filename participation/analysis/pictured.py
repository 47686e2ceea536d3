"""Reading a free-text answer that may hold pictures: in the easy version a young person can pick pictures instead of
typing (``participation.surveys.pictures``). Each picture is read as the words it stands for (``reads_as``), so it is
themed and screened exactly as typing those words would be, whatever the page's language: a picked picture never
passes a case its words would open. One thing more than the words: fear beside a person or a place ("Scared" with
"My home") is always a possible disclosure (``fear_beside``). Words typed beside the pictures are read as always."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from flask import request

from participation.analysis import engine
from participation.analysis.engine import Result
from participation.analysis.lexicon import Matcher
from participation.limits import posted
from participation.surveys.pictures import picture_answer

# Feeling scared beside a person or a place ("Scared" with "My home") is how a child who cannot type says what
# "I am scared at home" says: always a possible disclosure, read by a person, whether or not the words of the two
# pictures, read apart, would have been flagged (they would not: "I feel scared" and "My home").
FEAR = "scared"
NEAR = frozenset({"home", "family", "school", "friends"})


def fear_beside(pictures: Sequence[str] | None) -> tuple[str, ...]:
    """The flagged pairs ("I feel scared + My home") when a fear picture is picked beside a person or a place."""
    chosen = set(pictures or ())
    if FEAR not in chosen:
        return ()
    fear = picture_answer(FEAR)
    assert fear is not None
    return tuple(
        f"{fear.reads_as} + {near.reads_as}"
        for value in sorted(chosen & NEAR)
        if (near := picture_answer(value)) is not None
    )


def words_of(text: str | None, pictures: Sequence[str] | None) -> list[str]:
    """What the screen reads of an answer: the typed text, then the words each picked picture stands for."""
    said = [found.reads_as for value in pictures or () if (found := picture_answer(value)) is not None]
    return [text, *said] if text else said


def classify_answer(
    text: str | None, pictures: Sequence[str] | None, custom: Matcher | None = None, page_language: str | None = None
) -> Result:
    """One free-text answer as the analysis reads it (typed on a page in ``page_language``, where known). The
    language is the typed words' (none for pictures alone); the tone is the most negative of the parts that have
    one; a fear picture beside a person or a place is a possible disclosure (``fear_beside``)."""
    if not pictures:
        return engine.classify(text or "", custom, page_language)
    typed = engine.classify(text, custom, page_language) if text else None
    parts = [engine.classify(words, custom) for words in words_of(None, pictures)]
    feared = fear_beside(pictures)
    parts += [typed] if typed is not None else []
    tones = [part.sentiment for part in parts if part.sentiment is not None]
    safeguarding = any(part.safeguarding for part in parts) or bool(feared)
    listed = typed.listed if typed is not None else True
    return Result(
        language=typed.language if typed is not None else None,
        sentiment=engine.shown_sentiment(min(tones) if tones else None, safeguarding, listed),
        themes=tuple(sorted({theme for part in parts for theme in part.themes})),
        safeguarding=safeguarding,
        risk_terms=tuple(dict.fromkeys([*feared, *(term for part in parts for term in part.risk_terms)])),
        listed=listed,
    )


def may_disclose(text: str | None, pictures: Sequence[str] | None, page_language: str | None = None) -> bool:
    """Screening alone, at the moment of answering: a possible disclosure, or typed words the screen cannot read (or
    typed on a page in a language it has no list for), or a fear picture beside a person or a place."""
    if fear_beside(pictures):
        return True
    typed = bool(text) and engine.must_be_read(str(text), page_language)
    return typed or any(engine.must_be_read(words) for words in words_of(None, pictures))


# How much of a field a limit's check reads: more than any form of a young person's takes.
POSTED_READ = 10_000


def posted_words_worry(*fields: str) -> Callable[[], bool]:
    """For a rate limit's ``exempt_when``: whether a POST's words in ``fields`` may disclose harm. A limit never
    stands between worrying words and a person (TRUST.md: a disclosure is never lost): such a post goes through and
    is stored and screened as ever, however much this address or room has sent, and a flood of them is itself for a
    safeguarding lead to see. Anything else waits for the limit as before."""

    def worry() -> bool:
        if request.method != "POST":
            return False
        # ``posted``: a body too big to read is not exempt, and never makes the limiter count in memory instead.
        return any(may_disclose(posted(field)[:POSTED_READ], None) for field in fields)

    return worry
