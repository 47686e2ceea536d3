"""The stricter screen for a live poll's word answer: a short form of self-harm or suicide given as the whole answer
goes to a person; ordinary words stay ordinary; the comment screen is unchanged by it."""

from __future__ import annotations

import pytest

from participation.analysis.engine import classify
from participation.analysis.word_answers import lone_terms

FLAGGED = [
    "cutting",
    "Cutting",
    "cutting.",
    "cuttinggg",
    "cuttin",
    "ending it",
    "Ending it!",
    "end it all",
    "endin it",
    "die",
    "wanna die",
    "dieee",
    "better off dead",
    "no point",
    "whats the point",
    "what's the point",
    "hopeless",
    "pills",
    "OD",
    "not being here",
    "disappear",
    "starving myself",
    "loads of pills",
    "load of tablets",
    "all my tablets",
    "Too many pills",
]

ORDINARY = [
    "cutting hair",
    "haircut",
    "cuts",
    "budget cuts",
    "ending",
    "the ending",
    "happy ending",
    "ending the day",
    "hanging",
    "hanging out",
    "dead",
    "dead good",
    "pizza",
    "football",
    "point",
    "good point",
    "pill",
    "tablets",
    "more tablets",
    "diet",
    "cutting the cake at the party was the best part",
]


@pytest.mark.parametrize("answer", FLAGGED)
def test_a_lone_short_form_is_flagged(answer):
    assert lone_terms(answer), answer


@pytest.mark.parametrize("answer", ORDINARY)
def test_ordinary_words_are_not(answer):
    assert lone_terms(answer) == (), answer


@pytest.mark.parametrize("answer", ["cutting", "ending it", "pills", "no point", "disappear"])
def test_the_comment_screen_is_unchanged(answer):
    """In a comment these words are ambiguous without context: the comment screen keeps its own judgement, and the
    word answers' screen adds no false alarm to comments."""
    assert not classify(answer).safeguarding


def test_a_sentence_is_for_the_comment_screen():
    assert lone_terms("I think we should stop cutting youth club hours") == ()


@pytest.mark.parametrize("answer", ["graped", "d!e", "D*E", "r*ped", "got graped", "raped"])
def test_masked_and_slang_words_are_flagged_alone(answer):
    """The second outside review's poll words: masked to get past a filter, or in slang."""
    assert lone_terms(answer), answer


@pytest.mark.parametrize("answer", ["grapes", "grape", "dye", "d e", "sad", "dead"])
def test_their_look_alikes_are_not(answer):
    assert lone_terms(answer) == (), answer
