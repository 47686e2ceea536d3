"""Asking for an advocate or a call back (issue 17): the young person's form from the done and help pages, refused
kindly with what was typed kept when there is nothing to contact; stored encrypted for the role the organisation
names, never linked to answers; the queue, decisions with notes that stay, and escalation once per request."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from participation.accounts.models import Role
from participation.analysis.models import SafeguardingCase
from participation.audit.models import AuditEvent
from participation.contact import services
from participation.contact.models import ContactKind, ContactNote, ContactRequest, ContactStatus
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.surveys.models import ConsultationStatus
from tests import factories
from tests.integration.test_safeguarding import DISCLOSURE
from tests.pages import error_summary, fetch

PHONE = "07700 900123"
EMAIL = "kai.secret@example.org"
NAME = "Kai-the-unique"
MESSAGE = "I would like help with my pathway plan before my review"


@pytest.fixture()
def council(askshire):
    return askshire


def token(page) -> str:
    return str(page.find("input", {"name": "csrf_token"})["value"])


def ask(client, code: str = "askme", **values: str):
    page = fetch(client, f"/s/{code}/ask")
    return client.post(f"/s/{code}/ask", data={"csrf_token": token(page), **values})


def stored() -> list[ContactRequest]:
    return list(db.session.scalars(select(ContactRequest)))


def test_a_request_with_nothing_to_contact_is_refused_kindly_and_keeps_what_was_typed(app, client, council):
    response = ask(
        client, kind="advocate", name=NAME, good_time="after school", message=MESSAGE, phone="", text="", email=""
    )
    assert response.status_code == 400
    page = fetch(client, "/s/askme/ask")  # the page itself is fine; now read the refused one
    from bs4 import BeautifulSoup

    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert error_summary(page) == [
        "Tell us at least one way to reach you: a phone number, a number for texts or an email address"
    ]
    assert page.select_one(".govuk-error-summary a")["href"] == "#phone"
    assert page.title.get_text().startswith("Error: ")
    assert page.select_one("input[name=name]")["value"] == NAME
    assert page.select_one("input[name=good_time]")["value"] == "after school"
    assert page.select_one("textarea[name=message]").get_text() == MESSAGE
    assert page.select_one("input[name=kind][value=advocate]").has_attr("checked")
    with app.app_context():
        assert stored() == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call me", "Enter a phone number, using numbers only"),
        ("text", "123", "Enter a mobile number, using numbers only"),
        ("email", "kai at home", "Enter an email address like name@example.com"),
    ],
)
def test_a_wrong_number_or_address_is_explained_and_kept(app, client, council, field, value, message):
    response = ask(client, kind="call-back", **{field: value})
    assert response.status_code == 400
    from bs4 import BeautifulSoup

    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert error_summary(page) == [message]
    assert page.select_one(f"input[name={field}]")["value"] == value


def test_a_request_is_stored_encrypted_and_apart_from_answers(app, client, council):
    org, consultation, *_ = council
    response = ask(client, kind="advocate", phone=PHONE, email=EMAIL, name=NAME, message=MESSAGE)
    assert response.status_code == 302 and "/s/askme/ask/sent" in response.location
    page = fetch(client, response.location)
    assert "within 2 working days" in page.get_text(" ")
    assert page.select(".heard-help-lines li"), "the helplines for anything urgent"
    with app.app_context():
        (request,) = stored()
        assert request.organisation_id == org.id and request.kind == ContactKind.ADVOCATE
        assert request.asked_on == date.today() or request.asked_on == services.today()
        # Nothing that names the consultation, a draft, a response or a receipt, and no time finer than the day.
        columns = set(ContactRequest.__table__.columns.keys())
        assert not {name for name in columns if "consultation" in name or "response" in name or "draft" in name}
        assert not [
            name
            for name in columns
            if name.endswith("_at") and name not in {"acknowledged_at", "closed_at", "escalated_at"}
        ]
        row = db.session.execute(text("SELECT * FROM contact_request")).one()
        raw = " ".join(str(value) for value in row)
        for secret in (PHONE, EMAIL, NAME, MESSAGE, "07700", "kai.secret"):
            assert secret not in raw
        details = services.details_of(request)
        assert details is not None
        assert (details.phone, details.email, details.name, details.message) == (PHONE, EMAIL, NAME, MESSAGE)
        assert details.language == "en"


def test_it_works_for_a_closed_consultation_but_never_a_drafts(app, client):
    with app.app_context():
        org = factories.organisation("Closedshire Council")
        closed = factories.consultation(org, code="shut")
        closed.status = ConsultationStatus.CLOSED
        factories.consultation(org, code="notyet", status=ConsultationStatus.DRAFT)
        db.session.commit()
    assert ask(client, "shut", kind="call-back", text=PHONE).status_code == 302
    assert client.get("/s/notyet/ask").status_code == 410
    with app.app_context():
        assert len(stored()) == 1


def test_worrying_words_open_a_safeguarding_case_without_the_contact_details(app, client, council):
    org, *_ = council
    response = ask(client, kind="call-back", phone=PHONE, message=f"{DISCLOSURE} ring me on {PHONE}")
    assert response.status_code == 302
    with app.app_context():
        (request,) = stored()
        assert request.worrying
        case = db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.organisation_id == org.id))
        assert case is not None and case.answer_id is None
        assert "hits me" in case.kept["text"] and PHONE not in case.kept["text"]


def test_calm_words_open_no_case(app, client, council):
    assert ask(client, kind="call-back", phone=PHONE, message=MESSAGE).status_code == 302
    with app.app_context():
        assert not stored()[0].worrying
        assert db.session.scalar(select(SafeguardingCase)) is None


def test_the_done_and_help_pages_link_to_the_form(app, client, council):
    from tests.journey import Journey

    journey = Journey(client, "askme")
    journey.start("12-17")
    for _ in range(20):
        if journey.path.endswith("/check"):
            break
        journey.answer_current()
    journey.submit_current()
    done = journey.page
    assert done.select_one('a[href^="/s/askme/ask"]') is not None, journey.path
    # The help page reached from it asks the council (from the help page), not the survey.
    help_page = fetch(client, done.find("a", string="Get help now")["href"])
    link = help_page.select_one('a[href^="/ask/"]')
    assert link is not None and "Askshire Council" in link.get_text() and link["href"].endswith("?from=help")
    assert help_page.select_one('a[href^="/s/askme/ask"]') is None


def _submit(client, org_roles=(Role.PARTICIPATION_WORKER,)):
    pass


def test_the_named_role_works_the_queue_and_notes_cannot_change(app, client, council):
    org, consultation, worker, secret = council
    assert ask(client, kind="advocate", phone=PHONE).status_code == 302
    staff = app.test_client()
    factories.sign_in(staff, worker, secret)
    queue = fetch(staff, "/staff/contact-requests")
    link = queue.select_one("table a")
    assert link.get_text(strip=True) == "An advocate"
    assert PHONE not in queue.get_text()
    page = fetch(staff, link["href"])
    assert PHONE in page.get_text()
    # Saying nothing is refused.
    fetch(staff, link["href"], method="post", status=400, data={"csrf_token": token(page), "status": "acknowledged"})
    fetch(
        staff,
        link["href"],
        method="post",
        status=302,
        data={"csrf_token": token(page), "status": "acknowledged", "note": f"Rang {PHONE}, advocate booked"},
    )
    fetch(
        staff,
        link["href"],
        method="post",
        status=302,
        data={"csrf_token": token(page), "status": "closed", "note": "Advocate met them"},
    )
    page = fetch(staff, link["href"])
    assert "Advocate met them" in page.get_text() and "advocate booked" in page.get_text()
    assert page.select_one("form textarea") is None  # closed: nothing more to add or change
    assert (
        staff.post(link["href"], data={"csrf_token": token(queue), "status": "acknowledged", "note": "x"}).status_code
        == 409
    )
    with app.app_context():
        notes = db.session.scalars(select(ContactNote).order_by(ContactNote.at)).all()  # PostgreSQL keeps no order
        assert [note.status for note in notes] == [ContactStatus.ACKNOWLEDGED, ContactStatus.CLOSED]
        raw = " ".join(str(v) for row in db.session.execute(text("SELECT * FROM contact_note")) for v in row)
        assert "advocate booked" not in raw and PHONE not in raw
        actions = db.session.scalars(select(AuditEvent.action).where(AuditEvent.organisation_id == org.id)).all()
        assert actions.count("contact-request-viewed") >= 2
        assert "contact-requests-viewed" in actions
        assert not [event for event in db.session.scalars(select(AuditEvent)) if PHONE in str(event.detail)]
    # Closed requests leave the queue unless asked for.
    assert fetch(staff, "/staff/contact-requests").select_one("table") is None
    assert fetch(staff, "/staff/contact-requests?show=all").select_one("table a") is not None


@pytest.mark.parametrize("named", [Role.SAFEGUARDING_LEAD, Role.ORGANISATION_ADMIN])
def test_only_the_named_role_and_admins_see_requests(app, client, council, named):
    org, consultation, worker, secret = council
    with app.app_context():
        db.session.get(type(org), org.id).contact_requests_role = named.value
        lead, lead_secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        admin, admin_secret = factories.staff(org, Role.ORGANISATION_ADMIN)
        db.session.commit()
    for user, secret_, allowed in (
        (worker, secret, False),
        (lead, lead_secret, named == Role.SAFEGUARDING_LEAD),
        (admin, admin_secret, True),
    ):
        staff = app.test_client()
        factories.sign_in(staff, user, secret_)
        assert staff.get("/staff/contact-requests").status_code == (200 if allowed else 403), user


def test_escalation_once_per_request_never_with_the_details(app, client, council, monkeypatch):
    org, consultation, worker, secret = council
    assert ask(client, kind="call-back", phone=PHONE, name=NAME).status_code == 302
    runner = app.test_cli_runner()
    result = runner.invoke(args=["contact", "escalate"])
    assert "Escalated 0" in result.output, result.output
    with app.app_context():
        (request,) = stored()
        # Asked two weeks ago: long past two working days.
        request.asked_on = services.today() - timedelta(days=14)
        db.session.commit()
    result = runner.invoke(args=["contact", "escalate"])
    assert "Escalated 1 contact request(s)." in result.output, result.output
    result = runner.invoke(args=["contact", "escalate"])
    assert "Escalated 0" in result.output, result.output
    with app.app_context():
        messages = db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "contact-request-escalation")
        ).all()
        assert [message.to for message in messages] == [worker.email]
        assert PHONE not in messages[0].body and NAME not in messages[0].body
        assert "/staff/contact-requests/" in messages[0].body


def test_an_acknowledged_request_is_never_escalated(app, client, council):
    org, consultation, worker, _secret = council
    assert ask(client, kind="call-back", phone=PHONE).status_code == 302
    with app.app_context():
        (request,) = stored()
        request.asked_on = services.today() - timedelta(days=14)
        services.decide(request, ContactStatus.ACKNOWLEDGED, "Rang them", db.session.get(type(worker), worker.id))
        db.session.commit()
        assert services.escalate() == []


def test_working_days():
    friday = date(2026, 12, 4)
    assert services.due_on(friday, 2) == date(2026, 12, 8)
    assert services.working_days_between(friday, date(2026, 12, 7)) == 1
    assert services.working_days_between(friday, friday) == 0
    assert services.working_days_between(date(2026, 12, 5), date(2026, 12, 9)) == 3


def test_the_settings_page_names_the_role_and_the_days(app, client):
    with app.app_context():
        org = factories.organisation("Settingshire Council")
        admin, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    factories.sign_in(client, admin, secret)
    page = fetch(client, "/staff/settings")
    data = {
        "csrf_token": token(page),
        "identity_vault": "no",
        "compare_opt_in": "no",
        "read_unsent_disclosures": "yes",
        "read_disclosures_within": "1",
        "read_comments_within": "5",
        "contact_requests_role": "safeguarding-lead",
        "contact_acknowledge_within": "3",
    }
    fetch(client, "/staff/settings", method="post", status=302, data=data)
    with app.app_context():
        saved = db.session.get(type(org), org.id)
        assert (saved.contact_requests_role, saved.contact_acknowledge_within) == ("safeguarding-lead", 3)
    fetch(client, "/staff/settings", method="post", status=400, data={**data, "contact_requests_role": "board-member"})


def rotate_vault_key(app, runner, monkeypatch, values: int) -> None:
    """``keys rotate vault`` to a new key, the old one still listed to read with; then only the new one."""
    from cryptography.fernet import Fernet

    old = app.config["VAULT_KEY"]
    new = Fernet.generate_key().decode()
    monkeypatch.setenv("HEARD_VAULT_KEY", f"{new},{old}")
    monkeypatch.setitem(app.config, "VAULT_KEY", f"{new},{old}")
    result = runner.invoke(args=["keys", "rotate", "vault"])
    assert result.exit_code == 0 and f"Re-encrypted {values} values" in result.output, result.output
    monkeypatch.setitem(app.config, "VAULT_KEY", new)


def test_rotating_the_vault_key_keeps_every_request_and_note(app, client, council, runner, monkeypatch):
    org, consultation, worker, _secret = council
    assert ask(client, kind="advocate", phone=PHONE, name=NAME).status_code == 302
    with app.app_context():
        (request,) = stored()
        services.decide(request, ContactStatus.ACKNOWLEDGED, "Rang them", db.session.get(type(worker), worker.id))
        db.session.commit()
    rotate_vault_key(app, runner, monkeypatch, values=2)
    with app.app_context():
        (request,) = stored()
        assert services.details_of(request).phone == PHONE
        assert [note.text for note in services.notes_of(request)] == ["Rang them"]


def test_the_demo_has_requests_waiting_acknowledged_and_closed(app):
    from participation.demo.contact import load_contact_requests

    with app.app_context():
        org = factories.organisation("Demoshire Council")
        consultation = factories.consultation(org, code="demoask")
        factories.staff(org, Role.PARTICIPATION_WORKER)
        today = date(2026, 12, 7)
        assert load_contact_requests(org, consultation, today) == 5
        assert load_contact_requests(org, consultation, today) == 0
        db.session.commit()
        statuses = sorted(request.status.value for request in stored())
        assert statuses == ["acknowledged", "acknowledged", "closed", "new", "new"]
        figures = services.figures(org.id, date(2026, 10, 1), today)
        assert figures.by_kind == {"advocate": 3, "call-back": 2} and figures.acknowledged == 3
        assert all(services.details_of(request) is not None for request in stored())


def on_day(monkeypatch, day: date, hour: int = 12) -> None:
    """Set the clock the requests' services read (the day a request is asked on, the moment it is decided)."""
    from datetime import UTC, datetime, time

    moment = datetime.combine(day, time(hour), tzinfo=UTC)
    monkeypatch.setattr(services, "utcnow", lambda: moment)


