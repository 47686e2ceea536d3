"""One list of everything young people typed in a room that nobody has read yet (the fourth outside review, N7 and
N10): notes from every session's shared screen and words from every one-word poll, late ones included, each with its
deadline; the console's first page counts them; marking one read from the list reads it; nothing of another council
is listed or counted."""

from __future__ import annotations

from datetime import date, timedelta

from participation.accounts.models import Role
from participation.db import utcnow
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.polls import services as polls
from participation.polls.models import PollAnswer, PollKind, PollStatus
from participation.sessions import services as sessions
from participation.sessions.models import NoteSource
from tests import factories
from tests.pages import fetch


def _council(name: str, words: tuple[str, str, str]):
    """A council with a young person's note from the shared screen, a word in an open poll and a word sent just
    after another poll closed, all unread; a worker's own note and a decided word, which wait for nobody."""
    org = factories.organisation(name)
    group = Group(organisation_id=org.id, name=f"{name} forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=9)
    db.session.add(group)
    db.session.flush()
    held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "Sam", [], {})
    sessions.add_note(held, words[0], NoteSource.YOUNG_PERSON, False, "en")
    sessions.add_note(held, f"{name} worker's own note", NoteSource.WORKER, False, "en")
    poll = polls.create(org.id, f"{name}: one word for your home?", PollKind.WORD, [], None, None)
    polls.answer(poll, "phone-1", [], words[1], "en")
    polls.answer(poll, "phone-2", [], "decided", "en")
    decided = db.session.query(PollAnswer).filter_by(poll_id=poll.id, word="decided").one()
    polls.decide_word(poll, decided.id, show=False)
    closed = polls.create(org.id, f"{name}: one word for school?", PollKind.WORD, [], None, None)
    polls.set_status(closed, PollStatus.CLOSED)
    assert polls.keep_late_word(closed, words[2], "en", "phone-3")
    db.session.commit()
    return org, held, poll, closed


def test_the_console_lists_and_counts_every_unread_note_and_word_of_its_own_council_only(app, client):
    with app.app_context():
        org, held, poll, closed = _council("Readshire", ("nobody listens at home", "pizza", "trips"))
        _council("Othershire", ("othershire note", "othershire word", "othershire late"))
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        board, board_secret = factories.staff(org, Role.BOARD_MEMBER, email="board@readshire.example")
    factories.sign_in(client, worker, secret)
    home = fetch(client, "/staff/")
    banner = home.find(class_="govuk-notification-banner")
    assert "3 notes and words young people typed in a room are waiting to be read" in banner.get_text(" ")
    assert banner.find("a")["href"] == "/staff/to-read"
    page = fetch(client, "/staff/to-read")
    text = page.get_text(" ")
    for words in ("nobody listens at home", "pizza", "trips"):
        assert words in text
    assert "othershire" not in text.lower() and "worker's own note" not in text and "decided" not in text
    assert "Notes from the shared screen (1)" in text and "Words from live polls (2)" in text
    listed = {item["id"]: item.get_text(" ") for item in page.select("li[id^=word-]")}
    assert sorted("Sent after the poll closed" in words for words in listed.values()) == [False, True]
    assert "Overdue" not in text and text.count("Due to be read by") == 3
    # A word waiting past its deadline says so.
    with app.app_context():
        row = db.session.query(PollAnswer).filter_by(poll_id=poll.id, word="pizza").one()
        row.arrived_at = utcnow() - timedelta(days=7)
        db.session.commit()
        pizza_id = row.id
        note_id = sessions.unread_notes(org.id)[0].note.id
    page = fetch(client, "/staff/to-read")
    assert "Overdue" in page.find(id=f"word-{pizza_id}").get_text(" ")
    # Marking read from the list reads it, and comes back to the list.
    token = str(page.find("input", {"name": "csrf_token"})["value"])
    back = {"csrf_token": token, "back": "to-read"}
    moved = client.post(f"/staff/sessions/{held.id}/notes/{note_id}/read", data=back)
    assert moved.status_code == 302 and moved.headers["Location"].endswith("/staff/to-read#notes")
    moved = client.post(f"/staff/polls/{poll.id}/words/{pizza_id}/hide", data=back)
    assert moved.status_code == 302 and moved.headers["Location"].endswith("/staff/to-read#words")
    page = fetch(client, "/staff/to-read")
    assert "Every note has been read." in page.get_text(" ")
    assert "pizza" not in page.get_text(" ") and "trips" in page.get_text(" ")
    banner = fetch(client, "/staff/").find(class_="govuk-notification-banner")
    assert "1 note or word young people typed in a room is waiting to be read" in banner.get_text(" ")
    # A board member reads neither the list nor its count.
    other = app.test_client()
    factories.sign_in(other, board, board_secret)
    assert other.get("/staff/to-read").status_code == 403
    assert fetch(other, "/staff/").find(class_="govuk-notification-banner") is None


def test_the_poll_page_says_which_words_are_not_read_yet_and_by_when(app, client):
    with app.app_context():
        org, _held, poll, _closed = _council("Pollread", ("a note", "music", "late"))
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, worker, secret)
    page = fetch(client, f"/staff/polls/{poll.id}")
    rows = {tr.find("td").get_text(strip=True): tr.get_text(" ") for tr in page.select("#words ~ table tbody tr")}
    assert "Not read yet" in rows["music"] and "Due to be read by" in rows["music"]
    assert "Not read yet" not in rows["decided"] and "Not shown" in rows["decided"]
