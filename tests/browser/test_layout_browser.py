"""What only a browser shows: right-to-left mirroring, reflow at 320 px, working without JavaScript, quick exit."""

from __future__ import annotations

import re

import pytest

from participation.languages import LANGUAGES
from tests.browser.helpers import click_and_wait

RIGHT_TO_LEFT = [code for code, language in LANGUAGES.items() if language.is_rtl]


def start_question(page, language: str, band: str = "12-17") -> None:
    page.goto(f"/s/demo?band={band}&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert re.search(r"/q/1$", page.url)


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_right_to_left_layout_is_mirrored(page, language):
    start_question(page, language)
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    radio = page.locator(".govuk-radios__item").first
    input_box = radio.locator("input").bounding_box()
    label_box = radio.locator("label").bounding_box()
    # The radio circle sits to the right of its label, as a reader of Arabic or Urdu expects.
    assert input_box["x"] > label_box["x"]
    back = page.locator(".govuk-back-link").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert back["x"] + back["width"] >= heading["x"] + heading["width"] - 2


def test_left_to_right_layout_is_not_mirrored(page):
    start_question(page, "en")
    radio = page.locator(".govuk-radios__item").first
    assert radio.locator("input").bounding_box()["x"] < radio.locator("label").bounding_box()["x"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_reflows_at_320_css_pixels(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    start_question(page, language)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for selector in (
        "input.govuk-radios__input",
        "button.govuk-button",
        ".heard-languages__summary",
        "a[data-quick-exit]",
    ):
        box = page.locator(selector).first.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, selector


def test_journey_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server)
    page = context.new_page()
    try:
        page.goto("/s/demo?band=parents-carers")
        click_and_wait(page, page.locator("button.govuk-button--start"))
        for _ in range(30):
            if page.url.endswith("/check"):
                break
            if page.locator("input.govuk-radios__input").count():
                page.locator("input.govuk-radios__input").first.check()
            elif page.locator("input.govuk-checkboxes__input").count():
                page.locator("input.govuk-checkboxes__input").first.check()
            else:
                page.fill("#answer", "More help with money please")
            click_and_wait(page, page.locator("form button.govuk-button:not(.govuk-button--secondary)"))
        assert page.url.endswith("/check")
        click_and_wait(page, page.locator("form button.govuk-button"))
        assert page.url.endswith("/done")
    finally:
        context.close()


def test_quick_exit_leaves_and_does_not_keep_the_page_in_history(page):
    page.goto("/s/demo?band=12-17")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert re.search(r"/q/1$", page.url)
    length_before = page.evaluate("history.length")
    page.locator("a[data-quick-exit]").click()
    page.wait_for_url("https://quick-exit.invalid/weather")
    assert page.evaluate("history.length") == length_before
    page.go_back()
    assert not re.search(r"/q/1$", page.url)


def test_quick_exit_by_pressing_shift_three_times(page):
    page.goto("/s/demo?band=12-17")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url("https://quick-exit.invalid/weather")


def test_quick_exit_with_javascript_also_forgets_the_draft_on_this_device(page):
    page.goto("/s/demo?band=12-17")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert re.search(r"/q/1$", page.url)
    # Straight to the exit site, with the forgetting sent alongside through /leave.
    page.locator("a[data-quick-exit]").click()
    page.wait_for_url("https://quick-exit.invalid/weather")
    page.goto("/s/demo/q/1")
    assert not re.search(r"/q/1$", page.url), "the draft was still on the device"


def test_error_summary_takes_focus_and_links_to_the_field(page):
    start_question(page, "en")
    click_and_wait(page, page.locator("form button.govuk-button:not(.govuk-button--secondary)"))
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
    page.locator(".govuk-error-summary a").first.click()
    assert page.evaluate("document.activeElement.name") == "answer"


def test_character_count_counts_live_in_the_page_language(page):
    page.goto("/s/demo?band=12-17&lang=en")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    for _ in range(30):
        if page.locator("textarea#answer").count():
            break
        click_and_wait(page, page.locator("button.heard-skip"))
    page.fill("#answer", "Family time 👨‍👩‍👧")
    message = page.locator(".govuk-character-count__message[aria-hidden=true]").inner_text()
    assert re.fullmatch(r"You have 1,?9\d\d characters remaining", message), message
