"""Invitations to a council, and the other one-time links emailed to an account's own address: password resets and
authenticator enrolment. Only a keyed hash of each link's token is stored."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select, update

from participation.accounts.credentials import hash_password, normalise_email
from participation.accounts.models import Invitation, LinkPurpose, Membership, PasswordReset, Role, User
from participation.accounts.services import aware, may_sign_in, membership_disabled, revoke_all_sessions, user_by_email
from participation.db import utcnow
from participation.extensions import db
from participation.pseudonyms import keyed_hash, new_token

INVITATION_DAYS = 7
RESET_HOURS = 2
ENROLMENT_HOURS = 24


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


def open_invitation(organisation_id: uuid.UUID, invitation_id: uuid.UUID) -> Invitation | None:
    """An invitation of this council that can still be accepted."""
    invitation = db.session.get(Invitation, invitation_id)
    if (
        invitation is None
        or invitation.organisation_id != organisation_id
        or invitation.accepted_at is not None
        or aware(invitation.expires_at) < utcnow()
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
    if invitation is None or invitation.accepted_at is not None or aware(invitation.expires_at) < utcnow():
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
    if link is None or link.used_at is not None or aware(link.expires_at) < utcnow():
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
