"""Passwords, second factors, sessions, invitations and resets. The only place staff accounts are read or written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import CursorResult, select, update

from participation import crypto
from participation.accounts import totp
from participation.accounts.models import (
    Invitation,
    LinkPurpose,
    Membership,
    PasswordReset,
    Role,
    StaffSession,
    User,
)
from participation.db import utcnow
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.pseudonyms import keyed_hash, new_token

_hashers: dict[bool, PasswordHasher] = {}


def _hasher() -> PasswordHasher:
    """Argon2id with argon2-cffi's RFC 9106 "low memory" profile: strong, and quick enough on a council's small
    server. The test suite asks for a cheap profile (ARGON2_FAST) so hundreds of sign-ins stay quick."""
    fast = bool(current_app.config.get("ARGON2_FAST"))
    if fast not in _hashers:
        _hashers[fast] = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1) if fast else PasswordHasher()
    return _hashers[fast]


# A hash to check against when the email is unknown, so timing does not reveal which emails have accounts.
_dummy_hashes: dict[int, str] = {}


def _dummy_hash() -> str:
    hasher = _hasher()
    if id(hasher) not in _dummy_hashes:
        _dummy_hashes[id(hasher)] = hasher.hash("not a real password")
    return _dummy_hashes[id(hasher)]


MIN_PASSWORD_LENGTH = 12
INVITATION_DAYS = 7
RESET_HOURS = 2
ENROLMENT_HOURS = 24


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def check_password(user: User | None, password: str) -> bool:
    if user is None or not user.password_hash:
        try:
            _hasher().verify(_dummy_hash(), password)
        except VerificationError:
            pass
        return False
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = _hasher().hash(password)
    return True


def encrypt_secret(secret: str) -> str:
    return crypto.encrypt("ACCOUNT_SECRETS_KEY", secret)


def decrypt_secret(token: str) -> str | None:
    return crypto.decrypt("ACCOUNT_SECRETS_KEY", token)


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def user_by_id(user_id: uuid.UUID | str | None) -> User | None:
    if not user_id:
        return None
    try:
        return db.session.get(User, uuid.UUID(str(user_id)))
    except ValueError:
        return None


def verify_second_factor(user: User, code: str) -> bool:
    """Check a TOTP code and remember its step so it cannot be used again."""
    if not user.totp_secret:
        return False
    secret = decrypt_secret(user.totp_secret)
    if secret is None:
        return False
    step = totp.verify(secret, code, user.totp_last_step)
    if step is None:
        return False
    user.totp_last_step = step
    return True


def enrol_second_factor(user: User, secret: str, code: str) -> bool:
    step = totp.verify(secret, code, None)
    if step is None:
        return False
    user.totp_secret = encrypt_secret(secret)
    user.totp_last_step = step
    return True


def memberships(user: User) -> list[Membership]:
    """A user's live roles (not disabled by that council), the organisation they joined first leading: that is
    where they start after signing in."""
    held = [membership for membership in user.memberships if membership.disabled_at is None]
    # A membership added in this request has no created_at until it is flushed: it sorts as the newest.
    return sorted(held, key=lambda membership: (_aware(membership.created_at or utcnow()), str(membership.id)))


def roles_in(user: User, organisation_id: uuid.UUID | None) -> set[Role]:
    return {membership.role for membership in memberships(user) if membership.organisation_id == organisation_id}


def default_organisation(user: User) -> uuid.UUID | None:
    held = memberships(user)
    return held[0].organisation_id if held else None


def any_organisation(user: User) -> uuid.UUID | None:
    """The organisation an audit row about this account belongs to, even when every membership is disabled."""
    held = sorted(
        user.memberships, key=lambda membership: (_aware(membership.created_at or utcnow()), str(membership.id))
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
    if _aware(record.last_seen_at) + idle < now or _aware(record.created_at) + longest < now:
        record.revoked_at = now
        return None
    user = db.session.get(User, record.user_id)
    if user is None or not user.is_active:
        return None
    if now - _aware(record.last_seen_at) > timedelta(minutes=1):
        record.last_seen_at = now
    organisation = db.session.get(Organisation, record.organisation_id) if record.organisation_id else None
    return SignedIn(user, record, organisation, frozenset(roles_in(user, record.organisation_id)))


def _aware(moment: datetime) -> datetime:
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


# --- invitations and emailed links -----------------------------------------------------------------------------------


def invite(organisation_id: uuid.UUID, email: str, role: Role, invited_by: User | None) -> str:
    """Create a one-time invitation; returns the token for the link (only its keyed hash is stored)."""
    token = new_token()
    db.session.add(
        Invitation(
            organisation_id=organisation_id,
            email=normalise_email(email),
            role=role,
            token_hash=keyed_hash("invitation", token),
            expires_at=utcnow() + timedelta(days=INVITATION_DAYS),
            invited_by_id=invited_by.id if invited_by else None,
        )
    )
    return token


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


def open_invitation(organisation_id: uuid.UUID, invitation_id: uuid.UUID) -> Invitation | None:
    """An invitation of this council that can still be accepted."""
    invitation = db.session.get(Invitation, invitation_id)
    if (
        invitation is None
        or invitation.organisation_id != organisation_id
        or invitation.accepted_at is not None
        or _aware(invitation.expires_at) < utcnow()
    ):
        return None
    return invitation


def withdraw(invitation: Invitation) -> None:
    invitation.expires_at = utcnow()


def other_organisations_of(email: str, organisation_id: uuid.UUID) -> list[uuid.UUID]:
    """The other councils an existing account works in: each is told when someone invites that account."""
    user = user_by_email(email)
    if user is None:
        return []
    return sorted(
        {
            membership.organisation_id
            for membership in user.memberships
            if membership.organisation_id != organisation_id
        },
        key=str,
    )


def find_invitation(token: str) -> Invitation | None:
    invitation = db.session.scalar(select(Invitation).where(Invitation.token_hash == keyed_hash("invitation", token)))
    if invitation is None or invitation.accepted_at is not None or _aware(invitation.expires_at) < utcnow():
        return None
    return invitation


def needs_own_sign_in(invitation: Invitation) -> bool:
    """An account that already has a password joins only by signing in as itself and accepting."""
    user = user_by_email(invitation.email)
    return user is not None and bool(user.password_hash)


def join(invitation: Invitation, user: User) -> None:
    """The signed-in owner of the invited address accepts: a new role in the inviting organisation."""
    if normalise_email(user.email) != invitation.email:
        raise ValueError("an invitation is accepted only by the account it was sent to")
    _add_role(user, invitation)


def accept_as_new_account(invitation: Invitation, name: str, password: str) -> User:
    """Someone without a Heard password proves their address by opening the emailed link and chooses one."""
    user = user_by_email(invitation.email)
    if user is not None and user.password_hash:
        raise ValueError("an existing account joins by signing in, not by setting a password")
    if user is None:
        user = User(email=invitation.email, name=name.strip(), password_hash=hash_password(password))
        db.session.add(user)
    else:
        user.password_hash = hash_password(password)
        user.name = name.strip() or user.name
    _add_role(user, invitation)
    return user


class DisabledHere(Exception):
    """The invited person has been disabled in the inviting council: an invitation cannot undo that."""


def _add_role(user: User, invitation: Invitation) -> None:
    if membership_disabled(invitation.organisation_id, user):
        invitation.expires_at = utcnow()
        raise DisabledHere(invitation.email)
    held = [
        membership
        for membership in user.memberships
        if membership.organisation_id == invitation.organisation_id and membership.role == invitation.role
    ]
    if not held:
        user.memberships.append(
            Membership(organisation_id=invitation.organisation_id, role=invitation.role, created_at=utcnow())
        )
    invitation.accepted_at = utcnow()
    db.session.flush()


def _start_link(user: User, purpose: LinkPurpose, hours: int) -> str:
    """A one-time link for the account's own address; any older link of the same purpose stops working."""
    now = utcnow()
    _retire_links(user, purpose)
    token = new_token()
    db.session.add(
        PasswordReset(
            user_id=user.id,
            purpose=purpose,
            token_hash=keyed_hash(purpose.value, token),
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


def _retire_links(user: User, *purposes: LinkPurpose) -> None:
    db.session.execute(
        update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None), PasswordReset.purpose.in_(purposes))
        .values(used_at=utcnow())
    )


