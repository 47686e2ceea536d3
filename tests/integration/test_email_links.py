"""Every email Heard sends (TRUST.md, "Councils apart"): its links start with HEARD_BASE_URL whatever Host the
request came with, and no email kind goes untested: the kinds are read from the code, so a new one fails here
until a flow below sends it."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis import reading, triage
from participation.contact import services as contact
from participation.contact.models import ContactKind
from participation.db import utcnow
from participation.distribution.models import Group, GroupKind
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.polls import services as polls
from participation.polls.models import PollKind
from participation.sessions import services as sessions
from participation.sessions.models import NoteSource
from tests import factories
from tests.integration.test_councils_apart import post
from tests.integration.test_reidentification import console_for, disclose_through_personal_code, the_case

SOURCE = Path(__file__).resolve().parents[2] / "participation"
BASE = "https://heard.example.org"


def kinds_in_the_code() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"\bsend\(", text):
            kind = re.search(r'kind="([\w-]+)"', text[call.end() : call.end() + 600])
            if kind:
                found.add(kind.group(1))
    return found


def test_every_email_kind_links_only_to_the_base_url(app):
    with app.app_context():
        org = factories.organisation("Mailshire")
        org.identity_vault = True
        consultation = factories.consultation(org, code="mail")
        admin = factories.staff(org, Role.ORGANISATION_ADMIN, email="admin@mail.example")
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        lead = factories.staff(org, Role.SAFEGUARDING_LEAD, email="lead@mail.example")
        factories.staff(org, Role.SAFEGUARDING_LEAD, email="second@mail.example")
        from participation.accounts import services

        services.create_user("unenrolled@mail.example", "Una", factories.STAFF_PASSWORD, org.id, (Role.BOARD_MEMBER,))
        platform = factories.staff(None, platform_admin=True)
        db.session.commit()
    # The requests below say they are for localhost (a trusted host): the links must still use the base URL.
    admin_console = console_for(app, admin)
    post(admin_console.client, "/staff/team", {"email": "new@mail.example", "role": "board-member"})
    post(app.test_client(), "/staff/reset-password", {"email": "lead@mail.example"})
    post(
        app.test_client(), "/staff/sign-in", {"email": "unenrolled@mail.example", "password": factories.STAFF_PASSWORD}
    )
    operator = console_for(app, platform)
    post(operator.client, "/staff/organisations", {"name": "Newshire", "admin_email": "first@newshire.example"})
    disclose_through_personal_code(app, consultation, console_for(app, worker))
    case = the_case(app)
    lead_console = console_for(app, lead)
    lead_console.get(f"/staff/safeguarding/{case.id}")
    lead_console.submit({"reason": "Disclosure of harm; need to act today"}, form_index=0)
    with app.app_context():
        contact.ask(org.id, consultation.id, ContactKind.CALL_BACK, contact.Details(phone="07700 900123"), "12-17")
        group = Group(organisation_id=org.id, name="Forum", kind=GroupKind.CHILDREN_IN_CARE_COUNCIL, cohort_size=9)
        db.session.add(group)
        db.session.flush()
        held = sessions.create_session(org.id, group.id, utcnow().date(), "Sam", [], {})
        sessions.add_note(held, "more trips please", NoteSource.YOUNG_PERSON, False, "en")
        poll = polls.create(org.id, "One word?", PollKind.WORD, [], group.id, None)
        polls.answer(poll, "phone", [], "pizza", "en")
        db.session.commit()
    with app.app_context():
        triage.escalate(now=utcnow() + timedelta(days=10))
        reading.escalate(now=utcnow() + timedelta(days=10))
        contact.escalate(today=contact.today() + timedelta(days=10))
        sessions.escalate_unread_notes(now=utcnow() + timedelta(days=10))
        polls.escalate_waiting_words(now=utcnow() + timedelta(days=10))
        db.session.commit()
        messages = db.session.scalars(select(OutboxMessage)).all()
    sent = {message.kind for message in messages}
    assert len(kinds_in_the_code()) >= 5, "the scan of the code for email kinds found too few"
    assert kinds_in_the_code() <= sent, f"email kinds no flow here sends: {kinds_in_the_code() - sent}"
    for message in messages:
        links = re.findall(r"\w+://[^\s)]+|(?<![\w/])/staff/[^\s)]*|(?<![\w/])/s/[^\s)]*", message.body)
        assert links, f"{message.kind} carries no link"
        for link in links:
            assert link.startswith(BASE + "/"), f"{message.kind}: {link}"
