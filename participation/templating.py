"""What every template can use: the language list, text direction, the quick-exit address, symbols."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Flask, current_app, g, request
from flask_babel import format_timedelta
from flask_babel import gettext as _
from markupsafe import Markup

from participation.accounts.services import organisations_of
from participation.db import utcnow
from participation.i18n import current_language, enabled_languages, language_label, offered_in
from participation.languages import direction_of, language_names

# Faces and symbols for the youngest children. Drawn as simple shapes so they read in black and white; always shown
# beside a text label, never alone and never by colour alone.
_MOUTHS = {
    "face-1": "M12 30 Q20 21 28 30",
    "face-2": "M13 28 Q20 24 27 28",
    "face-3": "M13 26 L27 26",
    "face-4": "M13 24 Q20 29 27 24",
    "face-5": "M11 23 Q20 33 29 23",
}
_SYMBOLS = {
    "thumbs-up": '<path d="M8 18h6v16H8zM16 18l6-10c2 0 4 1 4 4l-1 5h8c2 0 3 2 3 4l-3 10c-1 2-2 3-4 3H16z"/>',
    "thumbs-down": '<path d="M8 6h6v16H8zM16 22l6 10c2 0 4-1 4-4l-1-5h8c2 0 3-2 3-4l-3-10c-1-2-2-3-4-3H16z"/>',
    "question": '<circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<path d="M15 15c0-3 2-5 5-5s5 2 5 5c0 4-5 4-5 8" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<circle cx="20" cy="29" r="1.8"/>',
}


def symbol_svg(symbol: str | None) -> Markup:
    """An inline, decorative SVG for an option's symbol (hidden from screen readers: the label says it)."""
    if not symbol:
        return Markup("")
    if symbol in _MOUTHS:
        body = (
            '<circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5"/>'
            '<circle cx="14" cy="16" r="2.2"/><circle cx="26" cy="16" r="2.2"/>'
            f'<path d="{_MOUTHS[symbol]}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>'
        )
    elif symbol in _SYMBOLS:
        body = _SYMBOLS[symbol]
    else:
        return Markup("")
    return Markup(
        f'<svg class="heard-face" aria-hidden="true" focusable="false" viewBox="0 0 40 40" fill="currentColor">'
        f"{body}</svg>"
    )


def url_with_language(code: str) -> str:
    args = {key: value for key, value in request.args.items() if key != "lang"}
    args["lang"] = code
    return f"{request.path}?{urlencode(args)}"


def password_texts(**params: Any) -> dict[str, Any]:
    """Parameters for govukPasswordInput: translated show/hide texts, plus whatever the page adds."""
    return {
        "showPasswordText": _("Show"),
        "hidePasswordText": _("Hide"),
        "showPasswordAriaLabelText": _("Show password"),
        "hidePasswordAriaLabelText": _("Hide password"),
        "passwordShownAnnouncementText": _("Your password is visible"),
        "passwordHiddenAnnouncementText": _("Your password is hidden"),
        **params,
    }


def _organisations_of(staff: Any) -> list[Any]:
    if staff is None or len({m.organisation_id for m in staff.user.memberships if m.disabled_at is None}) < 2:
        return []

    return organisations_of(staff.user)


def time_since(moment: Any) -> str:
    """'3 hours', '2 days': how long something has been waiting, in the reader's language, to the hour."""

    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    waited = utcnow() - aware
    if waited < timedelta(hours=1):
        # Cases keep only the hour they were flagged (no exact time with an answer): within it, say no more.
        return str(_("less than an hour"))
    return str(format_timedelta(waited, granularity="hour", threshold=1.1))


def register(app: Flask) -> None:
    app.jinja_env.filters["timedeltaformat_since"] = time_since
    app.jinja_env.globals["symbol_svg"] = symbol_svg
    app.jinja_env.globals["password_texts"] = password_texts
    app.jinja_env.globals["url_with_language"] = url_with_language
    app.jinja_env.globals["offered_in"] = offered_in
    app.jinja_env.globals["language_label"] = language_label
    # The direction of a text's or a comment's language, from the registry (participation.languages).
    app.jinja_env.filters["direction"] = direction_of

    @app.context_processor
    def heard_context() -> dict[str, Any]:
        language = current_language()
        staff = g.get("staff")
        return {
            "other_organisations": [
                organisation
                for organisation in _organisations_of(staff)
                if staff and organisation.id != staff.session.organisation_id
            ],
            # govuk_frontend_jinja's template has no dir parameter: carry it inside the lang attribute's value.
            "html_lang_attribute": Markup('{}" dir="{}').format(language.code, language.direction),
            "organisation_name": g.get("organisation_name") or current_app.config["HEARD_ORGANISATION_NAME"],
            "languages": enabled_languages(),
            # The language menu's own name for them: a page passing its own "languages" (the translation links,
            # which leave out English) must not shorten the menu.
            "menu_languages": enabled_languages(),
            # Each language by its own name, for staff pages that say which language a comment or a text is in.
            "language_names": language_names(),
            "current_language": language,
            "text_direction": language.direction,
            "quick_exit_url": current_app.config["HEARD_QUICK_EXIT_URL"],
        }
