"""A safeguarding case opened on words said in a room names whom to follow up with: the worker who ran the session
(or made the poll), the group and the day; and never anything of another council's."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import CaseStatus, SafeguardingCase
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.polls import services as polls
from participation.polls.models import PollKind
from participation.sessions import services as sessions
from participation.sessions.models import GroupSession, NoteSource
from tests import factories
from tests.pages import fetch


def _rows(page) -> dict[str, str]:
    return {
        row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
        for row in page.select(".govuk-summary-list__row")
        if row.dt and row.dd
    }


def _lead(app, org):
    with app.app_context():
        user, secret = factories.staff(db.session.merge(org), Role.SAFEGUARDING_LEAD)
    client = app.test_client()
    factories.sign_in(client, user, secret)
    return client


def test_a_session_notes_case_names_who_ran_it_the_group_and_the_day(app):
    with app.app_context():
        org = factories.organisation("Roomshire")
        group = Group(
            organisation_id=org.id, name="Voices Together", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=40
        )
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, date(2027, 3, 14), "Priya Shah", [], {})
        note = sessions.add_note(held, "my carer hits me", NoteSource.YOUNG_PERSON, False, "en")
        case_id = db.session.scalar(select(SafeguardingCase.id).where(SafeguardingCase.session_note_id == note.id))
        db.session.commit()
    page = fetch(_lead(app, org), f"/staff/safeguarding/{case_id}")
    rows = _rows(page)
    assert rows["Group"] == "Voices Together"
    assert rows["Session held on"] == "14 March 2027"
    assert rows["Who to ask"] == "Priya Shah, who ran the session"
    assert page.select_one(".govuk-caption-l").get_text(strip=True) == "A session of a group"
    assert "Said in a session: Voices Together, 14 March 2027" in page.get_text(" ")


def test_a_poll_words_case_names_who_made_the_poll_and_its_group(app):
    with app.app_context():
        org = factories.organisation("Pollroom")
        maker, _secret = factories.staff(org, Role.PARTICIPATION_WORKER, email="maker@example.org")
        maker.name = "Jordan Okafor"
        group = Group(
            organisation_id=org.id, name="Care leavers forum", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=30
        )
        db.session.add(group)
        db.session.flush()
        poll = polls.create(org.id, "One word for the forum?", PollKind.WORD, [], group.id, maker.id)
        polls.answer(poll, "phone", [], "he hits me", "en")
        case_id = db.session.scalar(select(SafeguardingCase.id).where(SafeguardingCase.poll_id == poll.id))
        made = poll.created_at.date()
        db.session.commit()
    lead = _lead(app, org)
    page = fetch(lead, f"/staff/safeguarding/{case_id}")
    rows = _rows(page)
    assert rows["Group"] == "Care leavers forum"
    assert rows["Who to ask"] == "Jordan Okafor, who made the poll"
    assert rows["Poll made on"] == f"{made.day} {made.strftime('%B')} {made.year}"
    assert page.select_one(".govuk-caption-l").get_text(strip=True) == "A live poll"
    # Another council's lead never reaches the case, nor learns whose poll it was.
    with app.app_context():
        other = factories.organisation("Elsewhere")
    outsider = _lead(app, other)
    response = outsider.get(f"/staff/safeguarding/{case_id}")
    assert response.status_code == 404 and "Jordan Okafor" not in response.get_data(as_text=True)


def test_a_case_kept_after_the_purge_still_names_the_session(app):
    with app.app_context():
        org = factories.organisation("Keptshire")
        group = Group(
            organisation_id=org.id, name="Young inspectors", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=12
        )
        db.session.add(group)
        db.session.flush()
        held_on = date.today() - timedelta(days=800)
        held = sessions.create_session(org.id, group.id, held_on, "Priya Shah", [], {})
        note = sessions.add_note(held, "someone touched me", NoteSource.WORKER, False, None)
        case = db.session.scalars(select(SafeguardingCase).where(SafeguardingCase.session_note_id == note.id)).one()
        lead_user = factories.staff(org, Role.SAFEGUARDING_LEAD)[0]
        triage.update(case, CaseStatus.NO_CONCERN, "Talked it through", lead_user)
        sessions.purge(sessions.expired(date.today(), 730), date.today())
        db.session.commit()
        case_id = case.id
    rows = _rows(fetch(_lead(app, org), f"/staff/safeguarding/{case_id}"))
    assert rows["Who to ask"] == "Priya Shah, who ran the session" and rows["Group"] == "Young inspectors"


def test_a_session_notes_case_names_the_worker_who_recorded_the_session_even_after_it_is_deleted(app):
    """'Who ran it' is free text ("the young people, with the participation team"): the worker who recorded the
    session is a person to ask, named on the case, and still named once the session has gone."""
    with app.app_context():
        org = factories.organisation("Recordshire")
        worker, _secret = factories.staff(org, Role.PARTICIPATION_WORKER, email="jo.recorder@example.org")
        worker.name = "Jo Recorder"
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CARE_LEAVERS_FORUM, cohort_size=40)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(
            org.id, group.id, date(2027, 3, 14), "The young people", [], {}, recorded_by_id=worker.id
        )
        note = sessions.add_note(held, "my carer hits me", NoteSource.YOUNG_PERSON, False, "en")
        case_id = db.session.scalar(select(SafeguardingCase.id).where(SafeguardingCase.session_note_id == note.id))
        db.session.commit()
    lead = _lead(app, org)
    rows = _rows(fetch(lead, f"/staff/safeguarding/{case_id}"))
    assert rows["Who to ask"] == "Jo Recorder, who recorded the session The young people, who ran the session"
    with app.app_context():
        db.session.delete(db.session.get(GroupSession, held.id))
        db.session.commit()
    rows = _rows(fetch(lead, f"/staff/safeguarding/{case_id}"))
    assert rows["Who to ask"].startswith("Jo Recorder, who recorded the session")
