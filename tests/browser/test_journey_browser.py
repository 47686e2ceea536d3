"""The journey in a real browser: by keyboard only, in every language, with axe-core on every page state."""

from __future__ import annotations

import re

import pytest
from flask_babel import force_locale, gettext

from participation.languages import LANGUAGES
from tests.browser import helpers
from tests.browser.helpers import assert_accessible, choose_radio, click_and_wait, region_violations, tab_to

# "I want to see my little brother more", as a young person might write it in each language.
ANSWER_TEXT = {
    "en": "I want to see my little brother more",
    "cy": "Dw i eisiau gweld fy mrawd bach yn amlach",
    "pl": "Chcę częściej widywać mojego młodszego brata",
    "ro": "Vreau să-mi văd mai des fratele mai mic",
    "ar": "أريد أن أرى أخي الصغير أكثر",
    "ur": "میں اپنے چھوٹے بھائی سے زیادہ ملنا چاہتا ہوں",
    "ps": "زه غواړم خپل کوچنی ورور ډېر ووینم",
    "prs": "من می‌خواهم برادر کوچکم را بیشتر ببینم",
    "ti": "ንንእሽቶ ሓወይ ብዙሕ ክርእዮ እደሊ",
    "ckb": "دەمەوێت زیاتر براچکۆلەکەم ببینم",
    "sq": "Dua ta shoh më shpesh vëllanë tim të vogël",
    "vi": "Em muốn gặp em trai nhiều hơn",
}


def error_prefix(language: str) -> str:
    with helpers.LIVE_APP.test_request_context(), force_locale(LANGUAGES[language].babel_locale):
        return gettext("Error:")


