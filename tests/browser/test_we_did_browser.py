""" "You said, we did" from any source in a real browser (issue 17): a worker turns a live poll's result into an
action (an error state first), adds what was done about a forum's session, and something the board decided, from the
staff menu; young people read where each thing was said on a phone, at 320 px and in Arabic, right to left; the board
pack's new table reads on a phone and on paper; axe finds nothing on any of those pages."""

from __future__ import annotations

import re

import pytest

from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait


@pytest.fixture(scope="module")
def worker(browser, live_server):  # type: ignore[no-untyped-def]
    from participation.accounts.models import Role

    state, _url = helpers.demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "we.did@northshire.example"
    )
    return state


def test_a_poll_result_a_session_and_the_board_become_actions(browser, live_server, worker):
    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        page.goto("/staff/")
        click_and_wait(page, page.locator("nav a", has_text="Live polls"))
        click_and_wait(
            page, page.locator("a", has_text="What should the next joint meeting with councillors be about?")
        )
        assert_accessible(page, "a poll's page with what was done about it")
        click_and_wait(page, page.locator("a", has_text="Turn this result into an action"))
        assert_accessible(page, "an action from a poll")
        note = page.locator("#evidence_note").input_value()
        assert note.startswith("Live poll: “What should the next joint meeting with councillors be about?”")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert page.locator(".govuk-error-summary").count() == 1
        assert page.locator("#evidence_note").input_value() == note  # what was there is kept
        assert_accessible(page, "an action from a poll, with errors")
        page.check("input[name=themes][value=being-heard]")
        page.fill("#what", "Councillors will come to the next meeting to hear about family time.")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert "Councillors will come to the next meeting" in " ".join(page.locator("#we-did ~ p").all_inner_texts())

        page.goto("/staff/sessions")
        click_and_wait(page, page.locator("a", has_text=re.compile(r"^\d+ \w+ \d{4}$")).first)
        click_and_wait(page, page.locator("a", has_text="Add what was done about this"))
        assert_accessible(page, "an action from a session")
        page.check("input[name=themes]>> nth=0")
        page.fill("#what", "A worker from the housing team comes to the forum every three months.")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        assert page.url.split("#")[0].split("?")[0].rsplit("/", 2)[-2] == "sessions"

        click_and_wait(page, page.locator("nav a", has_text="We did"))
        assert_accessible(page, "every action, from every source")
        click_and_wait(page, page.locator("a", has_text="Add something the board decided"))
        assert_accessible(page, "an action the board decided")
        page.check("input[name=themes][value=being-heard]")
        page.fill("#what", "The board meets young people at the care leavers’ hub once a year.")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save"))
        listed = page.locator("main").inner_text()
        assert "The board meets young people" in listed and "A worker from the housing team" in listed

        phone = browser.new_context(
            base_url=live_server, storage_state=worker, viewport={"width": 320, "height": 640}
        ).new_page()
        phone.goto("/staff/we-did")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 320
        assert_accessible(phone, "every action at 320 px")
        phone.context.close()
    finally:
        staff.close()


def test_young_people_read_what_changed_and_where_it_was_said(browser, live_server):
    for width, language in ((375, "en-GB"), (320, "ar")):
        context = browser.new_context(base_url=live_server, viewport={"width": width, "height": 740}, locale=language)
        try:
            page = context.new_page()
            page.goto("/s/demo?band=12-17" + ("&lang=ar" if language == "ar" else ""))
            click_and_wait(page, page.locator(".heard-what-changed a[href$='/what-changed']"))
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            if language == "ar":
                assert page.evaluate("document.documentElement.dir") == "rtl"
                assert_accessible(page, "what changed, in Arabic at 320 px")
            else:
                headings = page.locator("section.heard-ysdw__theme h2").all_inner_texts()
                assert "The board decided this" in headings
                assert any(re.fullmatch(r"At a Care Leavers Forum meeting in \w+ \d{4}", text) for text in headings)
                assert any(text.startswith("In a live poll at a ") for text in headings)
                assert_accessible(page, "what changed, on a phone")
        finally:
            context.close()


def test_the_board_packs_new_section_reads_on_a_phone_and_on_paper(browser, live_server, worker):
    context = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 320, "height": 800})
    try:
        page = context.new_page()
        page.goto("/staff/")
        click_and_wait(page, page.locator("nav a", has_text="Consultations"))
        click_and_wait(page, page.locator("a", has_text="Your voice 2026").first)
        click_and_wait(page, page.locator("a", has_text="View board pack"))
        table = page.locator("#table-we-did-elsewhere")
        assert "Live poll “How do you feel about your pathway plan?”" in table.inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert_accessible(page, "the board pack with what was done about sessions and polls, at 320 px")
        click_and_wait(page, page.locator("a", has_text="Printable page"))
        page.emulate_media(media="print")
        assert "You said, we did: at sessions, in live polls and from the board" in page.locator("body").inner_text()
        assert_accessible(page, "the printable board pack")
    finally:
        context.close()
