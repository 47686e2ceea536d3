"""The young person's journey at /s/<code>: who is answering, start, one question a page, check, submit, done.

The pages around it (receipt, invite cards, "you said, we did") are in ``receipts``; what the device keeps in its
session is in ``device``; answers are stored by their question's kind through ``services``.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf import FlaskForm

from participation import templating
from participation.accounts.access import public, sign_out_here
from participation.boards import public as board_public
from participation.contact import services as contact
from participation.csrf import per_response_token
from participation.distribution import services as distribution
from participation.distribution.models import InviteCode
from participation.i18n import current_language, enabled_languages
from participation.ops.access_log import current_path
from participation.polls import services as polls
from participation.pseudonyms import CodeKind, format_code
from participation.responses import device, pages, receipts, services, wording
from participation.responses.forms import BandForm, CheckForm, CodeForm, EasyForm, EmptyForm, question_form
from participation.responses.limits import never_limited, resume_code_limit
from participation.responses.models import Draft
from participation.sessions import services as rooms
from participation.surveys import services as surveys
from participation.surveys.models import Consultation
from participation.surveys.views import ConsultationView, QuestionView
from participation.transactions import commit_on_success, need_not_wait_for_the_disk, only_reading

bp = Blueprint("respond", __name__)
for rule, view, methods in receipts.RULES:
    bp.add_url_rule(rule, view_func=view, methods=methods)


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


# --- public pages --------------------------------------------------------------------------------------------------


@bp.route("/")
@public
def home() -> ResponseReturnValue:
    # No council from this device's session: on a shared or checked phone, the home page must not say which council's
    # children's services someone here is in touch with (fourth outside review, N3).
    return render_template("respond/home.html", changes=[])


@bp.route("/leave")
@public
@commit_on_success
def leave() -> ResponseReturnValue:
    """Quick exit, with or without JavaScript: this device forgets its drafts and goes straight to the exit site.
    A plain link, not a form (a form's redirect to another site would be stopped by the CSP's form-action). The
    drafts' device tokens stop working on the server too, so a copy of the cookie reopens nothing; a draft stays
    (its resume code still finds it, and a worrying answer in it is still read as the start page promised). The
    whole session goes (a signed-in worker's too, ended on the server), and the browser is asked to clear what this
    site left in it: cookies, storage and cache (Clear-Site-Data), so Back shows nothing."""
    for code, token in device.tokens().items():
        consultation = surveys.get_consultation_by_code(code) if code.isprintable() else None
        draft = services.find_draft(consultation, token) if consultation is not None else None
        if draft is not None:
            services.forget_device(draft)
    if g.get("staff") is not None:
        sign_out_here()
    device.forget_everything()
    session.clear()
    response = redirect(current_app.config["HEARD_QUICK_EXIT_URL"], code=303)
    response.headers["Clear-Site-Data"] = CLEAR_SITE_DATA
    return response


# What the quick exit asks the browser to clear (Chromium, Firefox and Safari honour these three over HTTPS). Not
# "*": "executionContexts" would reload other open tabs of the site, and a young person's other tab is theirs.
CLEAR_SITE_DATA = '"cache", "cookies", "storage"'


@bp.route("/language")
@public
def choose_language() -> ResponseReturnValue:
    """Every language by its own name, each a link back to the page the young person came from in that language.
    Question pages link here ("Language: English", one link) instead of carrying the whole menu (issue 16: the
    first question page at most 8 KB); ``next`` is that page, and only ever a path of this site."""
    pages.words_from_link()
    back = pages.same_site_path(request.args.get("next"))
    return render_template(
        "respond/language.html",
        back=back,
        choices=[(language, pages.in_language(back, language.code)) for language in enabled_languages()],
    )


@bp.route("/help")
@public
def help_now() -> ResponseReturnValue:
    """Helplines for everyone; and the council's own numbers, its form to ask for an advocate or a call back and
    where to read what changed only when the link came from that council's survey, poll or shared screen in this
    visit (``?from=``, which the pages' "Get help now" link carries). Never from this device's session: on a shared
    or checked phone, a help page opened later must not name the council someone here is in touch with (fourth
    outside review, N3)."""
    pages.words_from_link()
    came_from = request.args.get("from") or ""
    council = _council_came_from(came_from)
    change = None
    if council is not None:
        g.organisation_name = surveys.organisation_name(council)
        g.helpline_organisation_id = council
        g.help_from = came_from
        change = board_public.what_changed(council)
    return render_template(
        "respond/help.html", changes=[change] if change is not None else [], came_from=g.get("help_from")
    )


def _council_came_from(came_from: str) -> uuid.UUID | None:
    """The council of the page whose "Get help now" link this was (``pages.help_from``): "s.<code>" a published
    survey's, "p.<code>" a live poll's this device opened, "room" the shared screen this device is while it is open.
    None for anything else: the help page then names no council."""
    kind, _dot, code = came_from.partition(".")
    if not code.isprintable() or len(code) > 40:
        return None
    if kind == "s" and code:
        consultation = surveys.get_consultation_by_code(code)
        published = consultation is not None and contact.askable(consultation)
        return consultation.organisation_id if consultation is not None and published else None
    if kind == "p" and code:
        # Only a poll this device opened: the help page is not a way to learn which made-up codes are real.
        return polls.council_of_code(code) if device.opened_poll(code) else None
    if came_from == "room":
        return rooms.council_of_room(device.room_key())
    return None


@bp.route("/s/<code>", methods=["GET"])
@public
def start(code: str) -> ResponseReturnValue:
    """The start page, in words for the age band; asks who is answering first if the link did not say."""
    consultation = pages.consultation_at(code)
    if not surveys.is_open(consultation):
        return pages.closed_page(consultation)
    linked_band = surveys.valid_band(request.args.get("band"))
    if linked_band:
        device.remember_band(code, linked_band.value, fixed=True)
    if request.args.get("assisted") == "1":
        # A worker or carer starting a group session: the answers will be marked as helped, nothing more.
        device.flag("assisted", code, True)
    draft = services.find_draft(consultation, device.token(code))
    band: str | None
    if draft is not None and draft.response_id is None:
        band, fixed, easy = draft.age_band, draft.band_fixed, draft.easy
    else:
        (band, fixed), easy = device.chosen_band(code), device.chose_easy(code)
    if not band:
        return redirect(url_for(".who", code=code))
    pages.words_for(band, easy)
    view = pages.view_of(consultation, band, easy)
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
            easy=easy,
        ),
        easy_form=EasyForm(formdata=None, data={"page": "start"}),
        in_progress=draft is not None and draft.response_id is None and bool(draft.answers),
        form=EmptyForm(),
        changes=[change] if (change := board_public.what_changed(consultation.organisation_id)) else [],
    )


def _invite_of_device(code: str, draft: Draft | None) -> InviteCode | None:
    """The personal or group invite code this device is answering with, if any."""
    invite_id = draft.invite_id if draft is not None and draft.invite_id else device.flag("invites", code)
    return distribution.find_invite_by_id(invite_id) if invite_id else None


@bp.route("/s/<code>/who", methods=["GET", "POST"])
@public
@commit_on_success
def who(code: str) -> ResponseReturnValue:
    consultation = pages.consultation_at(code)
    if not surveys.is_open(consultation):
        return pages.closed_page(consultation)
    band, fixed = device.chosen_band(code)
    draft = services.find_draft(consultation, device.token(code))
    if draft is not None and draft.response_id is None:
        band, fixed = draft.age_band, draft.band_fixed
    if fixed:
        return redirect(url_for(".start", code=code))
    form = BandForm(data={"band": band} if band and request.method == "GET" else None)
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    if valid:
        device.remember_band(code, form.band.data, fixed=False)
        if draft is not None and draft.response_id is None:
            services.change_band(draft, form.band.data, pages.view_of(consultation, form.band.data))
        return redirect(url_for(".start", code=code))
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/who.html", consultation=pages.view_of(consultation, band), form=form, csrf_expired=expired
    ), 400 if failed else 200


@bp.route("/s/<code>/start", methods=["POST"])
@never_limited
@public
@commit_on_success
def begin(code: str) -> ResponseReturnValue:
    consultation = pages.consultation_at(code)
    if not surveys.is_open(consultation):
        return pages.closed_page(consultation)
    draft = services.find_draft(consultation, device.token(code))
    if draft is None or draft.response_id is not None:
        band, fixed = device.chosen_band(code)
        if not band:
            return redirect(url_for(".who", code=code))
        # The form only carries the CSRF token; if it expired, starting again costs nothing, so just start.
        invite = distribution.find_invite_by_id(device.flag("invites", code))
        if invite is not None and services.unsent_draft_for_invite(invite) is not None:
            # Another device started with the same card after this one opened it.
            return pages.invite_in_use(consultation, band)
        draft, token = services.start_draft(
            consultation,
            band,
            current_language().code,
            fixed,
            invite=invite,
            assisted=bool(device.flag("assisted", code)),
            easy=device.chose_easy(code),
        )
        device.remember_token(code, token)
    number = services.next_unanswered(draft, pages.view_of(consultation, draft.age_band, draft.easy))
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
    kept_as: tuple[object, ...] | None = None,
    easy_form: EasyForm | None = None,
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
        items=wording.answer_items(question, draft.age_band, easy=draft.easy),
        pictures=wording.picture_items(form),
        back=back,
        changing=changing,
        csrf_expired=csrf_expired,
        band=draft.age_band,
        reassure=reassure,
        reads_unsent=services.reads_unsent(draft.organisation_id),
        easy_form=easy_form or _easy_form(number, changing),
        kept_as=kept_as,
    )


def _easy_form(number: int, changing: bool) -> EasyForm:
    """The easy version's switch on a question page, which brings the young person back to the same page."""
    return EasyForm(formdata=None, data={"page": f"{number}c" if changing else str(number)})


def _kept_as(
    consultation: Consultation, draft: Draft, question: QuestionView, number: int, data: dict[str, object], **page: bool
) -> tuple[object, ...] | None:
    """What a question page's kept part (``templating.kept_part``) is kept under: everything it is drawn from besides
    the language and the forms' tokens. None where the answer given holds typed words, which are never kept in a
    process's memory."""
    if question.spec.text and data.get("answer"):
        return None
    return (
        "question page",
        consultation.id,
        consultation.live_version,
        consultation.content_version,
        draft.age_band,
        draft.easy,
        number,
        services.reads_unsent(draft.organisation_id),
        json.dumps(data, sort_keys=True),
        *sorted(page.items()),
    )


def _refused(code: str, question: QuestionView) -> None:
    """Only a tampered or forged request sends a value the page did not offer: refused, and logged (never the value
    itself, which could be anything). ``code`` is the consultation's public code (the one on its posters), never a
    personal one."""
    if question.spec.refuses(request.form.getlist("answer"), question.offered):
        current_app.logger.warning("Refused an answer not offered by question %s of %s", question.key, code)


@bp.route("/s/<code>/q/<int:number>", methods=["GET", "POST"])
@never_limited
@public
@commit_on_success
def question(code: str, number: int) -> ResponseReturnValue:
    if request.method == "GET":
        only_reading()  # a question page only reads (its one query, outside a transaction on PostgreSQL)
    loaded = pages.open_draft(code)
    if not isinstance(loaded, pages.Opened):
        return loaded
    draft, view = loaded.draft, loaded.view
    if not 1 <= number <= len(view.questions):
        abort(404)
    question = view.questions[number - 1]
    changing = request.args.get("change") == "1"
    if request.method == "GET":
        data = services.answer_data(draft, question)
        reassure = device.pop_flag("reassure", code)
        kept_as = _kept_as(loaded.consultation, draft, question, number, data, changing=changing, reassure=reassure)

        def draw() -> tuple[str, list[str]]:
            form = question_form(question, easy=draft.easy, data=data)
            easy_form = _easy_form(number, changing)
            page = _render_question(
                view, draft, number, form, changing=changing, reassure=reassure, kept_as=kept_as, easy_form=easy_form
            )
            return page, [easy_form.csrf_token.current_token, form.csrf_token.current_token]

        # The whole page, kept like its question part (templating.kept_page): everything else it is drawn from is
        # the council's name, the address (the back link, the page of languages' link back) and whether staff
        # are signed in on this device.
        whole = None
        if kept_as is not None:
            whole = (
                "whole question page",
                *kept_as,
                g.get("organisation_name"),
                request.full_path,
                g.get("staff") is not None,
            )
        return templating.kept_page(whole, lambda: [per_response_token(), per_response_token()], draw)

    form = question_form(question, easy=draft.easy)
    valid = form.validate()
    if pages.token_expired(form):
        # The page sat open too long: show what they chose again, with a fresh token, and ask them to continue.
        return _render_question(view, draft, number, form, changing=changing, csrf_expired=True), 400
    if "skip" in request.form:
        services.record_declined(draft, question, current_language().code)
        need_not_wait_for_the_disk()
    elif not valid:
        _refused(code, question)
        return _render_question(view, draft, number, form, changing=changing), 400
    elif services.record_given(draft, question, form.answer.data, current_language().code, _pictures(form)):
        # Without alarm, on the next page: where to get help now, and when a person will read it. Saved as any
        # commit is, waiting for the disk: a possible disclosure must outlast even a power cut.
        device.flag("reassure", code, True)
    else:
        need_not_wait_for_the_disk()
    if changing or number == len(view.questions):
        return redirect(url_for(".check", code=code))
    return redirect(url_for(".question", code=code, number=number + 1))


def _pictures(form: FlaskForm) -> list[str]:
    """The pictures picked on an easy-version free-text page (none on any other page)."""
    field = getattr(form, "pictures", None)
    return list(field.data or []) if field is not None else []


def _check_page(view: ConsultationView, draft: Draft, form: CheckForm, **extra: object) -> str:
    return render_template(
        "respond/check.html",
        consultation=view,
        rows=wording.check_rows(view, draft),
        form=form,
        band=draft.age_band,
        reads_unsent=services.reads_unsent(draft.organisation_id),
        **extra,
    )


@bp.route("/s/<code>/check", methods=["GET", "POST"])
@never_limited
@public
@commit_on_success
def check(code: str) -> ResponseReturnValue:
    loaded = pages.open_draft(code)
    if not isinstance(loaded, pages.Opened):
        return loaded
    draft, view = loaded.draft, loaded.view
    form = CheckForm(data={"assisted": draft.assisted} if request.method == "GET" else None)
    if request.method == "GET":
        return _check_page(view, draft, form, reassure=device.pop_flag("reassure", code))
    form.validate()
    draft.assisted = bool(form.assisted.data)
    # A stale token on the final button must not cost a child their answers: the draft is theirs already (its token
    # came from their own session cookie), so an expired CSRF token only asks them to press again.
    if pages.token_expired(form):
        return _check_page(view, draft, form, csrf_expired=True), 400
    token = device.token(code)
    assert token is not None
    # Stored first: only then may this device let go of its draft (if the commit fails, the error page is sent
    # with the session as it was, so pressing the button again still finds every answer).
    services.send(draft, view, token)
    device.forget_sent(code, token)
    return redirect(url_for(".done", code=code))


@bp.route("/s/<code>/done")
@never_limited
@public
@commit_on_success
def done(code: str) -> ResponseReturnValue:
    """Thank you, and the receipt code: shown once (the page is never cached), then gone from this device. A reload
    or the back button shows the thanks without the code, and the draft's device token stops working."""
    consultation = pages.consultation_at(code)
    leftover = device.token(code)
    sent_draft = services.find_draft(consultation, leftover)
    if leftover is not None and sent_draft is not None and sent_draft.response_id is not None:
        # Sent by a tap whose answer never reached this device's cookie (a double tap, a lost connection).
        device.let_go_of_sent(code, leftover, sent_draft)
    token = device.take_sent(code)
    draft = services.find_draft(consultation, token)
    receipt: str | None = None
    if draft is not None and draft.response_id is not None and token is not None:
        code_of_sent = services.receipt_code_of(draft, token)
        receipt = format_code(code_of_sent) if code_of_sent else None
        services.forget_device(draft)
    elif not surveys.is_open(consultation):
        return pages.closed_page(consultation)
    elif not device.sent_here(code):
        # Nothing was sent from this device (a bookmark, a shared link, a fresh browser): never say it was.
        return redirect(url_for(".start", code=code))
    band = draft.age_band if draft is not None else device.chosen_band(code)[0] or "12-17"
    easy = draft.easy if draft is not None else device.chose_easy(code)
    pages.words_for(band, easy)
    return render_template(
        "respond/done.html",
        consultation=pages.view_of(consultation, band, easy),
        band=band,
        receipt=receipt,
        feedback_due_on=board_public.feedback_promise(consultation.feedback_due_on)[0],
        has_elsewhere=board_public.has_elsewhere(consultation.organisation_id),
    )


@bp.route("/s/<code>/again", methods=["POST"])
@public
def again(code: str) -> ResponseReturnValue:
    """Someone else on the same device (a shared tablet at a group session) starts afresh."""
    if not EmptyForm().validate():
        # Only a page of ours may clear this device's link to its answers.
        return redirect(url_for(".done", code=code))
    device.drop_token(code)
    device.forget_sent_here(code)
    device.forget_band_unless_fixed(code)
    device.pop_flag("easy", code)  # their own choice, as the band is
    return redirect(url_for(".start", code=code))


@bp.route("/s/<code>/easy", methods=["POST"])
@public
@commit_on_success
def easy_version(code: str) -> ResponseReturnValue:
    """Turn the easy version (simpler words and pictures) on or off, from the start page or a question, with or
    without JavaScript, then go back to that page. Kept for this device until it has a draft, then
    with the draft (so on any device it is resumed on)."""
    consultation = pages.consultation_at(code)
    if not surveys.is_open(consultation):
        return pages.closed_page(consultation)
    form = EasyForm()
    if not form.validate():
        # A missing or stale token (a page left open too long, or a post from elsewhere) changes nothing: the page
        # comes back with a fresh token, and pressing the button again works.
        return redirect(_back_to(code, str(form.page.data or "")))
    chosen = request.form.get("easy") == "on"
    device.flag("easy", code, chosen)
    draft = services.find_draft(consultation, device.token(code))
    if draft is not None and draft.response_id is None:
        services.choose_easy(draft, chosen)
    return redirect(_back_to(code, str(form.page.data or "")))


def _back_to(code: str, page: str) -> str:
    """The young person's page the switch was on: only one of the journey's own (never an address from the post)."""
    number, changing = (page[:-1], True) if page.endswith("c") else (page, False)
    if number.isdigit() and int(number) > 0:
        if changing:
            return url_for(".question", code=code, number=int(number), change="1")
        return url_for(".question", code=code, number=int(number))
    return url_for(".start", code=code)


@bp.route("/s/<code>/save", methods=["GET", "POST"])
@public
@commit_on_success
def save(code: str) -> ResponseReturnValue:
    loaded = pages.open_draft(code)
    if not isinstance(loaded, pages.Opened):
        return loaded
    draft, view = loaded.draft, loaded.view
    form = EmptyForm()
    resume_code: str | None = None
    expires_on: date | None = None
    if request.method == "POST" and (form.validate() or pages.token_expired(form)):
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
@resume_code_limit
@commit_on_success
def resume() -> ResponseReturnValue:
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    elsewhere = None
    if valid:
        assert form.code.data is not None  # InputRequired, so set on a valid form
        found = services.resume(form.code.data)
        if found is not None:
            draft, token = found
            code = surveys.consultation_code(draft.consultation_id)
            device.remember_token(code, token)
            return redirect(url_for(".begin_resumed", code=code))
        elsewhere = pages.code_elsewhere(form, form.code.data, CodeKind.RESUME)
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/resume.html", form=form, csrf_expired=expired, elsewhere=elsewhere
    ), 400 if failed else 200


@bp.route("/s/<code>/continue")
@public
def begin_resumed(code: str) -> ResponseReturnValue:
    loaded = pages.open_draft(code)
    if not isinstance(loaded, pages.Opened):
        return loaded
    draft, view = loaded.draft, loaded.view
    number = services.next_unanswered(draft, view)
    if number is None:
        return redirect(url_for(".check", code=code))
    return redirect(url_for(".question", code=code, number=number))
