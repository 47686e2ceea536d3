"""Every note a young person types on the shared screen is read by a named person by a deadline (the screen promises
that words about harm are read within a working day, and the safeguarding screen misses wording nobody listed), and
words sent just after the worker closed the screen are kept, screened and read, never thrown away."""

from __future__ import annotations

from datetime import UTC, timedelta

from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis.models import SafeguardingCase
from participation.db import utcnow
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.organisations.models import Organisation
from participation.sessions import services as sessions
from participation.sessions.models import GroupSession, NoteSource, SessionNote
from tests import factories
from tests.integration.test_sessions import _hand_over, _notes, _record, _token
from tests.pages import fetch, h1


def _room_form(page) -> dict[str, str]:
    return {
        "csrf_token": _token(page),
        "once": str(page.find("input", {"name": "once"})["value"]),
    }


def _worker(app, session: GroupSession):
    """A second device for the worker (the first is handed to the room and signed out)."""
    with app.app_context():
        org = db.session.get(Organisation, session.organisation_id)
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER, email="reader@example.org")
    own = app.test_client()
    factories.sign_in(own, user, secret)
    return own, user


def test_a_young_persons_note_waits_for_a_named_reader_and_is_escalated_once_when_late(app, client):
    session = _record(app, client)
    fetch(  # the worker's own note: the worker who typed it is its reader
        client,
        f"/staff/sessions/{session.id}",
        method="post",
        status=302,
        data={"text": "They want a later start", "csrf_token": _token(fetch(client, f"/staff/sessions/{session.id}"))},
    )
    page = _hand_over(client, session)
    # Words the safeguarding screen does not flag: until this change nobody had to read them.
    fetch(client, "/room", method="post", status=302, data=_room_form(page) | {"text": "nobody listens at home"})
    own, reader = _worker(app, session)
    notes = {note.text: note for note in _notes(app, session)}
    typed = notes["nobody listens at home"]
    assert typed.arrived_at is not None and typed.read_at is None and not typed.safeguarding
    assert notes["They want a later start"].arrived_at is None
    page = fetch(own, f"/staff/sessions/{session.id}")
    waiting = page.find(id=f"note-{typed.id}")
    assert "Not read yet" in waiting.get_text(" ")
    assert "Not read yet" not in page.find(id=f"note-{notes['They want a later start'].id}").get_text(" ")
    with app.app_context():
        assert [item.note.id for item in sessions.unread_notes(session.organisation_id)] == [typed.id]
        # Not yet late: nobody is told.
        assert sessions.escalate_unread_notes() == 0
        assert sessions.escalate_unread_notes(now=utcnow() + timedelta(days=10)) == 1
        assert sessions.escalate_unread_notes(now=utcnow() + timedelta(days=11)) == 0  # once
        db.session.commit()
        mail = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "unread-session-notes")).all()
    assert {message.to for message in mail} >= {"reader@example.org"}
    assert all("nobody listens" not in message.body for message in mail)
    # A named person marks it read: the first reader is kept and it leaves the list.
    form = waiting.find("form", {"action": f"/staff/sessions/{session.id}/notes/{typed.id}/read"})
    fetch(own, form["action"], method="post", status=302, data={"csrf_token": _token(form)})
    with app.app_context():
        note = db.session.get(SessionNote, typed.id)
        assert note.read_by_id == reader.id and note.read_at is not None
        assert sessions.unread_notes(session.organisation_id) == []
    assert "Not read yet" not in fetch(own, f"/staff/sessions/{session.id}").get_text(" ")


