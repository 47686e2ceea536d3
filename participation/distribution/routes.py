"""Groups, who a consultation is meant to reach, QR posters and printed invite codes."""

from __future__ import annotations

import logging
import uuid

import segno
from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import force_locale
from flask_babel import gettext as _
from markupsafe import Markup

from participation.accounts.access import BUILDERS, requires
from participation.audit import services as audit
from participation.distribution import services
from participation.distribution.forms import GROUP_KINDS, GroupForm, InviteBatchForm, ReachForm
from participation.distribution.models import GroupKind
from participation.i18n import current_language, enabled_languages
from participation.languages import SOURCE
from participation.links import external_url
from participation.ops.access_log import current_path
from participation.privacy import vault
from participation.reporting import figures
from participation.surveys import builder
from participation.surveys import services as surveys
from participation.surveys.models import BAND_NAMES, Consultation
from participation.titles import staff_title
from participation.transactions import commit_on_success, keep_now
from participation.widgets import SelectChoice

log = logging.getLogger(__name__)
bp = Blueprint("distribution", __name__, url_prefix="/staff")


def _consultation(consultation_id: uuid.UUID) -> Consultation:
    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


def qr_svg(url: str, title: str, scale: int = 6) -> Markup:
    """A QR code as inline SVG (drawn here, nothing fetched), with a title for screen readers."""
    return Markup(segno.make(url, error="m").svg_inline(scale=scale, title=title, border=2))


def _refused_lookup(field: str) -> None:
    """An id posted in a form that is not one of this organisation's: logged and audited like a refused URL."""
    log.warning("Refused a posted %s that is not this organisation's (%s %s)", field, request.method, current_path())
    audit.record_refusal(
        "lookup-refused",
        organisation_id=g.staff.session.organisation_id,
        user_id=g.staff.user.id,
        subject=current_path()[:200],
        method=request.method,
        field=field,
    )
    keep_now()  # kept even when the page then answers 400