def _find_link(token: str, purpose: LinkPurpose) -> PasswordReset | None:
    link = db.session.scalar(
        select(PasswordReset).where(
            PasswordReset.token_hash == keyed_hash(purpose.value, token), PasswordReset.purpose == purpose
        )
    )
    if link is None or link.used_at is not None or _aware(link.expires_at) < utcnow():
        return None
    return link


def start_reset(user: User) -> str:
    return _start_link(user, LinkPurpose.PASSWORD_RESET, RESET_HOURS)


def find_reset(token: str) -> PasswordReset | None:
    return _find_link(token, LinkPurpose.PASSWORD_RESET)


def complete_reset(reset: PasswordReset, password: str) -> User:
    """Set a new password. It signs nobody in: the second factor is still asked for at the next sign-in. Every
    emailed link the account still had stops working, and every session ends."""
    user = db.session.get(User, reset.user_id)
    assert user is not None
    user.password_hash = hash_password(password)
    _retire_links(user, *LinkPurpose)
    reset.used_at = utcnow()
    revoke_all_sessions(user)
    return user


def start_enrolment(user: User) -> str:
    """A link to the account's own address that lets its owner bind an authenticator the first time."""
    return _start_link(user, LinkPurpose.ENROL_SECOND_FACTOR, ENROLMENT_HOURS)


def find_enrolment_link(token: str) -> PasswordReset | None:
    return _find_link(token, LinkPurpose.ENROL_SECOND_FACTOR)


def use_enrolment_link(token: str) -> User | None:
    link = _find_link(token, LinkPurpose.ENROL_SECOND_FACTOR)
    if link is None:
        return None
    user = db.session.get(User, link.user_id)
    if user is None or user.totp_secret or not may_sign_in(user):
        return None
    link.used_at = utcnow()
    return user


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
