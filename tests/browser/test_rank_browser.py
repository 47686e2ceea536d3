"""A ranking question in a real browser: answered with JavaScript switched off (three selects, most important first),
and accessible with axe-core in its normal and error states."""

from __future__ import annotations

import re

from participation.extensions import db
from participation.surveys.services import get_consultation_by_code
from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait
from tests.integration.test_rank_question import rank_consultation

CODE = "rank-browser"


def _consultation() -> None:
    with helpers.LIVE_APP.app_context():
        if get_consultation_by_code(CODE) is None:
            rank_consultation(CODE)
            db.session.commit()


def test_a_ranking_without_javascript(browser, live_server):
    _consultation()
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server, viewport={"width": 375, "height": 740}
    )
    page = context.new_page()
    try:
        page.goto(f"/s/{CODE}?band=12-17")
        click_and_wait(page, page.locator("button.govuk-button--start"))
        assert re.search(rf"/s/{CODE}/q/1$", page.url)
        page.select_option("#answer", "money")
        page.select_option("#answer-2", "money")
        click_and_wait(page, page.locator("button.govuk-button:not(.govuk-button--secondary)"))
        assert "more than once" in page.locator(".govuk-error-summary").inner_text()
        assert page.locator("#answer").input_value() == "money"
        page.select_option("#answer-2", "family-time")
        page.select_option("#answer-3", "somewhere-to-live")
        click_and_wait(page, page.locator("button.govuk-button:not(.govuk-button--secondary)"))
        assert re.search(rf"/s/{CODE}/q/2$", page.url)
        page.goto(f"/s/{CODE}/check")
        assert "1. Having enough money, 2. Seeing my family, 3. Somewhere good to live" in page.inner_text("main")
    finally:
        context.close()


def test_a_ranking_is_accessible(page):
    _consultation()
    page.goto(f"/s/{CODE}?band=care-leavers&lang=ar")
    click_and_wait(page, page.locator("button.govuk-button--start"))
    assert_accessible(page, "ranking question")
    click_and_wait(page, page.locator("button.govuk-button:not(.govuk-button--secondary)"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "ranking question, error")
