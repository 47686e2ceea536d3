"""The second outside review of issue 17 wrote disclosures as teenagers write them: a child's age beside an adult
partner's, selling oneself for somewhere to stay, rape and sexual assault masked or in slang ("graped", "r*ped",
"SA'd"), wanting to die masked or misspelt ("d!e", "s*icide", "want to dye"), no point living, getting jumped, and a
knife with blood in emoji. Each went unflagged; each is now a possible disclosure with a case for the safeguarding
lead in a survey comment, a worker's session note, the shared screen in the room, a live poll's word and the message
of a request for an advocate. Their look-alikes ("dyed my hair blue", "🔪 and fork", "my carer is dead good") stay
ordinary."""

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

WORRYING = [
    "im 14 n pregnant, hes 23",
    "im 13 and my boyfriend is 19",
    "had to sell myself for somewhere to stay",
    "got graped at a party",
    "he r*ped me",
    "i got SA'd by a lad from the home",
    "i want to d!e",
    "s*icide is on my mind every day",
    "i want to dye",
    "no point livin anymore",
    "i hate my life n want it over",
    "im getting jumped every day after school",
    "🔪🩸 again tonight",
]
ORDINARY = [
    "🔪 and fork",
    "dyed my hair blue",
    "he jumped the queue",
    "the film was killer",
    "I'm 14 and my brother is 19",
    "my carer is dead good",
    "we did a sponsored walk for suicide prevention",
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


def test_a_live_polls_word_with_its_stricter_screen(app, client):
    words = ["graped", "d!e", "wanna dye", "🔪🩸", "dye", "grapes", "knife"]
    states = screened_as_poll_words(app, client, words)
    with app.app_context():
        assert states == {
            **dict.fromkeys(words[:4], WordState.FLAGGED),
            **dict.fromkeys(words[4:], WordState.WAITING),
        }
        assert _case_texts() == sorted(words[:4])


def test_the_message_of_a_request_for_an_advocate(app, client):
    worrying = screened_as_requests_for_an_advocate(app, client, WORRYING)
    with app.app_context():
        assert all(worrying)
        assert _case_texts() == sorted(WORRYING)
