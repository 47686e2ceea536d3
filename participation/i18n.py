"""The locale selector, the language cookie and the translation command group (the languages themselves are in
participation.languages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from babel.lists import format_list
from flask import Flask, Response, current_app, has_request_context, request
from flask.cli import AppGroup
from flask_babel import get_locale

from participation.languages import ENGLISH, LANGUAGES, SOURCE, Language

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
    asked = request.args.get("lang", "")
    if asked in enabled:
        return asked
    cookie = request.cookies.get(LANGUAGE_COOKIE, "")
    if cookie in enabled:
        return cookie
    return request.accept_languages.best_match(enabled) or SOURCE


def current_language() -> Language:
    locale = get_locale()
    return LANGUAGES.get(str(locale.language) if locale else SOURCE, ENGLISH)


def register_language_cookie(app: Flask) -> None:
    @app.after_request
    def remember_language(response: Response) -> Response:
        # Remember ?lang= even on a redirect, which never renders text and so never asks Babel for the locale.
        chosen = request.args.get("lang", "")
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


translate_cli = AppGroup("translate", help="Extract, update and compile the UI translation catalogues.")


def _pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


@translate_cli.command("extract")
def extract() -> None:
    """Extract UI strings into translations/messages.pot."""
    _pybabel(
        "extract",
        "-F",
        "babel.cfg",
        "-k",
        "_l",
        "-k",
        "lazy_gettext",
        "--no-location",
        "--sort-output",
        "-o",
        "translations/messages.pot",
        ".",
    )


@translate_cli.command("update")
def update() -> None:
    """Extract, then merge new strings into every language's catalogue."""
    assert extract.callback is not None  # the decorated function itself, which a command made by a decorator has
    extract.callback()
    _pybabel(
        "update", "-i", "translations/messages.pot", "-d", "translations", "--no-fuzzy-matching", "--ignore-obsolete"
    )


@translate_cli.command("compile")
def compile_() -> None:
    """Compile the catalogues to .mo files (build output, never committed)."""
    _pybabel("compile", "-d", "translations", "--statistics")


@translate_cli.command("init")
@click.argument("language")
def init(language: str) -> None:
    """Start a catalogue for a new language."""
    _pybabel("init", "-i", "translations/messages.pot", "-d", "translations", "-l", language)
