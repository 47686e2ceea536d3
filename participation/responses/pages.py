"""Finding what a young person's page is about: the consultation at a public code, this device's draft and the
band's view of it, or the page that says why there is nothing to answer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from flask import abort, current_app, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from participation.i18n import current_language
from participation.pseudonyms import CodeKind, kind_of
from participation.responses import device, services
from participation.responses.forms import CodeForm
from participation.responses.models import Draft
from participation.surveys import services as surveys
from participation.surveys.models import AgeBand, Consultation, ConsultationStatus
from participation.surveys.views import ConsultationView

YOUNGEST = AgeBand.EARLY_YEARS.value

# Long enough for any young person's page with its query string; a longer one is not a link Heard made.
MAX_PATH_LENGTH = 2000


def code_elsewhere(form: CodeForm, typed: str, here: CodeKind) -> CodeKind | None:
    """A code that did not work in this box: when its shape says it is another kind (a receipt code typed where the
    card's code goes), the field says so and the page links to the box it works in (``respond/_code_elsewhere.html``)
    instead of a bare "did not work". Returns the kind it looks like, or None (then the plain sentence)."""
    kind = kind_of(typed)
    if kind is None or kind == here:
        form.code.errors = [*form.code.errors, str(NOT_FOUND[here])]
        return None
    says = {
        CodeKind.INVITE: _("This looks like the code from an invite card"),
        CodeKind.RECEIPT: _("This looks like a receipt code"),
        CodeKind.RESUME: _("This looks like a code for carrying on where you stopped"),
    }
    form.code.errors = [*form.code.errors, says[kind]]
    return kind


# What each box says when a code of its own kind is not found.
NOT_FOUND = {
    CodeKind.INVITE: _l("That code did not work. Check it and try again."),
    CodeKind.RECEIPT: _l("That code did not work. Check it and try again."),
    CodeKind.RESUME: _l("That code did not work. Check it, or it may have expired."),
}


def consultation_at(code: str) -> Consultation:
    # No code holds a control or format character; PostgreSQL cannot even be asked about a NUL (it would be a 500).
    consultation = surveys.get_consultation_by_code(code) if code.isprintable() else None
    return _named(consultation)


def council_of_code(code: str) -> uuid.UUID | None:
    """The council whose survey a code opens (None for none): whose own helplines its pages show."""
    consultation = surveys.get_consultation_by_code(code) if code.isprintable() else None
    return consultation.organisation_id if consultation is not None else None


def _named(consultation: Consultation | None) -> Consultation:
    if consultation is None:
        abort(404)
    g.organisation_name = surveys.organisation_name(consultation.organisation_id)
    g.helpline_organisation_id = consultation.organisation_id  # its own numbers in every help box
    g.help_from = help_from("s", consultation.code)
    return consultation


def help_from(kind: str, code: str) -> str:
    """What a page's "Get help now" link carries (``?from=``) so the help page, in this visit only, can show the
    council of the page it came from: "s.<code>" for a survey, "p.<code>" for a live poll (``respond.help_now``)."""
    return f"{kind}.{code}"


def view_of(consultation: Consultation, band: str | None, easy: bool = False) -> ConsultationView:
    """The consultation as one band reads it in the page's language (12 to 17 until a band is chosen), in the easy
    version's words if asked (the page itself is drawn as the easy version by ``words_for``)."""
    return surveys.consultation_view(consultation, current_language().code, band or "12-17", easy=easy)


def words_for(band: str | None, easy: bool) -> None:
    """How every part of this page speaks and looks (base.html, macros.html, respond/base.html): ``easy`` draws the
    easy version (the ``heard-easy`` page, larger targets, pictures); ``plain_words`` keeps out words a young child
    cannot read ("receipt code", "There is a problem"), for the youngest band and in the easy version."""
    g.easy = easy
    g.plain_words = easy or band == YOUNGEST
    g.reader_band = band


def words_from_link() -> None:
    """Pages outside one consultation (get help now, the receipt code) keep the words of the page they were reached
    from: its band and whether it was the easy version, which base.html's footer links carry."""
    band = surveys.valid_band(request.args.get("band"))
    easy = request.args.get("easy") == "1"
    if band is not None or easy:
        words_for(band.value if band is not None else None, easy)


def same_site_path(target: object) -> str:
    """``target`` when it is a plain path of this site (with an optional query string), else the home page: never
    another site (``//host``, ``/\\host``), never a header-breaking character."""
    if not isinstance(target, str) or not target or len(target) > MAX_PATH_LENGTH:
        return url_for("respond.home")
    if any(not "\x21" <= character <= "\x7e" for character in target) or "\\" in target:
        return url_for("respond.home")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or parts.fragment or not parts.path.startswith("/") or target.startswith("//"):
        return url_for("respond.home")
    # Written again from its parts, and only with one slash first: "///host" (which urlsplit reads as the path
    # "/host") is another site to a browser.
    path = "/" + parts.path.lstrip("/")
    return urlunsplit(("", "", path, parts.query, ""))


def in_language(path: str, code: str) -> str:
    """A same-site ``path`` with ``lang`` set to ``code`` (any ``lang`` it had replaced)."""
    parts = urlsplit(path)
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if key != "lang"]
    return urlunsplit(("", "", parts.path, urlencode([*query, ("lang", code)]), ""))


