"""The safeguarding queue, for safeguarding leads (and organisation admins). Everything here is audited."""

from __future__ import annotations

import uuid
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.accounts.access import BUILDERS, requires
from participation.accounts.forms import ConfirmForm
from participation.accounts.models import Role
from participation.analysis import comment_filters, reading, services, triage
from participation.analysis.case_page import render_case
from participation.analysis.forms import CaseForm, CommentFilterForm
from participation.analysis.models import CASE_STATUS_NAMES, REDACTION_NAMES, CaseStatus, approval_refused
from participation.audit import services as audit
from participation.helplines.registry import EMERGENCY
from participation.i18n import LANGUAGES, language_label
from participation.organisations.services import user_names
from participation.privacy.reidentify import pending
from participation.responses.models import Answer
from participation.surveys import builder
from participation.surveys.models import BAND_NAMES, Consultation, in_band_order
from participation.titles import staff_titles
from participation.transactions import commit_on_success, keep_now

bp = Blueprint("safeguarding", __name__, url_prefix="/staff/safeguarding")
SAFEGUARDING = frozenset({Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN})


@bp.route("/")
@requires(SAFEGUARDING)
@commit_on_success
def queue() -> ResponseReturnValue:
    show_closed = request.args.get("show") == "all"
    cases = triage.queue(g.staff.session.organisation_id, show_closed)
    audit.record(
        "safeguarding-queue-viewed",
        organisation_id=g.staff.session.organisation_id,
        user_id=g.staff.user.id,
        count=len(cases),
    )
    waiting = [r for r in pending(g.staff.session.organisation_id) if r.requested_by_id != g.staff.user.id]
    unread_counts = reading.unread_by_consultation(g.staff.session.organisation_id)
    titles = staff_titles([*unread_counts, *(view.case.consultation_id for view in cases)])
    unread = [
        (consultation_id, titles[consultation_id], urgent, total)
        for consultation_id, (urgent, total) in unread_counts.items()
    ]
    return render_template(
        "safeguarding/queue.html",
        cases=cases,
        show_closed=show_closed,
        unread_by_consultation=sorted(unread, key=lambda item: (-item[2], item[1])),
        waiting_requests=len(waiting),
        status_names=CASE_STATUS_NAMES,
        band_names=BAND_NAMES,
        language_names={code: language.native_name for code, language in LANGUAGES.items()},
        consultation_titles=titles,
    )


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
            form.status.errors = [
                *form.status.errors,
                _("You erased these answers, so a second person must close this case"),
            ]
            return render_case(view, form)
        audit.record(
            "safeguarding-case-updated",
            organisation_id=organisation_id,
            user_id=g.staff.user.id,
            subject=str(view.case.id),
            status=status.value,
        )
        flash(_("Saved."))
        return redirect(url_for(".case", case_id=view.case.id))
    audit.record(
        "safeguarding-case-viewed", organisation_id=organisation_id, user_id=g.staff.user.id, subject=str(view.case.id)
    )
    # The case's words are shown again with the form's errors: that viewing is audited although the page answers 400.
    keep_now()
    return render_case(view, form)


@bp.route("/<uuid:case_id>/read", methods=["POST"])
@requires(SAFEGUARDING)
@commit_on_success
def mark_case_read(case_id: uuid.UUID) -> ResponseReturnValue:
    """A safeguarding lead has read the words (deciding on the case does this too)."""

    organisation_id = g.staff.session.organisation_id
    view = triage.get(organisation_id, case_id)
    if view is None or not view.live_answer_ids:
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    # Every answer of the case: they are read together.
    for answer_id in view.live_answer_ids:
        if (state := reading.reading_of(organisation_id, answer_id)) is not None and reading.mark_read(
            state, g.staff.user
        ):
            audit.record(
                "comment-read", organisation_id=organisation_id, user_id=g.staff.user.id, subject=str(view.case.id)
            )
    return redirect(url_for(".case", case_id=view.case.id))


