"""The board pack on a phone (issue 15; WCAG 1.4.10 reflow): at 320 and 390 CSS pixels neither the pack page nor its
printable page scrolls sideways, chart text is at least 12 px as drawn and never cut off, a wide table scrolls only in
its own labelled box a keyboard can reach, and axe finds nothing. The "Show" list works without JavaScript."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait

WIDTHS = [320, 390]

# Each chart's text as drawn: its font size times the scale its SVG is drawn at (a viewBox shrinks text with the
# chart), and whether any of it runs past its chart's edges.
CHART_TEXT = """() => [...document.querySelectorAll('.pack-chart svg[role=img]')].flatMap(svg => {
  const edge = svg.getBoundingClientRect();
  return [...svg.querySelectorAll('text')].map(text => {
    const box = text.getBoundingClientRect();
    return {
      text: text.textContent,
      size: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a,
      inside: box.left >= edge.left - 1 && box.right <= edge.right + 1,
    };
  });
})"""

# Every box that scrolls sideways: a pack table's own, named by the caption it points to.
SCROLLERS = """() => [...document.querySelectorAll('main *, body.pack-document *')].filter(element => {
  const style = getComputedStyle(element);
  return element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(style.overflowX);
}).map(element => ({
  cls: element.className,
  tabindex: element.getAttribute('tabindex'),
  role: element.getAttribute('role'),
  name: (document.getElementById(element.getAttribute('aria-labelledby') || '') || {}).textContent || '',
}))"""


@pytest.fixture(scope="module")
def signed_in(browser, live_server):  # type: ignore[no-untyped-def]
    """A board member of the demo council, signed in once: an account of this file's own, since an authenticator
    code is spent once used, and the demo's own board member signs in by keyboard elsewhere."""
    from participation.accounts.models import Role

    return helpers.demo_staff_signed_in(
        browser, live_server, Role.BOARD_MEMBER, "pack.reader@northshire.example", "Your voice 2026", "View board pack"
    )


def _phone(browser, live_server, signed_in, width: int, *, script: bool = True):  # type: ignore[no-untyped-def]
    state, _url = signed_in
    return browser.new_context(
        viewport={"width": width, "height": 800},
        base_url=live_server,
        storage_state=state,
        java_script_enabled=script,
    )


def _reads_at(page, width: int, state: str) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{state} scrolls sideways at {width}px"
    texts = page.evaluate(CHART_TEXT)
    assert len(texts) > 20, state  # both charts drawn, with their labels and values
    small = [item for item in texts if item["size"] < 12]
    assert small == [], f"{state}: chart text under 12px at {width}px: {small[:3]}"
    cut = [item["text"] for item in texts if not item["inside"]]
    assert cut == [], f"{state}: chart text cut off at {width}px: {cut[:3]}"
    for box in page.evaluate(SCROLLERS):
        assert "pack-table__scroll" in box["cls"], f"{state}: {box} scrolls sideways"
        assert box["tabindex"] == "0" and box["role"] == "region" and box["name"].strip(), box
    assert_accessible(page, f"{state} at {width}px")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_board_pack_reads_on_a_phone(browser, live_server, signed_in, width):
    url = signed_in[1]
    context = _phone(browser, live_server, signed_in, width)
    page = context.new_page()
    try:
        _reads_everywhere(page, url, width)
    finally:
        context.close()


def _reads_everywhere(page, url: str, width: int) -> None:
    for address, state in [
        (url, "board pack"),
        (f"{url}?part=band:4-7", "board pack, 4 to 7"),
        (f"{url}/print", "printable board pack"),
        (f"{url}?lang=ar", "board pack in Arabic"),
    ]:
        page.goto(address)
        _reads_at(page, width, state)
    page.goto(f"{url}?lang=en")
    # The "Show" list is the design system's select, as wide as the screen allows and no wider.
    select_box = page.locator("select#part.govuk-select").bounding_box()
    assert select_box["height"] >= 40 and select_box["x"] + select_box["width"] <= width
    # A keyboard reaches a wide table's box and scrolls it.
    scroller = page.locator("#table-indicators .pack-table__scroll")
    scroller.focus()
    page.keyboard.press("ArrowRight")
    for _ in range(40):
        if page.evaluate("() => document.querySelector('#table-indicators .pack-table__scroll').scrollLeft") > 0:
            break
        page.wait_for_timeout(50)
    else:
        raise AssertionError("the arrow key did not scroll the indicators table")


def test_the_show_list_works_without_javascript(browser, live_server, signed_in):
    url = signed_in[1]
    context = _phone(browser, live_server, signed_in, 320, script=False)
    plain = context.new_page()
    try:
        plain.goto(url)
        plain.select_option("#part", "band:4-7")
        click_and_wait(plain, plain.locator("form.heard-pack-filter button"))
        assert unquote(plain.url).endswith("?part=band:4-7")
        main = plain.locator("main").inner_text()
        assert "Showing 4 to 7 only" in main
        # The demo's youngest wrote too little to show any theme: the pack says so, and why.
        assert "Every theme is hidden" in plain.locator("#no-themes").inner_text()
        assert plain.locator("#part").input_value() == "band:4-7"
        assert plain.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()
