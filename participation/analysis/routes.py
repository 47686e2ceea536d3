"""The safeguarding queue, for safeguarding leads (and organisation admins). Everything here is audited."""

from __future__ import annotations

import uuid

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea
from wtforms import RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, ValidationError

from participation.accounts.access import BUILDERS, requires
from participation.accounts.forms import ConfirmForm
from participation.accounts.models import Role
from participation.analysis import triage
from participation.analysis.models import CaseStatus
from participation.audit import services as audit
from participation.db import commit_on_success
from participation.distribution.services import get_group
from participation.i18n import LANGUAGES
from participation.surveys import services as surveys
from participation.surveys.forms import BAND_NAMES

bp = Blueprint("safeguarding", __name__, url_prefix="/staff/safeguarding")
SAFEGUARDING = frozenset({Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN})
STATUS_NAMES = {
    CaseStatus.NEW.value: _l("New"),
    CaseStatus.ACKNOWLEDGED.value: _l("Acknowledged"),
    CaseStatus.REFERRED.value: _l("Referred"),
    CaseStatus.NO_CONCERN.value: _l("No concern"),
}


class CaseForm(FlaskForm):
    status = RadioField(_l("What have you decided?"), widget=GovRadioInput(), validate_choice=False,
                        choices=[SelectChoice(value, label) for value, label in STATUS_NAMES.items() if value != "new"],
                        validators=[InputRequired(message=_l("Select what you have decided"))])
    note = TextAreaField(_l("Notes"), widget=GovTextArea(), validators=[Length(max=5000)],
                         description=_l("What you did and why. Notes are kept with the case and cannot be changed."))

    def validate_status(self, field: RadioField) -> None:
        if field.data not in STATUS_NAMES or field.data == "new":
            raise ValidationError(_l("Select what you have decided"))

    def validate_note(self, field: TextAreaField) -> None:
        if self.status.data in ("referred", "no-concern") and not (field.data or "").strip():
            raise ValidationError(_l("Write a note saying why"))


@bp.route("/")
@requires(SAFEGUARDING)
@commit_on_success
def queue() -> ResponseReturnValue:
    show_closed = request.args.get("show") == "all"
    cases = triage.queue(g.staff.session.organisation_id, show_closed)
    audit.record("safeguarding-queue-viewed", organisation_id=g.staff.session.organisation_id,
                 user_id=g.staff.user.id, count=len(cases))
    from participation.privacy.reidentify import pending

    waiting = [r for r in pending(g.staff.session.organisation_id) if r.requested_by_id != g.staff.user.id]
    return render_template("safeguarding/queue.html", cases=cases, show_closed=show_closed,
                           waiting_requests=len(waiting),
                           status_names=STATUS_NAMES, band_names=BAND_NAMES,
                           language_names={code: language.native_name for code, language in LANGUAGES.items()},
                           consultation_titles=_titles(cases))


def _titles(cases: list[triage.CaseView]) -> dict[uuid.UUID, str]:
    titles: dict[uuid.UUID, str] = {}
    for view in cases:
        if view.case.consultation_id not in titles:
            consultation = surveys.consultation_by_id(view.case.consultation_id)
            titles[consultation.id] = surveys.consultation_view(consultation, "en", view.age_band).title.text
    return titles


@bp.route("/<uuid:case_id>", methods=["GET", "POST"])
@requires(SAFEGUARDING)
@commit_on_success
def case(case_id: uuid.UUID) -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    view = triage.get(organisation_id, case_id)
    if view is None:
        abort(404)
    form = CaseForm()
    if form.validate_on_submit():
        status = CaseStatus(form.status.data)
        try:
            triage.update(view.case, status, form.note.data or "", g.staff.user)
        except triage.NotYoursToCloseError:
            form.status.errors.append(_("You erased these answers, so a second person must close this case"))
            return render_case(view, form)
        audit.record("safeguarding-case-updated", organisation_id=organisation_id, user_id=g.staff.user.id,
                     subject=str(view.case.id), status=status.value)
        flash(_("Saved."))
        return redirect(url_for(".case", case_id=view.case.id))
    audit.record("safeguarding-case-viewed", organisation_id=organisation_id, user_id=g.staff.user.id,
                 subject=str(view.case.id))
    return render_case(view, form)


