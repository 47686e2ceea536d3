"""The young person's journey at /s/<code>: who is answering, start, one question a page, check, submit, done."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf import FlaskForm

from participation.accounts.access import public
from participation.audit import services as audit
from participation.distribution import services as distribution
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.i18n import current_language
from participation.limits import limiter
from participation.ops.access_log import current_path
from participation.pseudonyms import format_code
from participation.responses import services, wording
from participation.responses.forms import (
    BandForm,
    CheckForm,
    CodeForm,
    DeleteForm,
    EmptyForm,
    choices_for,
    question_form,
)
from participation.responses.models import Draft
from participation.surveys import services as surveys
from participation.surveys.models import Consultation, QuestionKind
from participation.surveys.services import ConsultationView
from participation.transactions import commit_on_success

bp = Blueprint("respond", __name__)
# Receipt and resume codes typed at one address (shared by every worker: participation.ratelimits). A group session
# behind one address types a handful; a guesser needs millions.
CODE_LIMIT = "10 per minute;60 per hour"
# Seeing and deleting answers take the same receipt code: one count for both, so neither doubles the guesses.
receipt_code_limit = limiter.shared_limit(CODE_LIMIT, scope="receipt-code", methods=["POST"])


@bp.before_request
def _refuse_unreadable_posts() -> None:
    """Read every post's form before the page does, so that each route answers the same way: a post over
    MAX_CONTENT_LENGTH gets the kind 413 page even where the route never reads the form (start, save), and a body
    that is not text at all (invalid UTF-8, which no browser sends) gets "could not be read" rather than being taken
    for an empty form, whose missing token would wrongly say the page was open too long. Answers already given
    stay in the draft either way."""
    if request.method != "POST":
        return
    form = request.form  # raises RequestEntityTooLarge (413) past MAX_CONTENT_LENGTH
    if not form and (request.content_length or 0) > 0 and request.mimetype == "application/x-www-form-urlencoded":
        current_app.logger.warning("Refused a respondent post that could not be read as text: %s", current_path())
        abort(400)


# --- session helpers: the device keeps only a random token per consultation ---------------------------------------


def _tokens() -> dict[str, str]:
    return dict(session.get("drafts") or {})


def _token(code: str) -> str | None:
    return _tokens().get(code)


def _remember_token(code: str, token: str) -> None:
    tokens = _tokens()
    tokens[code] = token
    session["drafts"] = tokens
    session.permanent = True


# How long after sending the done page may still show the receipt code once (a slow network, a double tap).
RECEIPT_SHOWN_WITHIN_SECONDS = 15 * 60


def _forget_sent(code: str, token: str) -> None:
    """After sending: this device's session no longer points at the draft, only at a one-shot slot the done page
    empties as it shows the receipt code (nothing on a shared phone reopens sent answers)."""
    tokens = _tokens()
    tokens.pop(code, None)
    session["drafts"] = tokens
    sent = dict(session.get("sent") or {})
    sent[code] = {"token": token, "at": int(time.time())}
    session["sent"] = sent
    # A used invite card is spent: the next person on this device must not answer under its pseudonym.
    _pop_flag("invites", code)


def _let_go_of_sent(code: str, token: str, draft: Draft) -> bool:
    """This device still holds the token of answers already sent (a double tap or a lost connection kept the old
    cookie). The same day, the done page may still show the receipt code once; later, nothing is shown and the
    token stops working, so a phone picked up days later reopens nothing. Says whether the receipt is still to
    be shown."""
    if draft.last_active_on >= date.today():
        _forget_sent(code, token)
        return True
    tokens = _tokens()
    tokens.pop(code, None)
    session["drafts"] = tokens
    services.forget_device(draft)
    return False


def _take_sent(code: str) -> str | None:
    """The token of the answers this device has just sent, once, and only within a few minutes of sending."""
    sent = dict(session.get("sent") or {})
    entry = sent.pop(code, None)
    if entry is None:
        return None
    session["sent"] = sent
    if not isinstance(entry, dict) or time.time() - float(entry.get("at") or 0) > RECEIPT_SHOWN_WITHIN_SECONDS:
        return None
    return str(entry.get("token") or "") or None


def forget_draft_on_this_device() -> None:
    """Quick exit: this device forgets every draft, choice and code it held (answers already saved stay on the
    server; a resume code still finds them)."""
    for name in ("drafts", "sent", "bands", "invites", "assisted", "reassure"):
        session.pop(name, None)


def _chosen_band(code: str) -> tuple[str | None, bool]:
    chosen = (session.get("bands") or {}).get(code) or {}
    return chosen.get("band"), bool(chosen.get("fixed"))


def _remember_band(code: str, band: str, fixed: bool) -> None:
    bands = dict(session.get("bands") or {})
    bands[code] = {"band": band, "fixed": fixed}
    session["bands"] = bands
    session.permanent = True


def _session_flag(name: str, code: str, value: object | None = None) -> object | None:
    """A per-consultation value kept in this device's session: an invite code being used, an assisted session."""
    values = dict(session.get(name) or {})
    if value is not None:
        values[code] = value
        session[name] = values
        session.permanent = True
    return values.get(code)


