"""Passwords, second factors, sessions, invitations and resets. The only place staff accounts are read or written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from sqlalchemy import select, update

from participation import crypto
from participation.accounts import totp
from participation.accounts.models import Invitation, Membership, PasswordReset, Role, StaffSession, User
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
    """A user's roles, the organisation they joined first leading: that is where they start after signing in."""
    return sorted(user.memberships, key=lambda membership: (_aware(membership.created_at), str(membership.id)))


def roles_in(user: User, organisation_id: uuid.UUID | None) -> set[Role]:
    return {membership.role for membership in user.memberships if membership.organisation_id == organisation_id}


def default_organisation(user: User) -> uuid.UUID | None:
    held = memberships(user)
    return held[0].organisation_id if held else None


# --- sessions -------------------------------------------------------------------------------------------------------

def _session_hash(token: str) -> str:
    return keyed_hash("staff-session", token)


def start_session(user: User) -> str:
    """A new server-side session for a user who has passed every factor; returns the token for the cookie."""
    token = new_token()
    now = utcnow()
    db.session.add(StaffSession(token_hash=_session_hash(token), user_id=user.id,
                                organisation_id=default_organisation(user), created_at=now, last_seen_at=now))
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
    from datetime import timezone

    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def end_session(record: StaffSession) -> None:
    record.revoked_at = utcnow()


def revoke_all_sessions(user: User) -> None:
    db.session.execute(
        update(StaffSession).where(StaffSession.user_id == user.id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def disable(user: User) -> None:
    """Disable an account and end every session it has, at once."""
    user.disabled_at = utcnow()
    revoke_all_sessions(user)


def enable(user: User) -> None:
    user.disabled_at = None


# --- invitations and resets -----------------------------------------------------------------------------------------

def invite(organisation_id: uuid.UUID, email: str, role: Role, invited_by: User | None) -> str:
    """Create a one-time invitation; returns the token for the link (only its keyed hash is stored)."""
    token = new_token()
    db.session.add(Invitation(organisation_id=organisation_id, email=normalise_email(email), role=role,
                              token_hash=keyed_hash("invitation", token),
                              expires_at=utcnow() + timedelta(days=INVITATION_DAYS),
                              invited_by_id=invited_by.id if invited_by else None))
    return token


def find_invitation(token: str) -> Invitation | None:
    invitation = db.session.scalar(select(Invitation).where(Invitation.token_hash == keyed_hash("invitation", token)))
    if invitation is None or invitation.accepted_at is not None or _aware(invitation.expires_at) < utcnow():
        return None
    return invitation


def accept_invitation(invitation: Invitation, name: str, password: str) -> User:
    """Join the inviting organisation: a new account, or a new role for an existing one."""
    user = user_by_email(invitation.email)
    if user is None:
        user = User(email=invitation.email, name=name.strip(), password_hash=hash_password(password))
        db.session.add(user)
        db.session.flush()
    elif not user.password_hash:
        user.password_hash = hash_password(password)
        user.name = name.strip() or user.name
    if invitation.role not in roles_in(user, invitation.organisation_id):
        user.memberships.append(Membership(organisation_id=invitation.organisation_id, role=invitation.role))
    invitation.accepted_at = utcnow()
    return user


def start_reset(user: User) -> str:
    token = new_token()
    now = utcnow()
    db.session.add(PasswordReset(user_id=user.id, token_hash=keyed_hash("password-reset", token), created_at=now,
                                 expires_at=now + timedelta(hours=RESET_HOURS)))
    return token


def find_reset(token: str) -> PasswordReset | None:
    reset = db.session.scalar(select(PasswordReset).where(
        PasswordReset.token_hash == keyed_hash("password-reset", token)))
    if reset is None or reset.used_at is not None or _aware(reset.expires_at) < utcnow():
        return None
    return reset


def complete_reset(reset: PasswordReset, password: str) -> User:
    """Set a new password. It signs nobody in: the second factor is still asked for at the next sign-in."""
    user = db.session.get(User, reset.user_id)
    assert user is not None
    user.password_hash = hash_password(password)
    reset.used_at = utcnow()
    revoke_all_sessions(user)
    return user


def create_user(email: str, name: str, password: str | None, organisation_id: uuid.UUID | None = None,
                roles: tuple[Role, ...] = (), *, platform_admin: bool = False) -> User:
    user = User(email=normalise_email(email), name=name, is_platform_admin=platform_admin,
                password_hash=hash_password(password) if password else None)
    for role in roles:
        user.memberships.append(Membership(organisation_id=organisation_id, role=role))
    db.session.add(user)
    db.session.flush()
    return user


def organisations_of(user: User) -> list[Organisation]:
    """Every organisation the user holds a role in, by name."""
    ids = {membership.organisation_id for membership in user.memberships}
    if not ids:
        return []
    return list(db.session.scalars(select(Organisation).where(Organisation.id.in_(ids)).order_by(Organisation.name)))


def switch_organisation(record: StaffSession, user: User, organisation_id: uuid.UUID) -> bool:
    """Work in another organisation the user belongs to; nothing happens for one they do not."""
    if organisation_id not in {membership.organisation_id for membership in user.memberships}:
        return False
    record.organisation_id = organisation_id
    return True