def render_case(view: triage.CaseView, form: FlaskForm, ask_form: FlaskForm | None = None) -> ResponseReturnValue:
    """The case page; the re-identification routes render it too when their form has errors."""
    from participation.organisations.services import user_names
    from participation.privacy import reidentify
    from participation.privacy.routes import STATUS_NAMES as REQUEST_STATUS_NAMES
    from participation.privacy.routes import AskForm

    organisation_id = g.staff.session.organisation_id
    group = get_group(organisation_id, view.group_id) if view.group_id else None
    requests = reidentify.requests_for(view.case)
    people = {note.user_id for note in view.case.notes} | {r.requested_by_id for r in requests} \
        | {r.decided_by_id for r in requests}
    authors = user_names({user_id for user_id in people if user_id})
    errors = form.errors or (ask_form is not None and ask_form.errors)
    return render_template("safeguarding/case.html", view=view, form=form, status_names=STATUS_NAMES,
                           band_names=BAND_NAMES, group=group, authors=authors,
                           traceable=reidentify.traceable(view.case).value, requests=requests,
                           ask_form=ask_form or AskForm(formdata=None), request_status_names=REQUEST_STATUS_NAMES,
                           can_ask=Role.SAFEGUARDING_LEAD in g.staff.roles,
                           title=_titles([view])[view.case.consultation_id],
                           language_names={code: language.native_name for code, language in LANGUAGES.items()}), \
        400 if errors else 200


comments_bp = Blueprint("comments", __name__, url_prefix="/staff/consultations")