def closed_page(consultation: Consultation) -> ResponseReturnValue:
    """A survey that takes no answers (410). One never published (a draft's code) gets a page that says only that:
    not its title, not its council, nor a link into it (fourth outside review, N8: a draft's title is not public)."""
    if consultation.status == ConsultationStatus.DRAFT or consultation.live_version < 1:
        g.organisation_name = None
        g.helpline_organisation_id = None
        g.help_from = None
        return render_template("respond/closed.html", consultation=None), 410
    return render_template("respond/closed.html", consultation=view_of(consultation, None)), 410


@dataclass(frozen=True)
class Opened:
    """This device's unsent draft of an open consultation, and the band's view of it."""

    consultation: Consultation
    draft: Draft
    view: ConsultationView


def open_draft(code: str) -> Opened | Response:
    """The consultation, this device's draft and the band's view of it; or where to send the young person."""
    token = device.token(code)
    # The consultation and this device's draft, in one round trip to the database once the process knows the code.
    found, draft = services.consultation_and_draft(code, token) if code.isprintable() else (None, None)
    consultation = _named(found)
    if not surveys.is_open(consultation):
        return current_app.make_response(closed_page(consultation))
    if draft is None:
        return redirect(url_for(".start", code=code))
    if draft.response_id is not None:
        # Sent from a second tab or a double tap: the receipt code is shown once, then this device forgets it.
        assert token is not None
        return redirect(url_for(".done" if device.let_go_of_sent(code, token, draft) else ".start", code=code))
    words_for(draft.age_band, draft.easy)
    return Opened(consultation, draft, view_of(consultation, draft.age_band, draft.easy))


def token_expired(form: FlaskForm) -> bool:
    """Take an expired or missing CSRF token out of the form's errors (its English text means nothing to a child)
    and say whether there was one, so the page can ask them to press the button again with what they typed kept."""
    if "csrf_token" not in form.errors:
        return False
    # WTForms caches ``errors``: clear both the cached entry and the field's own list.
    form.errors.pop("csrf_token", None)
    form.csrf_token.errors = []
    return True


def invite_in_use(consultation: Consultation, band: str) -> ResponseReturnValue:
    """An invite code already started on another device: its answers open only with that draft's resume code."""
    g.organisation_name = surveys.organisation_name(consultation.organisation_id)
    return render_template(
        "respond/invite_in_use.html", consultation=view_of(consultation, band), form=CodeForm(formdata=None), band=band
    ), 409
