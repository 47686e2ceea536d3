"""bench/submissions.py reads each page's forms with regular expressions (``_common.read_forms``) instead of
html.parser, which cost its respondents more time than the server took to draw the pages: on every page of a real
journey (start, each kind of question, errors, check, done) it must find exactly what html.parser finds."""

from __future__ import annotations

import sys
from pathlib import Path

from tests import factories
from tests.journey import Journey

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import _common as common  # noqa: E402


def _same(text: str) -> None:
    assert common.read_forms(text).forms == common.parse_page(text).forms


def test_the_quick_reading_of_forms_finds_what_html_parser_finds_on_every_page_of_a_journey(app):
    with app.app_context():
        factories.consultation(code="bf")
    journey = Journey(app.test_client(), "bf")
    seen = 0
    journey.start("12-17")
    _same(journey.response.get_data(as_text=True))
    while "/q/" in journey.path:
        _same(journey.response.get_data(as_text=True))
        form = common.csrf_form(common.read_forms(journey.response.get_data(as_text=True)))
        kinds = {field.get("type") for field in form["inputs"] if field.get("name") == "answer"}
        if seen == 0:
            journey.submit_current({})  # an error page first: the same form, with its messages
            _same(journey.response.get_data(as_text=True))
        journey.submit_current(common.answer_fields(form))
        seen += 1 if kinds else 0
    assert journey.path.endswith("/check") and seen
    _same(journey.response.get_data(as_text=True))
    journey.submit_current({})
    assert journey.path.endswith("/done")
    _same(journey.response.get_data(as_text=True))
