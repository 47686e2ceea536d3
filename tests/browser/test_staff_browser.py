"""Staff pages in a real browser: sign in by keyboard with an authenticator code, axe-core clean throughout."""

from __future__ import annotations

import pytest

from tests.browser.helpers import assert_accessible, click_and_wait, sign_in_by_keyboard


@pytest.mark.parametrize("language", ["en", "ar"])
def test_sign_in_errors_are_accessible(page, language):
    page.goto(f"/staff/sign-in?lang={language}")
    click_and_wait(page, page.locator("form button[type=submit]"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "sign in, error")
    page.goto("/staff/reset-password")
    assert_accessible(page, "reset password")


def test_admin_pages_by_keyboard_with_axe(page):
    sign_in_by_keyboard(page, "admin@northshire.example")
    assert page.url.endswith("/staff/")
    assert_accessible(page, "consultations")
    assert page.locator("td", has_text="Your voice 2026").count() == 1
    page.goto("/staff/team")
    assert_accessible(page, "team")
    page.fill("#email", "not an email")
    click_and_wait(page, page.locator("form button.govuk-button", has_text="Send invitation"))
    assert_accessible(page, "team, invite error")
    page.fill("#email", "new.worker@northshire.example")
    page.check("input[value='participation-worker']")
    click_and_wait(page, page.locator("form button.govuk-button", has_text="Send invitation"))
    assert page.locator(".govuk-notification-banner--success").is_visible()
    assert_accessible(page, "team, invitation sent")
    page.goto("/staff/reference-figures/")
    assert page.locator("main table tbody tr").count() == 5
    assert_accessible(page, "reference figures")
    click_and_wait(page, page.locator("main form button.govuk-button", has_text="Add figure"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "reference figures, errors")
    page.goto("/staff/settings")
    assert page.locator("input[name=compare_opt_in][value=yes]").is_checked()
    assert_accessible(page, "settings")
    page.goto("/staff/audit")
    assert page.locator("code", has_text="invitation-sent").count() == 1
    assert_accessible(page, "audit log")
    click_and_wait(page, page.locator("button.heard-link-button"))
    assert_accessible(page, "signed out")


def test_board_member_is_refused_the_team_page_kindly_and_reads_the_board_pack(page):
    sign_in_by_keyboard(page, "board@northshire.example")
    response = page.goto("/staff/team")
    assert response.status == 403
    assert_accessible(page, "refused")
    # A board member, as a new user: from the consultation to its board pack.
    page.goto("/staff/")
    click_and_wait(page, page.locator("a", has_text="Your voice 2026"))
    click_and_wait(page, page.locator("a", has_text="View board pack"))
    glance = page.locator(".pack-glance").inner_text()
    assert "overdue:" in glance and "young people say" in glance and "done" in glance  # the demo has one late pledge
    assert page.locator("svg[role=img] title").count() == 2
    assert page.locator("#table-indicators tbody tr").count() >= 4
    assert_accessible(page, "board pack")
    page.select_option("#part", "band:care-leavers")
    click_and_wait(page, page.locator("form.heard-pack-filter button"))
    assert "Showing Care leavers (18 to 25) only" in page.locator("main").inner_text()
    assert_accessible(page, "board pack, care leavers")
    click_and_wait(page, page.locator("a", has_text="Printable page"))
    assert page.locator("h1").inner_text().endswith("Care leavers (18 to 25)")
    assert_accessible(page, "board pack, printable")
    # The year's pack, from the menu: every consultation that opened in 2026-27, beside 2025-26.
    page.goto("/staff/")
    click_and_wait(page, page.locator("nav a", has_text="Board packs"))
    assert_accessible(page, "board packs")
    click_and_wait(page, page.locator("main a[href$='/board-packs/2026-27']"))
    assert "Financial year April 2026 to March 2027" in page.locator("h1").inner_text()
    assert "Previous period" in page.locator("#table-indicators").inner_text()
    assert_accessible(page, "board pack for a year")


def test_password_can_be_shown_and_hidden(page):
    page.goto("/staff/sign-in")
    page.fill("#password", "secret words")
    toggle = page.locator(".govuk-password-input__toggle")
    assert toggle.is_visible()
    toggle.click()
    assert page.locator("#password").get_attribute("type") == "text"
    assert toggle.get_attribute("aria-label") == "Hide password"
    toggle.click()
    assert page.locator("#password").get_attribute("type") == "password"
