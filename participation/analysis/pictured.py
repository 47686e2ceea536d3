"""Reading a free-text answer that may hold pictures: in the easy version a young person can pick pictures instead of
typing (``participation.surveys.pictures``). Each picture is read as the words it stands for (``reads_as``), so it is
themed and screened exactly as typing those words would be, whatever the page's language: a picked picture never
opens a case its words would not, and never passes one they would. Words typed beside it are read as always."""

from __future__ import annotations

from collections.abc import Sequence

from participation.analysis import engine
from participation.analysis.engine import Result
from participation.analysis.lexicon import Matcher
from participation.surveys.pictures import picture_answer


def words_of(text: str | None, pictures: Sequence[str] | None) -> list[str]:
    """What the screen reads of an answer: the typed text, then the words each picked picture stands for."""
    said = [found.reads_as for value in pictures or () if (found := picture_answer(value)) is not None]
    return [text, *said] if text else said


def classify_answer(text: str | None, pictures: Sequence[str] | None, custom: Matcher | None = None) -> Result:
    """One free-text answer as the analysis reads it. The language is the typed words' (none for pictures alone);
    the tone is the most negative of the parts that have one."""
    if not pictures:
        return engine.classify(text or "", custom)
    typed = engine.classify(text, custom) if text else None
    parts = [engine.classify(words, custom) for words in words_of(None, pictures)]
    parts += [typed] if typed is not None else []
    tones = [part.sentiment for part in parts if part.sentiment is not None]
    return Result(
        language=typed.language if typed is not None else None,
        sentiment=min(tones) if tones else None,
        themes=tuple(sorted({theme for part in parts for theme in part.themes})),
        safeguarding=any(part.safeguarding for part in parts),
        risk_terms=tuple(dict.fromkeys(term for part in parts for term in part.risk_terms)),
        listed=typed.listed if typed is not None else True,
    )


def may_disclose(text: str | None, pictures: Sequence[str] | None) -> bool:
    """Screening alone, at the moment of answering: a possible disclosure, or typed words the screen cannot read."""
    return any(engine.must_be_read(words) for words in words_of(text, pictures))
