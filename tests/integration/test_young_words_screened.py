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


def test_a_workers_session_notes(app, client):
    session_id = _session(app, client, "Noteshire")
    for text in [*WORRYING, "we jumped on the trampoline"]:
        page = fetch(client, f"/staff/sessions/{session_id}")
        fetch(
            client,
            f"/staff/sessions/{session_id}",
            method="post",
            status=302,
            data={"text": text, "csrf_token": _token(page)},
        )
    with app.app_context():
        flagged = {note.text: note.safeguarding for note in db.session.scalars(select(SessionNote))}
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
    session_id = _session(app, client, "Roomshire")
    page = fetch(client, f"/staff/sessions/{session_id}")
    form = page.find("form", {"action": f"/staff/sessions/{session_id}/room"})
    assert client.post(form["action"], data={"csrf_token": _token(form)}).status_code == 302
    for text in WORRYING:
        room = fetch(client, "/room")
        fetch(client, "/room", method="post", status=302, data={"text": text, "csrf_token": _token(room)})
    with app.app_context():
        assert all(note.safeguarding for note in db.session.scalars(select(SessionNote)))
        assert _case_texts() == sorted(WORRYING)


def test_a_live_polls_word_with_its_stricter_screen(app, client):
    factories.worker_console(app, client, "Pollshire")
    page = fetch(client, "/staff/polls")
    data = {"question": "One word for how you feel?", "kind": "word", "options": "", "csrf_token": _token(page)}
    fetch(client, "/staff/polls", method="post", status=302, data=data)
    with app.app_context():
        poll = db.session.scalars(select(Poll)).one()
    words = ["im gonna jump", "staff kissed me", "took loads of pills", "loads of pills", "tablets", "trampoline"]
    for word in words:
        phone = app.test_client()
        answer_page = fetch(phone, f"/p/{poll.code}")
        fetch(
            phone,
            f"/p/{poll.code}",
            method="post",
            status=302,
            data={"answer": word, "csrf_token": _token(answer_page)},
        )
    with app.app_context():
        states = {row.word: row.word_state for row in db.session.scalars(select(PollAnswer))}
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
    with app.app_context():
        factories.consultation(factories.organisation("Askshire"), code="askyoung")
    for text in WORRYING:
        page = fetch(client, "/s/askyoung/ask")
        data = {"kind": "call-back", "phone": "07700 900123", "message": text, "csrf_token": _token(page)}
        assert client.post("/s/askyoung/ask", data=data).status_code == 302
    with app.app_context():
        assert all(request.worrying for request in db.session.scalars(select(ContactRequest)))
        assert _case_texts() == sorted(WORRYING)
