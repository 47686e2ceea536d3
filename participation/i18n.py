"""Languages, the locale selector and the translation command group."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import click
from flask import Flask, current_app, has_request_context, request
from flask.cli import AppGroup
from flask_babel import get_locale


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    english_name: str
    direction: str = "ltr"


LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language("en", "English", "English"),
        Language("cy", "Cymraeg", "Welsh"),
        Language("pl", "Polski", "Polish"),
        Language("ro", "Română", "Romanian"),
        Language("ar", "العربية", "Arabic", "rtl"),
        Language("ur", "اردو", "Urdu", "rtl"),
    )
}

LANGUAGE_COOKIE = "heard_lang"
ROOT = Path(__file__).resolve().parent.parent


def enabled_languages() -> list[Language]:
    return [LANGUAGES[code] for code in current_app.config["HEARD_LANGUAGES"] if code in LANGUAGES]


def select_locale() -> str:
    """``?lang=xx`` first, then the language cookie, then the browser's preference, then English.

    English is British English: dates read "31 March 2027".
    """
    code = _chosen_language()
    return "en_GB" if code == "en" else code


def _chosen_language() -> str:
    if not has_request_context():
        # Command-line work (imports, board packs) reads and writes in English.
        return "en"
    enabled = [language.code for language in enabled_languages()]
    asked = request.args.get("lang", "")
    if asked in enabled:
        return asked
    cookie = request.cookies.get(LANGUAGE_COOKIE, "")
    if cookie in enabled:
        return cookie
    return request.accept_languages.best_match(enabled) or "en"


def current_language() -> Language:
    locale = get_locale()
    return LANGUAGES.get(str(locale.language) if locale else "en", LANGUAGES["en"])


def register_language_cookie(app: Flask) -> None:
    @app.after_request
    def remember_language(response):  # type: ignore[no-untyped-def]
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
    extract.callback()  # type: ignore[misc]
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