def _may_disclose(text: str) -> bool:
    """Screen an answer as it is given. A fault here must not cost the child their answer: it is logged loudly,
    and screening runs again when the answers are sent and in `flask analysis rerun`."""
    from participation.analysis.engine import may_disclose

    try:
        return may_disclose(text)
    except Exception:  # noqa: BLE001
        current_app.logger.exception("Safeguarding screening failed while answering")
        return False


def _pop_flag(name: str, code: str) -> bool:
    values = dict(session.get(name) or {})
    found = bool(values.pop(code, None))
    if found:
        session[name] = values
    return found


# --- loading -------------------------------------------------------------------------------------------------------


def _consultation(code: str) -> Consultation:
    # No code holds a control or format character; PostgreSQL cannot even be asked about a NUL (it would be a 500).
    consultation = surveys.get_consultation_by_code(code) if code.isprintable() else None
    if consultation is None:
        abort(404)
    g.organisation_name = surveys.organisation_name(consultation.organisation_id)
    g.helpline_organisation_id = consultation.organisation_id  # its own numbers in every help box
    return consultation


def _closed_page(consultation: Consultation) -> ResponseReturnValue:
    view = surveys.consultation_view(consultation, current_language().code, "12-17")
    return render_template("respond/closed.html", consultation=view), 410


def _open_draft(code: str) -> tuple[Consultation, Draft, ConsultationView] | ResponseReturnValue:
    """The consultation, this device's draft and the band's view of it; or where to send the young person."""
    consultation = _consultation(code)
    if not surveys.is_open(consultation):
        # A response, not a (page, status) tuple: callers tell a loaded draft from a page by the tuple.
        return current_app.make_response(_closed_page(consultation))
    token = _token(code)
    draft = services.find_draft(consultation, token)
    if draft is None:
        return redirect(url_for(".start", code=code))
    if draft.response_id is not None:
        # Sent from a second tab or a double tap: the receipt code is shown once, then this device forgets it.
        assert token is not None
        return redirect(url_for(".done" if _let_go_of_sent(code, token, draft) else ".start", code=code))
    view = surveys.consultation_view(consultation, current_language().code, draft.age_band)
    return consultation, draft, view


def _token_expired(form: FlaskForm) -> bool:
    """Take an expired or missing CSRF token out of the form's errors (its English text means nothing to a child)
    and say whether there was one, so the page can ask them to press the button again with what they typed kept."""
    if "csrf_token" not in form.errors:
        return False
    # WTForms caches ``errors``: clear both the cached entry and the field's own list.
    form.errors.pop("csrf_token", None)
    form.csrf_token.errors = []
    return True


# --- public pages --------------------------------------------------------------------------------------------------


@bp.route("/")
@public
def home() -> ResponseReturnValue:
    return render_template("respond/home.html")


