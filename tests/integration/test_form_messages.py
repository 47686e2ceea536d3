"""WTForms' own messages come from a catalogue read once a process (Flask-WTF read it on every request that drew a
form), and still in the language the page settles on."""

from __future__ import annotations

from babel.support import Translations
from flask import request
from wtforms.i18n import messages_path

from participation.i18n import _wtforms_catalogue


def expected(locale: str, message: str) -> str:
    return Translations.load(messages_path(), [locale], domain="wtforms").ugettext(message)


def test_messages_follow_the_page_language_and_are_read_once(app):
    message = "Not a valid choice."
    assert expected("pl", message) != message and expected("cy", message) != message  # the test can fail
    _wtforms_catalogue.cache_clear()
    for language in ("pl", "cy", "pl", "en", "pl"):
        with app.test_request_context(f"/help?lang={language}"):
            app.preprocess_request()
            assert request.wtforms_translations.ugettext(message) == expected(language, message)
    assert _wtforms_catalogue.cache_info().misses == 3  # pl, cy and en, each read once
