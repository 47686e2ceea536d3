"""Read-aloud in a real browser: the players on a question page fit a 320 px phone, load and play their clip, work
in a right-to-left page, and leave the page axe clean."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait

LANGUAGES = ["en", "ar"]


@pytest.fixture(scope="module")
def demo_audio(live_server: str) -> Iterator[None]:
    """espeak-ng's clips for the demo's English and Arabic pages (what `make demo` makes for every language)."""
    if shutil.which("espeak-ng") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("espeak-ng is required in CI (make test installs the Debian package espeak-ng)")
        pytest.skip("espeak-ng is not installed (as root: apt-get install espeak-ng)")
    from participation.audio import making
    from participation.extensions import db
    from participation.surveys.models import Consultation

    with helpers.LIVE_APP.app_context():
        demo = db.session.scalar(select(Consultation).where(Consultation.code == "demo"))
        made = making.make(demo, LANGUAGES)
        assert made.failed == 0
        db.session.remove()
    yield


def start_question(page, language: str, band: str = "12-17") -> None:
    page.goto(f"/s/demo?band={band}&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert page.url.endswith("/q/1")


@pytest.mark.parametrize("language", LANGUAGES)
def test_players_fit_a_320_px_phone_play_their_clip_and_are_axe_clean(page, demo_audio, language):
    page.set_viewport_size({"width": 320, "height": 640})
    start_question(page, language)
    players = page.locator("audio.heard-listen")
    answers = page.locator(".govuk-radios__input").count()
    assert players.count() >= 1 + answers  # the question, (its hint,) and every answer
    assert all(players.nth(index).get_attribute("aria-label") for index in range(players.count()))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for index in range(players.count()):
        box = players.nth(index).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 320 and box["height"] >= 24
    # Nothing is fetched until a player is pressed; the clip itself is one this browser decodes. (Read whole, by
    # fetch: a player loading only the start of a clip drops the connection, which the test server reports.)
    assert page.evaluate("[...document.querySelectorAll('audio')].every(a => a.readyState === 0)")
    duration = page.evaluate(
        """async () => {
             const response = await fetch(document.querySelector('audio.heard-listen').src);
             const sound = await new OfflineAudioContext(1, 1, 22050).decodeAudioData(await response.arrayBuffer());
             return sound.duration;
           }"""
    )
    assert duration > 0.3
    assert_accessible(page, f"a question page with read-aloud players ({language}, 320 px)")


def test_players_work_without_javascript(browser, live_server, demo_audio):
    context = browser.new_context(java_script_enabled=False, base_url=live_server)
    tab = context.new_page()
    try:
        tab.goto("/s/demo?band=12-17")
        click_and_wait(tab, tab.locator("button.govuk-button--start"))
        assert tab.locator("audio.heard-listen[controls]").count() >= 2
    finally:
        context.close()
