"""Two-person re-identification: ask (a safeguarding lead), decide (a second lead or an admin), see (the person who
asked, while the approval lasts). Every step is audited; the identifier is never in a URL, a log line or an email."""

from __future__ import annotations

import uuid

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from participation.accounts.access import BUILDERS, requires
from participation.accounts.forms import ConfirmForm
from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.case_page import render_case
from participation.analysis.forms import CaseForm
from participation.audit import services as audit
from participation.organisations.services import user_names
from participation.privacy import erasure, reidentify
from participation.privacy.forms import AskForm, DecisionForm, EraseForm
from participation.privacy.models import REQUEST_STATUS_NAMES, ReidentificationRequest, RequestStatus
from participation.titles import staff_titles
from participation.transactions import commit_on_success

bp = Blueprint("reidentification", __name__, url_prefix="/staff/safeguarding")
LEADS = frozenset({Role.SAFEGUARDING_LEAD})
APPROVERS = reidentify.APPROVERS


REFUSALS = {
    "not-traceable": _l("This answer cannot be linked to a person."),
    "same-person": _l("You asked for this, so someone else must decide."),
    "already-decided": _l("Someone has already decided this request."),
    "cannot-withdraw": _l("Only the person who asked can withdraw a request that is still waiting."),
    "not-requester": _l("Only the person who asked can see who wrote it."),
    "not-approved": _l("This request has not been approved."),
    "not-showing": _l("The approval has run out. Ask again if you still need to know."),
    "gone": _l("The identifier is no longer held: it has been erased or its key has been removed."),
}


def _case_view(case_id: uuid.UUID) -> triage.CaseView:
    view = triage.get(g.staff.session.organisation_id, case_id)
    if view is None:
        abort(404)
    return view


def _request(request_id: uuid.UUID) -> ReidentificationRequest:
    found = reidentify.get(g.staff.session.organisation_id, request_id)
    if found is None:
        abort(404)
    return found


@bp.route("/<uuid:case_id>/identify", methods=["POST"])
@requires(LEADS)
@commit_on_success
def ask(case_id: uuid.UUID) -> ResponseReturnValue:
    view = _case_view(case_id)
    form = AskForm()
    if not form.validate_on_submit():
        return render_case(view, CaseForm(formdata=None), form)
    try:
        request = reidentify.ask(view.case, g.staff.user, form.reason.data or "")
    except reidentify.RefusedError as refused:
        form.reason.errors = [REFUSALS[refused.reason]]
        return render_case(view, CaseForm(formdata=None), form)
    flash(_("Your request is waiting for a second person to approve it."))
    return redirect(url_for(".request", request_id=request.id))


@bp.route("/requests")
@requires(APPROVERS)
@commit_on_success
def requests() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    waiting, decided = reidentify.pending(organisation_id), reidentify.recent(organisation_id)
    names = user_names(
        {r.requested_by_id for r in [*waiting, *decided] if r.requested_by_id}
        | {r.decided_by_id for r in decided if r.decided_by_id}
    )
    return render_template(
        "safeguarding/requests.html", waiting=waiting, decided=decided, names=names, status_names=REQUEST_STATUS_NAMES
    )


def _render_request(
    request: ReidentificationRequest,
    form: DecisionForm,
    shown: reidentify.Reveal | None = None,
    problem: str | None = None,
) -> ResponseReturnValue:
    view = _case_view(request.case_id)
    names = user_names({user_id for user_id in (request.requested_by_id, request.decided_by_id) if user_id})
    mine = request.requested_by_id == g.staff.user.id
    return render_template(
        "safeguarding/request.html",
        request=request,
        view=view,
        form=form,
        names=names,
        mine=mine,
        shown=shown,
        problem=problem,
        status_names=REQUEST_STATUS_NAMES,
        showing=reidentify.showing(request),
        confirm=ConfirmForm(formdata=None),
    ), 400 if form.errors or problem else 200


@bp.route("/requests/<uuid:request_id>", methods=["GET", "POST"])
@requires(APPROVERS)
@commit_on_success
def request(request_id: uuid.UUID) -> ResponseReturnValue:
    found = _request(request_id)
    form = DecisionForm()
    if form.validate_on_submit():
        try:
            reidentify.decide(found, g.staff.user, form.decision.data == "approve", form.note.data or "")
        except reidentify.RefusedError as refused:
            return _render_request(found, form, problem=str(REFUSALS[refused.reason]))
        flash(
            _("Approved. Only the person who asked can see who wrote it, for a limited time.")
            if found.status == RequestStatus.APPROVED
            else _("Refused.")
        )
        return redirect(url_for(".request", request_id=found.id))
    return _render_request(found, form)


