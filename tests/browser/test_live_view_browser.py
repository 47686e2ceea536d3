"""The live view of a consultation on a phone (WCAG 1.4.10 reflow): at 320 and 390 CSS pixels the page never scrolls
sideways; the "Groups it is meant to reach" table (414 px wide on a 390 px phone before) wraps its words, and anything
that still does not fit scrolls only in its own labelled box a keyboard can reach; axe finds nothing."""

from __future__ import annotations

import pytest

from tests.browser import helpers
from tests.browser.helpers import assert_accessible

WIDTHS = [320, 390]

SCROLLERS = """() => [...document.querySelectorAll('main *')].filter(element => {
  const style = getComputedStyle(element);
  return element.scrollWidth > element.clientWidth + 1 && ['auto', 'scroll'].includes(style.overflowX);
}).map(element => ({
  cls: element.className,
  tabindex: element.getAttribute('tabindex'),
  role: element.getAttribute('role'),
}))"""


@pytest.fixture(scope="module")
def signed_in(browser, live_server):  # type: ignore[no-untyped-def]
    """A participation worker of the demo council, signed in once, and the demo consultation's live view."""
    from participation.accounts.models import Role

    state, overview = helpers.demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "live.reader@northshire.example", "Your voice 2026"
    )
    return state, f"{overview}/responses"


@pytest.mark.parametrize("width", WIDTHS)
def test_the_live_view_reflows_on_a_phone(browser, live_server, signed_in, width):
    state, url = signed_in
    context = browser.new_context(viewport={"width": width, "height": 800}, base_url=live_server, storage_state=state)
    try:
        page = context.new_page()
        page.goto(url)
        assert page.locator("h2", has_text="Groups it is meant to reach").count() == 1, page.url
        assert page.locator("main table").count() >= 1  # the demo's groups are listed
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the live view is {scroll_width}px wide at {width}px"
        for box in page.evaluate(SCROLLERS):
            assert "heard-table-scroll" in box["cls"], f"{box} scrolls sideways"
            assert box["tabindex"] == "0" and box["role"] == "region", box
        assert_accessible(page, f"the live view at {width}px")
    finally:
        context.close()
