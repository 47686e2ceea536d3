"""Language choice: own-name list on every page (on question pages a link to the page of languages), ?lang= and a
cookie, <html lang dir>, English fallback marked."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from participation.languages import LANGUAGES as REGISTRY
from tests import factories
from tests.journey import Journey
from tests.pages import fetch, languages_offered

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
        names, listed = languages_offered(client, page)
        assert set(names) == NATIVE and len(names) == len(NATIVE), page.title
        current = listed.select_one("main [aria-current], .heard-languages [aria-current]")
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


# --- the page of languages (issue 16: a question page carries one link, not the whole menu) --------------------------


def test_a_question_page_links_to_the_page_of_languages_and_comes_back_to_the_same_question(client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv?band=8-11")
    page = journey.submit_current()
    assert journey.path.endswith("/q/1")
    assert page.select(".heard-languages__item") == []
    link = page.select_one("nav.heard-languages a.heard-languages__summary")
    assert "Language" in link.get_text(" ", strip=True) and link.find("span", lang="en") is not None
    listed = fetch(client, link["href"])
    assert listed.find("h1").get_text(strip=True) == "Choose a language"
    choices = {a["lang"]: a["href"] for a in listed.select(".heard-language-choices a")}
    assert set(choices) == set(LANGUAGES) - {"en"}
    assert choices["cy"] == "/s/yv/q/1?lang=cy"
    # The same question, now in Welsh, and the next pages stay Welsh (the cookie).
    welsh = fetch(client, choices["cy"])
    assert welsh.find("html")["lang"] == "cy" and welsh.select_one("legend .heard-progress") is not None
    assert fetch(client, "/help").find("html")["lang"] == "cy"
    # Back goes to the question without changing the language.
    assert listed.select_one(".govuk-back-link")["href"] == "/s/yv/q/1"


def test_the_page_of_languages_keeps_the_words_of_the_page_it_came_from(client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv?band=4-7")
    page = journey.submit_current()
    link = page.select_one("a.heard-languages__summary")["href"]
    assert "band=4-7" in link
    listed = fetch(client, link)
    # The youngest band's plain words reach its footer, as on the page it came from.
    assert listed.select_one(".govuk-footer__link")["href"].startswith("/help?band=4-7")


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/x",
        "///evil.example",
        "////evil.example/x?y=1",
        "/\\evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/s/yv\r\nSet-Cookie: x=1",
        "s/yv",
        "/" + "a" * 3000,
        "/s/yv#top",
    ],
)
def test_the_page_of_languages_only_ever_leads_back_into_this_site(client, consultation, target):
    listed = fetch(client, "/language", query_string={"next": target})
    for link in [listed.select_one(".govuk-back-link")] + listed.select(".heard-language-choices a"):
        href = link["href"]
        assert href == "/" or href.startswith("/?lang="), href


def test_the_page_of_languages_keeps_the_pages_own_query_and_replaces_its_language(client, consultation):
    listed = fetch(client, "/language", query_string={"next": "/s/yv?band=8-11&lang=pl"})
    hrefs = {a["lang"]: a["href"] for a in listed.select(".heard-language-choices a")}
    assert hrefs["cy"] == "/s/yv?band=8-11&lang=cy"
    assert "lang=pl" not in hrefs["ar"] and hrefs["ar"].endswith("lang=ar")
