"""Live polls in a real browser: a worker opens a poll from the staff menu, phones answer it (with an error state
first, and in Arabic, right to left), the projector page updates itself as answers come in with no reload, and axe
finds nothing on any of those pages."""

from __future__ import annotations

import re

import pytest

from tests.browser import helpers
from tests.browser.helpers import assert_accessible, click_and_wait


@pytest.fixture(scope="module")
def worker(browser, live_server):  # type: ignore[no-untyped-def]
    from participation.accounts.models import Role

    state, _url = helpers.demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "poll.runner@northshire.example"
    )
    return state


def _open_poll(page, kind: str, question: str, options: str = "") -> None:  # type: ignore[no-untyped-def]
    page.goto("/staff/")
    click_and_wait(page, page.locator("nav a", has_text="Live polls"))
    assert_accessible(page, "the live polls page")
    page.fill("#question", question)
    page.check(f"input[name=kind][value={kind}]")
    if options:
        page.fill("#options", options)
    click_and_wait(page, page.locator("form button[type=submit]", has_text="Open the poll"))
    assert page.locator("h1").inner_text() == question


def _code(page) -> str:  # type: ignore[no-untyped-def]
    return re.sub(r"[^A-Z0-9]", "", page.locator("main strong[dir=ltr]").first.inner_text())


def test_a_poll_run_from_the_staff_pages_to_phones_and_the_projector(browser, live_server, worker):
    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        _open_poll(page, "one", "Where should the summer trip go?", "The beach\nA theme park\nThe zoo")
        assert_accessible(page, "a poll's page")
        code = _code(page)
        click_and_wait(page, page.locator("a", has_text="Show on the projector"))
        assert_accessible(page, "the projector page, before enough answers")
        waiting = page.locator("#poll-results").inner_text()
        assert "Results show once at least 5 people have answered." in waiting

        for number, choice in enumerate(["0", "0", "0", "1", "2", "0"]):
            phone = browser.new_context(
                base_url=live_server, viewport={"width": 375, "height": 740}, locale="ar" if number == 1 else "en-GB"
            )
            try:
                answer = phone.new_page()
                if number == 0:
                    answer.goto("/p")
                    assert_accessible(answer, "the page to type a poll's code")
                    answer.fill("#code", code.lower())
                    click_and_wait(answer, answer.locator("form button[type=submit]"))
                    click_and_wait(answer, answer.locator("form button[type=submit]"))  # nothing chosen
                    assert answer.locator(".govuk-error-summary").count() == 1
                    assert_accessible(answer, "a poll's question with an error")
                else:
                    answer.goto(f"/p/{code}" + ("?lang=ar" if number == 1 else ""))
                if number == 1:
                    assert answer.evaluate("document.documentElement.dir") == "rtl"
                    assert_accessible(answer, "a poll's question in Arabic")
                answer.check(f"input[name=answer][value='{choice}']")
                click_and_wait(answer, answer.locator("form button[type=submit]"))
                if number == 0:
                    assert_accessible(answer, "the thank-you page")
                    answer.goto(f"/p/{code}")
                    assert_accessible(answer, "the page for a phone that has answered")
            finally:
                phone.close()

            if number == 3:
                # Four answers, read by the script more than once since the first: the room sees the same words as
                # with none, so it cannot tell whether anyone, or who, has answered.
                page.wait_for_timeout(9000)
                assert page.locator("#poll-results").inner_text() == waiting

        # The projector page was never reloaded: its script read the new results.
        # The figures are taken every five answers (no one answer moves them): 3, 1 and 1 of the first 5, the ones
        # hidden and the 3 with them (5 - 3 would give away the two ones), and a note that the first 5 are counted.
        page.wait_for_function(
            "() => document.querySelector('#poll-results').innerText.includes('Answers: 5')", timeout=20000
        )
        page.wait_for_function(
            "() => document.querySelector('#poll-results').innerText.includes('count the first 5 answers:')",
            timeout=20000,
        )
        cells = [cell.strip() for cell in page.locator("#poll-results td").all_inner_texts()]
        assert cells == ["c", "c", "c"], cells
        assert_accessible(page, "the projector page with results")
        page.go_back()
        click_and_wait(page, page.locator("button", has_text="Close the poll"))
        # Closed: the worker's projector page shows the final results once; the screen key says only it has ended.
        poll_page = page.url.split("#")[0]
        page.goto(f"{poll_page}/projector")
        assert "This poll has ended" in page.locator("main").inner_text()
        assert_accessible(page, "a closed poll's projector page")
        from sqlalchemy import select

        from participation.extensions import db
        from participation.polls.models import Poll

        with helpers.LIVE_APP.app_context():
            key = db.session.scalar(select(Poll.screen_key).where(Poll.question == "Where should the summer trip go?"))
        page.goto(f"/p/screen/{key}/page")
        assert page.locator("h1").inner_text() == "This poll has ended"
        assert_accessible(page, "a closed poll's page by its screen key")
        page.goto("/staff/polls/results")
        assert "Where should the summer trip go?" in page.locator("main").inner_text()
        assert_accessible(page, "the results of closed polls")
    finally:
        staff.close()


