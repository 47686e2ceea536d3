"""Kind error pages in the reader's language; no stack trace ever reaches a person."""

from __future__ import annotations

import logging

from flask import Flask, render_template
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from participation.extensions import db

log = logging.getLogger(__name__)


def _page(status: int) -> tuple[str, str]:
    pages = {
        400: (_("Something was wrong with what was sent"),
              _("Some of what your browser sent could not be read. Go back and try again.")),
        403: (_("You cannot see this page"), _("This page is not open to you.")),
        404: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        405: (_("Page not found"), _("Check the link you were given. If you typed it, check it is right.")),
        413: (_("Your answer was too long to send"),
              _("What you sent was too big for us to take. Go back, make your answer shorter and try again. "
                "Your other answers are saved.")),
        429: (_("Too many tries"), _("Please wait a few minutes and try again.")),
    }
    return pages.get(status, (_("Sorry, something went wrong"),
                              _("We could not do that just now. Your answers so far are saved. Please try again "
                                "in a few minutes.")))


def register(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):  # type: ignore[no-untyped-def]
        status = error.code or 500
        title, body = _page(status)
        return render_template("errors/error.html", title=title, body=body), status

    @app.errorhandler(Exception)
    def unexpected(error: Exception):  # type: ignore[no-untyped-def]
        if isinstance(error, HTTPException):
            return http_error(error)
        log.exception("Unhandled error")
        try:
            db.session.rollback()
        except Exception:  # noqa: BLE001 - the database itself may be what failed
            log.exception("Rollback failed")
        title, body = _page(500)
        return render_template("errors/error.html", title=title, body=body), 500
