"""Language choice: own-name list on every page, ?lang= and a cookie, <html lang dir>, English fallback marked."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from participation.languages import LANGUAGES as REGISTRY
from tests import factories
from tests.journey import Journey

LANGUAGES = {code: language.direction for code, language in REGISTRY.items()}
NATIVE = {language.native_name for language in REGISTRY.values()}


@pytest.fixture()
def consultation(app):
    with app.app_context():
        return factories.consultation(code="yv")


def pages_of_a_journey(journey: Journey) -> list[BeautifulSoup]:
    pages = [journey.get("/s/yv"), journey.submit_current({"band": "12-17"}), journey.submit_current()]
    while not journey.path.endswith("/check"):
        journey.answer_current()
        pages.append(journey.page)
    pages.append(journey.submit_current())
    for url in ("/", "/help", "/resume", "/receipt", "/s/yv/you-said-we-did", "/s/missing"):
        pages.append(journey.get(url))
    return pages


@pytest.mark.parametrize("language,direction", LANGUAGES.items())
def test_every_page_has_lang_dir_and_the_language_list(client, consultation, language, direction):
    journey = Journey(client, "yv")
    journey.get(f"/?lang={language}")
    for page in pages_of_a_journey(journey):
        root = page.find("html")
        assert root["lang"] == language, page.title
        assert root["dir"] == direction, page.title
        names = {item.get_text(strip=True) for item in page.select(".heard-languages__item")}
        assert names == NATIVE
        current = page.select_one(".heard-languages [aria-current]")
        assert current["lang"] == language
        assert page.select_one("a[data-quick-exit]") is not None


def test_language_persists_in_a_cookie(client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv?lang=pl")
    page = journey.get("/help")
    assert page.find("html")["lang"] == "pl"


def test_links_in_the_list_keep_the_page_and_name_their_language(client, consultation):
    page = Journey(client, "yv").get("/s/yv?band=8-11")
    link = page.select_one('.heard-languages a[hreflang="cy"]')
    assert link["lang"] == "cy"
    assert link["href"].startswith("/s/yv?") and "lang=cy" in link["href"] and "band=8-11" in link["href"]


def test_unknown_language_falls_back_to_english(client, consultation):
    page = Journey(client, "yv").get("/s/yv?band=8-11&lang=xx")
    assert page.find("html")["lang"] == "en"


def test_survey_text_falls_back_to_english_marked_as_english(client, consultation):
    journey = Journey(client, "yv", language="pl")
    page = journey.start("12-17")
    # The factory's first question has no Polish text: it shows in English, marked so screen readers say it right.
    heading = page.select_one("legend h1")
    marked = heading.find("span", lang="en")
    assert marked is not None and marked.get_text(strip=True) == "Do you feel listened to?"
    assert page.find("html")["lang"] == "pl"


def test_survey_text_in_the_chosen_language_is_not_marked(client, consultation):
    journey = Journey(client, "yv", language="cy")
    page = journey.start("12-17")
    heading = page.select_one("legend h1")
    assert "Wyt ti’n teimlo bod pobl yn gwrando arnat ti?" in heading.get_text()
    assert heading.find("span", lang="en") is None
    labels = [label.get_text(" ", strip=True) for label in page.select(".govuk-radios__label")]
    assert labels[0] == "Bob amser"


def test_ui_strings_are_translated(client, consultation):
    page = Journey(client, "yv").get("/s/yv?band=12-17&lang=cy")
    button = page.select_one("button.govuk-button--start").get_text(strip=True)
    assert button and button != "Start now"


def test_dates_are_british_in_english(app, client):
    from datetime import date

    with app.app_context():
        factories.consultation(code="dated", feedback_due_on=date(2027, 3, 31))
    page = Journey(client, "dated").get("/s/dated/you-said-we-did?lang=en")
    assert "31 March 2027" in page.get_text()
