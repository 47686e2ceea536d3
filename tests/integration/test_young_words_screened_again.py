"""The second outside review of issue 17 wrote disclosures as teenagers write them: a child's age beside an adult
partner's, selling oneself for somewhere to stay, rape and sexual assault masked or in slang ("graped", "r*ped",
"SA'd"), wanting to die masked or misspelt ("d!e", "s*icide", "want to dye"), no point living, getting jumped, and a
knife with blood in emoji. Each went unflagged; each is now a possible disclosure with a case for the safeguarding
lead in a survey comment, a worker's session note, the shared screen in the room, a live poll's word and the message
of a request for an advocate. Their look-alikes ("dyed my hair blue", "🔪 and fork", "my carer is dead good") stay
ordinary."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.contact.models import ContactRequest
from participation.extensions import db
from participation.polls.models import Poll, PollAnswer, WordState
from participation.sessions.models import SessionNote
from tests import factories
from tests.integration.test_young_words_screened import _case_texts, _session, _token, screened_as_a_survey_comment
from tests.pages import fetch

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
    session_id = _session(app, client, "Noteshire")
    for text in [*WORRYING, *ORDINARY]:
        page = fetch(client, f"/staff/sessions/{session_id}")
        data = {"text": text, "csrf_token": _token(page)}
        fetch(client, f"/staff/sessions/{session_id}", method="post", status=302, data=data)
    with app.app_context():
        flagged = {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}
        assert flagged == {**dict.fromkeys(WORRYING, True), **dict.fromkeys(ORDINARY, False)}
        assert _case_texts() == sorted(WORRYING)


def test_the_shared_screen_in_the_room(app, client):
    session_id = _session(app, client, "Roomshire")
    page = fetch(client, f"/staff/sessions/{session_id}")
    form = page.find("form", {"action": f"/staff/sessions/{session_id}/room"})
    assert client.post(form["action"], data={"csrf_token": _token(form)}).status_code == 302
    for text in [*WORRYING, *ORDINARY]:
        room = fetch(client, "/room")
        fetch(client, "/room", method="post", status=302, data={"text": text, "csrf_token": _token(room)})
    with app.app_context():
        flagged = {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}
        assert flagged == {**dict.fromkeys(WORRYING, True), **dict.fromkeys(ORDINARY, False)}
        assert _case_texts() == sorted(WORRYING)


def test_a_live_polls_word_with_its_stricter_screen(app, client):
    factories.worker_console(app, client, "Pollshire")
    page = fetch(client, "/staff/polls")
    data = {"question": "One word for how you feel?", "kind": "word", "options": "", "csrf_token": _token(page)}
    fetch(client, "/staff/polls", method="post", status=302, data=data)
    with app.app_context():
        poll = db.session.scalars(select(Poll)).one()
    words = ["graped", "d!e", "wanna dye", "🔪🩸", "dye", "grapes", "knife"]
    for word in words:
        phone = app.test_client()
        answer_page = fetch(phone, f"/p/{poll.code}")
        data = {"answer": word, "csrf_token": _token(answer_page)}
        fetch(phone, f"/p/{poll.code}", method="post", status=302, data=data)
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
        assert states == {
            **dict.fromkeys(words[:4], WordState.FLAGGED),
            **dict.fromkeys(words[4:], WordState.WAITING),
        }
        assert _case_texts() == sorted(words[:4])


def test_the_message_of_a_request_for_an_advocate(app, client):
    with app.app_context():
        factories.consultation(factories.organisation("Askshire"), code="askyoung")
    for text in WORRYING:
        page = fetch(client, "/s/askyoung/ask")
        data = {"kind": "call-back", "phone": "07700 900123", "message": text, "csrf_token": _token(page)}
        assert client.post("/s/askyoung/ask", data=data).status_code == 302
    with app.app_context():
        assert all(request.worrying for request in db.session.scalars(select(ContactRequest)))
        assert _case_texts() == sorted(WORRYING)
