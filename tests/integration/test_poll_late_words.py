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
from participation.sessions.models import SessionNote
from tests.integration.test_polls import _open_poll, _token
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


def _late_words(app, poll: Poll) -> list[tuple[str, str | None, bool]]:
    with app.app_context():
        rows = db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == poll.id, PollAnswer.late.is_(True)))
        return sorted((row.word, row.word_state.value if row.word_state else None, row.late) for row in rows)


def _answered(app, poll: Poll) -> int:
    with app.app_context():
        return polls.results(db.session.get(Poll, poll.id), 5).answered


def test_a_word_sent_just_after_a_session_poll_closed_is_kept_on_the_poll_screened_and_to_be_read(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    session_id = _in_a_session(app, poll)
    phone, page = _typing_then_closed(app, client, poll)
    # No word: the closed page, as before.
    empty = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": " ", "csrf_token": _token(page)})
    assert h1(empty) == "This poll is closed" and not empty.find("textarea")
    data = {"answer": "my uncle hits me", "csrf_token": _token(page)}
    kept = fetch(phone, f"/p/{poll.code}", method="post", data=data)
    assert h1(kept) == "Your words are saved"
    assert "Someone at the council will read them within one working day" in kept.get_text(" ")
    fetch(phone, f"/p/{poll.code}", method="post", data=data)  # a double tap keeps it once
    assert _late_words(app, poll) == [("my uncle hits me", "flagged", True)]
    assert _answered(app, poll) == 0  # never on the projector, never in the poll's results
    with app.app_context():
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).all()
        assert [case.kept["answers"][0]["text"] for case in cases] == ["my uncle hits me"]
        # Kept on the poll (which the session's page lists), not as a note without its source.
        assert not db.session.scalars(select(SessionNote).where(SessionNote.session_id == session_id)).all()


def test_every_word_sent_just_after_a_poll_closed_is_kept_and_waits_for_a_reader_never_shown(app, client):
    poll = _open_poll(app, client, kind="word", options="")
    phone, page = _typing_then_closed(app, client, poll)
    kept = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": "he hits me", "csrf_token": _token(page)})
    assert h1(kept) == "Your words are saved"
    with app.app_context():
        cases = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).all()
        assert [case.kept["answers"][0]["text"] for case in cases] == ["he hits me"]
    # Words the screen lets through are kept too (the fourth outside review, N6: only flagged ones were), and a
    # person reads them by a deadline like any poll word.
    kept = fetch(phone, f"/p/{poll.code}", method="post", data={"answer": "pizza", "csrf_token": _token(page)})
    assert h1(kept) == "Your words are saved"
    assert _late_words(app, poll) == [("he hits me", "flagged", True), ("pizza", "waiting", True)]
    assert _answered(app, poll) == 0
    with app.app_context():
        unread = polls.unread_words(db.session.get(Poll, poll.id).organisation_id)
        assert [item.answer.word for item in unread] == ["pizza"]
        row_id = unread[0].answer.id
    # The worker's page says it is not read yet, by when, and that it came late; it offers no Show.
    staff_page = fetch(client, f"/staff/polls/{poll.id}")
    row = next(tr for tr in staff_page.select("#words ~ table tr") if "pizza" in tr.get_text())
    assert "Not read yet" in row.get_text(" ") and "Due to be read by" in row.get_text(" ")
    assert "Sent after the poll closed" in row.get_text(" ")
    buttons = [button.get_text(" ", strip=True) for button in row.find_all("button")]
    assert buttons == ["Mark as read pizza", "Send to the safeguarding lead pizza"]
    # A Show sent anyway is refused; Mark as read reads it, and it still counts nowhere.
    data = {"csrf_token": _token(staff_page)}
    fetch(client, f"/staff/polls/{poll.id}/words/{row_id}/show", method="post", status=404, data=data)
    fetch(client, f"/staff/polls/{poll.id}/words/{row_id}/hide", method="post", status=302, data=data)
    assert _late_words(app, poll) == [("he hits me", "flagged", True), ("pizza", "hidden", True)]
    with app.app_context():
        assert polls.unread_words(db.session.get(Poll, poll.id).organisation_id) == []
        assert polls.results(db.session.get(Poll, poll.id), 1).words == []


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
        assert polls.escalate_waiting_words(now=later) == 0  # each word once
        db.session.commit()
    # A word that came in after the escalation is escalated in its turn (it used to be once per poll).
    phone = app.test_client()
    page = fetch(phone, f"/p/{poll.code}")
    fetch(phone, f"/p/{poll.code}", method="post", status=302, data={"answer": "games", "csrf_token": _token(page)})
    with app.app_context():
        assert polls.escalate_waiting_words(now=later + timedelta(days=10)) == 1
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
