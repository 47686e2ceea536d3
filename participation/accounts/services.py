"""Staff accounts, their memberships in councils and their sessions. With ``credentials`` (passwords and second
factors) and ``invitations`` (invitations and emailed links), the only place staff accounts are read or written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from flask import current_app
from sqlalchemy import CursorResult, select, update

from participation.accounts.credentials import hash_password, normalise_email
from participation.accounts.models import Invitation, Membership, Role, StaffSession, User
from participation.db import utcnow
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.pseudonyms import keyed_hash, new_token


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def user_by_id(user_id: uuid.UUID | str | None) -> User | None:
    if not user_id:
        return None
    try:
        return db.session.get(User, uuid.UUID(str(user_id)))
    except ValueError:
        return None


def memberships(user: User) -> list[Membership]:
    """A user's live roles (not disabled by that council), the organisation they joined first leading: that is
    where they start after signing in."""
    held = [membership for membership in user.memberships if membership.disabled_at is None]
    # A membership added in this request has no created_at until it is flushed: it sorts as the newest.
    return sorted(held, key=lambda membership: (aware(membership.created_at or utcnow()), str(membership.id)))


def roles_in(user: User, organisation_id: uuid.UUID | None) -> set[Role]:
    return {membership.role for membership in memberships(user) if membership.organisation_id == organisation_id}


def default_organisation(user: User) -> uuid.UUID | None:
    held = memberships(user)
    return held[0].organisation_id if held else None


def any_organisation(user: User) -> uuid.UUID | None:
    """The organisation an audit row about this account belongs to, even when every membership is disabled."""
    held = sorted(
        user.memberships, key=lambda membership: (aware(membership.created_at or utcnow()), str(membership.id))
    )
    return default_organisation(user) or (held[0].organisation_id if held else None)


def may_sign_in(user: User | None) -> bool:
    """An enabled account with a password and somewhere to work: a live membership, or platform administration."""
    return user is not None and user.is_active and (user.is_platform_admin or bool(memberships(user)))


# --- sessions -------------------------------------------------------------------------------------------------------


def _session_hash(token: str) -> str:
    return keyed_hash("staff-session", token)


def start_session(user: User) -> str:
    """A new server-side session for a user who has passed every factor; returns the token for the cookie."""
    token = new_token()
    now = utcnow()
    db.session.add(
        StaffSession(
            token_hash=_session_hash(token),
            user_id=user.id,
            organisation_id=default_organisation(user),
            created_at=now,
            last_seen_at=now,
        )
    )
    return token


@dataclass(frozen=True)
class SignedIn:
    user: User
    session: StaffSession
    organisation: Organisation | None
    roles: frozenset[Role]


def resume_session(token: str | None) -> SignedIn | None:
    """The signed-in member of staff for a session token, if the session is live and the account enabled."""
    if not token:
        return None
    record = db.session.scalar(select(StaffSession).where(StaffSession.token_hash == _session_hash(token)))
    if record is None or record.revoked_at is not None:
        return None
    now = utcnow()
    idle = timedelta(minutes=current_app.config["STAFF_SESSION_IDLE_MINUTES"])
    longest = timedelta(hours=current_app.config["STAFF_SESSION_MAX_HOURS"])
    if aware(record.last_seen_at) + idle < now or aware(record.created_at) + longest < now:
        record.revoked_at = now
        return None
    user = db.session.get(User, record.user_id)
    if user is None or not user.is_active:
        return None
    if now - aware(record.last_seen_at) > timedelta(minutes=1):
        record.last_seen_at = now
    organisation = db.session.get(Organisation, record.organisation_id) if record.organisation_id else None
    return SignedIn(user, record, organisation, frozenset(roles_in(user, record.organisation_id)))


def aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every time Heard stores is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def end_session(record: StaffSession) -> None:
    record.revoked_at = utcnow()


def revoke_all_sessions(user: User) -> None:
    db.session.execute(
        update(StaffSession)
        .where(StaffSession.user_id == user.id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


# --- disabling and locking ------------------------------------------------------------------------------------------


def withdraw_invitations(organisation_id: uuid.UUID, email: str) -> int:
    """Every open invitation of this address to this council stops working; returns how many there were."""
    result = db.session.execute(
        update(Invitation)
        .where(
            Invitation.organisation_id == organisation_id,
            Invitation.email == normalise_email(email),
            Invitation.accepted_at.is_(None),
            Invitation.expires_at > utcnow(),
        )
        .values(expires_at=utcnow())
    )
    # An UPDATE gives a CursorResult, with its rowcount; Session.execute is typed for any statement.
    return cast(CursorResult[Any], result).rowcount or 0


def disable_membership(organisation_id: uuid.UUID, user: User) -> None:
    """One council stops someone working with it: their roles there end and their sessions there are revoked.
    Their account, and their roles in any other council, are untouched."""
    now = utcnow()
    for membership in user.memberships:
        if membership.organisation_id == organisation_id and membership.disabled_at is None:
            membership.disabled_at = now
    # An invitation sent before must not undo the disabling.
    withdraw_invitations(organisation_id, user.email)
    db.session.execute(
        update(StaffSession)
        .where(
            StaffSession.user_id == user.id,
            StaffSession.organisation_id == organisation_id,
            StaffSession.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )


def enable_membership(organisation_id: uuid.UUID, user: User) -> None:
    for membership in user.memberships:
        if membership.organisation_id == organisation_id:
            membership.disabled_at = None


def membership_disabled(organisation_id: uuid.UUID, user: User) -> bool:
    held = [membership for membership in user.memberships if membership.organisation_id == organisation_id]
    return bool(held) and all(membership.disabled_at is not None for membership in held)


def lock_account(user: User) -> None:
    """Lock an account everywhere and end every session it has, at once. Only a platform admin does this."""
    user.disabled_at = utcnow()
    revoke_all_sessions(user)


def unlock_account(user: User) -> None:
    user.disabled_at = None


# --- accounts -------------------------------------------------------------------------------------------------------


def create_user(
    email: str,
    name: str,
    password: str | None,
    organisation_id: uuid.UUID | None = None,
    roles: tuple[Role, ...] = (),
    *,
    platform_admin: bool = False,
) -> User:
    user = User(
        email=normalise_email(email),
        name=name,
        is_platform_admin=platform_admin,
        password_hash=hash_password(password) if password else None,
    )
    for role in roles:
        user.memberships.append(Membership(organisation_id=organisation_id, role=role, created_at=utcnow()))
    db.session.add(user)
    db.session.flush()
    return user


def all_accounts() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.email)))


def organisations_of(user: User) -> list[Organisation]:
    """Every organisation the user holds a live role in, by name."""
    ids = {membership.organisation_id for membership in memberships(user)}
    if not ids:
        return []
    return list(db.session.scalars(select(Organisation).where(Organisation.id.in_(ids)).order_by(Organisation.name)))


def switch_organisation(record: StaffSession, user: User, organisation_id: uuid.UUID) -> bool:
    """Work in another organisation the user belongs to; nothing happens for one they do not."""
    if organisation_id not in {membership.organisation_id for membership in memberships(user)}:
        return False
    record.organisation_id = organisation_id
    return True