@bp.route("/leave")
@public
@commit_on_success
def leave() -> ResponseReturnValue:
    """Quick exit, with or without JavaScript: this device forgets its drafts and goes straight to the exit site.
    A plain link, not a form (a form's redirect to another site would be stopped by the CSP's form-action). The
    drafts' device tokens stop working on the server too, so a copy of the cookie reopens nothing; a draft stays
    (its resume code still finds it, and a worrying answer in it is still read as the start page promised)."""
    for code, token in _tokens().items():
        consultation = surveys.get_consultation_by_code(code) if code.isprintable() else None
        draft = services.find_draft(consultation, token) if consultation is not None else None
        if draft is not None:
            services.forget_device(draft)
    forget_draft_on_this_device()
    return redirect(current_app.config["HEARD_QUICK_EXIT_URL"], code=303)


@bp.route("/help")
@public
def help_now() -> ResponseReturnValue:
    return render_template("respond/help.html")


@bp.route("/s/<code>", methods=["GET"])
@public
def start(code: str) -> ResponseReturnValue:
    """The start page, in words for the age band; asks who is answering first if the link did not say."""
    consultation = _consultation(code)
    if not surveys.is_open(consultation):
        return _closed_page(consultation)
    linked_band = surveys.valid_band(request.args.get("band"))
    if linked_band:
        _remember_band(code, linked_band.value, fixed=True)
    if request.args.get("assisted") == "1":
        # A worker or carer starting a group session: the answers will be marked as helped, nothing more.
        _session_flag("assisted", code, True)
    draft = services.find_draft(consultation, _token(code))
    if draft is not None and draft.response_id is None:
        band, fixed = draft.age_band, draft.band_fixed
    else:
        band, fixed = _chosen_band(code)
    if not band:
        return redirect(url_for(".who", code=code))
    view = surveys.consultation_view(consultation, current_language().code, band)
    return render_template(
        "respond/start.html",
        consultation=view,
        band=band,
        band_fixed=fixed,
        promise=wording.start_page(
            band,
            len(view.questions),
            services.reads_unsent(consultation.organisation_id),
            services.personal_code_traceability(consultation, _invite_of_device(code, draft)),
        ),
        in_progress=draft is not None and draft.response_id is None and bool(draft.answers),
        form=EmptyForm(),
    )


def _invite_of_device(code: str, draft: Draft | None) -> InviteCode | None:
    """The personal or group invite code this device is answering with, if any."""
    invite_id = draft.invite_id if draft is not None and draft.invite_id else _session_flag("invites", code)
    return distribution.find_invite_by_id(invite_id) if invite_id else None


@bp.route("/s/<code>/who", methods=["GET", "POST"])
@public
@commit_on_success
def who(code: str) -> ResponseReturnValue:
    consultation = _consultation(code)
    if not surveys.is_open(consultation):
        return _closed_page(consultation)
    band, fixed = _chosen_band(code)
    draft = services.find_draft(consultation, _token(code))
    if draft is not None and draft.response_id is None:
        band, fixed = draft.age_band, draft.band_fixed
    if fixed:
        return redirect(url_for(".start", code=code))
    form = BandForm(data={"band": band} if band and request.method == "GET" else None)
    valid = form.validate_on_submit()
    expired = _token_expired(form)
    if valid:
        _remember_band(code, form.band.data, fixed=False)
        if draft is not None and draft.response_id is None:
            new_view = surveys.consultation_view(consultation, current_language().code, form.band.data)
            services.change_band(draft, form.band.data, new_view)
        return redirect(url_for(".start", code=code))
    view = surveys.consultation_view(consultation, current_language().code, band or "12-17")
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/who.html", consultation=view, form=form, csrf_expired=expired
    ), 400 if failed else 200


