"""Every script renders with fonts phones already have (no web fonts), the language menu (on a question page, the link
to the page of languages) is one tab stop, and the journey works without JavaScript at 320 px in every language."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from participation.languages import LANGUAGES
from tests.browser.helpers import assert_accessible, click_and_wait, tab_to

# The fonts Android ships (Noto) for the scripts the system font may lack, found by fontconfig on this machine the
# way a phone finds its own; Debian's fonts-noto-core, installed by `make browser-deps`.
ETHIOPIC = re.compile(r"[\u1200-\u139f]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
SCRIPTS = {"ti": ETHIOPIC, "ur": ARABIC, "ps": ARABIC, "ckb": ARABIC, "prs": ARABIC}
SCRIPT_FONTS = {"ti": "Noto Sans Ethiopic", "ur": "Noto Nastaliq Urdu", "ps": "Noto", "ckb": "Noto", "prs": "Noto"}


def _has_font(family: str) -> bool:
    found = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    return family in found


@pytest.fixture()
def phone(page):
    page.set_viewport_size({"width": 320, "height": 640})
    return page


def start_question(page, language: str, band: str = "12-17") -> None:
    page.goto(f"/s/demo?band={band}&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert re.search(r"/q/1$", page.url)


@pytest.mark.parametrize("language", sorted(SCRIPT_FONTS))
def test_each_script_renders_in_a_font_the_phone_has(phone, language):
    if not _has_font("Noto Sans Ethiopic"):
        if os.environ.get("CI") == "true":
            pytest.fail("fonts-noto-core is missing: run `make browser-deps` as root")
        pytest.skip("the Noto fonts phones have are not installed here (Debian package fonts-noto-core)")
    start_question(phone, language)
    # Nothing downloaded as a font: the page names system fonts only.
    assert phone.evaluate("document.fonts.size") == 0
    heading = phone.locator("h1")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    session = phone.context.new_cdp_session(phone)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": "h1 .heard-question-text, h1"})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    families = {font["familyName"]: font["glyphCount"] for font in fonts}
    # Every letter of the question is drawn by a font made for its script, never by a fallback box.
    text = heading.inner_text()
    letters = len(SCRIPTS[language].findall(text))
    assert letters >= 5, f"the question is not written in {language}: {text!r}"
    script_glyphs = sum(count for family, count in families.items() if SCRIPT_FONTS[language] in family)
    assert script_glyphs >= letters * 0.9, (families, text)
    assert_accessible(phone, f"{language} question at 320 px")


@pytest.mark.parametrize("language", ["en", "ti", "ar"])
def test_the_language_menu_is_one_tab_stop_before_the_first_answer(phone, language):
    start_question(phone, language)
    presses = 0
    while presses < 12 and not phone.evaluate("document.activeElement.matches('input.govuk-radios__input')"):
        phone.keyboard.press("Tab")
        presses += 1
    # Skip link, quick exit, the organisation's home link, the language menu, back, "Simpler words and pictures": the
    # first answer is the seventh stop (it was the tenth when each language was a stop of its own).
    assert presses <= 7, f"{presses} Tab presses to the first answer"
    phone.goto(phone.url)
    # On a question page the stop is a link to the page of languages, which comes back to the same question.
    tab_to(phone, "a.heard-languages__summary", limit=4)
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert "/language?" in phone.url
    assert_accessible(phone, f"the page of languages ({language})")
    tab_to(phone, '.heard-language-choices a[hreflang="vi"]', limit=len(LANGUAGES) + 6)
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert phone.locator("html").get_attribute("lang") == "vi"
    assert re.search(r"/q/1", phone.url)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_journey_works_without_javascript(browser, live_server, language):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    try:
        page.goto(f"/s/demo?band=8-11&lang={language}")
        # The language menu opens without JavaScript.
        page.locator(".heard-languages summary").click()
        other = "cy" if language == "en" else "en"
        assert page.locator(f'.heard-languages a[hreflang="{other}"]').is_visible()
        click_and_wait(page, page.locator("button.govuk-button--start"))
        for _ in range(30):
            if page.url.endswith("/check"):
                break
            assert page.locator("html").get_attribute("dir") == LANGUAGES[language].direction
            if page.locator("input.govuk-radios__input").count():
                page.locator("input.govuk-radios__input").first.check()
            elif page.locator("input.govuk-checkboxes__input").count():
                page.locator("input.govuk-checkboxes__input").first.check()
            elif page.locator("#answer").count():
                page.fill("#answer", "…")
            # The question's own Continue (the easy version's switch is a form of its own, before it).
            click_and_wait(page, page.locator("form:has([name=answer]) button.govuk-button").first)
        assert page.url.endswith("/check")
        click_and_wait(page, page.locator("form button.govuk-button"))
        assert page.url.endswith("/done")
        assert page.locator("html").get_attribute("lang") == language
    finally:
        context.close()
