"""The demo council's requests for an advocate or a call back: a few waiting, acknowledged and closed, over the last
weeks, so the queue, a request's page, its escalation and the board pack's counts have something to show."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from participation.contact import services
from participation.contact.models import ContactKind, ContactRequest, ContactStatus
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys.models import Consultation

# (days ago asked, kind, details, what happened: (status, working days later, note) or None for still new)
REQUESTS = [
    (
        40,
        ContactKind.ADVOCATE,
        services.Details(
            text="07700 900301", name="Jay", good_time="after college", message="Before my pathway plan review"
        ),
        [
            (ContactStatus.ACKNOWLEDGED, 1, "Texted Jay; NYAS advocate booked for the review."),
            (ContactStatus.CLOSED, 6, "Advocate attended the review with Jay."),
        ],
    ),
    (
        26,
        ContactKind.CALL_BACK,
        services.Details(phone="07700 900302", good_time="weekends", message="About my family time arrangements"),
        [(ContactStatus.ACKNOWLEDGED, 2, "Rang on Saturday; meeting with the social worker arranged.")],
    ),
    (
        12,
        ContactKind.ADVOCATE,
        services.Details(email="sam.demo@example.org", name="Sam", language="pl"),
        [(ContactStatus.ACKNOWLEDGED, 3, "Emailed in Polish and English; advocate to visit the home.")],
    ),
    (
        6,  # past two working days whatever the day it is loaded: the queue shows it overdue, escalation sends it
        ContactKind.CALL_BACK,
        services.Details(text="07700 900304", name="Ash", message="I want to join the children in care council"),
        [],
    ),
    (0, ContactKind.ADVOCATE, services.Details(phone="07700 900305", good_time="not before 10am"), []),
]


def load_contact_requests(organisation: Organisation, consultation: Consultation, today: date) -> int:
    """Add the demo's requests unless the council has some already. Returns how many were added."""
    if db.session.scalar(
        select(func.count()).select_from(ContactRequest).where(ContactRequest.organisation_id == organisation.id)
    ):
        return 0
    handler = next(iter(services.handlers(organisation)), None)
    # The requests are dated back after they are asked: the years' published counts are taken once they all are.
    held = services.hold_figures(organisation.id, [today - timedelta(days=days) for days, *_rest in REQUESTS])
    for days_ago, kind, details, steps in REQUESTS:
        request = services.ask(organisation.id, consultation.id, kind, details, "12-17")
        request.asked_on = today - timedelta(days=days_ago)
        if handler is None:
            continue
        for status, working_days, note in steps:
            services.decide(request, status, note, handler)
            at = datetime.combine(services.due_on(request.asked_on, working_days), time(11), tzinfo=UTC)
            request.notes[-1].at = at
            if status == ContactStatus.ACKNOWLEDGED:
                request.acknowledged_at = at
            if status == ContactStatus.CLOSED:
                request.closed_at = at
    services.take_figures(held)
    db.session.flush()
    return len(REQUESTS)