@bp.route("/found")
@requires(SAFEGUARDING)
@commit_on_success
def found() -> ResponseReturnValue:
    """Cases a reader opened because the screen missed a worry: the list to learn from when word lists change."""

    organisation_id = g.staff.session.organisation_id
    cases = triage.found_by_people(organisation_id)
    audit.record("found-cases-viewed", organisation_id=organisation_id, user_id=g.staff.user.id, count=len(cases))
    return render_template(
        "safeguarding/found.html",
        cases=cases,
        status_names=CASE_STATUS_NAMES,
        band_names=BAND_NAMES,
        consultation_titles=staff_titles(item.view.case.consultation_id for item in cases),
        language_names={code: language.native_name for code, language in LANGUAGES.items()},
    )


comments_bp = Blueprint("comments", __name__, url_prefix="/staff/consultations")


# A page of comments at a time: each comes with its own buttons and theme form, and a long consultation has hundreds.
COMMENTS_PER_PAGE = comment_filters.PER_PAGE
# The comments page's filters, kept by every form on it that comes back to the list.
LIST_PARAMETERS = ("q", "show", "theme", "band", "language", "flag")

# Who reads what young people wrote: participation workers, admins and safeguarding leads. Themes stay the workers'.
READERS = BUILDERS | {Role.SAFEGUARDING_LEAD}


