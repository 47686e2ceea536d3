"""Sessions in a real browser: a worker records a session from the staff menu (an error state first), adds a note,
opens the shared screen for the room (in Arabic too, right to left, at 320 px), records an activity and reads the
summary for the board; axe finds nothing on any of those pages."""

from __future__ import annotations

import pytest

from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait


@pytest.fixture(scope="module")
def worker(browser, live_server):  # type: ignore[no-untyped-def]
    from participation.accounts.models import Role

    state, _url = helpers.demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "session.runner@northshire.example"
    )
    return state


def test_a_session_recorded_with_notes_from_the_room_and_the_board_summary(browser, live_server, worker):
    from participation.accounts.models import Role

    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        page.goto("/staff/")
        click_and_wait(page, page.locator("nav a", has_text="Sessions"))
        assert_accessible(page, "the sessions page")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Record the session"))
        assert page.locator(".govuk-error-summary").count() == 1
        assert_accessible(page, "the sessions page with errors")
        page.select_option("#group", label="Care Leavers Forum")
        page.fill("#held_on", "14")
        page.fill("#held_on-month", "3")
        page.fill("#held_on-year", "2027")
        page.fill("#topics", "Housing options\nMoney")
        page.fill("#band_care_leavers", "7")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Record the session"))
        assert page.locator("h1").inner_text() == "Care Leavers Forum, 14 March 2027"
        page.fill("#text", "nobody explained my housing options")
        page.check("#consent")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save the note"))
        assert "nobody explained my housing options" in page.locator("#notes ~ .govuk-inset-text").first.inner_text()
        assert_accessible(page, "a session's page with a note")
        page.locator("summary", has_text="Decide whether to quote these words").click()
        page.locator("textarea[id^=quote-]").fill("")
        click_and_wait(page, page.locator("button", has_text="Approve quote"))
        assert page.locator(".govuk-error-summary").count() == 1
        assert_accessible(page, "a session's page with a quote sent back")
        page.locator("textarea[id^=quote-]").fill("nobody explained my housing options")
        click_and_wait(page, page.locator("button", has_text="Approve quote"))
        assert "Quote approved." in page.locator(".govuk-notification-banner").inner_text()

        session_url = page.url.split("#")[0]
        # Another worker's device is handed to the room (and signed out there): this worker stays signed in here.
        state, _url = helpers.demo_staff_signed_in(
            browser, live_server, Role.PARTICIPATION_WORKER, "room.device@northshire.example"
        )
        device = browser.new_context(base_url=live_server, storage_state=state, viewport={"width": 800, "height": 1000})
        try:
            screen = device.new_page()
            screen.goto(session_url)
            assert_accessible(screen, "a session's page before the shared screen opens")
            click_and_wait(screen, screen.locator("button", has_text="Open the shared screen on this device"))
            assert screen.url.endswith("/room")
            assert_accessible(screen, "the shared screen")
            screen.fill("#text", "my PA is who I ring first")
            click_and_wait(screen, screen.locator("form button[type=submit]"))
            assert "Your words are saved" in screen.locator("main").inner_text()
            assert_accessible(screen, "the shared screen after saving")
            screen.goto(session_url)  # Back to the staff page: signed out on this device
            assert "/sign-in" in screen.url
            screen.set_viewport_size({"width": 320, "height": 640})
            screen.goto("/room?lang=ar")
            assert screen.evaluate("document.documentElement.dir") == "rtl"
            assert screen.evaluate("document.documentElement.scrollWidth") <= 320
            assert_accessible(screen, "the shared screen in Arabic at 320 px")
            page.goto(session_url)
            assert "my PA is who I ring first" in page.locator("main").inner_text()
            click_and_wait(page, page.locator("button", has_text="Close the shared screen"))
            assert "The shared screen is closed." in page.locator(".govuk-notification-banner").inner_text()
            assert_accessible(page, "a session's page after the shared screen closed")
            screen.goto("/room?lang=en")
            assert screen.locator("h1").inner_text() == "This screen is closed"
            assert_accessible(screen, "the shared screen once closed")
        finally:
            device.close()

        # The young person's note waits in the one list of words to read, counted on the console's first page.
        page.goto("/staff/")
        assert "waiting to be read" in page.locator(".govuk-notification-banner").inner_text()
        click_and_wait(page, page.locator("nav a", has_text="Words to read"))
        assert "my PA is who I ring first" in page.locator("main").inner_text()
        assert_accessible(page, "the words to read")
        item = page.locator("li", has_text="my PA is who I ring first")
        click_and_wait(page, item.locator("button", has_text="Mark as read"))
        assert "my PA is who I ring first" not in page.locator("main").inner_text()

        page.goto("/staff/activity")
        assert_accessible(page, "the activity page")
        page.check("input[name=kind][value=takeover]")
        page.fill("#held_on", "3")
        page.fill("#held_on-month", "6")
        page.fill("#held_on-year", "2026")
        page.fill("#young_people", "12")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Record the activity"))
        click_and_wait(page, page.locator("a", has_text="See the summary for the board"))
        assert page.locator("h1").inner_text().startswith("Participation activity:")
        assert page.locator("#quotes ~ figure", has_text="nobody explained my housing options").count() == 1
        assert_accessible(page, "the participation summary for the board")
    finally:
        staff.close()


def test_a_session_started_for_tonight_gets_its_attendance_afterwards(browser, live_server, worker):
    """A first-time worker's walk (issue 17): a session recorded before anyone has come, its attendance added
    afterwards; an error state and a change saved by someone else in between; axe on each."""
    import datetime

    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        page.goto("/staff/sessions")
        today = datetime.date.today()
        page.select_option("#group", label="Care Leavers Forum")
        page.fill("#held_on", str(today.day))
        page.fill("#held_on-month", str(today.month))
        page.fill("#held_on-year", str(today.year))
        page.fill("#topics", "Tonight's topic")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Record the session"))
        assert "No attendance recorded" in page.locator("main").inner_text()
        click_and_wait(page, page.locator("a", has_text="Add attendance or change the session"))
        assert_accessible(page, "the page to change a session")
        page.fill("#band_12_17", "lots")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert page.locator(".govuk-error-summary").count() == 1
        assert_accessible(page, "the page to change a session, with an error")
        # Meanwhile another tab saves a change: this one is told, and keeps what it typed.
        other = staff.new_page()
        other.goto(page.url)
        other.fill("#band_12_17", "6")
        click_and_wait(other, other.locator("form button[type=submit]", has_text="Save"))
        assert "Session saved." in other.locator(".govuk-notification-banner").inner_text()
        page.fill("#band_12_17", "9")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert "Someone else saved this while you were editing it" in page.locator(".govuk-error-summary").inner_text()
        assert page.input_value("#band_12_17") == "9"
        assert_accessible(page, "the page to change a session, saved by someone else meanwhile")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert "Session saved." in page.locator(".govuk-notification-banner").inner_text()
        assert "9" in page.locator("table").first.inner_text()
        # A live poll opened from the session's page belongs to it and is listed there, with a link to its results.
        session_url = page.url
        click_and_wait(page, page.locator("a", has_text="Open a live poll in this session"))
        assert_accessible(page, "the live polls page, opened from a session")
        page.fill("#question", "What should we eat next time?")
        page.check("input[name=kind][value=one]")
        page.fill("#options", "Pizza\nCurry")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Open the poll"))
        page.goto(session_url)
        assert "What should we eat next time?" in page.locator("#polls + ul").inner_text()
        assert_accessible(page, "a session's page listing its polls")
    finally:
        staff.close()
