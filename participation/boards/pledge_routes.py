"""The pledge tracker for staff: every pledge with its RAG status, dated updates, young people's verdicts,
import from a spreadsheet and export."""

from __future__ import annotations

import uuid
from datetime import date

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import BUILDERS, EVERY_ROLE, requires
from participation.analysis.services import themes_for
from participation.audit import services as audit
from participation.boards import pledge_import, pledges
from participation.boards.forms import ImportForm, PledgeForm, PledgeUpdateForm, VerdictForm, revision_seen
from participation.boards.models import (
    PLEDGE_STATUS_NAMES,
    RAG_NAMES,
    RAG_TAGS,
    VERDICT_NAMES,
    Pledge,
    PledgeStatus,
    Verdict,
)
from participation.organisations.services import user_names
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("pledges", __name__, url_prefix="/staff/pledges")


def _names() -> dict[str, str]:
    return {theme.slug: theme.name for theme in themes_for(g.staff.session.organisation_id)}


def _pledge(pledge_id: uuid.UUID) -> Pledge:
    found = pledges.get(g.staff.session.organisation_id, pledge_id)
    if found is None:
        abort(404)
    return found


@bp.route("/")
@requires(EVERY_ROLE)
def index() -> ResponseReturnValue:
    items = pledges.pledges_for(g.staff.session.organisation_id)
    return render_template(
        "pledges/index.html",
        pledges=items,
        summary=pledges.summary(items),
        rag=pledges.rag,
        status_name=pledges.status_name,
        latest_verdict=pledges.latest_verdict,
        text_of=pledges.text_of,
        verdict_names=VERDICT_NAMES,
        rag_names=RAG_NAMES,
        rag_tags=RAG_TAGS,
        can_edit=bool(BUILDERS & g.staff.roles),
    )


