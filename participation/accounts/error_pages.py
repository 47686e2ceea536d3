"""What went wrong, in words for staff, for an error on a staff (console) address (``participation.errors`` draws
the page). Apart from ``errors.py`` because staff pages are in the staff languages only, while young people's error
texts are in every language (babel-young-people.cfg)."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, url_for
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError

from participation.accounts.redirects import safe_staff_path
from participation.limits import retry_after, wait_words


def staff_page(status: int, error: Exception) -> tuple[str, str]:
    """What went wrong, in words for staff: what happened to what they sent, and what to do next."""
    if isinstance(error, CSRFError):
        return (
            _("Your form had expired"),
            _(
                "To keep your account safe, a form stops working after you sign out or sign in again. Nothing was "
                "saved. Go back to the form and send it again."
            ),
        )
    pages = {
        400: (
            _("Something was wrong with what was sent"),
            _("Some of what your browser sent could not be read, so nothing was saved. Go back and try again."),
        ),
        403: (
            _("You cannot see this page"),
            _("Your role does not include this page. If you need it, ask your organisation's admin."),
        ),
        404: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        405: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        413: (
            _("What you sent was too big"),
            _("Nothing was saved. If you were sending a file, make it smaller and try again."),
        ),
        414: (
            _("That web address is too long"),
            _("Go back and try again with fewer words, or follow a link instead of typing the address."),
        ),
        429: (_("Too many tries"), wait_words(retry_after())),
        503: (
            _("Sorry, we could not save that just now"),
            _("Nothing you sent was saved. Wait a few minutes, then go back and send it again."),
        ),
    }
    return pages.get(
        status,
        (
            _("Sorry, something went wrong"),
            _(
                "We could not do that just now. Please try again in a few minutes. If it keeps happening, tell "
                "whoever looks after Heard for your organisation."
            ),
        ),
    )


def way_back(staff: object | None) -> tuple[str, str]:
    """A link out of the error: the form again (the same address, where it can be opened), the staff page the person
    came from, or their start page (the sign-in page when no one is signed in)."""
    rule = request.url_rule
    if request.method != "GET" and rule is not None and "GET" in (rule.methods or ()):
        return request.full_path.rstrip("?"), _("Go back to the form")
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host:
        came_from = safe_staff_path(referrer.path + (f"?{referrer.query}" if referrer.query else ""))
        if came_from and referrer.path != request.path:
            return came_from, _("Go back to the page you were on")
    if staff is None:
        return url_for("accounts.sign_in"), _("Sign in")
    return url_for("consultations.index"), _("Go to your consultations")