def _requests_in(
    monkeypatch, org, consultation, worker, day, kinds: dict[ContactKind, int], acknowledged_after: list[int]
) -> None:
    """Requests asked on ``day``, through ``services.ask``; the first ones acknowledged (``services.decide``) that many
    working days later: the year's published counts are taken as a young person and a worker make them."""
    made = []
    on_day(monkeypatch, day)
    for kind, count in kinds.items():
        for number in range(count):
            # Each its own young person: the same request twice on one day is one request.
            details = services.Details(phone=PHONE, name=f"young person {number}")
            made.append(services.ask(org.id, consultation.id, kind, details, "12-17"))
    db.session.commit()
    for request, days in zip(made, acknowledged_after, strict=False):
        on_day(monkeypatch, services.due_on(day, days))
        services.decide(db.session.merge(request), ContactStatus.ACKNOWLEDGED, "", db.session.merge(worker))
        db.session.commit()
    monkeypatch.undo()


def _pack_rows(app, org, period):
    from participation.boards import pack

    with app.test_request_context():
        built = pack.build_period(org.id, period)
        return [tuple(str(value) for value in row) for row in built.tables["contact-requests"].rows]


def test_the_year_pack_counts_requests_and_how_fast_they_were_acknowledged(app, council, monkeypatch):
    from participation.boards import periods

    org, consultation, worker, _secret = council
    year = periods.containing(date.today())
    with app.app_context():
        _requests_in(
            monkeypatch,
            org,
            consultation,
            worker,
            year.start,
            {ContactKind.ADVOCATE: 10, ContactKind.CALL_BACK: 6},
            [1, 1, 2, 2, 3, 3],
        )
        assert services.figures(org.id, year.start, year.end) == services.Figures(
            {"advocate": 10, "call-back": 6}, 6, 2
        )
    # As published (``services.take_figures``): the year's first request was taken whole, then each count only once
    # it had moved by 5 (advocates at 6, call backs at 5, acknowledged at 1 and 6, the typical time with them).
    assert _pack_rows(app, org, year) == [
        ("An advocate", "6", "None", "None"),
        ("Get in touch", "5", "None", "None"),
        ("All requests", "11", "6", "2 working days"),
    ]
    # A quarter's pack never counts them: with the year's, it could give back a hidden count.
    quarter = periods.containing(date.today(), quarter=True)
    assert _pack_rows(app, org, quarter) == []


