"""The live view of who has answered. Counts only, suppressed: never an individual answer."""

from __future__ import annotations

import uuid

from flask import Blueprint, g, render_template
from flask.typing import ResponseReturnValue

from participation.accounts.access import BUILDERS, EVERY_ROLE, requires
from participation.reporting.services import LOW_RATE, live_view
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES
from participation.titles import staff_title

bp = Blueprint("live", __name__, url_prefix="/staff")


@bp.route("/consultations/<uuid:consultation_id>/responses")
@requires(EVERY_ROLE)
def responses(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = builder.get_or_404(g.staff.session.organisation_id, consultation_id)
    return render_template(
        "live/responses.html",
        consultation=consultation,
        title=staff_title(consultation),
        # Workers who build consultations read their groups' names; anyone else reads them as the board pack does.
        view=live_view(consultation, real_names=bool(g.staff.roles & BUILDERS)),
        band_names=BAND_NAMES,
        low_rate=LOW_RATE,
    )
