"""The third outside review of issue 17: a 16 or 17-year-old with a much older partner ("im 16 and my boyfriend is
31", "me (17) and him 29", "hes 35 im 16"), an age written as one word ("14yo", "14y/o"), a relationship with an adult
in a position of trust, and being jumped on the bus ("got jumped on the bus home", "i was jumped on the bus"). Each
went unflagged; each is now a possible disclosure with a case for the safeguarding lead in a survey comment, a
worker's session note, the shared screen in the room, a live poll's word and the message of a request for an
advocate. Their look-alikes stay ordinary: getting on the bus ("i jumped on the bus to town"), ages in a family ("my
sister is 16 and my dad is 40") and a partner of about the same age ("im 17 and my boyfriend is 19")."""

from __future__ import annotations

import pytest

from participation.polls.models import WordState
from tests.integration.test_young_words_screened import (
    _case_texts,
    screened_as_a_survey_comment,
    screened_as_poll_words,
    screened_as_requests_for_an_advocate,
    screened_as_session_notes,
    screened_on_the_shared_screen,
)

# Each short enough (40 letters) to be a live poll's word too.
WORRYING = [
    "im 16 and my boyfriend is 31",
    "me (17) and him 29",
    "hes 35 im 16",
    "im sixteen and hes twenty eight",
    "im 14yo n hes 30",
    "im 15y/o and my bf is 31",
    "im 16 and dating my teacher",
    "got jumped on the bus home",
    "i was jumped on the bus",
    "they jumped on me at the bus stop",
]
ORDINARY = [
    "i jumped on the bus to town",
    "my sister is 16 and my dad is 40",
    "im 17 and my boyfriend is 19",
    "im 16 and my boyfriends dad is 45",
    "my 14yo brother plays fifa all day",
    "my dog jumped on me at the bus stop",
]


@pytest.mark.parametrize("text", WORRYING)
def test_a_survey_comment(app, client, text):
    screened_as_a_survey_comment(app, client, text)


def test_a_workers_session_notes(app, client):
    flagged = screened_as_session_notes(app, client, [*WORRYING, *ORDINARY])
    with app.app_context():
        assert flagged == {**dict.fromkeys(WORRYING, True), **dict.fromkeys(ORDINARY, False)}
        assert _case_texts() == sorted(WORRYING)


def test_the_shared_screen_in_the_room(app, client):
    flagged = screened_on_the_shared_screen(app, client, [*WORRYING, *ORDINARY])
    with app.app_context():
        assert flagged == {**dict.fromkeys(WORRYING, True), **dict.fromkeys(ORDINARY, False)}
        assert _case_texts() == sorted(WORRYING)


def test_a_live_polls_word(app, client):
    states = screened_as_poll_words(app, client, [*WORRYING, *ORDINARY])
    with app.app_context():
        assert states == {**dict.fromkeys(WORRYING, WordState.FLAGGED), **dict.fromkeys(ORDINARY, WordState.WAITING)}
        assert _case_texts() == sorted(WORRYING)


def test_the_message_of_a_request_for_an_advocate(app, client):
    worrying = screened_as_requests_for_an_advocate(app, client, [*WORRYING, *ORDINARY])
    with app.app_context():
        # Which request is which is told by the cases' words: the requests keep theirs encrypted.
        assert sorted(worrying) == [False] * len(ORDINARY) + [True] * len(WORRYING)
        assert _case_texts() == sorted(WORRYING)