def test_few_requests_in_the_pack_are_suppressed(app, council, monkeypatch):
    from participation.boards import periods

    org, consultation, worker, _secret = council
    year = periods.containing(date.today())
    with app.app_context():
        _requests_in(
            monkeypatch,
            org,
            consultation,
            worker,
            year.start,
            {ContactKind.ADVOCATE: 6, ContactKind.CALL_BACK: 2},
            [1, 2],
        )
    # Published: advocates 6, call backs a 0 not yet taken (2 recorded: "c", never 0), acknowledged 1 ("c").
    assert _pack_rows(app, org, year) == [
        ("An advocate", "6", "None", "None"),
        ("Get in touch", "c", "None", "None"),
        ("All requests", "6", "c", "c"),
    ]


def test_a_double_tap_stores_one_request(app, client, council):
    page = fetch(client, "/s/askme/ask")
    data = {"csrf_token": token(page), "kind": "call-back", "phone": PHONE}
    assert client.post("/s/askme/ask", data=data).status_code == 302
    assert client.post("/s/askme/ask", data=data).status_code == 302
    assert client.post("/s/askme/ask", data={**data, "good_time": "evenings"}).status_code == 302
    with app.app_context():
        assert len(stored()) == 2


def request_consultation() -> object:
    from participation.surveys.models import Consultation

    return db.session.scalar(select(Consultation.id).where(Consultation.code == "askme"))