@bp.route("/requests/<uuid:request_id>/reveal", methods=["POST"])
@requires(APPROVERS)
@commit_on_success
def reveal(request_id: uuid.UUID) -> ResponseReturnValue:
    found = _request(request_id)
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for(".request", request_id=found.id))
    try:
        shown = reidentify.reveal(found, g.staff.user)
    except reidentify.RefusedError as refused:
        return _render_request(found, DecisionForm(formdata=None), problem=str(REFUSALS[refused.reason]))
    return _render_request(found, DecisionForm(formdata=None), shown=shown)


@bp.route("/requests/<uuid:request_id>/withdraw", methods=["POST"])
@requires(APPROVERS)
@commit_on_success
def withdraw(request_id: uuid.UUID) -> ResponseReturnValue:
    found = _request(request_id)
    if ConfirmForm().validate_on_submit():
        try:
            reidentify.withdraw(found, g.staff.user)
        except reidentify.RefusedError as refused:
            return _render_request(found, DecisionForm(formdata=None), problem=str(REFUSALS[refused.reason]))
        flash(_("Request withdrawn."))
    return redirect(url_for(".request", request_id=found.id))


# --- erasure by identifier ------------------------------------------------------------------------------------------

erasure_bp = Blueprint("erasure", __name__, url_prefix="/staff/erasure")


ERASERS = BUILDERS | {Role.SAFEGUARDING_LEAD}
# Who may see what an identifier leads to, and erase answers an open safeguarding case depends on.
SEES_AND_ERASES_CASES = frozenset({Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN})


@erasure_bp.route("/", methods=["GET", "POST"])
@requires(ERASERS)
@commit_on_success
def erase_by_identifier() -> ResponseReturnValue:
    """A young person asks (through their worker) for everything they said to be deleted: find it by the identifier
    their invite code was printed with and erase it when the worker confirms.

    Only a safeguarding lead or an admin sees what the identifier leads to (whether that young person answered at
    all is not a participation worker's to know) and may erase answers an open safeguarding case depends on. A
    participation worker gets the same page and the same message whatever the identifier leads to."""
    organisation_id = g.staff.session.organisation_id
    sees = bool(SEES_AND_ERASES_CASES & g.staff.roles)
    form = EraseForm()
    found = None
    if form.validate_on_submit():
        identifier = form.identifier.data or ""
        found = erasure.find(organisation_id, identifier) if sees else None
        if form.confirmed.data == "yes" and (found is None or found.anything):
            erased = erasure.erase(organisation_id, identifier, by=g.staff.user.id, may_touch_open_cases=sees)
            # Erasure is audited (TRUST.md) with how much went, never the identifier or its pseudonym.
            audit.record(
                "responses-erased-by-identifier",
                organisation_id=organisation_id,
                user_id=g.staff.user.id,
                responses=erased.responses_erased,
                drafts=erased.drafts,
                invites=erased.invites,
                vault_entries=erased.vault_entries,
                cases_kept=erased.open_cases if sees else 0,
                held_back=erased.held_back,
                cases_opened_from_drafts=erased.cases_opened_from_drafts,
            )
            if sees:
                flash(
                    ngettext(
                        "Erased %(num)s response and everything made from it.",
                        "Erased %(num)s responses and everything made from them.",
                        erased.responses_erased,
                    )
                )
                kept = erased.open_cases + erased.cases_opened_from_drafts
                if kept:
                    flash(
                        ngettext(
                            "%(num)s safeguarding case keeps its words in the queue until a second person closes it.",
                            "%(num)s safeguarding cases keep their words in the queue until a second person "
                            "closes them.",
                            kept,
                        )
                    )
            else:
                flash(
                    _(
                        "Done. Heard has erased what it held under that identifier, apart from any answers a "
                        "safeguarding case still open depends on: only a safeguarding lead or an admin can erase "
                        "those."
                    )
                )
            return redirect(url_for(".erase_by_identifier"))
        form.confirmed.data = "yes"
    titles = staff_titles(found.consultations) if found is not None else {}
    return render_template(
        "privacy/erase.html", form=form, found=found, titles=titles, sees=sees, asked=form.confirmed.data == "yes"
    )
