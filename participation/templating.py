"""What every template can use: the language list, text direction, the quick-exit address, symbols."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from datetime import UTC, date, timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Flask, current_app, g, has_request_context, request, url_for
from flask_babel import format_timedelta, get_locale
from flask_babel import gettext as _
from jinja2 import Template
from jinja2.environment import TemplateModule
from jinja2.runtime import Context
from markupsafe import Markup

from participation.accounts.services import organisations_of
from participation.analysis import sentiment
from participation.db import utcnow
from participation.i18n import current_language, enabled_languages, language_label, offered_in
from participation.languages import direction_of, language_names
from participation.security import csp_nonce
from participation.surveys import pictures


def symbol_svg(symbol: str | None, size: int = 40) -> Markup:
    """A decorative picture for an answer (participation.surveys.pictures): a drawn face or thumb inline, an OpenMoji
    symbol as a small cached image. Hidden from screen readers either way: the label beside it says it."""
    if not symbol:
        return Markup("")
    if symbol in pictures.DRAWN:
        return Markup(
            '<svg class="heard-face" aria-hidden="true" focusable="false" viewBox="0 0 40 40" fill="currentColor">'
            "{}</svg>"
        ).format(Markup(pictures.DRAWN[symbol]))
    if symbol in pictures.OPENMOJI:
        return Markup(
            '<img class="heard-face heard-picture" src="{}" alt="" width="{}" height="{}" loading="lazy">'
        ).format(url_for("static", filename=f"build/symbols/{symbol}.svg"), size, size)
    return Markup("")


# Parts of a page that are the same for everyone reading it in one language (the language menu of one address, the
# footer, the quick exit) are drawn once per process and kept: ``{% call kept_fragment("name", what it depends on) %}
# ...{% endcall %}``. The caller names everything the part depends on besides the language, the installation's
# languages and the address's root, which every key holds. HEARD_KEEP_FRAGMENTS False draws every part every time
# (tests compare the two).
FRAGMENTS_KEPT = 2048


class _Fragments:
    def __init__(self) -> None:
        self.kept: OrderedDict[tuple[Hashable, ...], Markup] = OrderedDict()
        self.lock = threading.Lock()


def kept_fragment(*key: Hashable, caller: Callable[[], str]) -> Markup:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not app.config.get("HEARD_KEEP_FRAGMENTS", True) or not has_request_context():
        # Outside a request (a page drawn by a command) there is no address to key it by: drawn afresh.
        return Markup(caller())
    fragments: _Fragments = app.extensions.setdefault("heard_fragments", _Fragments())
    full = (
        *key,
        current_language().code,
        str(get_locale()),
        tuple(app.config["HEARD_LANGUAGES"]),
        request.script_root,
    )
    found = fragments.kept.get(full)
    if found is None:
        found = Markup(caller())
        with fragments.lock:
            fragments.kept[full] = found
            while len(fragments.kept) > FRAGMENTS_KEPT:
                fragments.kept.popitem(last=False)
    return found


# The heaviest part of a question page, the question with its answers, is drawn once per process for each version of
# the consultation, page, band, language and answer already given, and kept (issue 16: 60% of a page's time went in
# drawing the design system's macros). What differs on every response is put back each time: the forms' tokens
# (``tokens``, one mark each in what is kept) and whatever a drawing said it depended on (``depends_on``: whether a
# read-aloud clip has been made yet), checked again before what is kept is used. A part with anything else that
# looks like a token, or a token drawn more or less than once, is never kept.
PARTS_KEPT = 2048
_TOKEN_MARK = "\ue000heard-token-{}\ue000"
_TOKEN_LIKE = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{48}(?![A-Za-z0-9_-])")
Check = tuple[Callable[..., Any], tuple[Any, ...], Any]


class _Parts:
    def __init__(self) -> None:
        self.kept: OrderedDict[tuple[Hashable, ...], tuple[str, tuple[Check, ...]]] = OrderedDict()
        self.lock = threading.Lock()


def depends_on(function: Callable[..., Any], args: tuple[Any, ...], result: Any) -> None:
    """Say that what is being drawn used ``function(*args)`` and got ``result``: a part kept by ``kept_part`` is used
    again only while the function still gives the same (it is called again each time, so it must be cheap)."""
    checks = g.get("heard_part_checks") if has_request_context() else None
    if checks is not None and (function, args, result) not in checks:
        checks.append((function, args, result))


def kept_part(key: tuple[Hashable, ...] | None, tokens: Sequence[str] = (), *, caller: Callable[[], str]) -> Markup:
    """``caller()``, kept under ``key`` (None: drawn every time) with ``tokens`` marked, as the comment above says.
    What is kept is the caller's own output from an autoescaping template; the tokens put back are URL-safe base64."""
    return Markup(_kept_part(key, tokens, caller))


