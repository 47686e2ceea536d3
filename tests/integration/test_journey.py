"""The young person's journey, end to end, with what was stored checked after each step."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from participation.extensions import db
from participation.responses.models import Answer, Draft, Response
from participation.surveys.models import ConsultationStatus
from tests import factories
from tests.journey import Journey
from tests.pages import parse

BANDS = ["4-7", "8-11", "12-17", "care-leavers", "parents-carers"]


@pytest.fixture()
def consultation(app):
    with app.app_context():
        return factories.consultation(code="yv")


def stored_responses(app, code: str = "yv") -> list[Response]:
    with app.app_context():
        return list(db.session.scalars(select(Response).join(Response.answers).distinct()))


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model)) or 0


def complete(journey: Journey, band: str) -> None:
    journey.start(band)
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    assert journey.path.endswith("/check"), journey.h1()


def test_link_without_band_asks_who_is_answering(client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv")
    assert journey.path == "/s/yv/who"
    assert journey.h1() == "Who is answering?"
    journey.submit_current({"band": "4-7"})
    assert journey.path == "/s/yv"
    assert "Some grown-ups at the council will read what you say" in journey.page.get_text()


def test_start_page_makes_the_promise_before_any_question(client, consultation):
    journey = Journey(client, "yv")
    page = journey.get("/s/yv?band=12-17")
    text = page.get_text(" ")
    assert "stored without your name" in text
    assert "0800 1111" in text and "999" in text
    assert "within one working day" in text
    assert re.search(r"There are 7 questions\. It takes about 4 minutes", text)
    exit_link = page.select_one("a[data-quick-exit]")
    # Through Heard, so the device forgets the draft on the way out (test_quick_exit_forgets_the_draft...).
    assert exit_link is not None and exit_link["href"] == "/leave"
    # The link fixed the band: nobody is offered a way to change it.
    assert page.find("a", string=re.compile("Change who is answering")) is None


@pytest.mark.parametrize("band", BANDS)
def test_every_band_completes_and_stores_exactly_one_response(app, client, consultation, band):
    journey = Journey(client, "yv")
    complete(journey, band)
    page = journey.submit_current()
    assert journey.path == "/s/yv/done"
    receipt = page.select_one(".heard-receipt").get_text(strip=True)
    assert re.fullmatch(r"[2-9A-Z]{5}-[2-9A-Z]{5}", receipt)
    assert page.find("a", href="/s/yv/you-said-we-did") is not None
    responses = stored_responses(app)
    assert len(responses) == 1
    with app.app_context():
        response = db.session.get(Response, responses[0].id)
        assert response.age_band == band
        keys = {answer.question_key for answer in response.answers}
        assert "listened-to" in keys and "quote-consent" in keys
        assert ("number-workers" in keys) == (band in ("8-11", "12-17", "care-leavers"))


def test_progress_and_question_page_pattern(client, consultation):
    journey = Journey(client, "yv")
    page = journey.start("12-17")
    legend = page.select_one("legend h1")
    assert legend is not None, "the question is the legend's h1"
    assert "Question 1 of 7" in legend.get_text(" ")
    assert "Do you feel listened to?" in legend.get_text(" ")
    assert page.select_one(".govuk-back-link")["href"] == "/s/yv"
    buttons = [button.get_text(strip=True) for button in page.select("form button:not(.heard-easy-switch__button)")]
    assert buttons == ["Continue", "I’d rather not say"]
    assert page.select_one(".heard-easy-switch__button").get_text(strip=True) == "Simpler words and pictures"
    # Scales carry a face beside every text label, never a face alone.
    for label in page.select(".govuk-radios__label"):
        assert label.select_one("svg.heard-face") is not None
        assert label.select_one(".heard-option__text").get_text(strip=True)


def test_youngest_band_sees_its_own_words_and_three_point_faces(client, consultation):
    journey = Journey(client, "yv")
    page = journey.start("4-7")
    assert "Do grown-ups listen to you?" in journey.h1()
    values = [radio["value"] for radio in page.select("input[name=answer]")]
    assert values == ["sometimes", "never", "yes-happy"]


def test_rather_not_say_is_stored_as_declined(app, client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    journey.answer_current("skip")
    assert journey.path == "/s/yv/q/2"
    journey.get("/s/yv/check")
    first_row = journey.page.select(".govuk-summary-list__value")[0].get_text(strip=True)
    assert first_row == "I’d rather not say"


def test_missing_answer_gets_a_clear_error(client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    page = journey.submit_current({})
    assert journey.response.status_code == 400
    assert page.title.get_text().startswith("Error:")
    summary = page.select_one(".govuk-error-summary")
    assert "Select an answer, or choose ‘I’d rather not say’" in summary.get_text()
    assert summary.select_one("a")["href"] == "#answer"
    assert page.select_one("#answer") is not None


def test_tampered_option_is_refused_and_nothing_stored(app, client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    journey.submit_current({"answer": "'; DROP TABLE response; --"})
    assert journey.response.status_code == 400
    assert "Select one of the answers shown" in journey.page.get_text()
    # An option that exists but belongs to another band is tampering too.
    journey.submit_current({"answer": "yes-happy"})
    assert journey.response.status_code == 400
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        assert "listened-to" not in draft.answers


def test_over_long_text_is_refused_and_kept(client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(5):
        journey.answer_current()
    long_text = "I want to see my brother more. " * 100
    page = journey.submit_current({"answer": long_text})
    assert journey.response.status_code == 400
    assert "must be 2000 characters or fewer" in page.get_text()
    assert page.select_one("textarea#answer").get_text().strip() == long_text.strip()


def test_text_in_any_script_is_stored_faithfully(app, client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(5):
        journey.answer_current()
    typed = "أريد أن أرى أخي \u202eoll\u202c 👨‍👩‍👧 <script>alert(1)</script>\x00 end"
    journey.submit_current({"answer": typed})
    assert journey.response.status_code == 200
    journey.get("/s/yv/check")
    answer = journey.page.select("bdi.heard-answer")[-1]
    assert answer.get_text() == typed.replace("\x00", "").strip()
    assert "<script>alert(1)</script>" not in journey.response.get_data(as_text=True)
    journey.submit_current()
    with app.app_context():
        stored = db.session.scalar(select(Answer).where(Answer.question_key == "one-change"))
        assert stored.text == typed.replace("\x00", "").strip()


def test_invalid_utf8_is_not_a_server_error(client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(5):
        journey.answer_current()
    body = b"answer=\xff\xfe\xc3(bad&csrf_token=" + journey.token().encode()
    response = client.post("/s/yv/q/5", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (302, 400)


def test_oversized_post_gets_a_kind_page(client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    response = client.post("/s/yv/q/1", data={"answer": "x" * (10 * 1024 * 1024), "csrf_token": journey.token()})
    assert response.status_code == 413
    assert "too long to send" in response.get_data(as_text=True)


def test_double_tap_back_and_second_tab_store_one_response(app, client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "8-11")
    token = journey.token()
    before = client.get_cookie("session").value
    first = client.post("/s/yv/check", data={"csrf_token": token})
    # A double tap: the second press leaves with the cookie the first had, before the first's answer arrived.
    client.set_cookie("session", before)
    second = client.post("/s/yv/check", data={"csrf_token": token})
    assert first.status_code == second.status_code == 302
    assert second.headers["Location"].endswith("/s/yv/done")
    page = journey.get("/s/yv/done")
    assert page.select_one(".heard-receipt") is not None
    # Back to the check page and send again, as a child might after the confirmation page: this device no longer
    # holds the sent answers, so it starts afresh.
    journey.get("/s/yv/check")
    assert journey.path == "/s/yv"
    assert len(stored_responses(app)) == 1


def test_expired_csrf_token_keeps_the_answer(app, client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    page = journey.post("/s/yv/q/1", {"answer": "sometimes", "csrf_token": "expired"}, with_token=False)
    assert journey.response.status_code == 400
    assert "Nothing has been lost" in page.get_text()
    assert page.select_one("input[value=sometimes]").has_attr("checked")
    journey.submit_current({"answer": "sometimes"})
    assert journey.path == "/s/yv/q/2"


def test_save_and_resume_on_another_device(app, consultation):
    phone = Journey(app.test_client(), "yv")
    phone.start("care-leavers")
    phone.answer_current()
    phone.answer_current("skip")
    phone.get("/s/yv/save")
    page = phone.submit_current()
    code = page.select_one(".heard-receipt").get_text(strip=True)
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}", code)

    laptop = Journey(app.test_client(), "yv")
    laptop.get("/resume")
    laptop.submit_current({"code": "  " + code.lower().replace("-", " ") + " "})
    assert laptop.path == "/s/yv/q/3"
    laptop.get("/s/yv/check")
    values = [cell.get_text(strip=True) for cell in laptop.page.select(".govuk-summary-list__value")]
    assert values[1] == "I’d rather not say"
    # The phone's own link to the draft has been handed over.
    phone.get("/s/yv/q/3")
    assert phone.path == "/s/yv"


def test_wrong_or_expired_resume_code(app, client, consultation):
    journey = Journey(client, "yv")
    journey.get("/resume")
    journey.submit_current({"code": "ABCD-EFGH"})
    assert journey.response.status_code == 400
    assert "That code did not work" in journey.page.get_text()
    journey.submit_current({"code": ""})
    assert "Enter your code" in journey.page.get_text()


def test_receipt_code_shows_and_deletes_answers(app, client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    page = journey.submit_current()
    receipt = page.select_one(".heard-receipt").get_text(strip=True)
    other = Journey(app.test_client(), "yv")
    other.get("/receipt")
    page = other.submit_current({"code": receipt})
    assert other.h1() == "Your answers"
    assert "Do you feel listened to?" in page.get_text()
    form = page.find("form", action="/receipt/delete")
    other.post(
        "/receipt/delete",
        {
            "code": form.find("input", {"name": "code"})["value"],
            "csrf_token": form.find("input", {"name": "csrf_token"})["value"],
        },
        with_token=False,
    )
    # First a page that says what deleting does, before anything is deleted.
    assert other.h1() == "Are you sure you want to delete your answers?"
    assert "a safeguarding worker will still read it" in other.page.get_text()
    assert count(app, Response) == 1
    confirm = other.page.find("form", action="/receipt/delete")
    other.submit_current(
        {
            "code": confirm.find("input", {"name": "code"})["value"],
            "confirmed": confirm.find("input", {"name": "confirmed"})["value"],
        }
    )
    assert other.h1() == "Your answers have been deleted"
    assert count(app, Response) == 0 and count(app, Answer) == 0
    with app.app_context():
        from participation.audit.models import AuditEvent

        event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "response-erased-by-receipt"))
        assert event is not None and event.subject == "yv" and event.user_id is None


def test_closed_and_unknown_consultations_get_kind_pages(app, client):
    with app.app_context():
        factories.consultation(code="shut", status=ConsultationStatus.CLOSED)
    response = client.get("/s/shut?lang=cy")
    assert response.status_code == 410
    assert 'lang="cy"' in response.get_data(as_text=True)
    missing = client.get("/s/nope?lang=en")
    assert missing.status_code == 404
    assert "Check the link you were given" in missing.get_data(as_text=True)


def test_nothing_identifying_is_stored_with_answers(app):
    from sqlalchemy import DateTime

    # The one exception: an unsent draft holding a possible disclosure keeps the hour (rounded up, never the minute)
    # its 24 hours started, so a case can open when they have passed; submitting or the sweep clears it, so no
    # response ever carries it (test_unsent_disclosures.py proves both).
    allowed = {Draft: {"disclosure_at"}}
    for model in (Response, Answer, Draft):
        columns = {column.name: column for column in model.__table__.columns}
        assert not any(
            isinstance(column.type, DateTime)
            for name, column in columns.items()
            if name not in allowed.get(model, set())
        ), model
        assert not {"ip", "ip_address", "user_agent", "email", "name"} & set(columns), model


def test_change_an_answer_from_check_your_answers(client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    change = journey.page.select(".govuk-summary-list__actions a")[0]
    assert change["href"] == "/s/yv/q/1?change=1"
    page = journey.get(change["href"])
    assert page.select_one(".govuk-back-link")["href"] == "/s/yv/check"
    journey.submit_current({"answer": "never"})
    assert journey.path == "/s/yv/check"
    assert journey.page.select(".govuk-summary-list__value")[0].get_text(strip=True) == "Never"


def test_changing_band_keeps_answers_the_new_band_can_give(app, client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv")
    journey.submit_current({"band": "12-17"})
    journey.submit_current()
    journey.submit_current({"answer": "always"})  # 5-point scale: not offered to 4-7
    journey.submit_current({"answer": "yes"})
    journey.get("/s/yv/who")
    journey.submit_current({"band": "4-7"})
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        assert draft.age_band == "4-7"
        assert "listened-to" not in draft.answers and draft.answers["reach-worker"]["choices"] == ["yes"]


def test_expired_resume_code_resumes_nothing(app, consultation):
    from datetime import date, timedelta

    phone = Journey(app.test_client(), "yv")
    phone.start("12-17")
    phone.get("/s/yv/save")
    code = phone.submit_current().select_one(".heard-receipt").get_text(strip=True)
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        draft.resume_expires_on = date.today() - timedelta(days=1)
        db.session.commit()
    laptop = Journey(app.test_client(), "yv")
    laptop.get("/resume")
    laptop.submit_current({"code": code})
    assert laptop.response.status_code == 400
    assert "it may have expired" in laptop.page.get_text()


def test_a_draft_never_crosses_to_another_consultation_or_organisation(app, client, consultation):
    with app.app_context():
        factories.consultation(factories.organisation("Otherside Council"), code="other")
    journey = Journey(client, "yv")
    journey.start("12-17")
    journey.answer_current()
    # The same device opening another council's survey starts from nothing there.
    journey.get("/s/other/q/2")
    assert journey.path == "/s/other/who"
    with app.app_context():
        drafts = list(db.session.scalars(select(Draft)))
        assert len(drafts) == 1 and drafts[0].consultation_id == consultation.id


@pytest.mark.parametrize("url", ["/resume", "/receipt"])
def test_expired_token_on_code_forms_keeps_the_code_and_says_so_kindly(client, url):
    journey = Journey(client, "yv")
    journey.get(url)
    page = journey.post(url, {"code": "K7PX-3MQD", "csrf_token": "stale"}, with_token=False)
    assert journey.response.status_code == 400
    assert "Nothing has been lost" in page.get_text()
    assert "CSRF" not in page.get_text()
    assert page.select_one("#code")["value"] == "K7PX-3MQD"


def test_expired_token_on_who_is_answering(client, consultation):
    journey = Journey(client, "yv")
    journey.get("/s/yv/who")
    page = journey.post("/s/yv/who", {"band": "8-11", "csrf_token": "stale"}, with_token=False)
    assert "Nothing has been lost" in page.get_text() and "CSRF" not in page.get_text()
    assert page.select_one("input[value='8-11']").has_attr("checked")
    assert not page.title.get_text().startswith("Error:")


def test_someone_else_answering_needs_a_page_of_ours(app, client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    journey.submit_current()
    forged = client.post("/s/yv/again", data={})
    assert forged.status_code == 302 and forged.headers["Location"].endswith("/s/yv/done")
    assert client.get("/s/yv/done").status_code == 200


def test_the_done_page_never_thanks_a_device_that_sent_nothing(app, client, consultation):
    """A fresh browser opening /done (a bookmark, a shared link) was told its answers had been sent."""
    fresh = client.get("/s/yv/done")
    assert fresh.status_code == 302 and fresh.headers["Location"].endswith("/s/yv")
    # A device that sent answers is thanked again on a reload, without the code; someone else starting afresh on it
    # (or the quick exit) has sent nothing.
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    assert journey.submit_current().select_one(".heard-receipt") is not None
    again = client.get("/s/yv/done")
    assert again.status_code == 200 and parse(again).select_one(".heard-receipt") is None
    journey.get("/s/yv/done")
    journey.submit_current()  # "Someone else is answering on this device"
    assert client.get("/s/yv/done").status_code == 302


# --- codes are keys: nothing on a shared phone reopens sent answers (TRUST.md) --------------------------------------


def device_session(app, client) -> dict:
    """What this device's session cookie holds (signed, not encrypted: anyone holding the phone can read it)."""
    cookie = client.get_cookie("session")
    if cookie is None:
        return {}
    with app.app_context():
        return dict(app.session_interface.get_signing_serializer(app).loads(cookie.value))


