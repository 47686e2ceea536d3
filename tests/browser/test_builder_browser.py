"""Building, translating, previewing and publishing a consultation by keyboard, with axe-core on every page."""

from __future__ import annotations

import re

from tests.browser.helpers import assert_accessible, choose_radio, click_and_wait, sign_in_by_keyboard, tab_to


def press_enter_on(page, selector: str, limit: int = 80) -> None:
    tab_to(page, selector, limit)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_build_translate_preview_publish_and_send_out_by_keyboard(page):
    sign_in_by_keyboard(page, "worker@northshire.example")
    page.goto("/staff/consultations/new")
    assert_accessible(page, "new consultation")
    press_enter_on(page, "main form button[type=submit]")
    assert_accessible(page, "new consultation, errors")
    tab_to(page, "#title")
    page.keyboard.type("Your voice 2027")
    choose_radio(page, "start", "bank")
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator("h1").inner_text() == "Your voice 2027"
    assert_accessible(page, "overview")

    press_enter_on(page, "a[href$='/questions/new']")
    assert_accessible(page, "add question")
    choose_radio(page, "kind", "yes_no")
    tab_to(page, "#title")
    page.keyboard.type("Do you have a say in your pathway plan?")
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator("text=Question added.").count() == 1

    press_enter_on(page, "a[href*='/translations/ar']")
    assert_accessible(page, "translate into Arabic")
    tab_to(page, "#c-title")
    page.keyboard.type("صوتك 2027")
    # A long form: every text of the consultation, each with its 'checked' box, before the one Save button.
    press_enter_on(page, "main form button[type=submit]", limit=1000)
    # Saving stays on the editor, with a banner that says what changed, and the page is still accessible.
    assert page.locator("text=Arabic translation saved: 1 text changed").count() == 1
    assert page.locator("#c-title").input_value() == "صوتك 2027"
    assert_accessible(page, "translate into Arabic, saved")
    press_enter_on(page, "a.govuk-back-link")

    # One step from the overview: an age band and a language, then Preview.
    page.select_option("#preview-band", "12-17")
    page.select_option("#preview-language", "ar")
    press_enter_on(page, "form.heard-preview-choice button", limit=200)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "صوتك 2027"
    assert_accessible(page, "preview, Arabic start page")
    press_enter_on(page, "main form button[type=submit]")
    assert_accessible(page, "preview, Arabic question")

    # The preview's language stays in the preview: the worker's own pages are still in English.
    page.goto(page.url.split("/preview")[0])
    assert page.locator("html").get_attribute("lang") == "en"
    press_enter_on(page, "a[href$='/publish']")
    assert_accessible(page, "publish, confirmation")
    press_enter_on(page, "form[action$='/publish'] button")
    assert page.locator("text=Published. Young people can now answer.").count() == 1

    press_enter_on(page, "a[href$='/reach']")
    assert_accessible(page, "send it out")
    press_enter_on(page, "a[href$='/invites']")
    assert_accessible(page, "create invite codes")
    tab_to(page, "#count")
    page.keyboard.type("12")
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator(".heard-card__code").count() == 12
    assert_accessible(page, "invite sheet")
    page.go_back()
    page.go_back()
    press_enter_on(page, "a[href$='/poster']")
    assert_accessible(page, "poster")
    # What young people wrote in the demo, themed, with emerging topics.
    page.goto("/staff/")
    click_and_wait(page, page.locator("a", has_text="Your voice 2026"))
    click_and_wait(page, page.locator("a[href$='/comments']"))

    # Unread comments first, possible disclosures at the top; every comment has a "Mark as read" of its own.
    def unread_total() -> int:
        return int(page.locator("main p", has_text=re.compile(r"^\d+ comments?")).first.inner_text().split()[0])

    unread = unread_total()
    assert unread >= 30 and page.locator(".heard-comment").count() == min(unread, 50)
    assert "Possible disclosure" in page.locator(".heard-comment").first.inner_text()
    assert_accessible(page, "comments, unread")
    last = page.locator(".heard-comment").last
    text = last.locator(".heard-comment__text").inner_text()
    click_and_wait(page, last.locator("button", has_text="Mark as read"))
    assert unread_total() == unread - 1
    page.goto(page.url.split("?")[0].split("#")[0] + "?show=read")
    # Most recently read first: the one just marked, by the worker signed in.
    assert text in page.locator(".heard-comment").first.inner_text()
    assert "Read by Sam Participation" in page.locator(".heard-comment").first.inner_text()
    # A worry the screen missed: one step puts it in the safeguarding queue, marked found by a person.
    open_case = page.locator(".heard-comment").locator("button", has_text="Open a safeguarding case").first
    click_and_wait(page, open_case)
    assert page.locator(".govuk-notification-banner").first.is_visible()
    assert_accessible(page, "comments, case opened")
    page.goto(page.url.split("?")[0] + "?show=all")
    assert page.locator(".heard-comment").count() == 50 and page.locator("nav.govuk-pagination").count() == 1
    assert_accessible(page, "comments, all")
    # Searching and filtering from the form, then a page of the result: the filters travel with the page links.
    page.fill("#q", "worker")
    page.select_option("#band", "12-17")
    click_and_wait(page, page.locator("main form[role=search] button[type=submit]"))
    found = unread_total()
    assert 0 < found <= 50 and "band=12-17" in page.url and "q=worker" in page.url
    assert all("worker" in text.lower() for text in page.locator(".heard-comment__text").all_inner_texts())
    assert_accessible(page, "comments, searched and filtered")
    page.goto(page.url.split("?")[0] + "?band=nonsense&page=x")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "comments, a wrong filter")
    page.goto(page.url.split("?")[0].replace("/comments", "/quotes"))
    assert page.locator("main .heard-topic").count() > 10
    assert_accessible(page, "quotes")
    # A quote refused at approval comes back with the worker's words in its box and the error beside it.
    quotes_url = page.url
    first_box = page.locator("main .heard-topic textarea").first
    first_box.fill("the trip was good, Grace loved it")
    click_and_wait(page, page.locator("main .heard-topic").first.locator("button", has_text="Approve quote"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert page.locator("main .govuk-textarea--error").input_value() == "the trip was good, Grace loved it"
    assert_accessible(page, "quotes, a quote sent back")
    # "You said, we did": the overview, then adding an action with everything missing, then properly.
    page.goto(quotes_url.replace("/quotes", "/you-said-we-did"))
    assert page.locator("main table tbody tr").count() >= 10
    assert_accessible(page, "you said, we did")
    press_enter_on(page, "main a.govuk-button")
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "we did, errors")
    page.check("input[name=themes][value=education]")
    page.fill("#what", "Every school now has a named teacher for children in care.")
    page.click("main .govuk-details__summary")
    page.fill("#what_ar", "كل مدرسة لديها الآن معلم مسؤول عن الأطفال في الرعاية.")
    assert_accessible(page, "we did, translations open")
    press_enter_on(page, "main form button[type=submit]")
    assert page.locator(".govuk-notification-banner--success").is_visible()
    # The pledge tracker: the list, one pledge with an update left half done, and the import page.
    page.goto("/staff/pledges/")
    assert page.locator("main table tbody tr").count() == 5
    assert_accessible(page, "pledges")
    click_and_wait(page, page.locator("main table tbody a").first)
    assert_accessible(page, "pledge")
    click_and_wait(page, page.locator("form[action$='/update'] button"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "pledge, update error")
    page.goto("/staff/pledges/import")
    assert_accessible(page, "import pledges")


def test_groups_and_live_view_are_accessible(page):
    sign_in_by_keyboard(page, "safeguarding@northshire.example")
    # A safeguarding lead reads the live view but cannot build or send out.
    page.goto("/staff/")
    click_and_wait(page, page.locator("a", has_text="Your voice 2026"))
    click_and_wait(page, page.locator("a[href$='/responses']"))
    assert_accessible(page, "live view")
    assert page.locator(".heard-chart svg[role=img] title").count() >= 3
    assert page.goto(re.sub(r"/responses$", "/reach", page.url)).status == 403
    # The safeguarding queue holds the demo's possible disclosures.
    page.goto("/staff/safeguarding/")
    assert page.locator("main table tbody tr").count() >= 3
    assert_accessible(page, "safeguarding queue")
    click_and_wait(page, page.locator("main table tbody a").first)
    assert_accessible(page, "safeguarding case")
    click_and_wait(page, page.locator("main form button[type=submit]", has_text="Save decision"))
    assert_accessible(page, "safeguarding case, error")
    # What the screen missed and a person found: the list to learn from.
    page.goto("/staff/safeguarding/found")
    assert page.locator("main table tbody tr").count() >= 1
    assert_accessible(page, "cases found by a person")
    page.goto("/staff/safeguarding/")
    # A case that came through a personal invite code: asking to find out who wrote it.
    page.goto("/staff/safeguarding/")
    links = [
        page.locator("main table tbody a").nth(i).get_attribute("href")
        for i in range(page.locator("main table tbody a").count())
    ]
    for link in links:
        page.goto(link)
        if page.locator("form[action$='/identify']").count():
            break
    else:
        raise AssertionError("the demo has no case that can be traced")
    click_and_wait(page, page.locator("form[action$='/identify'] button"))
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "ask to find out, error")
    page.fill("#reason", "Possible physical harm at the children's home; need to check today")
    click_and_wait(page, page.locator("form[action$='/identify'] button"))
    assert page.locator("main", has_text="Waiting for a second person").count() == 1
    assert_accessible(page, "re-identification request, waiting")
    page.goto("/staff/safeguarding/requests")
    assert_accessible(page, "re-identification requests")


def test_translation_editor_out_of_date_and_error_states_are_accessible_right_to_left(page):
    """A worker rewords a question, opens the Urdu editor (right to left): the title is marked as changed with its old
    English beside it; a hint too long for its box gives an error summary that takes focus and links to the field."""
    sign_in_by_keyboard(page, "worker@northshire.example")
    page.goto("/staff/consultations/new")
    tab_to(page, "#title")
    page.keyboard.type("Translated")
    choose_radio(page, "start", "bank")
    press_enter_on(page, "main form button[type=submit]")
    overview = page.url
    click_and_wait(page, page.locator(".heard-actions a").first)
    page.fill("#title", "Do people listen to you?")
    click_and_wait(page, page.locator("main form button[type=submit]").last)
    page.goto(overview + "/translations/ur")
    assert page.locator("#q1-title-all").get_attribute("dir") == "rtl"
    assert "English when translated: Do you feel listened to?" in page.locator("#q1-title-all-english").inner_text()
    assert_accessible(page, "translate into Urdu, a title out of date")
    # The same page for a worker who reads the console in Urdu: laid out right to left.
    page.goto(overview + "/translations/ur?lang=ur")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page, "translate into Urdu in Urdu, a title out of date")
    page.fill("#q1-hint-all", "ا" * 1001)
    click_and_wait(page, page.locator("main form button[type=submit]"))
    assert page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")
    assert page.locator("#q1-hint-all").input_value() == "ا" * 1001
    assert_accessible(page, "translate into Urdu, a hint too long")
    page.locator(".govuk-error-summary a").first.click()
    assert page.evaluate("document.activeElement.id") == "q1-hint-all"
