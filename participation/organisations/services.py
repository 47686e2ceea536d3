"""Organisations and who belongs to them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import select

from participation.accounts.models import Invitation, Membership, User
from participation.db import utcnow
from participation.extensions import db
from participation.organisations.models import Organisation


def get(organisation_id: uuid.UUID) -> Organisation | None:
    return db.session.get(Organisation, organisation_id)


def all_organisations() -> Sequence[Organisation]:
    return db.session.scalars(select(Organisation).order_by(Organisation.name)).all()


def create(name: str) -> Organisation:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:50] or "organisation"
    slug, number = base, 1
    while db.session.scalar(select(Organisation.id).where(Organisation.slug == slug)) is not None:
        number += 1
        slug = f"{base}-{number}"
    organisation = Organisation(name=name, slug=slug)
    db.session.add(organisation)
    db.session.flush()
    return organisation


def members(organisation_id: uuid.UUID) -> list[tuple[User, list[Membership]]]:
    rows = db.session.scalars(
        select(Membership)
        .where(Membership.organisation_id == organisation_id)
        .join(Membership.user)
        .order_by(User.name)
    ).all()
    grouped: dict[uuid.UUID, tuple[User, list[Membership]]] = {}
    for membership in rows:
        grouped.setdefault(membership.user_id, (membership.user, []))[1].append(membership)
    return list(grouped.values())


def member(organisation_id: uuid.UUID, user_id: uuid.UUID) -> User | None:
    """A user, only if they belong to this organisation."""
    return db.session.scalar(
        select(User).join(Membership).where(Membership.organisation_id == organisation_id, User.id == user_id)
    )


def open_invitations(organisation_id: uuid.UUID) -> Sequence[Invitation]:
    return db.session.scalars(
        select(Invitation)
        .where(
            Invitation.organisation_id == organisation_id,
            Invitation.accepted_at.is_(None),
            Invitation.expires_at > utcnow(),
        )
        .order_by(Invitation.created_at.desc())
    ).all()


def user_names(user_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not user_ids:
        return {}
    return {user.id: user.name for user in db.session.scalars(select(User).where(User.id.in_(user_ids)))}


def organisation_names() -> dict[uuid.UUID, str]:
    return {organisation.id: organisation.name for organisation in all_organisations()}
