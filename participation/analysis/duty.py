"""Who answers for what young people wrote, and by when: deadlines in working days, and the people told when one
passes (the case leads for possible disclosures, the readers for the rest)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select

from participation.accounts.models import Membership, Role, User
from participation.extensions import db


def add_working_days(moment: datetime, days: int = 1) -> datetime:
    """The same time ``days`` working days later (Monday to Friday; bank holidays are not known to Heard)."""
    result = moment
    added = 0
    while added < days:
        result += timedelta(days=1)
        if result.weekday() < 5:
            added += 1
    return result


def first_with(organisation_id: uuid.UUID, roles: Sequence[Role]) -> Sequence[User]:
    """The live members holding the first of ``roles`` that anyone in the organisation holds."""
    for role in roles:
        users = db.session.scalars(
            select(User)
            .join(Membership)
            .where(
                Membership.organisation_id == organisation_id,
                Membership.role == role,
                User.disabled_at.is_(None),
                Membership.disabled_at.is_(None),
            )
        ).all()
        if users:
            return users
    return []


def leads(organisation_id: uuid.UUID) -> Sequence[User]:
    """Who is told when a case waits too long: the safeguarding leads, or the organisation admins if none."""
    return first_with(organisation_id, (Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN))
