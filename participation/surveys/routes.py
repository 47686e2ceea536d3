"""The worker console's consultation pages."""

from __future__ import annotations

from flask import Blueprint, g, render_template
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l

from participation.accounts.access import EVERY_ROLE, requires
from participation.surveys import services

bp = Blueprint("consultations", __name__, url_prefix="/staff")

STATUS_LABELS = {"draft": _l("Draft"), "published": _l("Open"), "closed": _l("Closed")}


@bp.route("/")
@requires(EVERY_ROLE)
def index() -> ResponseReturnValue:
    """Every consultation of the signed-in member's organisation, with how many have answered."""
    rows = services.consultations_for(g.staff.session.organisation_id)
    return render_template("consultations/index.html", rows=rows, status_labels=STATUS_LABELS)
