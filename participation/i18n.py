"""The locale selector, the language cookie and the translation command group (the languages themselves are in
participation.languages)."""

from __future__ import annotations

import functools
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from babel import Locale, support
from babel.lists import format_list
from flask import Flask, Response, current_app, g, has_request_context, request
from flask.cli import AppGroup
from flask_babel import get_locale, get_translations
from flask_babel import gettext as _
from wtforms.i18n import messages_path

from participation.languages import ENGLISH, LANGUAGES, SOURCE, Language, by_locale

__all__ = ["LANGUAGES", "Language", "current_language", "enabled_languages", "translation_languages"]

LANGUAGE_COOKIE = "heard_lang"
ROOT = Path(__file__).resolve().parent.parent


def enabled_languages() -> list[Language]:
    """The languages this installation offers (HEARD_LANGUAGES), in its order; codes the registry lacks are skipped."""
    return [LANGUAGES[code] for code in current_app.config["HEARD_LANGUAGES"] if code in LANGUAGES]


def offered_in() -> str:
    """The languages this installation offers, each in its own name, as one list in the reader's language ("English,
    Cymraeg and Polski"): a new registry language joins every sentence that lists them."""
    names = [language.native_name for language in enabled_languages()]
    return str(format_list(names, locale=str(get_locale() or SOURCE)))


def language_label(code: str | None) -> str:
    """A comment's or a text's language named for the staff reading it ("Tigrinya", or "Tigrinisch" for a reader in
    another locale): the registry's English name in English, Babel's name in the reader's locale otherwise, and a
    plain "this language" when nobody could tell."""
    if not code:
        return str(_("this language"))
    known = LANGUAGES.get(code)
    reader = get_locale()
    if known is not None and (reader is None or reader.language == SOURCE):
        return known.english_name
    key = known.babel_locale if known and known.locale and code != SOURCE else code
    names = (reader or Locale.parse(ENGLISH.babel_locale)).languages
    return str(names.get(key) or names.get(code) or (known.english_name if known else code))


def translation_languages() -> list[Language]:
    """The enabled languages a worker translates into: all but English, the language every text starts in."""
    return [language for language in enabled_languages() if language.code != SOURCE]


def select_locale() -> str:
    """``?lang=xx`` first, then the language cookie, then the browser's preference, then English.

    English is British English: dates read "31 March 2027".
    """
    return LANGUAGES[_chosen_language()].babel_locale


def _chosen_language() -> str:
    if not has_request_context():
        # Command-line work (imports, board packs) reads and writes in English.
        return SOURCE
    enabled = [language.code for language in enabled_languages()]
    if request.path.startswith("/staff") and not _shows_young_peoples_page():
        # Staff pages are in the languages that have them; a worker who chose another reads them in English.
        enabled = [code for code in enabled if LANGUAGES[code].staff_pages]
    asked = request.args.get("lang", "")
    if asked in enabled:
        return asked
    cookie = request.cookies.get(LANGUAGE_COOKIE, "")
    if cookie in enabled:
        return cookie
    return request.accept_languages.best_match(enabled) or SOURCE


View = TypeVar("View", bound=Callable[..., Any])


def young_peoples_page(view: View) -> View:
    """Mark a staff view that shows a young person's page (the preview of a draft): it is offered in every
    language, as the young person's own pages are."""
    view.__dict__["heard_young_peoples_page"] = True  # read by the locale selector, copied by functools.wraps
    return view


def _shows_young_peoples_page() -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, "heard_young_peoples_page", False))


def current_language() -> Language:
    locale = get_locale()
    return (by_locale(str(locale)) if locale else None) or ENGLISH


def register_language_cookie(app: Flask) -> None:
    @app.after_request
    def remember_language(response: Response) -> Response:
        # Remember ?lang= even on a redirect, which never renders text and so never asks Babel for the locale.
        chosen = request.args.get("lang", "")
        if _shows_young_peoples_page() and request.path.startswith("/staff"):
            # A worker's preview in Polish keeps the language in its own links: the worker's pages stay in theirs.
            return response
        if chosen in app.config["HEARD_LANGUAGES"] and request.cookies.get(LANGUAGE_COOKIE) != chosen:
            response.set_cookie(
                LANGUAGE_COOKIE,
                chosen,
                max_age=60 * 60 * 24 * 365,
                samesite="Lax",
                secure=app.config["SESSION_COOKIE_SECURE"],
                httponly=True,
            )
        return response


@functools.cache
def _wtforms_catalogue(locale: str) -> support.NullTranslations:
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


