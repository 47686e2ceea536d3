"""A preview asked for in an age band or language the consultation does not offer (a typed or old link) says so in the
banner and shows the choice again, at an address whose every link carries only what the consultation offers; it
never quietly shows 12 to 17 in English with links that keep the wrong value."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from participation.accounts.models import Role
from participation.i18n import enabled_languages
from participation.surveys.models import BAND_NAMES
from tests import factories
from tests.console import Console
from tests.integration.test_first_time_worker import create


@pytest.fixture()
def console(app, client) -> Console:
    with app.app_context():
        org = factories.organisation("Previewshire Council")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    factories.sign_in(client, user, secret)
    return Console(client)


def _links_and_forms(page) -> list[dict[str, list[str]]]:
    """The query of every link, and the values every GET form sends, on the page."""
    carried = [parse_qs(urlsplit(link["href"]).query) for link in page.find_all("a", href=True)]
    for form in page.find_all("form", method="get"):
        values: dict[str, list[str]] = parse_qs(urlsplit(form.get("action", "")).query)
        for field in form.find_all("input", {"type": "hidden"}):
            values.setdefault(field["name"], []).append(field.get("value", ""))
        carried.append(values)
    return carried


def _valid(app) -> tuple[set[str], set[str]]:
    with app.test_request_context("/"):
        return set(BAND_NAMES), {language.code for language in enabled_languages()}


@pytest.mark.parametrize(
    ("query", "band", "language", "problem"),
    [
        ("band=xx", "12-17", "en", "The age band in that link is not one this consultation offers"),
        ("band=8-11&lang=zz", "8-11", "en", "The language in that link is not one this consultation offers"),
        ("band=xx&lang=pl&n=1", "12-17", "pl", None),
    ],
)
def test_an_unknown_band_or_language_is_named_and_the_choice_shown_again(app, console, query, band, language, problem):
    overview = create(console, "Peek", ["listened-to", "school"])
    page = console.get(f"{overview}/preview?{query}")
    # Redirected to the preview it does show, which says why.
    shown = parse_qs(urlsplit(console.response.request.url).query)
    assert shown["band"] == [band] and shown["lang"] == [language]
    banner = page.select_one(".heard-preview")
    problems = [p.get_text(" ", strip=True) for p in banner.select(".heard-preview__problem")]
    assert problems, banner.get_text(" ", strip=True)
    if problem:
        assert any(text.startswith(problem) for text in problems), problems
    else:  # in Polish: translated, not the English sentence
        assert not any("not one this consultation offers" in text for text in problems), problems
    switch = banner.select_one("form.heard-preview__switch")
    assert switch.select_one("select[name=band] option[selected]")["value"] == band
    assert switch.select_one("select[name=lang] option[selected]")["value"] == language
    # No link or form on the page carries the wrong band or language.
    bands, languages = _valid(app)
    for carried in _links_and_forms(page):
        assert set(carried.get("band", [])) <= bands, carried
        assert set(carried.get("lang", [])) <= languages, carried
    # The message is said once: the next page does not repeat it.
    again = console.get(console.response.request.full_path)
    assert not again.select(".heard-preview__problem")


def test_a_valid_preview_has_no_message(console):
    overview = create(console, "Peek")
    page = console.get(f"{overview}/preview?band=8-11&lang=pl")
    assert console.response.status_code == 200 and not page.select(".heard-preview__problem")