def _kept_part(key: tuple[Hashable, ...] | None, tokens: Sequence[str], caller: Callable[[], str]) -> str:
    full = _full_key(key)
    if full is None:
        return str(caller())
    found = _kept_now(full)
    if found is not None:
        return _put_back(found, tokens)
    drawn, checks = _drawn_with_checks(caller)
    _keep(full, drawn, tokens, checks)
    return drawn


def _full_key(key: tuple[Hashable, ...] | None) -> tuple[Hashable, ...] | None:
    """``key`` with what every kept part depends on (the language, the installation's languages, the address's
    root); None where nothing may be kept (no key, keeping turned off, no request)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if key is None or not app.config.get("HEARD_KEEP_FRAGMENTS", True) or not has_request_context():
        return None
    return (*key, current_language().code, str(get_locale()), tuple(app.config["HEARD_LANGUAGES"]), request.script_root)


def _parts() -> _Parts:
    parts: _Parts = current_app.extensions.setdefault("heard_parts", _Parts())
    return parts


def _kept_now(full: tuple[Hashable, ...]) -> str | None:
    """What is kept under ``full``, while everything it said it depended on still gives the same."""
    found = _parts().kept.get(full)
    if found is not None and all(function(*args) == result for function, args, result in found[1]):
        return found[0]
    return None


def _put_back(kept: str, tokens: Sequence[str]) -> str:
    for number, token in enumerate(tokens):
        kept = kept.replace(_TOKEN_MARK.format(number), token)
    return kept


def _drawn_with_checks(caller: Callable[[], str]) -> tuple[str, list[Check]]:
    """``caller()``, with what it said it depended on (``depends_on``), also passed on to any part around it."""
    outer = g.get("heard_part_checks")
    checks: list[Check] = []
    g.heard_part_checks = checks
    try:
        drawn = str(caller())
    finally:
        g.heard_part_checks = outer
        if outer is not None:
            outer.extend(checks)
    return drawn, checks


def _keep(
    full: tuple[Hashable, ...], drawn: str, tokens: Sequence[str], checks: Sequence[Check], nonce: str | None = None
) -> None:
    """Keep ``drawn`` under ``full`` with each token marked; never if a token is not drawn exactly once, or anything
    else in it looks like a token. ``nonce`` (the page's CSP nonce) may be drawn any number of times."""
    kept = drawn
    for number, token in enumerate(tokens):
        if drawn.count(token) != 1:
            return
        kept = kept.replace(token, _TOKEN_MARK.format(number))
    if nonce is not None:
        kept = kept.replace(nonce, _TOKEN_MARK.format(len(tokens)))
    if _TOKEN_LIKE.search(kept):
        return
    parts = _parts()
    with parts.lock:
        parts.kept[full] = (kept, tuple(checks))
        while len(parts.kept) > PARTS_KEPT:
            parts.kept.popitem(last=False)


def kept_page(
    key: tuple[Hashable, ...] | None,
    fresh_tokens: Callable[[], Sequence[str]],
    draw: Callable[[], tuple[str, Sequence[str]]],
) -> str:
    """A whole page kept per process as ``kept_part`` keeps a part of one, for the page a young person opens most
    (a question: issue 16). ``key`` names everything the page is drawn from besides the language (None: drawn every
    time); ``draw()`` draws it, giving the page and the forms' tokens it drew; ``fresh_tokens()`` makes as many new
    tokens, in the same order, for a page read back. The page's CSP nonce is put back too (``csp_nonce``), and
    whatever the drawing said it depended on (``depends_on``) is asked again before a kept page is used."""
    full = _full_key(key)
    if full is not None:
        found = _kept_now(full)
        if found is not None:
            return _put_back(found, [*fresh_tokens(), csp_nonce()])
    made: list[Sequence[str]] = []

    def drawing() -> str:
        page, tokens = draw()
        made.append(tokens)
        return page

    drawn, checks = _drawn_with_checks(drawing)
    if full is not None:
        _keep(full, drawn, made[0], checks, nonce=csp_nonce())
    return drawn


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


def page_title(title: str, site: str) -> str:
    """A page's <title>: "Sign in – Heard", the page first, then where it is. A title that already names the site
    ("Join Northshire on Heard") is not followed by it again, and a page without a title of its own is the site.
    ``title`` is the page's title block as rendered (escaped): taken back to text, to be escaped once when shown."""
    title = " ".join((title.unescape() if isinstance(title, Markup) else title).split())
    if not title:
        return site
    if re.search(rf"(?<!\w){re.escape(site)}(?!\w)", title):
        return title
    return f"{title} – {site}"


class HeardTemplate(Template):
    """Jinja's template, with a cheaper ``{% from ... import %}``.

    Each import asks whether the importing page has globals the imported template lacks (then the module is made
    afresh; otherwise the cached one is used). Jinja answers with ``set - ChainMap.keys()``, a Python-level membership
    test per key through the ChainMap, and the design system's macros import each other inside every call: about 30
    imports and 10% of a question page's time. ``set.difference`` gives the same answer in C."""

    def _get_default_module(self, ctx: Context | None = None) -> TemplateModule:
        if self.environment.is_async:
            raise RuntimeError("Module is not available in async mode.")
        if ctx is not None:
            keys = ctx.globals_keys.difference(self.globals)
            if keys:
                return self.make_module({key: ctx.parent[key] for key in keys})
        if self._module is None:
            self._module = self.make_module()
        return self._module


def register(app: Flask) -> None:
    # Before any template is loaded: the loaders build every template with this class.
    app.jinja_env.template_class = HeardTemplate
    app.jinja_env.filters["timedeltaformat_since"] = time_since
    app.jinja_env.globals["symbol_svg"] = symbol_svg
    app.jinja_env.globals["page_title"] = page_title
    # ``v is day``: a date (a table cell the pack shows as people read it, "17 July 2027").
    app.jinja_env.tests["day"] = lambda value: isinstance(value, date)
    app.jinja_env.globals["picture_answer"] = pictures.picture_answer
    app.jinja_env.globals["password_texts"] = password_texts
    app.jinja_env.globals["url_with_language"] = url_with_language
    app.jinja_env.globals["kept_fragment"] = kept_fragment
    app.jinja_env.globals["kept_part"] = kept_part
    app.jinja_env.globals["offered_in"] = offered_in
    app.jinja_env.globals["language_label"] = language_label
    app.jinja_env.filters["sentiment_band"] = sentiment.band
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
            # The young person's pages: the easy version, and plain words for the youngest (responses.pages).
            "easy": bool(g.get("easy")),
            "plain_words": bool(g.get("plain_words")),
            "reader_band": g.get("reader_band"),
            # Where the footer's "Get help now" link says it came from (responses.pages.help_from): the help page
            # shows a council's own lines and form only for that.
            "help_from": g.get("help_from"),
        }
