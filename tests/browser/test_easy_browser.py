"""The easy version in a real browser on a 320 px phone: keyboard only, axe-core on every state, every target at
least 44×44 CSS pixels, every picture loaded, nothing wider than the screen."""

from __future__ import annotations

import re

import pytest

from tests.browser.helpers import assert_accessible, choose_radio, click_and_wait, region_violations, tab_to

PHONE = {"width": 320, "height": 640}
NEXT = "main form button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)"

# Every visible control a finger or pointer can use, with the box it can be used by: a radio or checkbox is its
# whole answer (input and label), anything else its own box. The skip link is off screen until it has focus.
SMALL_TARGETS = """() => {
  const small = [];
  for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
    if (el.matches(".govuk-skip-link")) continue;
    const own = el.getBoundingClientRect();
    if (own.width === 0 || own.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
    const item = el.matches("input[type=radio], input[type=checkbox]")
      ? el.closest(".govuk-radios__item, .govuk-checkboxes__item") : null;
    const box = (item || el).getBoundingClientRect();
    if (box.width < 44 || box.height < 44) {
      const words = (el.innerText || el.value || "").trim().slice(0, 40);
      const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
      small.push(`${el.tagName.toLowerCase()}.${el.className} “${words}” ${size}`);
    }
  }
  return small;
}"""
PICTURES_LOADED = """() => [...document.querySelectorAll("img.heard-picture")]
  .filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.getAttribute("src"))"""


def check_page(page, state: str) -> None:
    assert page.evaluate("document.body.classList.contains('heard-easy')"), state
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], state
    assert page.evaluate(SMALL_TARGETS) == [], state
    for image in page.locator("img.heard-picture").all():
        image.scroll_into_view_if_needed()  # pictures load lazily, as they come into view
    page.wait_for_function(f"({PICTURES_LOADED})().length === 0")
    assert_accessible(page, state)
    assert region_violations(page) == [], state


def press(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def answer_by_keyboard(page) -> str:
    """Answer the question on screen with the keyboard, as someone who reads little would: a picture where there
    is one to pick, otherwise the first answer. Says which kind of page it was."""
    if page.locator("input[name=pictures]").count():
        kind = "pictures"
        tab_to(page, "input[name=pictures]")
        page.keyboard.press("Space")
    elif page.locator("input.govuk-radios__input").count():
        kind = "radios"
        value = page.locator("input.govuk-radios__input").first.get_attribute("value")
        choose_radio(page, "answer", value)
    else:
        kind = "checkboxes"
        tab_to(page, "input.govuk-checkboxes__input")
        page.keyboard.press("Space")
    press(page, NEXT)
    return kind


def test_easy_journey_by_keyboard_only_at_320_pixels(page):
    page.set_viewport_size(PHONE)
    page.goto("/s/demo?band=12-17")
    press(page, ".heard-easy-switch button")
    assert re.search(r"/s/demo$", page.url)
    check_page(page, "easy start page")
    press(page, "button.govuk-button--start")
    press(page, NEXT)
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.locator(".govuk-error-summary__title").inner_text() == "Something is not right"
    check_page(page, "easy question, error")
    seen = set()
    for _ in range(30):
        if page.url.endswith("/check"):
            break
        kind = "pictures" if page.locator("input[name=pictures]").count() else "choices"
        if kind not in seen or page.locator("input.govuk-checkboxes__input[name=answer]").count():
            check_page(page, f"easy question ({page.url.rsplit('/', 1)[-1]})")
            seen.add(kind)
        seen.add(answer_by_keyboard(page))
    assert page.url.endswith("/check")
    assert seen >= {"radios", "checkboxes", "pictures"}
    check_page(page, "easy check your answers")
    press(page, "main form button.govuk-button")
    assert page.url.endswith("/done")
    assert re.fullmatch(r"[2-9A-Z]{5}-[2-9A-Z]{5}", page.locator(".heard-receipt").inner_text().strip())
    check_page(page, "easy done, with the secret code")


@pytest.mark.parametrize("language", ["ar", "cy"])
def test_easy_pages_in_other_languages(page, language):
    page.set_viewport_size(PHONE)
    page.goto(f"/s/demo?band=care-leavers&lang={language}")
    click_and_wait(page, page.locator(".heard-easy-switch button"))
    check_page(page, f"easy start page ({language})")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    check_page(page, f"easy first question ({language})")
    for _ in range(30):
        if page.locator("input[name=pictures]").count():
            break
        click_and_wait(page, page.locator("button.heard-skip"))
    check_page(page, f"easy pictures to pick ({language})")


def test_turning_it_off_leaves_the_usual_pages(page):
    page.set_viewport_size(PHONE)
    page.goto("/s/demo?band=4-7")
    click_and_wait(page, page.locator(".heard-easy-switch button"))
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert page.evaluate("document.body.classList.contains('heard-easy')")
    click_and_wait(page, page.locator(".heard-easy-switch button"))
    assert re.search(r"/q/1$", page.url)
    assert not page.evaluate("document.body.classList.contains('heard-easy')")
    # The youngest band keeps its faces.
    assert page.locator(".govuk-radios__label svg.heard-face").count() == 3
    assert_accessible(page, "4-7 question after leaving the easy version")
