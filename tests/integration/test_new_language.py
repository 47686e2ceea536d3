"""Adding a language is a registry line and a catalogue: Sindhi (right to left, no lingua model, no word list) added
for one test walks the whole young person's journey with nothing else changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from bs4 import BeautifulSoup
from flask import Flask
from flask_babel import get_babel
from sqlalchemy import select

from participation import languages
from participation.extensions import db
from participation.responses.models import Response
from tests import factories
from tests.journey import Journey
from tests.pages import languages_offered

SINDHI = languages.Language("sd", "سنڌي", "Sindhi", "rtl", staff_pages=False)
# A few strings of the journey, so the test can see the catalogue is the one in use; the rest falls back to English.
CATALOGUE = {
    "Start now": "هاڻي شروع ڪريو",
    "Check your answers": "پنهنجا جواب چيڪ ڪريو",
    "Send my answers": "منهنجا جواب موڪليو",
    "Thank you, your answers have been sent": "مهرباني، توهان جا جواب موڪليا ويا",
}
WORDS = "مان پنهنجي خاندان سان وڌيڪ وقت گذارڻ چاهيان ٿو"


@pytest.fixture()
def sindhi(app: Flask, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Sindhi in the registry, offered by this installation, with a tiny compiled catalogue of its own."""
    catalogue = Catalog(locale="sd")
    for english, sindhi in CATALOGUE.items():
        catalogue.add(english, sindhi)
    folder = tmp_path / "sd" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "messages.mo", "wb") as handle:
        write_mo(handle, catalogue)
    babel = get_babel(app)
    monkeypatch.setitem(languages.LANGUAGES, SINDHI.code, SINDHI)
    monkeypatch.setitem(app.config, "HEARD_LANGUAGES", [*app.config["HEARD_LANGUAGES"], SINDHI.code])
    monkeypatch.setattr(babel, "translation_directories", [*babel.translation_directories, str(tmp_path)])
    yield
    # Translations are cached by locale for the app's life: forget Sindhi's, whose folder is about to go.
    babel.instance.domain_instance.cache.pop((SINDHI.code, "messages"), None)


def _check_page(client: Any, page: BeautifulSoup) -> None:
    root = page.find("html")
    assert (root["lang"], root["dir"]) == ("sd", "rtl"), page.title
    names, listed = languages_offered(client, page)
    assert names[-1] == "سنڌي" and len(names) == len(languages.LANGUAGES)
    assert listed.select_one("main [aria-current], .heard-languages [aria-current]")["lang"] == "sd"


def test_a_new_language_walks_the_whole_journey(app, client, sindhi):
    with app.app_context():
        factories.consultation(code="yv")
    journey = Journey(client, "yv", language="sd")

    start = journey.get("/s/yv?band=12-17&lang=sd")
    _check_page(client, start)
    assert start.select_one("button.govuk-button--start").get_text(strip=True) == CATALOGUE["Start now"]

    page = journey.submit_current()
    assert "/q/1" in journey.path
    while not journey.path.endswith("/check"):
        _check_page(client, page)
        # The survey has no Sindhi text: its English is marked as English and laid out left to right.
        heading = page.select_one("h1")
        fallback = heading.find("span", lang="en")
        assert fallback is not None and fallback["dir"] == "ltr", heading
        journey.answer_current(text=WORDS)
        page = journey.page

    _check_page(client, page)
    assert journey.h1() == CATALOGUE["Check your answers"]
    assert WORDS in page.get_text()
    done = journey.submit_current()
    assert journey.path == "/s/yv/done"
    _check_page(client, done)
    assert CATALOGUE["Thank you, your answers have been sent"] in done.get_text()

    with app.app_context():
        response = db.session.scalar(select(Response))
        assert response is not None and response.language == "sd"
        assert any(answer.text == WORDS for answer in response.answers)


def test_a_language_the_registry_lacks_is_not_offered_even_when_configured(app, client, monkeypatch):
    """HEARD_LANGUAGES naming a language with no registry line (no catalogue, no direction) is ignored, not a crash."""
    with app.app_context():
        factories.consultation(code="yv")
    monkeypatch.setitem(app.config, "HEARD_LANGUAGES", [*app.config["HEARD_LANGUAGES"], "sd"])
    page = Journey(client, "yv").get("/s/yv?band=12-17&lang=sd")
    assert page.find("html")["lang"] == "en"
    assert "سنڌي" not in page.get_text()
