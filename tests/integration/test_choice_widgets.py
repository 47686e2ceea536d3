"""Radios and checkboxes drawn without the design system's macros (``participation.widgets.Radios`` and
``Checkboxes``, for speed) are the same HTML, character for character, as govuk-frontend-jinja's macros: on every
question page of the demo, in every age band, left to right and right to left, in the easy version and not, with
nothing chosen, with answers chosen, with an error shown and with read-aloud players beside the answers."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovRadioInput
from markupsafe import Markup

from participation import widgets
from participation.audio import services as audio
from participation.demo.cli import demo_cli
from participation.surveys.models import AgeBand
from tests.journey import Journey


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


@pytest.fixture()
def compared(monkeypatch) -> list[dict[str, Any]]:
    """Every radios or checkboxes a page draws: the fast HTML (what the page gets) beside the macro's."""
    seen: list[dict[str, Any]] = []

    def checking(widget: type, macro: type) -> Any:
        fast = widget.render

        def render(self: Any, params: dict[str, Any]) -> Any:
            drawn = fast(self, copy.deepcopy(params))
            seen.append(
                {
                    "kind": macro.__name__,
                    "fast": widgets._simple(params),
                    "drawn": str(drawn),
                    "macro": str(macro.render(self, copy.deepcopy(params))),
                    "error": bool(params.get("errorMessage")),
                    "checked": any(item.get("checked") for item in params.get("items") or ()),
                    "item_hint": any(item.get("hint") for item in params.get("items") or ()),
                }
            )
            return drawn

        return render

    monkeypatch.setattr(widgets.Radios, "render", checking(widgets.Radios, GovRadioInput))
    monkeypatch.setattr(widgets.Checkboxes, "render", checking(widgets.Checkboxes, GovCheckboxesInput))
    return seen


@pytest.mark.parametrize("band", [band.value for band in AgeBand])
@pytest.mark.parametrize(("language", "easy", "players"), [("en", False, False), ("ar", True, True)])
def test_the_same_html_as_the_design_systems_macros(
    app, client, demo, compared, monkeypatch, band, language, easy, players
):
    if players:
        # A clip for every text, so each answer carries a player in its hint (the players' own HTML is not at issue).
        monkeypatch.setattr(audio, "clip_url", lambda text, lang, owner: f"/audio/{abs(hash((text, lang))):032x}.mp3")
    journey = Journey(client, "demo", language)
    page = journey.start(band, easy=easy)
    for _ in range(30):
        if journey.path.endswith("/check"):
            break
        assert page.select_one("html")["dir"] == ("rtl" if language == "ar" else "ltr")
        question = journey.path
        journey.submit_current({})  # nothing chosen: the page again, with its error
        assert journey.response.status_code in (200, 400)
        journey.get(question)
        journey.answer_current()
        journey.get(question)  # the answer chosen
        journey.answer_current()
        page = journey.page
    assert journey.path.endswith("/check")

    assert compared, "no radios or checkboxes drawn"
    kinds = {seen["kind"] for seen in compared}
    assert "GovRadioInput" in kinds
    # Every one a question page draws takes the fast path...
    assert all(seen["fast"] for seen in compared), [seen["drawn"][:200] for seen in compared if not seen["fast"]]
    # ...and draws exactly what the macro would.
    for seen in compared:
        assert seen["drawn"] == seen["macro"], (seen["kind"], seen["drawn"], seen["macro"])
    # The cases that matter were all drawn.
    assert any(seen["error"] for seen in compared)
    assert any(seen["checked"] for seen in compared)
    assert any(seen["item_hint"] for seen in compared) == players


def test_anything_else_is_drawn_by_the_macro(app):
    """Parameters the fast path does not know (a conditional reveal, attributes) go to the macro, unchanged."""
    params = {
        "name": "answer",
        "items": [{"text": "Yes", "value": "yes", "conditional": {"html": "<p>More</p>"}}],
        "attributes": {"data-x": "1"},
    }
    assert not widgets._simple(params)
    with app.test_request_context("/"):
        drawn = widgets.Radios().render(copy.deepcopy(params))
        assert str(drawn) == str(GovRadioInput().render(copy.deepcopy(params)))
        assert "govuk-radios__conditional" in drawn and 'data-x="1"' in drawn


LEGEND = {"html": Markup("<span>Question 1 of 2</span>\n Is it <b>fair</b>?"), "isPageHeading": True, "classes": "l"}
ITEMS = [
    {"text": "Yes & no", "value": "yes"},
    {"html": Markup('<span class="x">\n  Often\n</span>'), "value": "often", "checked": True},
    {"text": "", "value": "blank", "hint": {"text": "A hint <i>typed</i>"}},
    {"text": "Never", "value": 'say "never"', "hint": {"html": Markup("<audio></audio>\n<p>two lines</p>")}},
]


@pytest.mark.parametrize(
    "params",
    [
        {"name": "answer", "items": ITEMS, "fieldset": {"legend": LEGEND}, "hint": {"html": Markup("A\n<b>hint</b>")}},
        {"name": "answer", "items": ITEMS, "fieldset": {"legend": {"text": "Plain <legend>", "classes": "m"}}},
        {"name": "answer", "items": ITEMS, "hint": {"text": "Only a hint"}, "errorMessage": {"text": "Pick one <now>"}},
        {"name": "answer", "items": ITEMS, "fieldset": {}, "hint": {"text": ""}, "classes": "c", "idPrefix": "p"},
        {
            "name": "answer",
            "items": [*ITEMS, None],
            "fieldset": {"legend": LEGEND},
            "hint": {"text": "Hint"},
            "errorMessage": {"html": Markup("<b>Choose</b>")},
            "formGroup": {"beforeInputs": {"text": "Before <inputs>"}, "classes": "g"},
        },
        {"name": "answer", "items": ITEMS, "errorMessage": {"text": "No fieldset"}, "formGroup": {"beforeInputs": {}}},
    ],
)
@pytest.mark.parametrize(
    ("widget", "macro"), [(widgets.Radios, GovRadioInput), (widgets.Checkboxes, GovCheckboxesInput)]
)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_same_html_for_every_part_the_fast_path_draws(app, params, widget, macro, language):
    """Parts the demo's pages do not use (a plain legend, no fieldset, text hints on items, an error without a hint,
    a group's own classes, an id prefix): the same HTML as the macro's, in a language with its own word for "Error"."""
    assert widgets._simple(params)
    with app.test_request_context(f"/?lang={language}"):
        assert str(widget().render(copy.deepcopy(params))) == str(macro().render(copy.deepcopy(params)))