def test_a_face_scale_and_a_word_poll_on_a_phone(browser, live_server, worker):
    staff = browser.new_context(base_url=live_server, storage_state=worker)
    try:
        page = staff.new_page()
        _open_poll(page, "faces", "How was today’s forum?")
        faces = _code(page)
        _open_poll(page, "word", "One word for your home")
        words = _code(page)
        assert_accessible(page, "a word poll's page")
    finally:
        staff.close()
    phone = browser.new_context(base_url=live_server, viewport={"width": 320, "height": 640})
    try:
        answer = phone.new_page()
        answer.goto(f"/p/{faces}")
        assert answer.locator("input[name=answer]").count() == 5
        assert_accessible(answer, "a face scale")
        assert answer.evaluate("document.documentElement.scrollWidth") <= 320
        answer.goto(f"/p/{words}")
        assert_accessible(answer, "a word poll's question")
        click_and_wait(answer, answer.locator("form button[type=submit]"))  # nothing written
        assert answer.locator(".govuk-error-summary").count() == 1
        assert_accessible(answer, "a word poll's question with an error")
    finally:
        phone.close()


def test_a_ranking_passed_round_on_the_workers_tablet(browser, live_server):
    from participation.accounts.models import Role

    # A worker of its own: passing the tablet round signs the worker out on it (the module's worker stays in).
    state, _url = helpers.demo_staff_signed_in(
        browser, live_server, Role.PARTICIPATION_WORKER, "tablet.runner@northshire.example"
    )
    tablet = browser.new_context(base_url=live_server, storage_state=state, viewport={"width": 800, "height": 1100})
    try:
        page = tablet.new_page()
        _open_poll(page, "rank", "What matters most at the forum?", "Food\nTrips\nBeing listened to")
        click_and_wait(page, page.locator("button", has_text="Pass this device round the room"))
        assert "pass the tablet" in page.locator("main").inner_text()
        assert_accessible(page, "a ranking on the tablet")
        for turn in range(2):
            click_and_wait(page, page.locator("form button[type=submit]", has_text="Send"))  # no places given
            assert page.locator(".govuk-error-summary").count() == 1
            if turn == 0:
                assert_accessible(page, "a ranking with errors")
            for index, place in enumerate(["2", "3", "1"]):
                page.select_option(f"#place_{index}", place)
            click_and_wait(page, page.locator("form button[type=submit]", has_text="Send"))
            assert_accessible(page, "the thank-you page on the tablet")
            click_and_wait(page, page.locator("a", has_text="Next person"))
        assert page.locator("h1").inner_text() == "What matters most at the forum?"
        # Whoever holds the tablet is one press of Back from no staff page: the worker was signed out on it.
        page.goto("/staff/polls")
        assert "/staff/sign-in" in page.url
    finally:
        tablet.close()


def test_the_projector_keeps_reading_after_a_failed_read(browser, live_server, worker):
    """The network drops (or the server restarts) while the projector is up: the page keeps what it shows, tries
    again, and shows the next answers when they come."""
    from sqlalchemy import select

    from participation.extensions import db
    from participation.polls import services
    from participation.polls.models import Poll

    with helpers.LIVE_APP.app_context():
        poll_id = db.session.scalar(select(Poll.id).where(Poll.code == "MEET26"))
    screen = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    failures = []

    def fail_once(route):  # type: ignore[no-untyped-def]
        if not failures:
            failures.append(route.request.url)
            route.abort("internetdisconnected")
        else:
            route.continue_()

    try:
        page = screen.new_page()
        page.route("**/p/screen/**", fail_once)
        page.goto(f"/staff/polls/{poll_id}/projector")
        assert "Answers: 15" in page.locator("#poll-results").inner_text()
        with helpers.LIVE_APP.app_context():
            poll = db.session.get(Poll, poll_id)
            # Five more (the figures move only after five new answers).
            for number in range(5):
                services.answer(poll, f"a-phone-that-came-late-{number}", [3], None, "en")
            db.session.commit()
        page.wait_for_function(
            "() => document.querySelector('#poll-results').innerText.includes('Answers: 20')", timeout=30000
        )
        assert failures, "the first read was meant to fail"
    finally:
        screen.close()