@bp.route("/s/<code>/start", methods=["POST"])
@public
@commit_on_success
def begin(code: str) -> ResponseReturnValue:
    consultation = _consultation(code)
    if not surveys.is_open(consultation):
        return _closed_page(consultation)
    draft = services.find_draft(consultation, _token(code))
    if draft is None or draft.response_id is not None:
        band, fixed = _chosen_band(code)
        if not band:
            return redirect(url_for(".who", code=code))
        # The form only carries the CSRF token; if it expired, starting again costs nothing, so just start.
        invite = distribution.find_invite_by_id(_session_flag("invites", code))
        if invite is not None and services.unsent_draft_for_invite(invite) is not None:
            # Another device started with the same card after this one opened it.
            return _invite_in_use(consultation, band)
        draft, token = services.start_draft(
            consultation,
            band,
            current_language().code,
            fixed,
            invite=invite,
            assisted=bool(_session_flag("assisted", code)),
        )
        _remember_token(code, token)
    view = surveys.consultation_view(consultation, current_language().code, draft.age_band)
    number = services.next_unanswered(draft, view)
    if number is None:
        return redirect(url_for(".check", code=code))
    return redirect(url_for(".question", code=code, number=number))


def _render_question(
    view: ConsultationView,
    draft: Draft,
    number: int,
    form: FlaskForm,
    *,
    changing: bool,
    csrf_expired: bool = False,
    reassure: bool = False,
) -> str:
    question = view.questions[number - 1]
    if changing:
        back = url_for(".check", code=view.code)
    elif number == 1:
        back = url_for(".start", code=view.code)
    else:
        back = url_for(".question", code=view.code, number=number - 1)
    return render_template(
        "respond/question.html",
        consultation=view,
        question=question,
        number=number,
        total=len(view.questions),
        form=form,
        items=wording.answer_items(question, choices_for(question), draft.age_band),
        back=back,
        changing=changing,
        csrf_expired=csrf_expired,
        band=draft.age_band,
        reassure=reassure,
        reads_unsent=services.reads_unsent(draft.organisation_id),
    )


@bp.route("/s/<code>/q/<int:number>", methods=["GET", "POST"])
@public
@commit_on_success
def question(code: str, number: int) -> ResponseReturnValue:
    loaded = _open_draft(code)
    if not isinstance(loaded, tuple):
        return loaded
    consultation, draft, view = loaded
    if not 1 <= number <= len(view.questions):
        abort(404)
    question = view.questions[number - 1]
    changing = request.args.get("change") == "1"

    if request.method == "GET":
        stored = services.stored_answer(draft, question.key)
        data: dict[str, Any] = {}
        if stored and not stored.declined:
            if question.kind == QuestionKind.MULTIPLE:
                data["answer"] = list(stored.choices)
            elif question.kind.is_text:
                data["answer"] = stored.text
            elif stored.choices:
                data["answer"] = stored.choices[0]
        form = question_form(question, data=data)
        return _render_question(view, draft, number, form, changing=changing, reassure=_pop_flag("reassure", code))

    form = question_form(question)
    valid = form.validate()
    if _token_expired(form):
        # The page sat open too long: show what they chose again, with a fresh token, and ask them to continue.
        return _render_question(view, draft, number, form, changing=changing, csrf_expired=True), 400
    declined = "skip" in request.form
    if declined:
        services.record_answer(draft, question, declined=True)
    elif not valid:
        if not question.kind.is_text and not set(request.form.getlist("answer")) <= {
            value for value, *_rest in choices_for(question)
        }:
            # Only a tampered or forged request sends a value the page did not offer: refused, and logged (never
            # the value itself, which could be anything).
            # ``code`` is the consultation's public code (the one on its posters), never a personal one.
            current_app.logger.warning("Refused an answer not offered by question %s of %s", question.key, code)
        return _render_question(view, draft, number, form, changing=changing), 400
    elif question.kind == QuestionKind.MULTIPLE:
        services.record_answer(draft, question, choices=list(form.answer.data or []))
    elif question.kind.is_text:
        services.record_answer(draft, question, text=form.answer.data or "")
        if _may_disclose(form.answer.data or ""):
            # Without alarm, on the next page: where to get help now, and when a person will read it.
            _session_flag("reassure", code, True)
            services.note_possible_disclosure(draft)
    else:
        services.record_answer(draft, question, choices=[form.answer.data])
    draft.language = current_language().code

    if changing or number == len(view.questions):
        return redirect(url_for(".check", code=code))
    return redirect(url_for(".question", code=code, number=number + 1))


