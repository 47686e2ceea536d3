"""Asking for an advocate or a call back (the young person, at /s/<code>/ask at a survey's end, or /ask/<slug> from
the help page, a live poll or a room) and the queue of requests (staff of the
role the organisation names, and its admins, at /staff/contact-requests). Reading a request is audited."""

from __future__ import annotations

import uuid
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import public, refuse, requires
from participation.accounts.models import ROLE_LABELS
from participation.analysis.pictured import posted_words_worry
from participation.audit import services as audit
from participation.contact import services
from participation.contact.asking import AskForm
from participation.contact.forms import DecisionForm
from participation.contact.models import (
    KIND_NAMES,
    SOURCE_NAMES,
    STATUS_NAMES,
    ContactKind,
    ContactSource,
    ContactStatus,
)
from participation.i18n import current_language, language_label
from participation.limits import address_at_council, client_address, council_of, keeps_typed, limiter
from participation.organisations.models import Organisation
from participation.organisations.services import user_names
from participation.responses import device, pages
from participation.surveys import services as surveys
from participation.transactions import commit_on_success, keep_now

young_bp = Blueprint("ask", __name__)
bp = Blueprint("contact", __name__, url_prefix="/staff/contact-requests")
ASKED = "asked"


# --- the young person's side -----------------------------------------------------------------------------------------


def _words(code: str | None) -> tuple[str | None, bool]:
    """The page's band and easy version: from the link (the help page's), else what this device chose for the survey."""
    linked = surveys.valid_band(request.args.get("band"))
    band = linked.value if linked is not None else (device.chosen_band(code)[0] if code else None)
    easy = request.args.get("easy") == "1" or (device.chose_easy(code) if code else False)
    pages.words_for(band, easy)
    return band, easy


@young_bp.app_template_global("ask_url_here")
def ask_url_here(source: str, **reader: str | None) -> str | None:
    """The council-level form (``council_ask``) of this page's council, for a page that is not a survey's (a live
    poll, the room's shared screen, the help page): the council whose own helplines the page shows. None where no
    council is known. Needs no survey: a council with only polls and sessions is asked too."""
    slug = services.slug_of(g.get("helpline_organisation_id"))
    if slug is None:
        return None
    values: dict[str, Any] = {"from": source, **reader}
    return url_for("ask.council_ask", slug=slug, **values)


def _source() -> ContactSource:
    """Where the council-level form was opened from, as its link says (``ask_url_here``); the help page otherwise.
    Never the survey: only a survey's own form (``ask``) is asked at a survey's end."""
    wanted = request.args.get("from")
    return ContactSource(wanted) if wanted in COUNCIL_SOURCES else ContactSource.HELP


COUNCIL_SOURCES = {ContactSource.HELP.value, ContactSource.POLL.value, ContactSource.ROOM.value}


def _asked(
    organisation_id: uuid.UUID, consultation_id: uuid.UUID | None, source: ContactSource, band: str | None
) -> tuple[AskForm, bool, bool]:
    """The form, sent or not: a valid one is stored once (``ASKED``). Returns the form, whether it was stored (or was
    already) and whether its token had expired."""
    wanted = request.args.get("kind")
    form = AskForm(data={"kind": wanted} if request.method == "GET" and wanted in KIND_NAMES else None)
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    if not valid or expired:
        return form, False, expired
    kind = ContactKind(form.kind.data)
    details = form.details(current_language().code, source.value)
    digest = services.fingerprint(organisation_id, kind, details)
    asked = list(session.get(ASKED, []))
    if digest not in asked:
        services.ask(organisation_id, consultation_id, kind, details, band or "", sender=client_address())
        # Kept in this device's session (a keyed digest, nothing readable): a double tap, or the back button and
        # send again, stores one request.
        session[ASKED] = [*asked, digest][-5:]
    return form, True, False


def _form_page(form: AskForm, expired: bool, organisation_id: uuid.UUID, band: str | None) -> ResponseReturnValue:
    failed = expired or any(field.errors for field in form)
    return render_template(
        "respond/ask.html",
        form=form,
        csrf_expired=expired,
        organisation_name=g.organisation_name,
        within=services.acknowledge_within(organisation_id),
        band=band,
    ), 400 if failed else 200


def _sent_page(organisation_id: uuid.UUID, band: str | None) -> ResponseReturnValue:
    within = services.acknowledge_within(organisation_id)
    return render_template(
        "respond/asked.html",
        advocate=request.args.get("kind") == ContactKind.ADVOCATE.value,
        organisation_name=g.organisation_name,
        within=within,
        by=services.due_on(services.today(), within),
        band=band,
    )


@young_bp.route("/s/<code>/ask", methods=["GET", "POST"])
@public
@keeps_typed(AskForm)
@council_of(pages.council_of_code)
# 20 an hour from one address for one council: more than a children's home's young people would ask in an hour, and
# fewer made-up requests (each with someone else's number) in a council's queue. Worrying words are never refused;
# their own ceiling joins repeats and floods to requests already kept (``services.WORRYING_PER_DAY``), and the young
# person is told it was received either way.
@limiter.limit(
    "20 per hour",
    methods=["POST"],
    key_func=address_at_council(pages.council_of_code),
    exempt_when=posted_words_worry("message"),
)
@commit_on_success
def ask(code: str) -> ResponseReturnValue:
    """Ask for an advocate or for your worker to get in touch, at the end of a survey the council has published
    (closed ones too; never a draft's). Only the contact details the young person chooses; at least one way to reach
    them. The request says it was asked at the end of a survey."""
    consultation = pages.consultation_at(code)
    if not services.askable(consultation):
        return pages.closed_page(consultation)
    band, easy = _words(code)
    form, done, expired = _asked(consultation.organisation_id, consultation.id, ContactSource.SURVEY, band)
    if done:
        return redirect(
            url_for(
                ".sent", code=code, kind=form.kind.data, band=band if easy or band else None, easy="1" if easy else None
            )
        )
    return _form_page(form, expired, consultation.organisation_id, band)


