"""Asking for an advocate or a call back in a real browser, axe-core clean: the young person's form (its error state
with everything typed kept, in English and in Arabic, right to left), what happens next, and the staff queue and a
request's page for a participation worker."""

from __future__ import annotations

import pytest
from flask_babel import force_locale, ngettext

from participation.accounts.models import Role
from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait, demo_staff_signed_in


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_young_persons_form_its_error_and_what_happens_next(page, language):
    assert page.goto(f"/s/demo/ask?lang={language}").ok
    if language == "ar":
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert_accessible(page, f"ask, {language}")
    page.check("input[name=kind][value=advocate]")
    page.fill("#name", "Kai")
    page.fill("#message", "before my review")
    click_and_wait(page, page.locator("main form button[type=submit]"))
    # Nothing to contact: the error summary takes focus, links to the first way to reach them, and keeps the rest.
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.evaluate("document.activeElement.closest('.govuk-error-summary') !== null")
    assert page.title().startswith("Error") or language != "en"
    assert page.input_value("#name") == "Kai" and page.input_value("#message") == "before my review"
    assert page.is_checked("input[name=kind][value=advocate]")
    assert_accessible(page, f"ask, nothing to contact, {language}")
    page.fill("#phone", "07700 900123")
    click_and_wait(page, page.locator("main form button[type=submit]"))
    assert "/s/demo/ask/sent" in page.url
    assert page.locator("main a.heard-phone").count() > 0
    assert_accessible(page, f"asked, {language}")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_councils_own_form_from_the_help_page(page, language):
    """From a survey's "Get help now" (?from=): the council's own form, which needs no survey (fourth outside
    review, N8), and what happens next."""
    assert page.goto(f"/help?from=s.demo&lang={language}").ok
    assert_accessible(page, f"help from a survey, {language}")
    click_and_wait(page, page.locator("main a[href^='/ask/northshire']"))
    assert "/ask/northshire" in page.url and "from=help" in page.url
    assert_accessible(page, f"council's form, {language}")
    page.check("input[name=kind][value=call-back]")
    page.fill("#phone", "07700 900123")
    click_and_wait(page, page.locator("main form button[type=submit]"))
    assert "/ask/northshire/sent" in page.url
    assert_accessible(page, f"council's form sent, {language}")


def test_the_staff_queue_and_a_request(browser, live_server):
    state, _url = demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "contact.browser@northshire.example", "Contact requests"
    )
    context = browser.new_context(base_url=live_server, storage_state=state)
    try:
        page = context.new_page()
        page.goto("/staff/contact-requests")
        assert page.locator("main table a").count() >= 2
        assert_accessible(page, "contact requests queue")
        click_and_wait(page, page.locator("main table a").first)
        assert page.locator("main .govuk-summary-list").is_visible()
        assert_accessible(page, "contact request")
        click_and_wait(page, page.locator("main form button[type=submit]"))
        assert page.locator(".govuk-error-summary").is_visible()
        assert_accessible(page, "contact request, error")
    finally:
        context.close()


def test_too_many_requests_keep_the_words_say_how_long_and_show_the_helplines(page):
    """The outside review: the form's "too many tries" page said "a few minutes" for an hour's limit and showed no
    helplines. In Arabic, right to left, it says an hour, keeps what was typed, lists the helplines and is axe clean."""
    from participation.limits import limiter

    try:
        for _attempt in range(60):
            page.request.post("/s/demo/ask", form={"kind": "call-back"})
        assert page.goto("/s/demo/ask?lang=ar").ok
        page.check("input[name=kind][value=advocate]")
        page.fill("#message", "before my review")
        click_and_wait(page, page.locator("main form button[type=submit]"))
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert page.locator("form.heard-retry textarea[name=message]").input_value() == "before my review"
        assert page.locator("main .heard-safety a.heard-phone").count() >= 3
        with helpers.LIVE_APP.test_request_context(), force_locale("ar"):
            an_hour = ngettext(
                "Please wait %(num)d hour, then try again.", "Please wait %(num)d hours, then try again.", 1
            )
        assert page.locator("main h1 + p").inner_text() == an_hour
        assert_accessible(page, "ask, too many tries, ar")
    finally:
        # The live server is shared by every browser test: its count for this address starts again.
        with helpers.LIVE_APP.app_context():
            limiter.reset()
