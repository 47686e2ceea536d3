"""The council's own helpline numbers, set by its organisation admin; and the template helpers every page with a
phone number uses."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import ADMINS, requires
from participation.helplines import registry, services
from participation.helplines.forms import CouncilHelplinesForm
from participation.helplines.registry import HelpGroup, Helpline
from participation.templating import depends_on
from participation.transactions import commit_on_success

bp = Blueprint("helplines", __name__, url_prefix="/staff/settings/helplines")


@bp.app_template_global("helplines")
def helplines(band: str | None = None) -> list[Helpline]:
    # A page kept per process (templating.kept_part, kept_page) that shows the council's numbers is drawn again
    # once they change: a young person must never be given a number the council has replaced.
    depends_on(services.page_numbers, (), services.page_numbers())
    return services.for_page(band)


@bp.app_template_global("helpline_groups")
def helpline_groups() -> list[HelpGroup]:
    return services.groups_for_page()


@bp.route("", methods=["GET", "POST"])
@requires(ADMINS)
@commit_on_success
def edit() -> ResponseReturnValue:
    """The council's emergency duty team, leaving care team and advocacy service numbers."""
    organisation_id = g.staff.session.organisation_id
    saved = services.council_numbers(organisation_id)
    form = CouncilHelplinesForm() if request.method == "POST" else CouncilHelplinesForm.with_numbers(saved)
    if form.validate_on_submit():
        services.save_council_numbers(organisation_id, form.numbers(), g.staff.user.id)
        flash(_("Helpline numbers saved. Young people and families see them from now on."))
        return redirect(url_for(".edit"))
    return render_template("helplines/edit.html", form=form, national=registry.NATIONAL), 400 if form.errors else 200
