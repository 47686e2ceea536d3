"""The demo's live polls: three polls asked at its two forums, with answers, so the projector and the poll pages
have something to show (and something suppressed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select

from participation.demo.boards import months_from
from participation.distribution.models import Group
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls import services as polls
from participation.polls.models import Poll, PollAnswer, PollKind, PollStatus
from participation.sessions.models import GroupSession


@dataclass(frozen=True)
class DemoPoll:
    code: str  # fixed, so the demo's notes can name it
    group: str
    question: str
    kind: PollKind
    options: tuple[str, ...]
    # The answers, one per phone: option indexes (one each for choose one and the face scale) or a word.
    answers: tuple[int | str, ...]
    status: PollStatus
    approved: tuple[str, ...] = ()
    asked: int = 0  # months before the day the demo is loaded


CICC = "Voices Together (children in care council)"
FORUM = "Care Leavers Forum"

DEMO_POLLS = (
    DemoPoll(
        "MEET26",
        CICC,
        "What should the next joint meeting with councillors be about?",
        PollKind.ONE,
        ("Family time", "Pocket money", "Moving placement", "School trips"),
        # Family time 8, pocket money 5, moving 2, school trips 0 of 15: the 2 is hidden, and with it the 0 and the 5
        # (a hidden 0 beside a hidden 2 would still give the 2 away). Fifteen, so the figures were last taken (every
        # five answers: services.take_figures) with the last answer and count them all.
        (0, 1, 0, 2, 0, 1, 0, 1, 0, 2, 1, 0, 1, 0, 0),
        PollStatus.OPEN,
        asked=-1,
    ),
    DemoPoll(
        "PATH26",
        FORUM,
        "How do you feel about your pathway plan?",
        PollKind.FACES,
        (),
        (3, 2, 3, 1, 3, 2, 4, 3, 2, 3, 0, 3, 2, 1, 3, 2, 3, 4, 2, 3, 1, 2),
        PollStatus.CLOSED,
        asked=-2,
    ),
    DemoPoll(
        "KEYS26",
        FORUM,
        "One word for moving into your first flat",
        PollKind.WORD,
        (),
        ("scary", "freedom", "lonely", "exciting", "bills", "freedom", "quiet", "exciting", "bills", "proud", "cold"),
        PollStatus.OPEN,
        approved=("freedom", "exciting", "bills", "proud", "scary"),
    ),
)


def load_polls(organisation: Organisation, today: date | None = None) -> int:
    """Create whichever of the demo's polls is missing, with its answers, asked in the months before ``today`` (the
    day the demo is loaded). Returns how many were created."""
    today = today or date.today()
    groups = {
        group.name: group.id
        for group in db.session.scalars(select(Group).where(Group.organisation_id == organisation.id))
    }
    created = 0
    for spec in DEMO_POLLS:
        if db.session.scalar(select(Poll.id).where(Poll.code == spec.code)) is not None:
            continue
        poll = polls.create(organisation.id, spec.question, spec.kind, spec.options, groups.get(spec.group), None)
        poll.code = spec.code
        poll.created_at = datetime.combine(months_from(today, spec.asked), time(17), tzinfo=UTC)
        for number, given in enumerate(spec.answers):
            token = str(uuid.uuid5(uuid.NAMESPACE_URL, f"heard-demo-poll:{spec.code}:{number}"))
            if isinstance(given, str):
                polls.answer(poll, token, [], given, "en")
            else:
                polls.answer(poll, token, [given], None, "en")
        for row in db.session.scalars(select(PollAnswer).where(PollAnswer.poll_id == poll.id)):
            if row.word in spec.approved:
                polls.decide_word(poll, row.id, True)
        poll.status = spec.status
        created += 1
    db.session.flush()
    return created


def attach_to_sessions(organisation: Organisation) -> int:
    """Each demo poll belongs to its group's session in the month it was asked (loaded after the sessions), so a
    session's page lists the polls run in it. Returns how many polls were attached."""
    attached = 0
    for spec in DEMO_POLLS:
        poll = db.session.scalar(select(Poll).where(Poll.code == spec.code, Poll.organisation_id == organisation.id))
        if poll is None or poll.session_id is not None or poll.group_id is None:
            continue
        asked = poll.created_at.date()
        held = db.session.scalars(
            select(GroupSession)
            .where(GroupSession.organisation_id == organisation.id, GroupSession.group_id == poll.group_id)
            .order_by(GroupSession.held_on.desc())
        )
        session = next(
            (row for row in held if (row.held_on.year, row.held_on.month) == (asked.year, asked.month)), None
        )
        if session is not None:
            poll.session_id = session.id
            attached += 1
    db.session.flush()
    return attached