@young_bp.route("/s/<code>/ask/sent")
@public
def sent(code: str) -> ResponseReturnValue:
    """What happens next and by when, and where to turn now if it cannot wait."""
    consultation = pages.consultation_at(code)
    if not services.askable(consultation):
        return pages.closed_page(consultation)
    band, _easy = _words(code)
    return _sent_page(consultation.organisation_id, band)


def _council(slug: str) -> Organisation:
    found = services.council_by_slug(slug)
    if found is None:
        abort(404)
    g.organisation_name = found.name
    g.helpline_organisation_id = found.id  # its own numbers in every help box
    return found


@young_bp.route("/ask/<slug>", methods=["GET", "POST"])
@public
@keeps_typed(AskForm)
@council_of(services.council_of_slug)
@limiter.limit(
    "20 per hour",
    methods=["POST"],
    key_func=address_at_council(services.council_of_slug),
    exempt_when=posted_words_worry("message"),
)
@commit_on_success
def council_ask(slug: str) -> ResponseReturnValue:
    """The same form for a council, from a page that is not a survey's: the help page, a live poll, the room's shared
    screen. It needs no survey (a council with only polls and sessions is asked too), and the request is never
    attributed to one: it keeps the page it came from (``?from=``)."""
    council = _council(slug)
    source = _source()
    band, easy = _words(None)
    form, done, expired = _asked(council.id, None, source, band)
    if done:
        return redirect(
            url_for(
                ".council_sent",
                slug=slug,
                kind=form.kind.data,
                band=band if easy or band else None,
                easy="1" if easy else None,
            )
        )
    return _form_page(form, expired, council.id, band)


@young_bp.route("/ask/<slug>/sent")
@public
def council_sent(slug: str) -> ResponseReturnValue:
    council = _council(slug)
    band, _easy = _words(None)
    return _sent_page(council.id, band)


# --- staff ---------------------------------------------------------------------------------------------------------


def _organisation() -> Organisation:
    """The signed-in organisation, once this member is one who handles requests (its named role, or an admin)."""
    organisation: Organisation | None = g.staff.organisation
    if organisation is None or not services.may_handle(organisation, g.staff.roles):
        refuse(g.staff, "role")
    assert organisation is not None  # refuse never returns
    return organisation


@bp.route("")
@requires(services.HANDLERS)
@commit_on_success
def queue() -> ResponseReturnValue:
    """Requests for an advocate or a call back, newest first, with how long each has waited."""
    organisation = _organisation()
    show_closed = request.args.get("show") == "all"
    requests = services.queue(organisation, show_closed)
    audit.record(
        "contact-requests-viewed", organisation_id=organisation.id, user_id=g.staff.user.id, count=len(requests)
    )
    return render_template(
        "contact/queue.html",
        requests=requests,
        show_closed=show_closed,
        kind_names=KIND_NAMES,
        status_names=STATUS_NAMES,
        within=organisation.contact_acknowledge_within,
        role_name=ROLE_LABELS[services.receiving_role(organisation)],
    )


@bp.route("/<uuid:request_id>", methods=["GET", "POST"])
@requires(services.HANDLERS)
@commit_on_success
def request_page(request_id: uuid.UUID) -> ResponseReturnValue:
    """One request: how to reach the young person (decrypted, and the reading audited), and decisions with notes."""
    organisation = _organisation()
    found = services.get(organisation, request_id)
    if found is None:
        abort(404)
    contact_request = found.request
    form = DecisionForm()
    closed = contact_request.status == ContactStatus.CLOSED
    if not closed and form.validate_on_submit():
        services.decide(contact_request, ContactStatus(form.status.data), form.note.data or "", g.staff.user)
        audit.record(
            "contact-request-updated",
            organisation_id=organisation.id,
            user_id=g.staff.user.id,
            subject=str(contact_request.id),
            status=form.status.data,
        )
        flash(_("Saved."))
        return redirect(url_for(".request_page", request_id=contact_request.id))
    if closed and request.method == "POST":
        abort(409)
    details = services.details_of(contact_request)
    audit.record(
        "contact-request-viewed",
        organisation_id=organisation.id,
        user_id=g.staff.user.id,
        subject=str(contact_request.id),
    )
    # The reading is audited even when the page shows the form's errors (400).
    keep_now()
    notes = services.notes_of(contact_request)
    return render_template(
        "contact/request.html",
        found=found,
        details=details,
        repeats=services.repeats_of(contact_request) if details else [],
        kept_repeats=services.REPEATS_KEPT,
        language_name=language_label(details.language) if details and details.language else "",
        notes=notes,
        names=user_names({note.user_id for note in notes if note.user_id}),
        form=form,
        closed=closed,
        kind_names=KIND_NAMES,
        status_names=STATUS_NAMES,
        source_names=SOURCE_NAMES,
    ), 400 if form.errors else 200