def test_the_same_form_sent_with_a_cookie_that_does_not_keep_it_stores_one_request(app, client, council):
    """The outside review sent one form several times at once, and again with the first page's cookie each time (so
    the device's own list of what it sent never grew): each was stored. The database now keeps one."""
    page = fetch(client, "/s/askme/ask")
    kept = client.get_cookie("session").value
    data = {"csrf_token": token(page), "kind": "call-back", "phone": PHONE, "message": "please ring after school"}
    for _ in range(4):
        client.set_cookie("session", kept)
        assert client.post("/s/askme/ask", data=data).status_code == 302
    with app.app_context():
        assert len(stored()) == 1
        from participation.contact import services

        request = stored()[0]
        details = services.Details(phone="07700 900456", language="en")
        first = services.ask(request.organisation_id, request_consultation(), ContactKind.ADVOCATE, details, "")
        again = services.ask(request.organisation_id, request_consultation(), ContactKind.ADVOCATE, details, "")
        assert again.id == first.id and len(stored()) == 2


def test_odd_characters_are_kept_or_refused_kindly_never_a_crash(app, client, council):
    odd = f"{DISCLOSURE} \x00 \u202eevil\u202c 👩‍👩‍👧 نام"
    response = ask(client, kind="advocate", email=EMAIL, name="\u202eKai", message=odd)
    assert response.status_code in (302, 400), response.status_code
    assert "Traceback" not in response.get_data(as_text=True)
    if response.status_code == 302:
        with app.app_context():
            (request,) = stored()
            assert "👩‍👩‍👧" in services.details_of(request).message