def answer_by_keyboard(page, language: str) -> None:
    """Answer the question on screen with the keyboard: first choice, or some text, then Continue."""
    if page.locator("input.govuk-radios__input").count():
        tab_to(page, "input.govuk-radios__input")
        page.keyboard.press("Space")
    elif page.locator("input.govuk-checkboxes__input").count():
        tab_to(page, "input.govuk-checkboxes__input")
        page.keyboard.press("Space")
    else:
        tab_to(page, "#answer")
        page.keyboard.type(ANSWER_TEXT[language])
    tab_to(page, "button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)")
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_full_journey_by_keyboard_only_with_axe_on_every_state(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"/s/demo?lang={language}")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == LANGUAGES[language].direction

    # Who is answering: the error state first, then a choice.
    assert re.search(r"/s/demo/who$", page.url)
    assert_accessible(page, "who is answering")
    tab_to(page, "form button.govuk-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
    assert page.title().startswith(error_prefix(language))
    assert_accessible(page, "who is answering, error")
    choose_radio(page, "band", "12-17")
    tab_to(page, "form button.govuk-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Start page.
    assert_accessible(page, "start page")
    tab_to(page, "button.govuk-button--start")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # First question: the error state, then every question by keyboard.
    tab_to(page, "button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "question error")
    seen_kinds = set()
    for _ in range(30):
        if page.url.endswith("/check"):
            break
        progress = page.locator(".heard-progress").inner_text()
        assert re.search(r"\d", progress)
        kind = (
            "radios"
            if page.locator("input.govuk-radios__input").count()
            else "checkboxes"
            if page.locator("input.govuk-checkboxes__input").count()
            else "text"
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, f"scrolls sideways: {page.url}"
        if kind not in seen_kinds:
            assert_accessible(page, f"question ({kind})")
            seen_kinds.add(kind)
        answer_by_keyboard(page, language)
    assert page.url.endswith("/check")
    assert seen_kinds == {"radios", "checkboxes", "text"}
    assert_accessible(page, "check your answers")
    assert ANSWER_TEXT[language] in page.locator(".govuk-summary-list").inner_text()

    tab_to(page, "form button.govuk-button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/done")
    assert re.fullmatch(r"[2-9A-Z]{5}-[2-9A-Z]{5}", page.locator(".heard-receipt").inner_text().strip())
    assert_accessible(page, "confirmation")


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/help",
        "/help?from=s.demo",
        "/language?next=/s/demo/q/1",
        "/resume",
        "/receipt",
        "/s/demo/you-said-we-did",
        "/s/demo/promises",
        "/s/closed",
        "/s/no-such-survey",
        "/s/demo?band=4-7",
    ],
)
def test_other_pages_are_accessible(page, language, path):
    page.goto(f"{path}{'&' if '?' in path else '?'}lang={language}")
    assert_accessible(page, path)
    # Found from outside: the quick exit and back link sat outside every landmark.
    assert region_violations(page) == [], path


@pytest.mark.parametrize("language", ["en", "ar"])
def test_question_and_check_pages_keep_everything_in_landmarks(page, language):
    page.goto(f"/s/demo?band=12-17&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert "/q/1" in page.url and region_violations(page) == []
    click_and_wait(page, page.locator("form button[type=submit]:not(.govuk-button--secondary)"))
    assert page.locator(".govuk-error-summary").is_visible() and region_violations(page) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_save_resume_and_code_errors_are_accessible(page, language):
    page.goto(f"/s/demo?band=care-leavers&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    click_and_wait(page, page.locator("a[href$='/save']"))
    assert_accessible(page, "save, before")
    click_and_wait(page, page.locator("form button.govuk-button"))
    code = page.locator(".heard-receipt").inner_text().strip()
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}", code)
    assert_accessible(page, "save, code shown")
    page.goto("/resume")
    click_and_wait(page, page.locator("form button.govuk-button"))
    assert_accessible(page, "resume, error")
    page.fill("#code", code.lower())
    click_and_wait(page, page.locator("form button.govuk-button"))
    assert re.search(r"/s/demo/q/1$", page.url)


def test_youngest_band_sees_faces_with_words(page):
    page.goto("/s/demo?band=4-7")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    labels = page.locator(".govuk-radios__label")
    assert labels.count() >= 3
    for index in range(labels.count()):
        label = labels.nth(index)
        assert label.locator("svg.heard-face").count() == 1
        assert label.locator(".heard-option__text").inner_text().strip()
    assert_accessible(page, "4-7 question with faces")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_long_you_said_we_did_page_has_contents_that_lead_to_each_theme(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"/s/demo/you-said-we-did?lang={language}")
    links = page.locator("nav.heard-contents-list a")
    sections = page.locator("section.heard-ysdw__theme")
    assert sections.count() >= 10 and links.count() == sections.count() + 1  # every theme, then the promises
    # A theme near the end: the link takes a phone there, and "Back to contents" brings it back to the list.
    link = links.nth(sections.count() - 2)
    target = link.get_attribute("href")
    link.click()
    page.wait_for_function(f"location.hash === {target!r}")
    heading = page.locator(target)
    assert heading.inner_text() == link.inner_text()
    top = heading.evaluate("element => element.getBoundingClientRect().top")
    assert 0 <= top < 640, top
    heading.locator("xpath=ancestor::section").locator("a[href='#contents']").click()
    page.wait_for_function("location.hash === '#contents'")
    assert page.locator("nav.heard-contents-list").evaluate("nav => nav.getBoundingClientRect().top") < 640
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page, f"you said, we did, contents ({language})")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_you_said_we_did_reads_well_on_a_phone_and_in_print(page, language):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"/s/demo/you-said-we-did?lang={language}")
    assert page.locator(".heard-ysdw__theme").count() >= 10
    if language == "ar":
        assert page.locator(".heard-ysdw__actions p[lang=ar]").count() >= 1
    # Nothing wider than the screen at 320 CSS pixels.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page, f"you said, we did ({language})")
    page.emulate_media(media="print")
    assert not page.locator(".heard-quick-exit").first.is_visible()
    # The promises corporate parents made, linked from the page, read on the same phone.
    page.emulate_media(media="screen")
    click_and_wait(page, page.locator("a[href$='/promises']"))
    assert page.locator(".heard-ysdw__theme").count() == 5
    assert page.locator(".govuk-tag--red").count() >= 1  # late promises stand out
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert_accessible(page, f"promises ({language})")