@comments_bp.route("/<uuid:consultation_id>/comments")
@requires(BUILDERS)
def comments(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """What young people wrote, themed; corrections and emerging topics."""
    from participation.analysis import services
    from participation.analysis.topics import emerging

    consultation = _consultation(consultation_id)
    theme = request.args.get("theme") or None
    themes = services.themes_for(consultation.organisation_id)
    names = {t.slug: t.name for t in themes}
    if theme and theme not in names:
        theme = None
    rows = services.comments_for(consultation.id, theme)
    topics = services.emerging_topics(consultation)
    return render_template("analysis/comments.html", consultation=consultation, rows=rows, theme=theme,
                           names=names, counts=services.theme_counts(consultation.id), topics=topics,
                           confirm=ConfirmForm(), band_names=BAND_NAMES,
                           titles=_question_titles(consultation),
                           language_names={code: language.native_name for code, language in LANGUAGES.items()})


def _consultation(consultation_id: uuid.UUID):  # type: ignore[no-untyped-def]
    from participation.surveys import builder

    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


def _question_titles(consultation) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from participation.surveys import builder

    return {q.key: next((t.title for t in q.texts if t.language == "en" and not t.age_band), q.key)
            for q in builder.questions_of(consultation, consultation.live_version or None)}


@comments_bp.route("/<uuid:consultation_id>/comments/<uuid:answer_id>/<any(add, remove):action>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def correct(consultation_id: uuid.UUID, answer_id: uuid.UUID, action: str) -> ResponseReturnValue:
    from participation.analysis import services

    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    answer = services.answer_in(consultation.id, answer_id)
    slug = request.form.get("slug", "")
    if answer is None or slug not in {t.slug for t in services.themes_for(consultation.organisation_id)}:
        abort(404)
    services.correct_theme(answer, slug, present=action == "add")
    audit.record("theme-corrected", organisation_id=consultation.organisation_id, user_id=g.staff.user.id,
                 subject=consultation.code, theme=slug, change=action)
    return redirect(url_for(".comments", consultation_id=consultation.id, theme=request.args.get("theme"),
                            _anchor=f"a-{answer_id}"))


@comments_bp.route("/<uuid:consultation_id>/topics", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def adopt(consultation_id: uuid.UUID) -> ResponseReturnValue:
    from participation.analysis import services

    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    phrase = (request.form.get("phrase") or "").strip()[:80]
    target = request.form.get("slug") or ""
    new_name = (request.form.get("new_name") or "").strip()[:120]
    known = {t.slug for t in services.themes_for(consultation.organisation_id)}
    if not phrase or (target == "new" and not new_name) or (target != "new" and target not in known):
        flash(_("Choose a theme for ‘%(phrase)s’, or name a new one.", phrase=phrase), "error")
        return redirect(url_for(".comments", consultation_id=consultation.id, _anchor="emerging"))
    theme = services.adopt_topic(consultation.organisation_id, consultation.id, phrase,
                                 slug=None if target == "new" else target, new_name=new_name if target == "new" else None)
    # The phrase is young people's words: the audit log says which theme grew and to how many phrases, never what.
    audit.record("topic-adopted", organisation_id=consultation.organisation_id, user_id=g.staff.user.id,
                 subject=consultation.code, theme=theme.slug, keywords=len(theme.keywords))
    flash(_("‘%(phrase)s’ is now part of %(theme)s.", phrase=phrase, theme=theme.name))
    return redirect(url_for(".comments", consultation_id=consultation.id, theme=theme.slug))


ATTRIBUTIONS = {
    "4-7": _l("child, 4 to 7"),
    "8-11": _l("child, 8 to 11"),
    "12-17": _l("young person, 12 to 17"),
    "care-leavers": _l("care leaver"),
    "parents-carers": _l("parent or carer"),
}
REDACTION_NAMES = {
    "email": _l("email address"), "phone": _l("phone number"), "postcode": _l("postcode"),
    "address": _l("address"), "school": _l("school"), "name": _l("name"),
}


@comments_bp.route("/<uuid:consultation_id>/quotes")
@requires(BUILDERS)
def quotes(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """Comments young people agreed to have quoted, redacted for a worker to approve, edit or leave out."""
    from participation.analysis import services

    consultation = _consultation(consultation_id)
    return render_template("analysis/quotes.html", consultation=consultation,
                           candidates=services.quote_candidates(consultation.id), confirm=ConfirmForm(),
                           attributions=ATTRIBUTIONS, redaction_names=REDACTION_NAMES)


@comments_bp.route("/<uuid:consultation_id>/quotes/<uuid:answer_id>/<any(approve, reject):decision>",
                   methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def decide_quote(consultation_id: uuid.UUID, answer_id: uuid.UUID, decision: str) -> ResponseReturnValue:
    from participation.analysis import services

    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    text = (request.form.get("text") or "").strip()
    if decision == "approve" and not text:
        flash(_("Write the words to quote, or choose not to use this comment."), "error")
        return redirect(url_for(".quotes", consultation_id=consultation.id, _anchor=f"q-{answer_id}"))
    if len(text) > 2000:
        flash(_("A quote must be 2,000 characters or fewer."), "error")
        return redirect(url_for(".quotes", consultation_id=consultation.id, _anchor=f"q-{answer_id}"))
    quote = services.decide_quote(consultation.id, answer_id, approve=decision == "approve", text=text,
                                  user_id=g.staff.user.id)
    if quote is None:
        abort(404)
    audit.record(f"quote-{decision}d", organisation_id=consultation.organisation_id, user_id=g.staff.user.id,
                 subject=consultation.code)
    flash(_("Quote approved.") if decision == "approve" else _("This comment will not be quoted."))
    return redirect(url_for(".quotes", consultation_id=consultation.id, _anchor=f"q-{answer_id}"))