@bp.route("/s/<code>/check", methods=["GET", "POST"])
@public
@commit_on_success
def check(code: str) -> ResponseReturnValue:
    loaded = _open_draft(code)
    if not isinstance(loaded, tuple):
        return loaded
    consultation, draft, view = loaded
    form = CheckForm(data={"assisted": draft.assisted} if request.method == "GET" else None)
    if request.method == "POST":
        form.validate()
        draft.assisted = bool(form.assisted.data)
        # A stale token on the final button must not cost a child their answers: the draft is theirs already (its
        # token came from their own session cookie), so an expired CSRF token only asks them to press again.
        if _token_expired(form):
            return render_template(
                "respond/check.html",
                consultation=view,
                rows=wording.check_rows(view, draft),
                form=form,
                csrf_expired=True,
                band=draft.age_band,
                reads_unsent=services.reads_unsent(draft.organisation_id),
            ), 400
        token = _token(code)
        assert token is not None
        services.submit(draft, view, token)
        # Stored first: only then may this device let go of its draft (if the commit fails, the error page is
        # sent with the session as it was, so pressing the button again still finds every answer).
        db.session.commit()
        _forget_sent(code, token)
        return redirect(url_for(".done", code=code))
    return render_template(
        "respond/check.html",
        consultation=view,
        rows=wording.check_rows(view, draft),
        form=form,
        band=draft.age_band,
        reassure=_pop_flag("reassure", code),
        reads_unsent=services.reads_unsent(draft.organisation_id),
    )


@bp.route("/s/<code>/done")
@public
@commit_on_success
def done(code: str) -> ResponseReturnValue:
    """Thank you, and the receipt code: shown once (the page is never cached), then gone from this device. A reload
    or the back button shows the thanks without the code, and the draft's device token stops working."""
    consultation = _consultation(code)
    leftover = _token(code)
    sent_draft = services.find_draft(consultation, leftover)
    if leftover is not None and sent_draft is not None and sent_draft.response_id is not None:
        # Sent by a tap whose answer never reached this device's cookie (a double tap, a lost connection).
        _let_go_of_sent(code, leftover, sent_draft)
    token = _take_sent(code)
    draft = services.find_draft(consultation, token)
    receipt: str | None = None
    if draft is not None and draft.response_id is not None and token is not None:
        receipt = format_code(services.receipt_code(token))
        services.forget_device(draft)
    elif not surveys.is_open(consultation):
        return _closed_page(consultation)
    band = draft.age_band if draft is not None else _chosen_band(code)[0] or "12-17"
    view = surveys.consultation_view(consultation, current_language().code, band)
    return render_template(
        "respond/done.html",
        consultation=view,
        band=band,
        receipt=receipt,
        feedback_due_on=consultation.feedback_due_on,
    )


@bp.route("/s/<code>/again", methods=["POST"])
@public
def again(code: str) -> ResponseReturnValue:
    """Someone else on the same device (a shared tablet at a group session) starts afresh."""
    if not EmptyForm().validate():
        # Only a page of ours may clear this device's link to its answers.
        return redirect(url_for(".done", code=code))
    tokens = _tokens()
    tokens.pop(code, None)
    session["drafts"] = tokens
    bands = dict(session.get("bands") or {})
    kept = bands.get(code) if (bands.get(code) or {}).get("fixed") else None
    bands.pop(code, None)
    if kept:
        bands[code] = kept
    session["bands"] = bands
    return redirect(url_for(".start", code=code))


@bp.route("/s/<code>/save", methods=["GET", "POST"])
@public
@commit_on_success
def save(code: str) -> ResponseReturnValue:
    loaded = _open_draft(code)
    if not isinstance(loaded, tuple):
        return loaded
    consultation, draft, view = loaded
    form = EmptyForm()
    resume_code: str | None = None
    expires_on: date | None = None
    if request.method == "POST" and (form.validate() or _token_expired(form)):
        # Issuing a code changes nothing a forged request could exploit, and a stale token must not stop a child
        # from saving their place.
        resume_code, expires_on = services.save_for_later(draft)
    return render_template(
        "respond/save.html",
        consultation=view,
        form=EmptyForm(formdata=None),
        resume_code=resume_code,
        expires_on=expires_on,
        band=draft.age_band,
        next_number=services.next_unanswered(draft, view),
    )


