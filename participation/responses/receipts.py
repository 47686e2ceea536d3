"""The young person's pages around the survey itself: seeing and deleting answers by receipt code, starting with an
invite card, and what changed ("you said, we did" and the promises corporate parents made). Their addresses are
listed in ``RULES``, which ``routes`` adds to the journey's blueprint."""

from __future__ import annotations

from collections.abc import Callable

from flask import g, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from participation.accounts.access import public
from participation.audit import services as audit
from participation.boards import public as board_public
from participation.distribution import services as distribution
from participation.i18n import current_language
from participation.pseudonyms import CodeKind
from participation.responses import device, pages, services, wording
from participation.responses.forms import CodeForm, DeleteForm
from participation.responses.limits import invite_link_limit, invite_typed_limit, receipt_code_limit
from participation.surveys import services as surveys
from participation.transactions import commit_on_success


@public
@receipt_code_limit
def receipt() -> ResponseReturnValue:
    """See your own answers with your receipt code (and delete them if you want)."""
    pages.words_from_link()
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    elsewhere = None
    if valid:
        assert form.code.data is not None  # InputRequired, so set on a valid form
        response = services.find_response_by_receipt(form.code.data)
        if response is not None:
            pages.words_for(response.age_band, response.easy)
            view = pages.view_of(surveys.consultation_by_id(response.consultation_id), response.age_band, response.easy)
            return render_template(
                "respond/receipt_answers.html",
                consultation=view,
                rows=wording.response_rows(view, response),
                code=form.code.data,
                delete_form=CodeForm(formdata=None, data={"code": form.code.data}),
                words=wording.delete_answers(response.age_band),
            )
        elsewhere = pages.code_elsewhere(form, form.code.data, CodeKind.RECEIPT)
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/receipt.html", form=form, csrf_expired=expired, elsewhere=elsewhere
    ), 400 if failed else 200


@public
@receipt_code_limit
@commit_on_success
def delete_answers() -> ResponseReturnValue:
    """Delete your own answers with your receipt code: first a page saying what deleting does (and that a worrying
    answer will still be read by a safeguarding worker), then, once confirmed, the deletion."""
    form = DeleteForm()
    if form.validate_on_submit():
        assert form.code.data is not None  # InputRequired, so set on a valid form
        response = services.find_response_by_receipt(form.code.data)
        if response is not None:
            band = response.age_band
            if form.confirmed.data != "yes":
                return render_template(
                    "respond/delete_confirm.html",
                    consultation=pages.view_of(surveys.consultation_by_id(response.consultation_id), band),
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


@public
def you_said_we_did(code: str) -> ResponseReturnValue:
    consultation = pages.consultation_at(code)
    if consultation.live_version < 1:
        return pages.closed_page(consultation)  # never published: a draft's code shows nothing behind it
    language = current_language().code
    feedback_due_on, feedback_late_since = board_public.feedback_promise(consultation.feedback_due_on)
    return render_template(
        "respond/you_said_we_did.html",
        consultation=pages.view_of(consultation, device.chosen_band(code)[0]),
        code=code,
        page=board_public.page(consultation, language),
        feedback_due_on=feedback_due_on,
        feedback_late_since=feedback_late_since,
        has_promises=bool(board_public.promises(consultation.organisation_id, language)),
        has_elsewhere=board_public.has_elsewhere(consultation.organisation_id),
    )


@public
def promises(code: str) -> ResponseReturnValue:
    """What corporate parents promised young people, how it is going, and what young people think of it."""
    consultation = pages.consultation_at(code)
    if consultation.live_version < 1:
        return pages.closed_page(consultation)  # never published: a draft's code shows nothing behind it
    return render_template(
        "respond/promises.html",
        consultation=pages.view_of(consultation, device.chosen_band(code)[0]),
        code=code,
        promises=board_public.promises(consultation.organisation_id, current_language().code),
        verdict_words=board_public.PROMISE_VERDICT,
    )


@public
def what_changed(code: str) -> ResponseReturnValue:
    """What changed because of what young people said anywhere in the organisation: at sessions of its groups, in
    live polls, and what the board decided, each saying where and when (the month) it was said; with links to the
    surveys' own "you said, we did" pages and the promises. Reached through any published consultation's code."""
    consultation = pages.consultation_at(code)
    if consultation.live_version < 1:
        return pages.closed_page(consultation)  # never published: a draft's code shows nothing behind it
    language = current_language().code
    organisation_id = consultation.organisation_id
    band = device.chosen_band(code)[0]
    return render_template(
        "respond/what_changed.html",
        consultation=pages.view_of(consultation, band),
        code=code,
        changes=board_public.elsewhere(organisation_id, language),
        surveys=[pages.view_of(item, band) for item in board_public.surveys_with_actions(organisation_id)],
        has_promises=bool(board_public.promises(organisation_id, language)),
    )


@public
@invite_typed_limit
@commit_on_success
def invite() -> ResponseReturnValue:
    """Start (or carry on) with the code printed on an invite card."""
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    elsewhere = None
    if valid:
        assert form.code.data is not None  # InputRequired, so set on a valid form
        outcome = _use_invite(form.code.data)
        if outcome is not None:
            return outcome
        elsewhere = pages.code_elsewhere(form, form.code.data, CodeKind.INVITE)
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/invite.html", form=form, csrf_expired=expired, elsewhere=elsewhere
    ), 400 if failed else 200