def test_after_sending_the_receipt_code_shows_once_and_the_device_reopens_nothing(app, client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    before_sending = client.get_cookie("session").value
    page = journey.submit_current()
    assert journey.path == "/s/yv/done"
    receipt = page.select_one(".heard-receipt").get_text(strip=True)
    assert re.fullmatch(r"[2-9A-Z]{5}-[2-9A-Z]{5}", receipt)
    assert "shown only once" in page.select_one(".govuk-warning-text").get_text()
    assert journey.response.headers["Cache-Control"] == "no-store"
    # The device's session no longer points at the draft or the response in any way.
    held = device_session(app, client)
    assert not held.get("drafts") and not held.get("sent")
    assert receipt.replace("-", "") not in str(held)

    # A reload (or Back, which fetches the page again: nothing is cached) thanks them without the code.
    page = journey.get("/s/yv/done")
    assert journey.response.status_code == 200 and page.select_one(".heard-receipt") is None
    assert "shown only once" in page.select_one(".heard-receipt-gone").get_text()
    assert receipt not in str(page)
    # The check page starts afresh: no answers, no way to the receipt again.
    page = journey.get("/s/yv/check")
    assert journey.path == "/s/yv" and "Do you feel listened to?" not in page.get_text()
    # Even the cookie as it was before sending (a copy, or a browser that kept it) reopens nothing now.
    client.set_cookie("session", before_sending)
    for path in ("/s/yv/check", "/s/yv/done", "/s/yv/q/1"):
        page = journey.get(path)
        assert page.select_one(".heard-receipt") is None and receipt not in str(page), path
        assert not page.select(".govuk-summary-list__value"), path
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        assert draft.response_id is not None and draft.answers == {}
    # The code itself still works, from anywhere, for seeing or deleting the answers.
    other = Journey(app.test_client(), "yv")
    other.get("/receipt")
    other.submit_current({"code": receipt})
    assert other.h1() == "Your answers"


def test_the_receipt_slot_expires_if_the_done_page_never_loads(app, client, consultation, monkeypatch):
    from participation.responses import device

    journey = Journey(client, "yv")
    complete(journey, "12-17")
    sent = client.post("/s/yv/check", data={"csrf_token": journey.token()})
    assert sent.status_code == 302 and sent.headers["Location"].endswith("/s/yv/done")
    later = device.time.time() + device.RECEIPT_SHOWN_WITHIN_SECONDS + 1
    monkeypatch.setattr(device.time, "time", lambda: later)
    page = journey.get("/s/yv/done")
    assert page.select_one(".heard-receipt") is None
    assert not device_session(app, client).get("sent")


def test_quick_exit_forgets_the_draft_on_this_device_without_javascript(app, client, consultation):
    journey = Journey(client, "yv")
    journey.start("12-17")
    journey.answer_current()
    journey.get("/s/yv/save")
    resume_code = journey.submit_current().select_one(".heard-receipt").get_text(strip=True)
    journey.get("/s/yv/q/2")
    # Someone copies the phone's cookie before the young person leaves.
    copied = client.get_cookie("session").value
    link = journey.page.select_one("a[data-quick-exit]")
    assert link["href"] == "/leave"  # a plain link: it works with JavaScript off
    left = client.get(link["href"])
    # Straight to the exit site (a redirect, no page of ours in between), with nothing kept on the device.
    assert left.status_code == 303 and left.headers["Location"] == app.config["HEARD_QUICK_EXIT_URL"]
    assert left.get_data(as_text=True).count("listened") == 0
    held = device_session(app, client)
    assert not held.get("drafts") and not held.get("bands") and not held.get("sent")
    journey.get("/s/yv/q/2")
    assert journey.path == "/s/yv/who"
    # The copied cookie opens nothing either: the draft's device token stopped working on the server.
    snoop = app.test_client()
    snoop.set_cookie("session", copied)
    reopened = snoop.get("/s/yv/q/2")
    assert reopened.status_code == 302 and "/q/" not in reopened.headers["Location"]
    assert snoop.get("/s/yv/check").status_code == 302
    # The answers given so far are still on the server for whoever holds the resume code.
    laptop = Journey(app.test_client(), "yv")
    laptop.get("/resume")
    laptop.submit_current({"code": resume_code})
    assert laptop.path == "/s/yv/q/2"


def test_a_cookie_that_missed_the_sending_reopens_nothing_days_later(app, client, consultation):
    """The phone died as the answers were sent: its cookie still names the draft. The same day the receipt code
    may still be shown once; days later nothing is shown and the old token stops working."""
    from datetime import date, timedelta

    journey = Journey(client, "yv")
    complete(journey, "12-17")
    before_sending = client.get_cookie("session").value
    assert client.post("/s/yv/check", data={"csrf_token": journey.token()}).status_code == 302
    client.set_cookie("session", before_sending)  # the answer to the post never arrived
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        draft.last_active_on = date.today() - timedelta(days=3)
        db.session.commit()
    page = journey.get("/s/yv/check")
    assert journey.path == "/s/yv" and page.select_one(".heard-receipt") is None
    assert not device_session(app, client).get("drafts")
    client.set_cookie("session", before_sending)
    page = journey.get("/s/yv/done")
    assert page.select_one(".heard-receipt") is None


def test_a_cookie_that_missed_the_sending_shows_the_receipt_once_the_same_day(app, client, consultation):
    journey = Journey(client, "yv")
    complete(journey, "12-17")
    before_sending = client.get_cookie("session").value
    assert client.post("/s/yv/check", data={"csrf_token": journey.token()}).status_code == 302
    client.set_cookie("session", before_sending)
    page = journey.get("/s/yv/check")
    assert journey.path == "/s/yv/done" and page.select_one(".heard-receipt") is not None
    assert journey.get("/s/yv/done").select_one(".heard-receipt") is None


def test_a_choice_repeated_in_a_tampered_post_is_stored_once(app, client, consultation):
    """Found from outside: 300 copies of one checkbox value were stored as a 305-item list."""
    journey = Journey(client, "yv")
    journey.start("12-17")
    for _ in range(20):
        if journey.page.select("input[type=checkbox][name=answer]"):
            break
        journey.answer_current()
    boxes = [box["value"] for box in journey.page.select("input[type=checkbox][name=answer]")]
    first, second = boxes[0], boxes[1]
    question = journey.path
    journey.submit_current([("answer", first)] * 300 + [("answer", second)] * 5)
    assert journey.path != question
    with app.app_context():
        draft = db.session.scalar(select(Draft))
        stored = [answer["choices"] for answer in draft.answers.values() if first in answer.get("choices", [])]
    assert stored == [[first, second]]
