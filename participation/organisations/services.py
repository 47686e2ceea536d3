"""Organisations and who belongs to them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields

from sqlalchemy import select

from participation.accounts.models import Invitation, Membership, Role, User
from participation.audit import services as audit
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


@dataclass(frozen=True)
class Person:
    """Who did something, as an organisation's admin needs to tell people apart: two accounts may share a name, never
    an email address. ``roles`` are those held in the organisation asked about (none for a platform admin who is no
    member of it); the email address is given only for this organisation's members and platform admins."""

    name: str
    email: str
    roles: tuple[Role, ...]
    platform_admin: bool


def people(organisation_id: uuid.UUID, user_ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    if not user_ids:
        return {}
    held: dict[uuid.UUID, list[Role]] = {}
    for membership in db.session.scalars(
        select(Membership).where(Membership.organisation_id == organisation_id, Membership.user_id.in_(user_ids))
    ):
        held.setdefault(membership.user_id, []).append(membership.role)
    found = {}
    for user in db.session.scalars(select(User).where(User.id.in_(user_ids))):
        ours = user.id in held or user.is_platform_admin
        found[user.id] = Person(
            user.name,
            user.email if ours else "",
            tuple(sorted(held.get(user.id, []), key=list(Role).index)),
            user.is_platform_admin,
        )
    return found


def organisation_names() -> dict[uuid.UUID, str]:
    return {organisation.id: organisation.name for organisation in all_organisations()}


@dataclass(frozen=True)
class Settings:
    """What an organisation admin decides for the whole organisation (the settings page)."""

    identity_vault: bool
    compare_opt_in: bool
    read_unsent_disclosures: bool
    read_disclosures_within: int
    read_comments_within: int
    contact_requests_role: str = "participation-worker"
    contact_acknowledge_within: int = 2


def settings_of(organisation: Organisation) -> Settings:
    return Settings(**{item.name: getattr(organisation, item.name) for item in fields(Settings)})


def change_settings(organisation: Organisation, wanted: Settings, user_id: uuid.UUID) -> None:
    """Apply the settings page, auditing each change that was made (and nothing for what stayed the same)."""
    was = settings_of(organisation)
    organisation.identity_vault = wanted.identity_vault
    organisation.compare_opt_in = wanted.compare_opt_in
    organisation.read_unsent_disclosures = wanted.read_unsent_disclosures
    organisation.read_disclosures_within = wanted.read_disclosures_within
    organisation.read_comments_within = wanted.read_comments_within
    organisation.contact_requests_role = wanted.contact_requests_role
    organisation.contact_acknowledge_within = wanted.contact_acknowledge_within
    switched = [
        (was.identity_vault, wanted.identity_vault, "identity-vault-switched-on", "identity-vault-switched-off"),
        (was.compare_opt_in, wanted.compare_opt_in, "comparison-switched-on", "comparison-switched-off"),
        (
            was.read_unsent_disclosures,
            wanted.read_unsent_disclosures,
            "unsent-disclosures-read-on",
            "unsent-disclosures-read-off",
        ),
    ]
    for before, after, on, off in switched:
        if before != after:
            audit.record(on if after else off, organisation_id=organisation.id, user_id=user_id)
    within = (wanted.read_disclosures_within, wanted.read_comments_within)
    if within != (was.read_disclosures_within, was.read_comments_within):
        audit.record(
            "reading-deadlines-changed",
            organisation_id=organisation.id,
            user_id=user_id,
            disclosures=within[0],
            comments=within[1],
        )
    contact = (wanted.contact_requests_role, wanted.contact_acknowledge_within)
    if contact != (was.contact_requests_role, was.contact_acknowledge_within):
        audit.record(
            "contact-requests-settings-changed",
            organisation_id=organisation.id,
            user_id=user_id,
            role=contact[0],
            within=contact[1],
        )
