"""Issue 15's "done when", in a browser as a new worker would go: from signing in to a new consultation from the
question bank, previewed as an 8 to 11 year old reads it in Polish, published through its confirmation, with the real
opened date on the page; and closing, confirmed the same way. axe-core runs on every new page."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from flask_babel import force_locale
from flask_babel import gettext as babel_gettext

from participation.surveys.models import BAND_NAMES
from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait, sign_in_by_keyboard


def in_language(language: str, message: str, **values: str) -> str:
    with helpers.LIVE_APP.test_request_context(), force_locale(language):
        return str(babel_gettext(message, **values))


def band_in(language: str, band: str) -> str:
    with helpers.LIVE_APP.test_request_context(), force_locale(language):
        return str(BAND_NAMES[band])


def today() -> str:
    return format_date(date.today(), "long", locale="en_GB")


def create_from_the_bank(page, title: str) -> None:
    page.goto("/staff/")
    click_and_wait(page, page.locator("main a", has_text="Create a consultation"))
    page.fill("#title", title)
    page.check("input[name=start][value=bank]")
    click_and_wait(page, page.locator("main form button[type=submit]"))
    assert page.locator("h1").inner_text() == title


def publish(page) -> None:
    click_and_wait(page, page.locator("main a.govuk-button", has_text="Publish"))
    assert page.locator("h1").inner_text() == "Publish this consultation?"
    assert_accessible(page, "publish, confirmation")
    click_and_wait(page, page.locator("main form button", has_text="Publish"))
    assert page.locator("text=Published. Young people can now answer.").count() == 1


def test_from_sign_in_to_previewing_8_to_11_in_polish_and_publishing(page):
    sign_in_by_keyboard(page, "worker@northshire.example")
    page.goto("/staff/")
    click_and_wait(page, page.locator("main a", has_text="Create a consultation"))
    # Each way to start shows only what it needs, once chosen.
    assert page.locator("input[name=bank]").first.is_hidden() and page.locator("#source").is_hidden()
    page.fill("#title", "Your voice 2028")
    page.check("input[name=start][value=copy]")
    assert page.locator("#source").is_visible() and page.locator("input[name=bank]").first.is_hidden()
    assert page.locator("input[name=start][value=copy]").get_attribute("aria-controls") == "conditional-start-2"
    assert_accessible(page, "new consultation, a new wave chosen")
    page.check("input[name=start][value=bank]")
    assert page.locator("input[name=bank]").first.is_visible() and page.locator("#source").is_hidden()
    assert_accessible(page, "new consultation, the bank chosen")
    click_and_wait(page, page.locator("main form button[type=submit]"))
    assert page.locator("h1").inner_text() == "Your voice 2028"
    assert_accessible(page, "overview of the new consultation")

    # One step: the age band, the language, Preview.
    page.select_option("#preview-band", "8-11")
    page.select_option("#preview-language", "pl")
    click_and_wait(page, page.locator("form.heard-preview-choice button"))
    assert page.locator("html").get_attribute("lang") == "pl"
    banner = page.locator(".heard-preview")
    shown = banner.locator(".heard-preview__shown").inner_text()
    assert in_language("pl", "Age band: %(band)s", band=band_in("pl", "8-11")) in shown
    assert "Polski" in shown and "8 to 11" not in shown
    # The page itself is Polish: its button, and the bank's question once started.
    start = page.locator("main form:not(.heard-preview__switch) button.govuk-button--start")
    assert in_language("pl", "Start now") in start.inner_text()
    assert_accessible(page, "preview, 8 to 11 in Polish, start page")
    # The banner's choices fit a phone: nothing scrolls sideways at 320 px (WCAG 1.4.10), right to left too.
    page.set_viewport_size({"width": 320, "height": 740})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.goto(page.url.replace("lang=pl", "lang=ar"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.go_back()
    page.set_viewport_size({"width": 375, "height": 740})
    click_and_wait(page, start)
    assert page.locator("html").get_attribute("lang") == "pl"
    first = in_language("pl", "Question %(number)s of %(total)s", number="1", total="").strip()
    assert page.locator(".heard-progress").inner_text().startswith(first)
    assert "Przedział wiekowy" in page.locator(".heard-preview__shown").inner_text()
    assert_accessible(page, "preview, 8 to 11 in Polish, first question")
    # The banner switches band in one step, keeping the language.
    page.select_option("#preview-band", "4-7")
    click_and_wait(page, page.locator(".heard-preview__switch button"))
    assert (
        in_language("pl", "Age band: %(band)s", band=band_in("pl", "4-7"))
        in page.locator(".heard-preview__shown").inner_text()
    )
    assert page.locator("html").get_attribute("lang") == "pl"

    # Back to the consultation: still in the worker's own English, no workaround.
    click_and_wait(page, page.locator(".heard-preview a", has_text=in_language("pl", "Back to the consultation")))
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Opens: when published" in page.locator("main").inner_text()
    publish(page)
    dates = page.locator("main").inner_text()
    assert f"Opened: {today()}" in dates and "when published" not in dates


def test_closing_asks_first_and_then_shows_the_closing_date(page):
    sign_in_by_keyboard(page, "worker@northshire.example")
    create_from_the_bank(page, "Closing soon 2028")
    publish(page)
    overview = page.url
    public = "/s/" + page.locator("main a[href*='/s/']").first.get_attribute("href").split("/s/", 1)[1]

    click_and_wait(page, page.locator("main a.govuk-button", has_text="Close"))
    assert page.locator("h1").inner_text() == "Close this consultation?"
    assert f"The closing date on every page becomes {today()}." in page.locator("main").inner_text()
    assert_accessible(page, "close, confirmation")
    # Cancel changes nothing.
    click_and_wait(page, page.locator("main a", has_text="Cancel"))
    assert page.url == overview and "Closes: when you close it" in page.locator("main").inner_text()

    click_and_wait(page, page.locator("main a.govuk-button", has_text="Close"))
    click_and_wait(page, page.locator("main form button", has_text="Close consultation"))
    assert page.locator("text=Closed. The link now tells young people the survey has closed.").count() == 1
    text = page.locator("main").inner_text()
    assert f"Closed: {today()}" in text and "when you close it" not in text
    assert re.search(r"Opened: \d", text)
    assert_accessible(page, "overview, closed")
    page.goto(public)
    assert page.locator("h1").inner_text() == "This survey is closed"
