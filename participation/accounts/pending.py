"""A sign-in part-way through: what the session remembers between its pages (the password checked, an emailed link
opened, an invitation waiting) and finishing it. Signing in (``routes``) and accepting an invitation (``team``) both
end here."""

from __future__ import annotations

import time

from flask import redirect, session, url_for
from flask.typing import ResponseReturnValue

from participation.accounts import services
from participation.accounts.access import HANDED_OVER, SESSION_KEY
from participation.accounts.models import User
from participation.accounts.redirects import safe_staff_path
from participation.audit import services as audit

PENDING = "staff_pending"
PENDING_SECONDS = 300
# The account whose owner opened an emailed enrolment link (or an invitation) here: only they may bind an
# authenticator to it, and only after their password too.
ENROL = "staff_enrol"
ENROL_SECONDS = 30 * 60
# An invitation waiting for its invited account to sign in and accept.
INVITATION = "staff_invitation"


def pending_user() -> User | None:
    pending = session.get(PENDING) or {}
    if not pending or time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        return None
    return services.user_by_id(pending.get("user"))


def enrolment_proven(user: User) -> bool:
    proven = session.get(ENROL) or {}
    return proven.get("user") == str(user.id) and time.time() - float(proven.get("at", 0)) <= ENROL_SECONDS


def finish_sign_in(user: User) -> ResponseReturnValue:
    next_url = safe_staff_path((session.get(PENDING) or {}).get("next")) or url_for("consultations.index")
    if user.is_platform_admin and not services.memberships(user):
        next_url = url_for(".platform_organisations")
    invitation_token = session.get(INVITATION)
    if invitation_token:
        next_url = url_for(".accept_invitation", token=invitation_token)
    # A new server-side session and a new CSRF token: nothing from before signing in carries over.
    # Nor does a room's screen or tablet: a worker signed in there must not leave it taking young people's words.
    for key in (PENDING, SESSION_KEY, "csrf_token", ENROL, INVITATION, *HANDED_OVER):
        session.pop(key, None)
    session[SESSION_KEY] = services.start_session(user)
    session.permanent = False
    audit.record("sign-in", organisation_id=services.default_organisation(user), user_id=user.id)
    return redirect(next_url)