@bp.route("/resume", methods=["GET", "POST"])
@public
@limiter.limit(CODE_LIMIT, methods=["POST"])
@commit_on_success
def resume() -> ResponseReturnValue:
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = _token_expired(form)
    if valid:
        found = services.resume(form.code.data)
        if found is not None:
            draft, token = found
            code = surveys.consultation_code(draft.consultation_id)
            _remember_token(code, token)
            return redirect(url_for(".begin_resumed", code=code))
        form.code.errors.append(_("That code did not work. Check it, or it may have expired."))
    failed = expired or any(field.errors for field in form)
    return render_template("respond/resume.html", form=form, csrf_expired=expired), 400 if failed else 200


@bp.route("/s/<code>/continue")
@public
def begin_resumed(code: str) -> ResponseReturnValue:
    loaded = _open_draft(code)
    if not isinstance(loaded, tuple):
        return loaded
    _, draft, view = loaded
    number = services.next_unanswered(draft, view)
    if number is None:
        return redirect(url_for(".check", code=code))
    return redirect(url_for(".question", code=code, number=number))


@bp.route("/receipt", methods=["GET", "POST"])
@public
@receipt_code_limit
def receipt() -> ResponseReturnValue:
    """See your own answers with your receipt code (and delete them if you want)."""
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = _token_expired(form)
    if valid:
        response = services.find_response_by_receipt(form.code.data)
        if response is not None:
            consultation = surveys.consultation_by_id(response.consultation_id)
            view = surveys.consultation_view(consultation, current_language().code, response.age_band)
            return render_template(
                "respond/receipt_answers.html",
                consultation=view,
                rows=wording.response_rows(view, response),
                code=form.code.data,
                delete_form=CodeForm(formdata=None, data={"code": form.code.data}),
                words=wording.delete_answers(response.age_band),
            )
        form.code.errors.append(_("That code did not work. Check it and try again."))
    failed = expired or any(field.errors for field in form)
    return render_template("respond/receipt.html", form=form, csrf_expired=expired), 400 if failed else 200


@bp.route("/receipt/delete", methods=["POST"])
@public
@receipt_code_limit
@commit_on_success
def delete_answers() -> ResponseReturnValue:
    """Delete your own answers with your receipt code: first a page saying what deleting does (and that a worrying
    answer will still be read by a safeguarding worker), then, once confirmed, the deletion."""
    form = DeleteForm()
    if form.validate_on_submit():
        response = services.find_response_by_receipt(form.code.data)
        if response is not None:
            band = response.age_band
            if form.confirmed.data != "yes":
                consultation = surveys.consultation_by_id(response.consultation_id)
                view = surveys.consultation_view(consultation, current_language().code, band)
                return render_template(
                    "respond/delete_confirm.html",
                    consultation=view,
                    form=DeleteForm(formdata=None, data={"code": form.code.data, "confirmed": "yes"}),
                    words=wording.delete_answers(band),
                )
            organisation_id, consultation_id = response.organisation_id, response.consultation_id
            services.delete_response(response)
            # Erasure is audited (TRUST.md), with nothing that could point back at the young person (nor whether a
            # safeguarding case was kept, which the case itself records).
            audit.record(
                "response-erased-by-receipt",
                organisation_id=organisation_id,
                subject=surveys.consultation_code(consultation_id),
            )
            return render_template("respond/deleted.html", words=wording.delete_answers(band))
    return redirect(url_for(".receipt"))