@public
@invite_link_limit
@commit_on_success
def invite_link(typed: str) -> ResponseReturnValue:
    """The QR code on an invite card: the same as typing the code."""
    outcome = _use_invite(typed)
    if outcome is not None:
        return outcome
    form = CodeForm(formdata=None, data={"code": typed[:40]})
    form.code.errors = []
    elsewhere = pages.code_elsewhere(form, typed, CodeKind.INVITE)
    return render_template("respond/invite.html", form=form, csrf_expired=False, elsewhere=elsewhere), 404


def _use_invite(typed: str) -> ResponseReturnValue | None:
    found = distribution.find_invite(typed)
    if found is None:
        return None
    consultation = surveys.consultation_by_id(found.consultation_id)
    if found.used_on is not None:
        return render_template(
            "respond/invite_used.html", consultation=pages.view_of(consultation, found.age_band)
        ), 410
    if not surveys.is_open(consultation):
        g.organisation_name = surveys.organisation_name(consultation.organisation_id)
        return pages.closed_page(consultation)
    started = services.unsent_draft_for_invite(found)
    if started is not None:
        if started.id == getattr(services.find_draft(consultation, device.token(consultation.code)), "id", None):
            return redirect(url_for(".start", code=consultation.code))  # this device's own draft
        return pages.invite_in_use(consultation, started.age_band)
    device.flag("invites", consultation.code, str(found.id))
    # A card from a batch made for the easy version opens it (its holder can still turn it off); any other card
    # leaves the choice to its holder, not to whoever used this device before.
    device.flag("easy", consultation.code, distribution.opens_easy(found))
    if found.age_band:
        device.remember_band(consultation.code, found.age_band, fixed=True)
        return redirect(url_for(".start", code=consultation.code))
    return redirect(url_for(".who", code=consultation.code))


View = Callable[..., ResponseReturnValue]
# (address, view, methods): added to the journey's blueprint by ``routes``.
RULES: list[tuple[str, View, list[str]]] = [
    ("/receipt", receipt, ["GET", "POST"]),
    ("/receipt/delete", delete_answers, ["POST"]),
    ("/s/<code>/you-said-we-did", you_said_we_did, ["GET"]),
    ("/s/<code>/promises", promises, ["GET"]),
    ("/s/<code>/what-changed", what_changed, ["GET"]),
    ("/i", invite, ["GET", "POST"]),
    ("/i/<typed>", invite_link, ["GET"]),
]