def test_an_expired_form_keeps_what_was_typed_and_stores_nothing(app, client, council):
    from bs4 import BeautifulSoup

    fetch(client, "/s/askme/ask")
    response = client.post(
        "/s/askme/ask", data={"csrf_token": "expired", "kind": "advocate", "phone": PHONE, "name": NAME}
    )
    assert response.status_code == 400
    page = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "open for a long time" in page.get_text()
    assert page.select_one("input[name=phone]")["value"] == PHONE
    assert page.select_one("input[name=name]")["value"] == NAME
    with app.app_context():
        assert stored() == []


def test_the_queue_marks_a_request_past_its_working_days_overdue(app, client, council):
    org, consultation, worker, secret = council
    assert ask(client, kind="advocate", phone=PHONE).status_code == 302
    assert ask(client, kind="call-back", email=EMAIL).status_code == 302
    with app.app_context():
        old = db.session.scalar(select(ContactRequest).where(ContactRequest.kind == ContactKind.ADVOCATE))
        old.asked_on = services.today() - timedelta(days=14)
        db.session.commit()
    staff = app.test_client()
    factories.sign_in(staff, worker, secret)
    rows = fetch(staff, "/staff/contact-requests").select("main table tbody tr")
    # Newest first; the old one waited ten working days and is overdue.
    assert [row.select_one("a").get_text(strip=True) for row in rows] == ["Get in touch", "An advocate"]
    assert "overdue" not in rows[0].get_text() and "overdue" in rows[1].get_text()
    assert "10 working days" in rows[1].get_text()


