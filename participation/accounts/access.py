"""Who may use each route. Every view declares it: ``@public`` or ``@requires(...)``; a test walks the URL map."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar, cast

from flask import abort, g, redirect, request, session, url_for

from participation.accounts import services
from participation.accounts.models import Role
from participation.audit import services as audit
from participation.extensions import db
from participation.ops.access_log import current_path

F = TypeVar("F", bound=Callable[..., Any])
SESSION_KEY = "staff"
# A device handed to the room (a poll's tablet, a session's shared screen) keeps these; signing in as staff on it ends
# them, so no device is ever both a room's screen and a signed-in worker's.
TABLET_KEY = "poll_tablet"
ROOM_KEY = "session_room"
HANDED_OVER = (TABLET_KEY, ROOM_KEY)
POLL_DEVICES_KEY = "poll_devices"  # a phone's random token for each poll it answered: {code: token}

EVERY_ROLE = frozenset(Role)
BUILDERS = frozenset({Role.ORGANISATION_ADMIN, Role.PARTICIPATION_WORKER})
ADMINS = frozenset({Role.ORGANISATION_ADMIN})


@dataclass(frozen=True)
class Access:
    public: bool = False
    roles: frozenset[Role] = frozenset()
    platform_admin: bool = False


def public(view: F) -> F:
    """Open to anyone: the young person's pages and signing in."""
    view.heard_access = Access(public=True)  # type: ignore[attr-defined]  # a mark on the function: access_of
    return view


def requires(roles: frozenset[Role] | set[Role] = frozenset(), *, platform_admin: bool = False) -> Callable[[F], F]:
    """Signed-in staff holding one of ``roles`` in their current organisation (or a platform admin, if asked)."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            signed_in = g.get("staff")
            if signed_in is None:
                return redirect(url_for("accounts.sign_in", next=request.full_path.rstrip("?")))
            allowed = (platform_admin and signed_in.user.is_platform_admin) or bool(set(roles) & signed_in.roles)
            if not allowed:
                refuse(signed_in, "role")
            return view(*args, **kwargs)

        # A mark on the function, read by access_of.
        wrapper.heard_access = Access(roles=frozenset(roles), platform_admin=platform_admin)  # type: ignore[attr-defined]
        return cast(F, wrapper)  # wraps keeps the view's name and signature

    return decorator


def access_of(view: Callable[..., Any]) -> Access | None:
    """Who a view declares may use it (None: it declares nothing, which the route tests refuse)."""
    found = getattr(view, "heard_access", None)
    return found if isinstance(found, Access) else None


def refuse(signed_in: Any, reason: str) -> None:
    """Audit a refused request (kept even though the request fails) and answer 403."""
    db.session.rollback()
    audit.record_refusal(
        "authorisation-refused",
        organisation_id=signed_in.session.organisation_id,
        user_id=signed_in.user.id,
        subject=current_path()[:200],
        reason=reason,
        method=request.method,
    )
    db.session.commit()
    abort(403)


def load_signed_in() -> None:
    """Before each request: who is signed in, from the server-side session the cookie names."""
    token = session.get(SESSION_KEY)
    g.staff = services.resume_session(token) if token else None
    if db.session.dirty:
        # The session's "last seen" (or its end) is kept at once, in a short transaction of its own: left to the end
        # of the request, the update would hold SQLite's write lock while a slow page is drawn, and every other
        # request of the same person (a stylesheet, a script) would wait for it and fail.
        db.session.commit()
    if token and g.staff is None:
        session.pop(SESSION_KEY, None)


def sign_out_here() -> None:
    """End the signed-in person's session on this device: the server-side session first (so the cookie is worth
    nothing even if kept), then the cookie's keys. Signing out, and handing a device to the room (a poll's tablet, a
    session's shared screen, where young people must not be one press of Back from staff pages), both end here."""
    signed_in = g.staff
    services.end_session(signed_in.session)
    audit.record("sign-out", organisation_id=signed_in.session.organisation_id, user_id=signed_in.user.id)
    session.pop(SESSION_KEY, None)
    session.pop("csrf_token", None)
    g.staff = None
