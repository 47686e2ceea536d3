"""Phone numbers read left to right on Arabic and Urdu pages, as Chromium actually lays them out: each digit group
of "0800 1111" or "0808 800 5000" sits to the right of the group before it (or on a later line)."""

from __future__ import annotations

from typing import Any

import pytest

from participation.languages import LANGUAGES
from tests.browser.helpers import assert_accessible, click_and_wait

# For each phone link, the screen position of each space-separated digit group, measured with a DOM Range over the
# group's characters in the link's text node: what the reader sees, not the order in the source.
GROUP_BOXES = """
(selector) => [...document.querySelectorAll(selector)].map((link) => {
  const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  const text = node.textContent;
  const groups = [];
  let start = 0;
  for (const part of text.split(' ')) {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + part.length);
    const box = range.getBoundingClientRect();
    groups.push({text: part, left: box.left, top: box.top, height: box.height});
    start += part.length + 1;
  }
  return {number: text, href: link.getAttribute('href'), groups};
})
"""

RIGHT_TO_LEFT = [code for code, language in LANGUAGES.items() if language.is_rtl]


def reads_left_to_right(groups: list[dict[str, Any]]) -> bool:
    for before, after in zip(groups, groups[1:], strict=False):
        same_line = abs(before["top"] - after["top"]) < before["height"] / 2
        if same_line and not after["left"] > before["left"]:
            return False
        if not same_line and not after["top"] > before["top"]:
            return False
    return True


def numbers_on(page: Any) -> list[dict[str, Any]]:
    found = page.evaluate(GROUP_BOXES, "main a.heard-phone")
    assert found, f"no phone links on {page.url}"
    return found


def assert_numbers_read_left_to_right(page: Any, expected: set[str]) -> None:
    found = numbers_on(page)
    assert expected <= {entry["number"] for entry in found}, (page.url, found)
    for entry in found:
        assert reads_left_to_right(entry["groups"]), (page.url, entry)


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_phone_numbers_read_left_to_right_on_right_to_left_pages(page, language):
    assert page.goto(f"/s/demo?band=12-17&lang={language}").ok
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Childline, 999, and the council's own emergency duty team and advocacy service (set in the demo).
    assert_numbers_read_left_to_right(page, {"0800 1111", "999", "0306 999 0123", "0808 157 0456"})
    assert_accessible(page, f"start page, 12-17, {language}")

    page.goto(f"/s/demo?band=care-leavers&lang={language}")
    assert_numbers_read_left_to_right(page, {"116 123", "85258", "999", "01632 960 001"})
    assert "0800 1111" not in page.locator("main").inner_text()
    assert_accessible(page, f"start page, care leavers, {language}")

    page.goto(f"/help?lang={language}")
    assert_numbers_read_left_to_right(page, {"0800 1111", "116 123", "0808 800 5000", "999"})
    assert_accessible(page, f"help page, {language}")


@pytest.mark.parametrize("language", RIGHT_TO_LEFT)
def test_the_box_beside_free_text_and_the_done_page_read_left_to_right(page, language):
    page.goto(f"/s/demo?band=parents-carers&lang={language}")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    checked_text_box = False
    for _ in range(30):
        if page.url.endswith("/check"):
            break
        if page.locator("input.govuk-radios__input").count():
            page.locator("input.govuk-radios__input").first.check()
        elif page.locator("input.govuk-checkboxes__input").count():
            page.locator("input.govuk-checkboxes__input").first.check()
        else:
            assert_numbers_read_left_to_right(page, {"116 123", "85258", "0808 800 5000"})
            if not checked_text_box:
                assert_accessible(page, f"free-text question, parents, {language}")
                checked_text_box = True
            page.fill("#answer", "More help with money please")
        click_and_wait(page, page.locator("form button.govuk-button:not(.govuk-button--secondary)"))
    assert checked_text_box and page.url.endswith("/check")
    click_and_wait(page, page.locator("form button.govuk-button"))
    assert page.url.endswith("/done")
    assert_numbers_read_left_to_right(page, {"116 123", "0808 800 5000", "999"})
    assert_accessible(page, f"done page, parents, {language}")


def test_the_measure_sees_a_plain_number_reversed(page):
    """The old pages wrote numbers as plain text: Chromium shows "0800 1111" as "1111 0800" in a right-to-left line.
    The same measure must see that, or the tests above prove nothing."""
    page.goto("/help?lang=ar")
    page.evaluate("""() => {
      const p = document.createElement('p');
      p.innerHTML = 'اتصل بـ Childline على <span class="plain">0800 1111</span> الآن';
      document.querySelector('main').appendChild(p);
    }""")
    [plain] = page.evaluate(GROUP_BOXES, "main span.plain")
    assert not reads_left_to_right(plain["groups"]), plain