@bp.route("/groups", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def groups() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    form = GroupForm()
    if form.validate_on_submit():
        assert form.name.data is not None and form.cohort_size.data is not None  # InputRequired, so set on a valid form
        if services.name_taken(organisation_id, form.name.data):
            form.name.errors = [*form.name.errors, _("There is already a group with that name")]
        else:
            services.save_group(organisation_id, form.name.data, GroupKind(form.kind.data), form.cohort_size.data)
            flash(_("Group added."))
            return redirect(url_for(".groups"))
    return render_template(
        "distribution/groups.html", form=form, groups=services.groups_for(organisation_id), kinds=GROUP_KINDS
    ), 400 if form.errors else 200


@bp.route("/groups/<uuid:group_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def edit_group(group_id: uuid.UUID) -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    group = services.get_group(organisation_id, group_id)
    if group is None:
        abort(404)
    form = GroupForm(obj=group if request.method == "GET" else None)
    if request.method == "GET":
        form.kind.data = group.kind.value
    if form.validate_on_submit():
        assert form.name.data is not None and form.cohort_size.data is not None  # InputRequired, so set on a valid form
        if services.name_taken(organisation_id, form.name.data, except_id=group.id):
            form.name.errors = [*form.name.errors, _("There is already a group with that name")]
        else:
            services.save_group(
                organisation_id, form.name.data, GroupKind(form.kind.data), form.cohort_size.data, group
            )
            flash(_("Group saved."))
            return redirect(url_for(".groups"))
    return render_template("distribution/group.html", form=form, group=group), 400 if form.errors else 200


@bp.route("/consultations/<uuid:consultation_id>/reach", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def reach(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """Who the consultation is meant to reach, and the ways to reach them."""
    consultation = _consultation(consultation_id)
    organisation_id = g.staff.session.organisation_id
    all_groups = services.groups_for(organisation_id)
    form = ReachForm()
    form.groups.choices = [SelectChoice(str(group.id), f"{group.name} ({group.cohort_size})") for group in all_groups]
    if request.method == "GET":
        form.groups.data = [str(group.id) for group in services.target_groups(consultation)]
    if form.validate_on_submit():
        chosen = [group for group in all_groups if str(group.id) in (form.groups.data or [])]
        if len(chosen) < len(set(form.groups.data or [])):
            _refused_lookup("groups")  # a group not of this organisation: tampered, or from another council
        services.set_target_groups(consultation, chosen)
        flash(_("Saved who this consultation is meant to reach."))
        return redirect(url_for(".reach", consultation_id=consultation.id))
    public_url = external_url("respond.start", code=consultation.code)
    batches = services.batches_for(consultation)
    return render_template(
        "distribution/reach.html",
        consultation=consultation,
        form=form,
        title=staff_title(consultation),
        public_url=public_url,
        invite_url=external_url("respond.invite"),
        batches=batches,
        band_names=BAND_NAMES,
        groups={group.id: group for group in all_groups},
        use=figures.card_use(consultation.id, batches, figures.threshold()),
    )


@bp.route("/consultations/<uuid:consultation_id>/poster")
@requires(BUILDERS)
def poster(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """A printable A4 poster: the QR code and the link written out, for a noticeboard or a group session."""
    consultation = _consultation(consultation_id)
    band = request.args.get("band", "")
    params = {"band": band} if band in BAND_NAMES else {}
    offered = {language.code: language for language in enabled_languages()}
    # The poster speaks to young people in the language chosen for it, whatever the worker's pages are in; the link
    # on it opens the survey in that language too.
    language = offered.get(request.args.get("language", ""), current_language())
    link = {**params, **({"lang": language.code} if language.code != SOURCE else {})}
    url = external_url("respond.start", code=consultation.code, **link)
    view = surveys.consultation_view(consultation, language.code, params.get("band", "12-17"))
    with force_locale(language.babel_locale):
        body = render_template(
            "distribution/poster_body.html",
            view=view,
            url=url,
            qr=qr_svg,
            band=params.get("band"),
            language=language,
        )
    return render_template(
        "distribution/poster.html",
        consultation=consultation,
        title=staff_title(consultation),
        body=Markup(body),  # our own template's output, already escaped
        languages=list(offered.values()),
        chosen=language,
        band=params.get("band"),
    )


@bp.route("/consultations/<uuid:consultation_id>/invites", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def invites(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    organisation_id = g.staff.session.organisation_id
    form = InviteBatchForm()
    form.group.choices = [SelectChoice("", _("No group"))] + [
        SelectChoice(str(group.id), group.name) for group in services.groups_for(organisation_id)
    ]
    if form.validate_on_submit():
        group = services.get_group(organisation_id, form.group.data)
        if form.group.data and group is None:
            _refused_lookup("group")
            form.group.errors = [*form.group.errors, _("Select a group from the list")]
        else:
            batch = services.create_batch(
                consultation,
                count=form.count.data or 0,
                group=group,
                age_band=form.band.data or "",
                identifiers=(form.identifiers.data or "").splitlines(),
                created_by=g.staff.user.id,
                easy=bool(form.easy.data),
            )
            audit.record(
                "invite-codes-created",
                organisation_id=organisation_id,
                user_id=g.staff.user.id,
                subject=consultation.code,
                count=batch.size,
                pseudonyms=batch.with_pseudonyms,
                easy=batch.easy,
            )
            return redirect(url_for(".invite_sheet", consultation_id=consultation.id, batch_id=batch.id))

    return render_template(
        "distribution/invites.html",
        form=form,
        consultation=consultation,
        vault_on=vault.enabled(organisation_id),
        title=staff_title(consultation),
    ), 400 if form.errors else 200


@bp.route("/consultations/<uuid:consultation_id>/invites/<uuid:batch_id>")
@requires(BUILDERS)
@commit_on_success
def invite_sheet(consultation_id: uuid.UUID, batch_id: uuid.UUID) -> ResponseReturnValue:
    """Cards to print and cut out: each with its code written out and a QR code that starts with it."""
    consultation = _consultation(consultation_id)
    batch = services.get_batch(consultation, batch_id)
    if batch is None:
        abort(404)
    group = services.get_group(g.staff.session.organisation_id, batch.group_id)
    if not services.may_print(batch):
        # Personal cards were printed when they were made; from then on only how many have been used, from the
        # protected tables like every count of people.
        use = figures.card_use(consultation.id, services.batches_for(consultation), figures.threshold())[batch.id]
        return render_template(
            "distribution/sheet_counts.html",
            consultation=consultation,
            title=staff_title(consultation),
            batch=batch,
            group=group,
            band_names=BAND_NAMES,
            use=use,
            threshold=figures.threshold(),
        )
    cards = [
        (
            printed,
            qr_svg(
                external_url("respond.invite_link", typed=printed.code.replace("-", "")),
                _("QR code for your invite"),
                scale=3,
            ),
        )
        for printed in services.printed_codes(batch)
    ]
    services.mark_printed(batch)
    audit.record(
        "invite-codes-printed",
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=consultation.code,
        count=batch.size,
        personal=batch.with_pseudonyms,
    )
    return render_template(
        "distribution/sheet.html",
        consultation=consultation,
        title=staff_title(consultation),
        batch=batch,
        cards=cards,
        invite_url=external_url("respond.invite"),
        group=group,
        band_names=BAND_NAMES,
    )