class WTFormsMessages:
    """WTForms' own messages ("Not a valid choice") in the page's language. Flask-WTF reads their catalogue from disk
    on every request that draws a form (a millisecond of a question page's time); here each language's is read once
    a process, and the language is still the one the page settles on, whenever the form first asks."""

    def ugettext(self, string: str) -> str:
        return _wtforms_catalogue(str(get_locale())).ugettext(string)

    def ungettext(self, singular: str, plural: str, n: int) -> str:
        return _wtforms_catalogue(str(get_locale())).ungettext(singular, plural, n)


def register_form_messages(app: Flask) -> None:
    messages = WTFormsMessages()

    @app.before_request
    def wtforms_messages() -> None:
        # Flask-WTF looks for the request's catalogue here before loading one (flask_wtf.i18n).
        request.wtforms_translations = messages  # type: ignore[attr-defined]


def page_translations() -> support.NullTranslations:
    """Flask-Babel's translations for the current locale, looked up once a request and again only when the locale
    changes.

    Every ``_()`` in a template asks Flask-Babel, which finds its request state three times over and formats the
    locale's name to look the catalogue up (about 20 strings a question page). Here the answer is kept in that same
    request state beside the locale object it is for: ``force_locale`` (texts read aloud, printed invitations) puts in
    another locale object and restores the first afterwards, so a string always comes from the locale in force, and
    nothing outlives the request."""
    try:
        state = g._flask_babel
        kept = state.heard_translations
        if kept[0] is state.babel_locale:
            return kept[1]  # type: ignore[no-any-return]
    except (AttributeError, RuntimeError):  # not asked yet this request, or outside any app context
        pass
    translations = get_translations()
    state = g.get("_flask_babel") if g else None
    locale = getattr(state, "babel_locale", None)
    if state is not None and locale is not None:
        state.heard_translations = (locale, translations)
    return translations  # type: ignore[no-any-return]


def register_template_translations(app: Flask) -> None:
    """Templates' ``_()``, ``ngettext()`` and ``pgettext()`` through ``page_translations`` (in place of the callables
    Flask-Babel installed, which do the same lookups on every call)."""
    app.jinja_env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=lambda string: page_translations().ugettext(string),
        ngettext=lambda singular, plural, n: page_translations().ungettext(singular, plural, n),
        pgettext=lambda context, string: page_translations().upgettext(context, string),
        npgettext=lambda context, singular, plural, n: page_translations().unpgettext(context, singular, plural, n),
        newstyle=True,
    )


translate_cli = AppGroup("translate", help="Extract, update and compile the UI translation catalogues.")


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


# Every UI string, and the subset young people, parents and carers read (what a language without staff pages has).
POT = "translations/messages.pot"
YOUNG_PEOPLE_POT = "translations/young-people.pot"


def _extract(config: str, output: str) -> None:
    _pybabel(
        "extract", "-F", config, "-k", "_l", "-k", "lazy_gettext", "--no-location", "--sort-output", "-o", output, "."
    )


def _template_for(language: Language) -> str:
    return POT if language.staff_pages else YOUNG_PEOPLE_POT


@translate_cli.command("extract")
def extract() -> None:
    """Extract UI strings into translations/messages.pot, and the young people's into translations/young-people.pot."""
    _extract("babel.cfg", POT)
    _extract("babel-young-people.cfg", YOUNG_PEOPLE_POT)


@translate_cli.command("update")
def update() -> None:
    """Extract, then merge new strings into every language's catalogue (the young people's only, where a language
    has no staff pages)."""
    assert extract.callback is not None  # the decorated function itself, which a command made by a decorator has
    extract.callback()
    for language in LANGUAGES.values():
        if language.code == SOURCE:
            continue
        _pybabel(
            "update",
            "-i",
            _template_for(language),
            "-d",
            "translations",
            "-l",
            language.catalogue,
            "--no-fuzzy-matching",
            "--ignore-obsolete",
        )


@translate_cli.command("compile")
def compile_() -> None:
    """Compile the catalogues to .mo files (build output, never committed)."""
    _pybabel("compile", "-d", "translations", "--statistics")


@translate_cli.command("init")
@click.argument("code")
def init(code: str) -> None:
    """Start a catalogue for a language already in the registry (participation/languages.py)."""
    if code not in LANGUAGES:
        raise click.UsageError(f"{code} is not in participation/languages.py: add its line there first.")
    language = LANGUAGES[code]
    _pybabel("init", "-i", _template_for(language), "-d", "translations", "-l", language.catalogue)
