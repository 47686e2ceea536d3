"""Retention for what is said in a room (TRUST.md, Privacy and "A disclosure is never lost"): a live poll's answers,
words included, go a set time after the poll ended and only its figures as shown stay; a session's notes go when the
retention period counted from the session has passed, except a note an open safeguarding case was opened on, which
stays until a safeguarding lead closes the case."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import CaseStatus, Removal, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls import services as polls
from participation.polls.models import Poll, PollAnswer, PollKind, PollStatus
from participation.sessions import services as sessions
from participation.sessions.models import GroupSession, NoteSource, SessionNote
from tests import factories
from tests.pages import fetch

TODAY = date.today()


def _poll(org_id, kind=PollKind.WORD, options=()):
    return polls.create(org_id, "One word for the forum?", kind, list(options), None, None)


def _count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def _session(org, held_on: date, name: str = "Voices Together") -> GroupSession:
    group = Group(organisation_id=org.id, name=name, kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=40)
    db.session.add(group)
    db.session.flush()
    return sessions.create_session(org.id, group.id, held_on, "Sam Patel", ["Family time"], {"12-17": 9})


def test_a_word_polls_answers_go_after_the_period_and_only_the_total_stays(app, runner):
    with app.app_context():
        org = factories.organisation("Pollpurge")
        poll = _poll(org.id)
        for number, word in enumerate(["pizza", "trips", "music", "games", "football", "he hits me"]):
            polls.answer(poll, f"phone-{number}", [], word, "en")
        polls.set_status(poll, PollStatus.CLOSED)
        case = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.poll_id == poll.id)).one()
        lead = factories.staff(org, Role.SAFEGUARDING_LEAD)[0]
        db.session.commit()
        poll_id, case_id, org_id = poll.id, case.id, org.id
        days = app.config["HEARD_POLL_ANSWER_DAYS"]
    # The day before the period ends, nothing goes.
    early = (TODAY + timedelta(days=days - 1)).isoformat()
    result = runner.invoke(args=["retention", "purge", "--today", early])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert _count(PollAnswer, PollAnswer.poll_id == poll_id) == 6
    when = TODAY + timedelta(days=days)
    result = runner.invoke(args=["retention", "purge", "--dry-run", "--today", when.isoformat()])
    assert "Would remove 6 answers, 6 of them words" in result.output
    result = runner.invoke(args=["retention", "purge", "--today", when.isoformat()])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert _count(PollAnswer, PollAnswer.poll_id == poll_id) == 0
        poll = db.session.get(Poll, poll_id)
        shown = polls.results(poll, 5)
        # How many answered stays as it was shown (taken at 5; the sixth was in no figure), suppressed; no word does.
        assert shown.enough and shown.answered == 5 and shown.words == []
        assert shown.total.count == 5
        # The open case on the worrying word keeps it, marked, until a lead closes it; then the word goes.
        kept = db.session.get(SafeguardingCase, case_id)
        assert kept.status == CaseStatus.NEW and kept.removal == Removal.RETENTION_PURGE
        assert kept.kept["answers"][0]["text"] == "he hits me"
        triage.update(kept, CaseStatus.REFERRED, "Spoke to the forum's worker", db.session.merge(lead))
        db.session.commit()
        closed = db.session.get(SafeguardingCase, case_id)
        assert "text" not in closed.kept["answers"][0] and closed.notes
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "poll-answers-purged"))
        assert event.organisation_id == org_id and event.detail["words"] == 6


def test_a_choice_polls_figures_stay_as_shown_and_a_poll_left_open_is_closed(app):
    with app.app_context():
        org = factories.organisation("Choicepurge")
        poll = _poll(org.id, PollKind.ONE, ["Food", "School", "Family time"])
        for number in range(7):
            polls.answer(poll, f"phone-{number}", [number % 2], None, None)
        before = polls.results(poll, 5)
        assert before.answered == 7 and poll.shown_count == 5
        items = polls.expired(TODAY + timedelta(days=app.config["HEARD_POLL_ANSWER_DAYS"]), 90)
        assert [item.poll.id for item in items] == [poll.id]
        polls.purge(items, TODAY)
        after = polls.results(poll, 5)
        assert [row.cell for row in after.rows] == [row.cell for row in before.rows]
        assert after.answered == 5 and poll.status == PollStatus.CLOSED
        assert _count(PollAnswer, PollAnswer.poll_id == poll.id) == 0
        # Nothing is left to purge, and the closed poll takes no answers.
        assert polls.expired(TODAY + timedelta(days=400), 90) == []


def test_another_organisations_polls_are_left_when_purging_one(app):
    with app.app_context():
        mine, theirs = factories.organisation("Mine"), factories.organisation("Theirs")
        for org in (mine, theirs):
            poll = _poll(org.id)
            polls.answer(poll, "phone", [], "pizza", "en")
        items = polls.expired(TODAY + timedelta(days=90), 90, organisation_id=mine.id)
        assert {item.poll.organisation_id for item in items} == {mine.id}


def test_a_note_with_an_open_safeguarding_case_survives_the_purge(app, runner):
    with app.app_context():
        org = factories.organisation("Notepurge")
        session = _session(org, TODAY - timedelta(days=800))
        ordinary = sessions.add_note(session, "We want more trips in the holidays", NoteSource.WORKER, False, None)
        worrying = sessions.add_note(session, "my carer hits me when I'm late", NoteSource.YOUNG_PERSON, False, "en")
        other = _session(org, TODAY - timedelta(days=800), "Care leavers forum")
        seen = sessions.add_note(other, "someone touched me at the party", NoteSource.WORKER, False, None)
        recent = _session(org, TODAY - timedelta(days=10), "Young inspectors")
        fresh = sessions.add_note(recent, "Pocket money is too low", NoteSource.WORKER, False, None)
        cases = {
            case.session_note_id: case for case in db.session.scalars(select(SafeguardingCase)) if case.session_note_id
        }
        assert set(cases) == {worrying.id, seen.id}
        lead = factories.staff(org, Role.SAFEGUARDING_LEAD)[0]
        triage.update(cases[seen.id], CaseStatus.NO_CONCERN, "Talked it through", lead)
        db.session.commit()
        ids = {"ordinary": ordinary.id, "worrying": worrying.id, "seen": seen.id, "fresh": fresh.id}
        open_case, closed_case = cases[worrying.id].id, cases[seen.id].id
        lead_id = lead.id
    result = runner.invoke(args=["retention", "purge", "--today", TODAY.isoformat()])
    assert result.exit_code == 0, result.output
    assert "Kept 1 notes an open safeguarding case was opened on" in result.output
    with app.app_context():
        left = set(db.session.scalars(select(SessionNote.id)))
        # The open case's note stays whole; the note of a recent session stays; the rest go.
        assert left == {ids["worrying"], ids["fresh"]}
        still = db.session.get(SafeguardingCase, open_case)
        assert still.session_note_id == ids["worrying"] and still.removal is None
        gone = db.session.get(SafeguardingCase, closed_case)
        assert gone.removal == Removal.RETENTION_PURGE and gone.session_note_id is None
        assert "text" not in gone.kept["answers"][0]
        assert gone.kept["said_in"]["run_by"] == "Sam Patel" and gone.notes
        # Once the lead closes the open case, the next purge removes the note and the words on the case.
        triage.update(still, CaseStatus.REFERRED, "Referred to MASH", db.session.get(type(lead), lead_id))
        db.session.commit()
    result = runner.invoke(args=["retention", "purge", "--today", TODAY.isoformat()])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert set(db.session.scalars(select(SessionNote.id))) == {ids["fresh"]}
        closed = db.session.get(SafeguardingCase, open_case)
        assert closed.removal == Removal.RETENTION_PURGE and "text" not in closed.kept["answers"][0]
        assert _count(GroupSession) == 3  # the sessions, their attendance and topics stay for the board's figures


def test_the_session_page_says_its_notes_were_removed(app, client):
    factories.worker_console(app, client, "Pageshire")
    with app.app_context():
        org = db.session.scalar(select(Organisation).where(Organisation.name == "Pageshire"))
        session = _session(org, TODAY - timedelta(days=800))
        sessions.add_note(session, "We want more trips", NoteSource.WORKER, False, None)
        sessions.purge(sessions.expired(TODAY, 730), TODAY)
        db.session.commit()
        session_id = session.id
    text = fetch(client, f"/staff/sessions/{session_id}").get_text(" ")
    assert "notes have been removed: its retention period has ended" in text and "We want more trips" not in text
