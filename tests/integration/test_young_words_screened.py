"""The outside review of issue 17: "i took a load of tablets", "im going to jump" and "one of the staff kissed me" went
unflagged wherever the screen runs. Each is now a possible disclosure, with a case for the safeguarding lead, in a
survey comment, a worker's session note, the shared screen in the room, a live poll's word (with its stricter
screen) and the message of a request for an advocate; their look-alikes stay ordinary."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from participation.analysis.models import AnswerAnalysis, SafeguardingCase
from participation.contact.models import ContactRequest
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll, PollAnswer, WordState
from participation.sessions import services as sessions
from participation.sessions.models import SessionNote
from tests import factories
from tests.journey import Journey
from tests.pages import fetch

WORRYING = ["i took a load of tablets", "im going to jump", "one of the staff kissed me"]


def _token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def _case_texts() -> list[str]:
    return sorted(str(case.kept["answers"][0]["text"]) for case in db.session.scalars(select(SafeguardingCase)))


@pytest.mark.parametrize("text", WORRYING)
def test_a_survey_comment(app, client, text):
    screened_as_a_survey_comment(app, client, text)


def screened_as_a_survey_comment(app, client, text: str) -> None:  # type: ignore[no-untyped-def]
    """``text`` written in a survey's comment box and sent: one case, on that answer, with its risk terms."""
    with app.app_context():
        factories.consultation(code="young")
    journey = Journey(client, "young")
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": text})
    # The young person is told at once that someone will read it, with the helplines.
    assert journey.page.select_one(".heard-safety[role=status]") is not None
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        [flagged] = db.session.scalars(select(AnswerAnalysis).where(AnswerAnalysis.safeguarding)).all()
        case = db.session.scalars(select(SafeguardingCase)).one()
        assert case.answer_id == flagged.answer_id and flagged.risk_terms


def _session(app, client, council: str):
    factories.worker_console(app, client, council)
    with app.app_context():
        org = db.session.scalar(select(Organisation).where(Organisation.name == council))
        group = Group(organisation_id=org.id, name="Voices", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=20)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "Sam", [], {})
        db.session.commit()
        return held.id


def screened_as_session_notes(app, client, texts: list[str]) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Each of ``texts`` written by a worker as a note of a session: each note's words -> whether it was flagged."""
    session_id = _session(app, client, "Noteshire")
    for text in texts:
        page = fetch(client, f"/staff/sessions/{session_id}")
        data = {"text": text, "csrf_token": _token(page)}
        fetch(client, f"/staff/sessions/{session_id}", method="post", status=302, data=data)
    with app.app_context():
        return {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}


def screened_on_the_shared_screen(app, client, texts: list[str]) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    """Each of ``texts`` sent to the shared screen in the room: each note's words -> whether it was flagged."""
    session_id = _session(app, client, "Roomshire")
    page = fetch(client, f"/staff/sessions/{session_id}")
    form = page.find("form", {"action": f"/staff/sessions/{session_id}/room"})
    assert client.post(form["action"], data={"csrf_token": _token(form)}).status_code == 302
    for text in texts:
        room = fetch(client, "/room")
        fetch(client, "/room", method="post", status=302, data={"text": text, "csrf_token": _token(room)})
    with app.app_context():
        return {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}


def screened_as_poll_words(app, client, words: list[str]) -> dict[str, WordState]:  # type: ignore[no-untyped-def]
    """Each of ``words`` sent from its own phone to a live poll asking for a word: each word -> its state."""
    factories.worker_console(app, client, "Pollshire")
    page = fetch(client, "/staff/polls")
    data = {"question": "One word for how you feel?", "kind": "word", "options": "", "csrf_token": _token(page)}
    fetch(client, "/staff/polls", method="post", status=302, data=data)
    with app.app_context():
        poll = db.session.scalars(select(Poll)).one()
    for word in words:
        phone = app.test_client()
        answer_page = fetch(phone, f"/p/{poll.code}")
        data = {"answer": word, "csrf_token": _token(answer_page)}
        fetch(phone, f"/p/{poll.code}", method="post", status=302, data=data)
    with app.app_context():
        return {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}


def screened_as_requests_for_an_advocate(app, client, texts: list[str]) -> list[bool]:  # type: ignore[no-untyped-def]
    """Each of ``texts`` sent as the message of a request for an advocate: whether each request was worrying."""
    with app.app_context():
        factories.consultation(factories.organisation("Askshire"), code="askyoung")
    for text in texts:
        page = fetch(client, "/s/askyoung/ask")
        data = {"kind": "call-back", "phone": "07700 900123", "message": text, "csrf_token": _token(page)}
        assert client.post("/s/askyoung/ask", data=data).status_code == 302
    with app.app_context():
        return [request.worrying for request in db.session.scalars(select(ContactRequest))]


def test_a_workers_session_notes(app, client):
    flagged = screened_as_session_notes(app, client, [*WORRYING, "we jumped on the trampoline"])
    with app.app_context():
        assert flagged == {**dict.fromkeys(WORRYING, True), "we jumped on the trampoline": False}
        assert _case_texts() == sorted(WORRYING)
        # The lead is shown the words of the list that matched ("staff* ... kis* me"), not every alternative.
        terms = [
            term
            for case in db.session.scalars(select(SafeguardingCase))
            for term in case.kept["answers"][0]["risk_terms"]
        ]
        assert terms and not any("|" in term for term in terms), terms


def test_the_shared_screen_in_the_room(app, client):
    flagged = screened_on_the_shared_screen(app, client, WORRYING)
    with app.app_context():
        assert all(flagged.values())
        assert _case_texts() == sorted(WORRYING)


def test_a_live_polls_word_with_its_stricter_screen(app, client):
    words = ["im gonna jump", "staff kissed me", "took loads of pills", "loads of pills", "tablets", "trampoline"]
    states = screened_as_poll_words(app, client, words)
    with app.app_context():
        assert states == {
            "im gonna jump": WordState.FLAGGED,
            "staff kissed me": WordState.FLAGGED,
            "took loads of pills": WordState.FLAGGED,
            # No verb: the comment screen lets it pass, the word answers' stricter screen does not.
            "loads of pills": WordState.FLAGGED,
            # The computer a youth club asks for, and a trampoline: ordinary.
            "tablets": WordState.WAITING,
            "trampoline": WordState.WAITING,
        }
        assert _case_texts() == sorted(words[:4])


def test_the_message_of_a_request_for_an_advocate(app, client):
    worrying = screened_as_requests_for_an_advocate(app, client, WORRYING)
    with app.app_context():
        assert all(worrying)
        assert _case_texts() == sorted(WORRYING)