def test_the_safeguarding_lead_reads_and_decides_a_case_from_a_request(app, client, council):
    org, *_ = council
    with app.app_context():
        lead, secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
    assert ask(client, kind="call-back", phone=PHONE, message=DISCLOSURE).status_code == 302
    staff = app.test_client()
    factories.sign_in(staff, lead, secret)
    queue = fetch(staff, "/staff/safeguarding/")
    link = next(a["href"] for a in queue.select("main table a") if "/staff/safeguarding/" in a["href"])
    case = fetch(staff, link)
    assert "hits me" in case.get_text() and PHONE not in case.get_text()
    fetch(
        staff,
        link,
        method="post",
        status=302,
        data={"csrf_token": token(case), "status": "no-concern", "note": "Spoke to them; safe at home now"},
    )
    # The lead is not the role this council named for requests: the request itself stays out of their reach.
    assert staff.get("/staff/contact-requests").status_code == 403


def test_a_case_from_a_request_never_says_nobody_can_find_the_young_person(app, client, council):
    """The fourth outside review: the lead's case said "given anonymously... nobody can find out from Heard" while the
    young person had given a number to be rung on, which the request's handler could see and believed the lead had.
    The case says they chose to be reached, who handles the request and by when; an admin (who handles requests too)
    gets a link to it. The request is due in one working day, not the council's usual two."""
    org, *_ = council
    with app.app_context():
        lead, secret = factories.staff(org, Role.SAFEGUARDING_LEAD)
        admin, admin_secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    assert ask(client, kind="call-back", phone=PHONE, message=DISCLOSURE).status_code == 302
    with app.app_context():
        (request,) = stored()
        case = db.session.scalar(select(SafeguardingCase).where(SafeguardingCase.organisation_id == org.id))
        assert case is not None and case.kept["contact_request_id"] == str(request.id)
        case_id, request_id = case.id, request.id
        assert services.get(db.session.get(type(org), org.id), request_id).due == services.due_on(request.asked_on, 1)
        assert services.due_on(request.asked_on, 1) < services.due_on(request.asked_on, 2)
    staff = app.test_client()
    factories.sign_in(staff, lead, secret)
    text = fetch(staff, f"/staff/safeguarding/{case_id}").get_text(" ", strip=True)
    assert "nobody can find out" not in text
    assert "the young person chose to be reached" in text and "Participation worker" in text
    assert "within one working day" in text
    assert f"/staff/contact-requests/{request_id}" not in str(fetch(staff, f"/staff/safeguarding/{case_id}"))
    manager = app.test_client()
    factories.sign_in(manager, admin, admin_secret)
    page = fetch(manager, f"/staff/safeguarding/{case_id}")
    assert page.find("a", href=f"/staff/contact-requests/{request_id}") is not None


def test_a_request_closed_a_year_ago_forgets_its_details_but_still_counts(app, client, council, runner):
    from datetime import UTC, datetime

    org, consultation, worker, _secret = council
    assert ask(client, kind="advocate", phone=PHONE, name=NAME).status_code == 302
    assert ask(client, kind="call-back", email=EMAIL).status_code == 302
    with app.app_context():
        old, recent = sorted(stored(), key=lambda request: request.kind.value)
        for request in (old, recent):
            services.decide(request, ContactStatus.CLOSED, f"Rang {PHONE}", db.session.get(type(worker), worker.id))
        old.closed_at = datetime(2024, 1, 1, tzinfo=UTC)
        db.session.commit()
    result = runner.invoke(args=["contact", "purge"])
    assert "Forgot the details of 1 closed contact request(s)." in result.output, result.output
    assert "of 0 " in runner.invoke(args=["contact", "purge"]).output
    with app.app_context():
        old = db.session.get(ContactRequest, old.id)
        assert old.purged_on is not None and not services.details_of(old).reachable
        assert [note.text for note in services.notes_of(old)] == [""]
        assert services.details_of(db.session.get(ContactRequest, recent.id)).email == EMAIL
        assert sum(services.figures(org.id, date(2000, 1, 1), date(2100, 1, 1)).by_kind.values()) == 2