@bp.route("/s/<code>/you-said-we-did")
@public
def you_said_we_did(code: str) -> ResponseReturnValue:
    from participation.boards import public as board_public
    from participation.boards.models import ACTION_STATUS_FOR_YOUNG_PEOPLE

    consultation = _consultation(code)
    if consultation.live_version < 1:
        return _closed_page(consultation)  # never published: a draft's code shows nothing behind it
    band, _fixed = _chosen_band(code)
    language = current_language().code
    view = surveys.consultation_view(consultation, language, band or "12-17")
    return render_template(
        "respond/you_said_we_did.html",
        consultation=view,
        code=code,
        page=board_public.page(consultation, language),
        status_words=ACTION_STATUS_FOR_YOUNG_PEOPLE,
        feedback_due_on=consultation.feedback_due_on,
        has_promises=bool(board_public.promises(consultation.organisation_id, language)),
    )


@bp.route("/s/<code>/promises")
@public
def promises(code: str) -> ResponseReturnValue:
    """What corporate parents promised young people, how it is going, and what young people think of it."""
    from participation.boards import public as board_public

    consultation = _consultation(code)
    if consultation.live_version < 1:
        return _closed_page(consultation)  # never published: a draft's code shows nothing behind it
    band, _fixed = _chosen_band(code)
    language = current_language().code
    view = surveys.consultation_view(consultation, language, band or "12-17")
    return render_template(
        "respond/promises.html",
        consultation=view,
        code=code,
        promises=board_public.promises(consultation.organisation_id, language),
        status_words=board_public.PROMISE_STATUS,
        verdict_words=board_public.PROMISE_VERDICT,
    )


@bp.route("/i", methods=["GET", "POST"])
@public
@limiter.limit("20 per minute", methods=["POST"])
@commit_on_success
def invite() -> ResponseReturnValue:
    """Start (or carry on) with the code printed on an invite card."""
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = _token_expired(form)
    if valid:
        outcome = _use_invite(form.code.data)
        if outcome is not None:
            return outcome
        form.code.errors.append(_("That code did not work. Check it and try again."))
    failed = expired or any(field.errors for field in form)
    return render_template("respond/invite.html", form=form, csrf_expired=expired), 400 if failed else 200


@bp.route("/i/<typed>")
@public
@limiter.limit("20 per minute")
@commit_on_success
def invite_link(typed: str) -> ResponseReturnValue:
    """The QR code on an invite card: the same as typing the code."""
    outcome = _use_invite(typed)
    if outcome is not None:
        return outcome
    form = CodeForm(formdata=None, data={"code": typed[:40]})
    form.code.errors = [_("That code did not work. Check it and try again.")]
    return render_template("respond/invite.html", form=form, csrf_expired=False), 404


def _invite_in_use(consultation: Consultation, band: str) -> ResponseReturnValue:
    """An invite code already started on another device: its answers open only with that draft's resume code."""
    g.organisation_name = surveys.organisation_name(consultation.organisation_id)
    view = surveys.consultation_view(consultation, current_language().code, band or "12-17")
    return render_template(
        "respond/invite_in_use.html", consultation=view, form=CodeForm(formdata=None), band=band
    ), 409


def _use_invite(typed: str) -> ResponseReturnValue | None:
    found = distribution.find_invite(typed)
    if found is None:
        return None
    consultation = surveys.consultation_by_id(found.consultation_id)
    if found.used_on is not None:
        return render_template(
            "respond/invite_used.html",
            consultation=surveys.consultation_view(consultation, current_language().code, found.age_band or "12-17"),
        ), 410
    if not surveys.is_open(consultation):
        g.organisation_name = surveys.organisation_name(consultation.organisation_id)
        return _closed_page(consultation)
    started = services.unsent_draft_for_invite(found)
    if started is not None:
        if started.id == getattr(services.find_draft(consultation, _token(consultation.code)), "id", None):
            return redirect(url_for(".start", code=consultation.code))  # this device's own draft
        return _invite_in_use(consultation, started.age_band)
    _session_flag("invites", consultation.code, str(found.id))
    if found.age_band:
        _remember_band(consultation.code, found.age_band, fixed=True)
        return redirect(url_for(".start", code=consultation.code))
    return redirect(url_for(".who", code=consultation.code))
