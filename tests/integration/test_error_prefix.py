"""The hidden "Error:" before each field's error message is in the page's language (screen readers say it)."""

from __future__ import annotations

import pytest
from flask_babel import force_locale, gettext

from participation.languages import LANGUAGES
from tests import factories
from tests.journey import Journey


@pytest.mark.parametrize("language", ["en", "cy", "ar", "ti", "vi"])
def test_the_hidden_error_prefix_is_translated(app, client, language):
    with app.app_context():
        factories.consultation(code="yv")
    journey = Journey(client, "yv", language=language)
    journey.get(f"/s/yv?band=12-17&lang={language}")
    journey.submit_current()
    page = journey.submit_current({})
    hidden = page.select_one(".govuk-error-message .govuk-visually-hidden").get_text(strip=True)
    with app.test_request_context(), force_locale(LANGUAGES[language].babel_locale):
        assert hidden == gettext("Error:")
    if language != "en":
        assert hidden != "Error:"
