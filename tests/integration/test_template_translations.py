"""Templates translate through participation.i18n.page_translations, which keeps the request's catalogue: a string
must still come from the locale in force, including inside force_locale (texts read aloud, printed invitations) and
after it ends."""

from __future__ import annotations

from flask import Flask, render_template_string
from flask_babel import force_locale

PAGE = "{{ _('Continue') }}|{{ ngettext('%(num)d response', '%(num)d responses', 2) }}"


def test_a_template_speaks_the_requests_language(app: Flask) -> None:
    with app.test_request_context("/?lang=cy"):
        assert render_template_string("{{ _('Continue') }}") == "Ymlaen"
    with app.test_request_context("/?lang=pl"):
        assert render_template_string("{{ _('Continue') }}") == "Dalej"
    with app.test_request_context("/"):
        assert render_template_string("{{ _('Continue') }}") == "Continue"


def test_force_locale_is_followed_and_undone(app: Flask) -> None:
    with app.test_request_context("/?lang=cy"):
        assert render_template_string("{{ _('Continue') }}") == "Ymlaen"
        with force_locale("pl"):
            assert render_template_string("{{ _('Continue') }}") == "Dalej"
            with force_locale("en_GB"):
                assert render_template_string("{{ _('Continue') }}") == "Continue"
            assert render_template_string("{{ _('Continue') }}") == "Dalej"
        assert render_template_string("{{ _('Continue') }}") == "Ymlaen"


def test_force_locale_before_the_page_asks_for_its_own(app: Flask) -> None:
    # The request's own locale is not settled yet when force_locale starts: after it, the page's language is.
    with app.test_request_context("/?lang=cy"):
        with force_locale("pl"):
            assert render_template_string("{{ _('Continue') }}") == "Dalej"
        assert render_template_string("{{ _('Continue') }}") == "Ymlaen"


def test_outside_a_request_templates_are_in_english(app: Flask) -> None:
    with app.app_context():
        assert render_template_string("{{ _('Continue') }}") == "Continue"
