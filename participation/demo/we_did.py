"""The demo's "we did" actions beyond its surveys: answers to what the two forums said at their sessions and in
their live polls, and one thing the board decided itself, so every page that names where something was said has
every kind of source to show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from participation.boards import services as boards
from participation.boards.models import Action, ActionSource, ActionStatus
from participation.demo.boards import months_from
from participation.demo.sessions import COUNCIL, FORUM
from participation.distribution.models import Group
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.polls.models import Poll
from participation.sessions.models import GroupSession


@dataclass(frozen=True)
class Elsewhere:
    """One action: what it answers (a forum's session, ``months`` before the load day; a poll by its code; or the
    board), its words and state. Dates are months from the day the demo is loaded."""

    themes: tuple[str, ...]
    what: str
    owner: str
    status: ActionStatus
    group: str = ""  # a session of this group ...
    months: int = 0  # ... held this many months before the load day
    poll: str = ""  # or the live poll with this code
    due: int | None = None
    done: int | None = None
    translations: tuple[tuple[str, str], ...] = ()


ELSEWHERE: tuple[Elsewhere, ...] = (
    Elsewhere(
        ("housing", "leaving-care"),
        "A housing options guide, written with the Care Leavers Forum, and a housing worker at the forum every "
        "three months to answer your questions.",
        "Leaving Care Team Manager",
        ActionStatus.DONE,
        group=FORUM,
        months=9,
        done=-6,
        translations=(
            (
                "pl",
                "Przewodnik po możliwościach mieszkaniowych, napisany razem z Forum Osób Opuszczających Pieczę, oraz "
                "pracownik ds. mieszkaniowych na forum co trzy miesiące.",
            ),
        ),
    ),
    Elsewhere(
        ("language-and-stigma",),
        "Voices Together now runs part of every new social worker's training, on the words you want used: home, "
        "not placement.",
        "Principal Social Worker",
        ActionStatus.IN_PROGRESS,
        group=COUNCIL,
        months=9,
        due=2,
    ),
    Elsewhere(
        ("money-and-work",),
        "Pocket money for children in care is being looked at again with Voices Together, and the new amounts "
        "will be put on this page.",
        "Head of Service, Children in Care",
        ActionStatus.PLANNED,
        group=COUNCIL,
        months=1,
        due=3,
    ),
    Elsewhere(
        ("family-time", "being-heard"),
        "You chose family time for the next joint meeting with councillors, so that is what it will be about.",
        "Participation Manager",
        ActionStatus.PLANNED,
        poll="MEET26",
        due=1,
    ),
    Elsewhere(
        ("leaving-care",),
        "Personal advisers will go through each pathway plan with the care leaver it is for, in words they "
        "choose, before it is signed.",
        "Leaving Care Team Manager",
        ActionStatus.IN_PROGRESS,
        poll="PATH26",
        due=4,
    ),
    Elsewhere(
        ("being-heard",),
        "Every councillor on the corporate parenting board will spend a day with Voices Together or the Care "
        "Leavers Forum this year.",
        "Chair of Corporate Parenting Board",
        ActionStatus.IN_PROGRESS,
        due=5,
    ),
)


def _session(organisation: Organisation, group: str, today: date, months: int) -> GroupSession | None:
    """The group's session in the month ``months`` before ``today`` (``sessions.load_sessions`` holds one a month)."""
    month = months_from(today, -months).replace(day=1)
    return db.session.scalar(
        select(GroupSession)
        .join(Group, Group.id == GroupSession.group_id)
        .where(
            GroupSession.organisation_id == organisation.id,
            Group.name == group,
            GroupSession.held_on >= month,
            GroupSession.held_on <= months_from(month, 1),
        )
        .order_by(GroupSession.held_on)
    )


def load_actions_elsewhere(organisation: Organisation, today: date) -> int:
    """The actions from sessions, polls and the board, unless the organisation has any already. Returns how many
    were created."""
    if db.session.scalar(
        select(Action.id).where(Action.organisation_id == organisation.id, Action.source != ActionSource.SURVEY)
    ):
        return 0
    created = 0
    for spec in ELSEWHERE:
        if spec.group:
            session = _session(organisation, spec.group, today, spec.months)
            if session is None:
                continue
            origin = boards.from_session(session)
        elif spec.poll:
            poll = db.session.scalar(
                select(Poll).where(Poll.organisation_id == organisation.id, Poll.code == spec.poll)
            )
            if poll is None:
                continue
            origin = boards.from_poll(poll)
        else:
            origin = boards.from_board(organisation.id, months_from(today, -2))
        data = boards.ActionInput(
            themes=spec.themes,
            what=spec.what,
            owner=spec.owner,
            status=spec.status,
            reason="",
            due_on=months_from(today, spec.due) if spec.due is not None else None,
            done_on=months_from(today, spec.done) if spec.done is not None else None,
            evidence_url="",
            evidence_note="",
            translations={language: {"what": text} for language, text in spec.translations},
        )
        boards.save_action(origin, data, user_id=None)
        created += 1
    return created