def test_the_projector_page_reflows_on_a_phone(browser, live_server, worker):
    """A worker may run the poll from a phone: the projector page at 320 CSS pixels never scrolls sideways."""
    from sqlalchemy import select

    from participation.extensions import db
    from participation.polls.models import Poll

    with helpers.LIVE_APP.app_context():
        poll_id = db.session.scalar(select(Poll.id).where(Poll.code == "KEYS26"))
    phone = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 320, "height": 640})
    try:
        page = phone.new_page()
        for url in (f"/staff/polls/{poll_id}/projector", f"/staff/polls/{poll_id}"):
            page.goto(url)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, f"{url} is {width}px wide at 320px"
            assert_accessible(page, f"{url} at 320px")
    finally:
        phone.close()


def test_the_projector_page_by_its_key_needs_no_session(browser, live_server):
    from sqlalchemy import select

    from participation.extensions import db
    from participation.polls.models import Poll

    with helpers.LIVE_APP.app_context():
        key = db.session.scalar(select(Poll.screen_key).where(Poll.code == "MEET26"))
    screen = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 800})
    try:
        page = screen.new_page()
        page.goto(f"/p/screen/{key}/page")
        assert "Answers:" in page.locator("#poll-results").inner_text()
        assert_accessible(page, "the projector page by its key, signed out")
        click_and_wait(page, page.locator("a", has_text="Refresh the results"))
        assert page.url.endswith(f"/p/screen/{key}/page")
    finally:
        screen.close()


def test_a_poll_translated_and_answered_in_polish_and_arabic(browser, live_server, worker):
    """A first-time worker's walk (issue 17): a worker translates a poll (an error state first); phones read it in
    Polish and in Arabic (right to left, English where no translation was given); axe on each page."""
    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        _open_poll(page, "up-to-three", "What should we do in the holidays?", "Swimming\nCinema\nBowling")
        code = _code(page)
        click_and_wait(page, page.locator("a", has_text="Translate the poll"))
        assert_accessible(page, "the page to translate a poll")
        page.fill("#question_pl", "x" * 201)
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save translations"))
        assert page.locator(".govuk-error-summary").count() == 1
        assert_accessible(page, "the page to translate a poll, with an error")
        page.fill("#question_pl", "Co robimy w wakacje?")
        page.fill("#option_0_pl", "Pływanie")
        page.fill("#question_ar", "ماذا نفعل في العطلة؟")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save translations"))
        assert "Translations saved." in page.locator(".govuk-notification-banner").inner_text()
    finally:
        staff.close()
    for language, heading, first in (
        ("pl", "Co robimy w wakacje?", "Pływanie"),
        ("ar", "ماذا نفعل في العطلة؟", "Swimming"),
    ):
        phone = browser.new_context(base_url=live_server, viewport={"width": 320, "height": 640})
        try:
            answer = phone.new_page()
            answer.goto(f"/p/{code}?lang={language}")
            assert answer.locator("h1").inner_text().strip() == heading
            assert answer.locator(".govuk-checkboxes__label").first.inner_text().strip() == first
            assert_accessible(answer, f"a translated poll in {language}")
            answer.check("input[name=answer][value='0']")
            click_and_wait(answer, answer.locator("form button[type=submit]"))
            assert answer.locator("h1").count() == 1
        finally:
            phone.close()
    # Back on the translation page: Polish and Arabic have been answered in, so their saved words stay (said beside
    # each); a change to one, and two options given the same words, are refused on their boxes.
    staff = browser.new_context(base_url=live_server, storage_state=worker, viewport={"width": 1280, "height": 800})
    try:
        page = staff.new_page()
        page.goto("/staff/polls")
        click_and_wait(page, page.locator("a", has_text="What should we do in the holidays?").first)
        click_and_wait(page, page.locator("a", has_text="Translate the poll"))
        assert page.locator("#answered-pl").count() == 1 and page.locator("#answered-ar").count() == 1
        page.fill("#option_0_pl", "Basen")
        page.fill("#option_1_ro", "Cinema")
        page.fill("#option_2_ro", "cinema")
        click_and_wait(page, page.locator("form button[type=submit]", has_text="Save translations"))
        assert page.locator(".govuk-error-summary li").count() == 3
        assert page.locator("#option_0_pl").input_value() == "Basen"
        assert_accessible(page, "the page to translate a poll, with words that cannot change and two the same")
    finally:
        staff.close()