def test_words_sent_just_after_the_worker_closed_the_screen_are_kept_screened_and_read(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    own, _reader = _worker(app, session)
    # The worker closes the screen while a young person is still typing.
    session_page = fetch(own, f"/staff/sessions/{session.id}")
    fetch(
        own,
        f"/staff/sessions/{session.id}/room/close",
        method="post",
        status=302,
        data={"csrf_token": _token(session_page)},
    )
    # Pressing send with no words shows the closed page, as before.
    assert h1(fetch(client, "/room", method="post", status=404, data=_room_form(page) | {"text": "  "})) == (
        "This screen is closed"
    )
    data = _room_form(page) | {"text": "my uncle hits me"}
    kept = fetch(client, "/room", method="post", data=data)
    assert h1(kept) == "Your words are saved"
    assert "Someone at the council will read them" in kept.get_text(" ")
    fetch(client, "/room", method="post", data=data)  # a double tap keeps them once
    notes = _notes(app, session)
    assert [note.text for note in notes] == ["my uncle hits me"]
    assert notes[0].source == NoteSource.YOUNG_PERSON and notes[0].safeguarding and notes[0].read_at is None
    with app.app_context():
        assert db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.session_note_id == notes[0].id))
        assert [item.note.id for item in sessions.unread_notes(session.organisation_id)] == [notes[0].id]
    # The closed screen opens for nobody: a GET still says it is closed.
    assert h1(fetch(client, "/room", status=404)) == "This screen is closed"


def test_words_sent_after_the_grace_are_refused_but_stay_on_the_page(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    own, _reader = _worker(app, session)
    session_page = fetch(own, f"/staff/sessions/{session.id}")
    fetch(
        own,
        f"/staff/sessions/{session.id}/room/close",
        method="post",
        status=302,
        data={"csrf_token": _token(session_page)},
    )
    with app.app_context():
        row = db.session.get(GroupSession, session.id)
        row.room_closed_at = utcnow() - timedelta(hours=sessions.ROOM_GRACE_HOURS, minutes=1)
        db.session.commit()
    refused = fetch(client, "/room", method="post", status=404, data=_room_form(page) | {"text": "my uncle hits me"})
    assert h1(refused) == "This screen is closed"
    assert refused.find("textarea", id="typed").get_text() == "my uncle hits me"
    assert "show them to the worker in the room" in refused.get_text(" ")
    assert "Need help now?" in refused.get_text(" ")
    assert _notes(app, session) == []


def test_a_screen_that_closed_by_itself_keeps_late_words_only_within_the_grace(app, client):
    session = _record(app, client)
    page = _hand_over(client, session)
    with app.app_context():
        row = db.session.get(GroupSession, session.id)
        row.room_opened_at = utcnow() - timedelta(hours=sessions.ROOM_HOURS, minutes=30)
        db.session.commit()
    fetch(client, "/room", method="post", data=_room_form(page) | {"text": "can we have pizza"})
    assert [note.text for note in _notes(app, session)] == ["can we have pizza"]
    with app.app_context():
        row = db.session.get(GroupSession, session.id)
        row.room_opened_at = utcnow() - timedelta(hours=sessions.ROOM_HOURS + sessions.ROOM_GRACE_HOURS, minutes=1)
        db.session.commit()
    fresh = _room_form(page) | {"once": "another-page", "text": "and chips"}
    fetch(client, "/room", method="post", status=404, data=fresh)
    assert [note.text for note in _notes(app, session)] == ["can we have pizza"]


def test_a_note_is_due_in_one_working_day_whatever_the_council_chose_for_survey_comments(app, client):
    """The shared screen tells a young person "someone will read it within one working day"; a council may give
    possible disclosures in survey comments up to three (``read_disclosures_within``). A note's deadline is what the
    young person was told."""
    from participation.analysis.duty import add_working_days

    session = _record(app, client)
    with app.app_context():
        db.session.get(Organisation, session.organisation_id).read_disclosures_within = 3
        db.session.commit()
    page = _hand_over(client, session)
    fetch(client, "/room", method="post", status=302, data=_room_form(page) | {"text": "nobody listens at home"})
    with app.app_context():
        (waiting,) = sessions.unread_notes(session.organisation_id)
        arrived = waiting.note.arrived_at
        arrived = arrived if arrived.tzinfo else arrived.replace(tzinfo=UTC)
        assert waiting.due == add_working_days(arrived, 1)
        assert waiting.due < add_working_days(arrived, 3)