@bp.route("/new", methods=["GET", "POST"], endpoint="new")
@bp.route("/<uuid:pledge_id>/edit", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def edit(pledge_id: uuid.UUID | None = None) -> ResponseReturnValue:
    found = _pledge(pledge_id) if pledge_id else None
    if found is not None and request.method == "GET":
        form = PledgeForm(
            data={
                "owner_name": found.owner_name,
                "owner_role": found.owner_role,
                "text": pledges.text_of(found)[0],
                "made_at": found.made_at,
                "made_on": found.made_on,
                "due_on": found.due_on,
                "themes": found.themes,
                "revision": str(found.revision),
            }
        )
    else:
        form = PledgeForm()
    form.themes.choices = [SelectChoice(slug, name) for slug, name in _names().items()]
    conflict = None
    if form.validate_on_submit():
        seen = revision_seen(form.revision)
        try:
            saved = pledges.save_pledge(
                g.staff.session.organisation_id,
                owner_name=form.owner_name.data or "",
                owner_role=form.owner_role.data or "",
                text=form.text.data or "",
                made_at=form.made_at.data or "",
                made_on=form.made_on.data,
                due_on=form.due_on.data,
                themes=form.themes.data or [],
                translations={code: fields.get("text", "") for code, fields in (found.texts or {}).items()}
                if found
                else None,
                pledge=found,
                seen_revision=seen if found else None,
            )
        except pledges.EditConflict as clash:
            conflict = clash.current
        else:
            audit.record(
                "pledge-saved", organisation_id=saved.organisation_id, user_id=g.staff.user.id, subject=str(saved.id)
            )
            flash(_("Pledge saved."))
            return redirect(url_for(".pledge", pledge_id=saved.id))
    return render_template(
        "pledges/edit.html", form=form, pledge=found, conflict=conflict, text_of=pledges.text_of
    ), 409 if conflict else (400 if form.errors else 200)


def _render(
    found: Pledge, update_form: PledgeUpdateForm, verdict_form: VerdictForm, conflict: Pledge | None = None
) -> ResponseReturnValue:
    names = user_names({item.user_id for item in found.updates if item.user_id})
    errors = update_form.errors or verdict_form.errors
    return render_template(
        "pledges/pledge.html",
        pledge=found,
        update_form=update_form,
        verdict_form=verdict_form,
        conflict=conflict,
        names=names,
        theme_names=_names(),
        text_of=pledges.text_of,
        rag=pledges.rag(found),
        status=pledges.status_name(found),
        rag_names=RAG_NAMES,
        rag_tags=RAG_TAGS,
        status_names=PLEDGE_STATUS_NAMES,
        verdict_names=VERDICT_NAMES,
        can_edit=bool(BUILDERS & g.staff.roles),
    ), 409 if conflict else (400 if errors else 200)


@bp.route("/<uuid:pledge_id>")
@requires(EVERY_ROLE)
def pledge(pledge_id: uuid.UUID) -> ResponseReturnValue:
    found = _pledge(pledge_id)
    update_form = PledgeUpdateForm(
        data={"status": found.status.value, "revision": str(found.revision), "on": date.today()}
    )
    return _render(found, update_form, VerdictForm(formdata=None))


@bp.route("/<uuid:pledge_id>/update", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def update(pledge_id: uuid.UUID) -> ResponseReturnValue:
    found = _pledge(pledge_id)
    form = PledgeUpdateForm()
    if not form.validate_on_submit():
        return _render(found, form, VerdictForm(formdata=None))
    seen = revision_seen(form.revision)
    try:
        pledges.add_update(
            found,
            status=PledgeStatus(form.status.data),
            note=form.note.data or "",
            evidence_url=form.evidence_url.data or "",
            on=form.on.data or date.today(),
            user_id=g.staff.user.id,
            seen_revision=seen,
        )
    except pledges.EditConflict as clash:
        return _render(found, form, VerdictForm(formdata=None), conflict=clash.current)
    audit.record(
        "pledge-updated",
        organisation_id=found.organisation_id,
        user_id=g.staff.user.id,
        subject=str(found.id),
        status=form.status.data,
    )
    flash(_("Update saved."))
    return redirect(url_for(".pledge", pledge_id=found.id))


@bp.route("/<uuid:pledge_id>/verdict", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def verdict(pledge_id: uuid.UUID) -> ResponseReturnValue:
    found = _pledge(pledge_id)
    form = VerdictForm()
    if not form.validate_on_submit():
        update_form = PledgeUpdateForm(
            formdata=None, data={"status": found.status.value, "revision": str(found.revision), "on": date.today()}
        )
        return _render(found, update_form, form)
    pledges.record_verdict(
        found,
        group_name=form.group_name.data or "",
        verdict=Verdict(form.verdict.data),
        why=form.why.data or "",
        on=date.today(),
        user_id=g.staff.user.id,
    )
    audit.record(
        "pledge-verdict-recorded",
        organisation_id=found.organisation_id,
        user_id=g.staff.user.id,
        subject=str(found.id),
        verdict=form.verdict.data,
    )
    flash(_("Verdict recorded."))
    return redirect(url_for(".pledge", pledge_id=found.id))


@bp.route("/import", methods=["GET", "POST"], endpoint="import_pledges")
@requires(BUILDERS)
@commit_on_success
def import_pledges() -> ResponseReturnValue:
    form = ImportForm()
    result = None
    if form.validate_on_submit():
        upload = request.files.get("upload")
        raw = upload.read() if upload else b""
        if not raw:
            form.upload.errors = [_("Choose an Excel (.xlsx) or CSV file to import")]
        else:
            slugs = {}
            for theme in themes_for(g.staff.session.organisation_id):
                slugs[theme.slug] = theme.slug
                slugs[theme.name.lower()] = theme.slug
            result = pledge_import.import_spreadsheet(
                g.staff.session.organisation_id, raw, (upload.filename if upload else None) or "", slugs
            )
            if result.unreadable:
                form.upload.errors = [result.unreadable]
            elif result.missing_columns:
                form.upload.errors = [
                    _(
                        "The file needs columns for who made each pledge and the pledge itself. "
                        "Name them “owner” and “pledge”."
                    )
                ]
            audit.record(
                "pledges-imported",
                organisation_id=g.staff.session.organisation_id,
                user_id=g.staff.user.id,
                created=len(result.created),
                problems=len(result.problems),
            )
    return render_template("pledges/import.html", form=form, result=result), 400 if form.errors else 200


@bp.route("/pledges.csv")
@requires(EVERY_ROLE)
@commit_on_success
def export() -> ResponseReturnValue:
    items = pledges.pledges_for(g.staff.session.organisation_id)
    audit.record(
        "pledges-exported", organisation_id=g.staff.session.organisation_id, user_id=g.staff.user.id, count=len(items)
    )
    return Response(
        pledges.export_csv(items),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=pledges.csv"},
    )
