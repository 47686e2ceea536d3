"""A word sent to a one-word poll just after the worker closed it is kept (never shown, never counted), screened and
read by a named person; long after, or where nothing could keep it, it stays on the page, never thrown away."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from participation.analysis.models import SafeguardingCase
from participation.db import utcnow
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.polls import services as polls
from participation.polls.models import Poll, PollAnswer, PollKind
from participation.sessions import services as sessions
from participation.sessions.models import NoteSource, SessionNote
from tests.integration.test_polls import _count, _open_poll, _token
from tests.pages import fetch, h1


def _in_a_session(app, poll: Poll):
    with app.app_context():
        row = db.session.get(Poll, poll.id)
        group = Group(
            organisation_id=row.organisation_id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9
        )
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(row.organisation_id, group.id, date(2027, 3, 14), "Sam", [], {})
        row.session_id = held.id
        db.session.commit()
        return held.id


def _typing_then_closed(app, client, poll: Poll):
    """A phone opens the poll; the worker closes it while the young person is still typing."""
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}")
    staff_page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/close", method="post", status=302, data={"csrf_token": _token(staff_page)})
    return phone, page


def test_a_word_sent_just_after_a_session_poll_closed_is_kept_as_a_young_persons_note_to_read(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    session_id = _in_a_session(app, poll)
    phone, page = _typing_then_closed(app, client, poll)
    # No word: the closed page, as before.
    empty = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": " ", "csrf_token": _token(page)})
    assert h1(empty) == "This poll is closed" and not empty.find("textarea")
    data = {"answer": "my uncle hits me", "csrf_token": _token(page)}
    kept = fetch(phone, f"/p/{poll.code}", method="post", data=data)
    assert h1(kept) == "Your words are saved"
    assert "Someone at the council will read them" in kept.get_text(" ")
    fetch(phone, f"/p/{poll.code}", method="post", data=data)  # a double tap keeps it once
    assert _count(app, poll) == 0  # never on the projector, never in the poll's results
    with app.app_context():
        notes = db.session.scalars(select(SessionNote).where(SessionNote.session_id == session_id)).all()
        assert [(note.text, note.source, note.safeguarding) for note in notes] == [
            ("my uncle hits me", NoteSource.YOUNG_PERSON, True)
        ]
        assert db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.session_note_id == notes[0].id))
        assert [item.note.id for item in sessions.unread_notes(notes[0].organisation_id)] == [notes[0].id]


def test_a_worrying_word_sent_just_after_a_poll_outside_a_session_closed_reaches_the_safeguarding_queue(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    phone, page = _typing_then_closed(app, client, poll)
    kept = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": "he hits me", "csrf_token": _token(page)})
    assert h1(kept) == "Your words are saved"
    with app.app_context():
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).all()
        assert [case.kept["answers"][0]["text"] for case in cases] == ["he hits me"]
    # Words nothing outside a session could keep stay on the page instead of being thrown away.
    refused = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": "pizza", "csrf_token": _token(page)})
    assert h1(refused) == "This poll is closed"
    assert refused.find("textarea", id="typed").get_text() == "pizza"
    assert _count(app, poll) == 0


def test_a_word_sent_long_after_the_poll_closed_stays_on_the_page(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    session_id = _in_a_session(app, poll)
    phone, page = _typing_then_closed(app, client, poll)
    with app.app_context():
        db.session.get(Poll, poll.id).closed_at = utcnow() - timedelta(hours=polls.LATE_WORD_HOURS, minutes=1)
        db.session.commit()
    data = {"answer": "my uncle hits me", "csrf_token": _token(page)}
    refused = fetch(phone, f"/p/{poll.code}", method="post", data=data)
    assert h1(refused) == "This poll is closed"
    assert refused.find("textarea", id="typed").get_text() == "my uncle hits me"
    assert "Need help now?" in refused.get_text(" ")
    with app.app_context():
        assert not db.session.scalars(select(SessionNote).where(SessionNote.session_id == session_id)).all()
    # Opened again, the poll takes answers as before and forgets when it closed.
    staff_page = fetch(client, f"/staff/polls/{poll.id}")
    fetch(client, f"/staff/polls/{poll.id}/open", method="post", status=302, data={"csrf_token": _token(staff_page)})
    with app.app_context():
        assert db.session.get(Poll, poll.id).closed_at is None


def test_words_waiting_for_a_decision_past_the_deadline_are_escalated_once_and_a_decision_reads_them(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    for word in ("pizza", "trips"):
        phone = app.test_client()
        page = fetch(phone, f"/p/{poll.code}")
        fetch(phone, f"/p/{poll.code}", method="post", status=302, data={"answer": word, "csrf_token": _token(page)})
    later = utcnow() + timedelta(days=10)
    with app.app_context():
        assert polls.escalate_waiting_words() == 0  # not yet due
        assert polls.escalate_waiting_words(now=later) == 2
        assert polls.escalate_waiting_words(now=later) == 0  # once
        db.session.commit()
        mail = db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "unread-poll-words")).all()
        assert mail and all("pizza" not in message.body for message in mail)
        assert all(f"/staff/polls/{poll.id}" in message.body for message in mail)
    # A worker who decides on every word has read them: nothing waits in a newer poll once decided.
    with app.app_context():
        newer = polls.create(
            db.session.get(Poll, poll.id).organisation_id, "Another word?", PollKind.WORD, [], None, None
        )
        db.session.commit()
    phone = app.test_client()
    page = fetch(phone, f"/p/{newer.code}")
    fetch(phone, f"/p/{newer.code}", method="post", status=302, data={"answer": "music", "csrf_token": _token(page)})
    with app.app_context():
        row = db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == newer.id)).one()
    staff_page = fetch(client, f"/staff/polls/{newer.id}")
    fetch(
        client,
        f"/staff/polls/{newer.id}/words/{row.id}/hide",
        method="post",
        status=302,
        data={"csrf_token": _token(staff_page)},
    )
    with app.app_context():
        assert polls.escalate_waiting_words(now=later) == 0