@comments_bp.route("/<uuid:consultation_id>/comments")
@requires(READERS)
def comments(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """What young people wrote, in the order to read it, a page at a time: search, filters (which comments, theme,
    age band, language, what the screen found) with how many comments each choice gives, read states, themes,
    corrections and emerging topics."""
    consultation = _consultation(consultation_id)
    names = {t.slug: t.name for t in services.themes_for(consultation.organisation_id)}
    facts = services.comment_facts(consultation.id)
    form = CommentFilterForm(formdata=request.args)
    form.offer(_filter_values(names, facts))
    valid = form.validate()
    form.drop_wrong()
    filters = comment_filters.Filters(
        show=form.show.data or "unread",
        theme=form.theme.data or "",
        band=form.band.data or "",
        language=form.language.data or "",
        flag=form.flag.data or "",
        search=() if form.q.errors else comment_filters.search_terms(form.q.data or ""),
    )
    found = comment_filters.find(facts, filters, form.page.data or 1, COMMENTS_PER_PAGE)
    form.count(
        found.counts,
        {
            "show": set(comment_filters.READ_STATES),
            "theme": set(names) | {comment_filters.NO_THEME},
            "band": {comment.band for comment in facts},
            "language": {comment.language or comment_filters.UNKNOWN_LANGUAGE for comment in facts},
            "flag": set(comment_filters.FLAGS),
        },
    )
    rows = services.comment_rows(consultation.id, [comment.answer_id for comment in found.shown])
    return render_template(
        "analysis/comments.html",
        consultation=consultation,
        form=form,
        found=found,
        filters=filters,
        rows=rows,
        links=_list_address(form, found.page),
        names=names,
        topics=services.emerging_topics(consultation, facts),
        confirm=ConfirmForm(),
        band_names=BAND_NAMES,
        Priority=reading.Priority,
        emergency=EMERGENCY,
        readers=user_names({row.read_by_id for row in rows if row.read_by_id}),
        can_theme=bool(g.staff.roles & BUILDERS),
        titles=services.question_titles(consultation),
    ), 200 if valid else 400


def _filter_values(names: dict[str, str], facts: list[comment_filters.Facts]) -> dict[str, dict[str, str]]:
    """Every value each filter takes, with its name, in the order the page lists them: age bands youngest first,
    languages in the registry's order (then any other the analysis named, then "not known")."""
    others = sorted({c.language for c in facts if c.language and c.language not in LANGUAGES})
    return {
        "show": {"unread": _("Unread comments"), "read": _("Read comments"), "all": _("All comments")},
        "theme": {
            "": _("Every theme"),
            **dict(sorted(names.items(), key=lambda item: item[1])),
            comment_filters.NO_THEME: _("No theme yet"),
        },
        "band": {"": _("Every age band"), **{band: str(name) for band, name in in_band_order(BAND_NAMES).items()}},
        "language": {
            "": _("Every language"),
            **{code: language_label(code) for code in [*LANGUAGES, *others]},
            comment_filters.UNKNOWN_LANGUAGE: _("Language not known"),
        },
        "flag": {
            "": _("Every comment"),
            "disclosure": _("A possible disclosure"),
            "unscreened": _("A language it cannot screen: needs reading"),
            "negative": _("A negative tone"),
            "none": _("Nothing to flag"),
        },
    }


def _list_address(form: CommentFilterForm, page: int) -> dict[str, Any]:
    """The list's filters as address parameters (only those chosen), for page links and for the forms on each
    comment to come back to the same place."""
    chosen = {
        "q": form.q.data or None,
        "show": form.show.data if form.show.data != "unread" else None,
        "theme": form.theme.data or None,
        "band": form.band.data or None,
        "language": form.language.data or None,
        "flag": form.flag.data or None,
    }
    return {"filters": {key: value for key, value in chosen.items() if value}, "page": page if page > 1 else None}


def _back_to_comments(consultation_id: uuid.UUID, answer_id: uuid.UUID | None = None) -> ResponseReturnValue:
    """Back to the list a reader's form was sent from: its filters and page (the list checks them again)."""
    kept: dict[str, Any] = {key: request.args[key] for key in (*LIST_PARAMETERS, "page") if request.args.get(key)}
    return redirect(
        url_for(".comments", consultation_id=consultation_id, _anchor=f"a-{answer_id}" if answer_id else None, **kept)
    )


def _posted_comment(consultation_id: uuid.UUID, answer_id: uuid.UUID) -> tuple[Consultation, Answer]:
    """The consultation and the comment a reader's form acts on: 404 for another organisation's, for an answer not in
    this consultation or one whose words have gone; 400 without a valid token."""

    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    answer = services.answer_in(consultation.id, answer_id)
    if answer is None or not (answer.text or answer.pictures):
        abort(404)
    return consultation, answer


@comments_bp.route("/<uuid:consultation_id>/comments/<uuid:answer_id>/read", methods=["POST"])
@requires(READERS)
@commit_on_success
def mark_read(consultation_id: uuid.UUID, answer_id: uuid.UUID) -> ResponseReturnValue:
    """A named person has read this comment (never by scrolling past it: one button, one comment)."""

    consultation, answer = _posted_comment(consultation_id, answer_id)
    state = reading.arrived(answer, consultation.id, reading.arrived_on(answer.response.submitted_on))
    if reading.mark_read(state, g.staff.user):
        audit.record(
            "comment-read",
            organisation_id=consultation.organisation_id,
            user_id=g.staff.user.id,
            subject=consultation.code,
        )
    # Back to the list where the next unread comment now sits where this one was.
    return _back_to_comments(consultation.id)


@comments_bp.route("/<uuid:consultation_id>/comments/<uuid:answer_id>/case", methods=["POST"])
@requires(READERS)
@commit_on_success
def open_case(consultation_id: uuid.UUID, answer_id: uuid.UUID) -> ResponseReturnValue:
    """A reader saw a worry the screen missed: one step puts the comment in the safeguarding queue."""

    consultation, answer = _posted_comment(consultation_id, answer_id)
    try:
        placed = reading.open_case(answer, consultation.id, g.staff.user)
    except reading.AlreadyACaseError:
        flash(_("This comment is already in the safeguarding queue."))
        return _back_to_comments(consultation.id, answer.id)
    case = placed.case
    audit.record(
        "safeguarding-case-opened-by-person" if placed.opened else "safeguarding-answer-added-by-person",
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=str(case.id),
    )
    if not placed.opened:
        # Another answer of the same young person is already waiting in the queue: one case holds both.
        if g.staff.roles & SAFEGUARDING:
            flash(_("Added to the safeguarding case already open on this young person’s other answers."))
            return redirect(url_for("safeguarding.case", case_id=case.id))
        flash(
            _(
                "Added to the safeguarding case already open on this young person’s other answers: the safeguarding "
                "leads will see it in their queue today, marked “found by a person”. If someone is in danger now, "
                "call %(number)s.",
                number=EMERGENCY.number,
            )
        )
        return _back_to_comments(consultation.id, answer.id)
    if g.staff.roles & SAFEGUARDING:
        flash(_("Safeguarding case opened."))
        return redirect(url_for("safeguarding.case", case_id=case.id))

    flash(
        _(
            "Safeguarding case opened. The safeguarding leads will see it in their queue today, marked “found by a "
            "person”; if someone is in danger now, call %(number)s.",
            number=EMERGENCY.number,
        )
    )
    return _back_to_comments(consultation.id, answer.id)


def _consultation(consultation_id: uuid.UUID) -> Consultation:

    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


@comments_bp.route("/<uuid:consultation_id>/comments/<uuid:answer_id>/<any(add, remove):action>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def correct(consultation_id: uuid.UUID, answer_id: uuid.UUID, action: str) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    answer = services.answer_in(consultation.id, answer_id)
    slug = request.form.get("slug", "")
    if answer is None or slug not in {t.slug for t in services.themes_for(consultation.organisation_id)}:
        abort(404)
    services.correct_theme(answer, slug, present=action == "add")
    audit.record(
        "theme-corrected",
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=consultation.code,
        theme=slug,
        change=action,
    )
    return _back_to_comments(consultation.id, answer_id)


@comments_bp.route("/<uuid:consultation_id>/topics", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def adopt(consultation_id: uuid.UUID) -> ResponseReturnValue:
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
    theme = services.adopt_topic(
        consultation.organisation_id,
        consultation.id,
        phrase,
        slug=None if target == "new" else target,
        new_name=new_name if target == "new" else None,
    )
    # The phrase is young people's words: the audit log says which theme grew and to how many phrases, never what.
    audit.record(
        "topic-adopted",
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=consultation.code,
        theme=theme.slug,
        keywords=len(theme.keywords),
    )
    flash(_("‘%(phrase)s’ is now part of %(theme)s.", phrase=phrase, theme=theme.name))
    return redirect(url_for(".comments", consultation_id=consultation.id, theme=theme.slug))


ATTRIBUTIONS = {
    "4-7": _l("child, 4 to 7"),
    "8-11": _l("child, 8 to 11"),
    "12-17": _l("young person, 12 to 17"),
    "care-leavers": _l("care leaver"),
    "parents-carers": _l("parent or carer"),
}


@comments_bp.route("/<uuid:consultation_id>/quotes")
@requires(BUILDERS)
def quotes(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """Comments young people agreed to have quoted, redacted for a worker to approve, edit or leave out."""

    return _quotes_page(_consultation(consultation_id))


def _quotes_page(consultation: Consultation, sent_back: dict[uuid.UUID, tuple[str, str]] | None = None) -> str:
    """The quotes page. ``sent_back``: a quote sent back with an error, by answer (the words as typed, the error)."""
    confirm = ConfirmForm()
    return render_template(
        "analysis/quotes.html",
        consultation=consultation,
        candidates=services.quote_candidates(consultation.id),
        confirm=confirm,
        error_form=confirm,
        attributions=ATTRIBUTIONS,
        redaction_names=REDACTION_NAMES,
        sent_back=sent_back or {},
        title_error=bool(sent_back),
        extra_errors=[
            {"text": error, "href": f"#text-{answer_id}"} for answer_id, (_t, error) in (sent_back or {}).items()
        ],
    )


@comments_bp.route("/<uuid:consultation_id>/quotes/<uuid:answer_id>/<any(approve, reject):decision>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def decide_quote(consultation_id: uuid.UUID, answer_id: uuid.UUID, decision: str) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    text = (request.form.get("text") or "").replace("\x00", "").strip()
    error = ""
    if decision == "approve" and not text:
        error = _("Write the words to quote, or choose not to use this comment.")
    elif len(text) > 2000:
        error = _("A quote must be 2,000 characters or fewer.")
    elif decision == "approve":
        error = approval_refused(text, services.known_places(consultation.organisation_id))
    if error:
        # Back on the quotes page with the words as the worker typed them, and the error at that comment's box.
        if not any(candidate.answer_id == answer_id for candidate in services.quote_candidates(consultation.id)):
            abort(404)
        return _quotes_page(consultation, {answer_id: (text, error)}), 400
    quote = services.decide_quote(
        consultation.id, answer_id, approve=decision == "approve", text=text, user_id=g.staff.user.id
    )
    if quote is None:
        abort(404)
    audit.record(
        "quote-approved" if decision == "approve" else "quote-rejected",
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=consultation.code,
    )
    flash(_("Quote approved.") if decision == "approve" else _("This comment will not be quoted."))
    return redirect(url_for(".quotes", consultation_id=consultation.id, _anchor=f"q-{answer_id}"))
