"""Issue 11, "Smaller faults found": each used to be a 500 or stored what it should not. Bad input gets a clear
translated error, loses nothing already given and never shows a stack trace (TRUST.md)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.accounts.models import Role
from participation.accounts.redirects import safe_staff_path
from participation.boards import periods
from participation.boards.models import Pledge
from participation.extensions import db
from participation.surveys.models import Consultation, Question, QuestionKind
from tests import factories
from tests.console import Console
from tests.integration.test_faults import no_stack_trace
from tests.pages import fetch


def _console(app, person) -> Console:
    client = app.test_client()
    factories.sign_in(client, *person)
    return Console(client)


def _error_summary(page: BeautifulSoup) -> str:
    summary = page.find(class_="govuk-error-summary")
    assert summary is not None, page.get_text(" ", strip=True)[:500]
    return summary.get_text(" ", strip=True)


# --- a consultation opening in 1999 or 3001 -------------------------------------------------------------------------


@pytest.mark.parametrize("opened", [date(1999, 6, 1), date(3001, 1, 15), date(1, 1, 1), date(9999, 12, 31)])
def test_the_period_index_survives_any_stored_opening_date(app, opened):
    with app.app_context():
        org = factories.organisation("Datesshire")
        factories.consultation(org, code="odd", opens_on=opened)
        factories.consultation(org, code="usual", opens_on=date(2026, 5, 1))
        member = factories.staff(org, Role.BOARD_MEMBER)
    console = _console(app, member)
    index = console.get("/staff/board-packs/")
    assert console.response.status_code == 200, index.get_text(" ", strip=True)[:300]
    assert no_stack_trace(console.response.get_data(as_text=True))
    # The rest of the council's packs are still listed.
    assert index.find("a", href="/staff/board-packs/2026-27") is not None
    if 1000 <= opened.year <= 9998:
        year = opened.year if opened.month >= 4 else opened.year - 1
        key = f"{year}-{(year + 1) % 100:02d}"
        assert index.find("a", href=f"/staff/board-packs/{key}") is not None
        console.get(f"/staff/board-packs/{key}")
        assert console.response.status_code == 200 and no_stack_trace(console.response.get_data(as_text=True))


def test_every_day_has_a_period_or_none_never_an_error():
    for day in (
        date(1, 1, 1),
        date(1, 4, 1),
        date(999, 12, 31),
        date(1999, 6, 1),
        date(3001, 1, 15),
        date(9998, 12, 31),
        date(9999, 12, 31),
    ):
        for quarter in (False, True):
            period = periods.period_of(day, quarter=quarter)
            if period is not None:
                assert period.holds(day) and periods.parse(period.key) == period
                period.previous()  # never raises, even at the first representable period


def test_the_dates_form_refuses_dates_outside_a_sane_range(app):
    with app.app_context():
        org = factories.organisation("Formshire")
        consultation = factories.consultation(org, code="dated", opens_on=date(2026, 5, 1))
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        consultation_id = consultation.id
    console = _console(app, worker)
    console.get(f"/staff/consultations/{consultation_id}/dates")
    page = console.submit(
        {"opens_on": ["1", "6", "1999"], "closes_on": ["1", "1", "3001"]}, drop=("opens_on", "closes_on")
    )
    assert console.response.status_code == 400
    summary = _error_summary(page)
    assert "2000" in summary and "2099" in summary
    with app.app_context():
        assert db.session.get(Consultation, consultation_id).opens_on == date(2026, 5, 1)
    # What was typed is shown back, not lost.
    assert page.find("input", {"name": "opens_on", "value": "1999"}) is not None


# --- option rows without keys or with duplicate keys ----------------------------------------------------------------


def _question(app):
    with app.app_context():
        org = factories.organisation("Optionshire")
        consultation = factories.consultation(org, code="opts", status=factories.ConsultationStatus.DRAFT)
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        question = db.session.scalars(
            select(Question).where(Question.consultation_id == consultation.id, Question.key == "number-workers")
        ).one()
        return consultation.id, question.id, worker


def _stored_options(app, question_id) -> list[tuple[str, str]]:
    with app.app_context():
        question = db.session.get(Question, question_id)
        return [
            (option.key, next(t.label for t in option.texts if t.language == "en"))
            for option in sorted(question.options, key=lambda o: o.position)
        ]


def test_option_rows_with_duplicate_keys_get_a_translated_error_and_store_nothing(app):
    consultation_id, question_id, worker = _question(app)
    before = _stored_options(app, question_id)
    console = _console(app, worker)
    console.get(f"/staff/consultations/{consultation_id}/questions/{question_id}")
    page = console.submit({"options-1-key": "one"}, drop=("options-1-key",))
    assert console.response.status_code == 400 and no_stack_trace(console.response.get_data(as_text=True))
    assert "Each answer can only appear once" in _error_summary(page)
    assert _stored_options(app, question_id) == before
    # Everything typed is still in the form.
    assert page.find("input", {"name": "options-1-label", "value": "2"}) is not None
    console.get(f"/staff/consultations/{consultation_id}/questions/{question_id}?lang=cy")
    page = console.submit({"options-1-key": "one"}, drop=("options-1-key",))
    assert console.response.status_code == 400 and "Each answer can only appear once" not in _error_summary(page)


def test_option_rows_without_keys_or_with_unknown_keys_are_new_answers(app):
    consultation_id, question_id, worker = _question(app)
    console = _console(app, worker)
    console.get(f"/staff/consultations/{consultation_id}/questions/{question_id}")
    # Rows posted with no key at all (a hand-made post), and a key this question never had.
    console.submit(
        {"options-0-label": "Just one", "options-1-key": "not-a-key"},
        drop=("options-0-key", "options-0-label", "options-1-key"),
    )
    assert console.response.status_code == 200 and no_stack_trace(console.response.get_data(as_text=True))
    stored = _stored_options(app, question_id)
    assert [label for _key, label in stored] == ["Just one", "2", "3", "4 or more", "Not sure"]
    assert len({key for key, _label in stored}) == len(stored)
    assert "None" not in {key for key, _label in stored} and "not-a-key" not in {key for key, _label in stored}


@pytest.mark.parametrize("keys", [{}, {"options-0-key": "same", "options-1-key": "other"}])
def test_a_new_question_posted_without_keys_or_with_made_up_ones_gets_its_own(app, keys):
    consultation_id, _question_id, worker = _question(app)
    console = _console(app, worker)
    console.get(f"/staff/consultations/{consultation_id}/questions/new")
    # Rows with no key field at all used to be stored with the key "None" twice: a 500.
    keyless = tuple(f"options-{number}-key" for number in range(5))
    console.submit(
        {"kind": "single", "title": "Pick one", "options-0-label": "A", "options-1-label": "B", **keys},
        drop=("kind", "title", "options-0-label", "options-1-label", *keyless),
    )
    assert console.response.status_code == 200 and no_stack_trace(console.response.get_data(as_text=True))
    with app.app_context():
        question = db.session.scalars(
            select(Question).where(
                Question.consultation_id == consultation_id,
                Question.kind == QuestionKind.SINGLE,
                Question.key != "number-workers",
            )
        ).one()
        assert sorted(option.key for option in question.options) == ["a", "b"]


# --- next= with CR/LF after a correct password ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "/staff/\r\nSet-Cookie: x=1",
        "/staff/consultations\n",
        "/staff\x00",
        "/staff/%0d%0a",
        "//evil.example/staff",
        "/staffevil",
        "https://evil.example/staff",
        "/staff/\\evil",
        "/stafF",
        "/staff/\u202econsultations",
    ],
)
def test_next_is_only_ever_a_plain_staff_path(app, target):
    with app.app_context():
        org = factories.organisation("Nextshire")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    client = app.test_client()
    page = fetch(client, "/staff/sign-in", query_string={"next": target})
    token = page.find("input", {"name": "csrf_token"})["value"]
    response = client.post(
        "/staff/sign-in",
        query_string={"next": target},
        data={"email": user.email, "password": factories.STAFF_PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    from participation.accounts import totp

    page = fetch(client, "/staff/sign-in/code")
    token = page.find("input", {"name": "csrf_token"})["value"]
    response = client.post("/staff/sign-in/code", data={"code": totp.code_for(secret), "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    location = response.headers["Location"]
    assert "\r" not in location and "\n" not in location and "evil" not in location
    assert location in ("/staff/consultations/", "/staff/%0d%0a") or location.startswith("/staff/")


def test_safe_staff_path_keeps_plain_staff_paths_only():
    assert safe_staff_path("/staff/consultations/?show=all") == "/staff/consultations/?show=all"
    assert safe_staff_path("/staff") == "/staff"
    for bad in (
        None,
        "",
        "/staff/\r\n",
        "/staff\t",
        "//staff",
        "/staffing",
        "http://x/staff",
        "/staff/\\x",
        "/s/demo",
        "/staff/" + "a" * 3000,
        "/staff/é",
    ):
        assert safe_staff_path(bad) is None, bad


# --- a NUL byte in an uploaded pledge CSV ---------------------------------------------------------------------------


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_a_pledge_csv_with_control_characters_is_refused_line_by_line(app, control):
    with app.app_context():
        org = factories.organisation("Nulshire")
        admin = factories.staff(org, Role.ORGANISATION_ADMIN)
        org_id = org.id
    console = _console(app, admin)
    page = console.get("/staff/pledges/import")
    token = page.find("input", {"name": "csrf_token"})["value"]
    sheet = f"owner,pledge\nCllr Reid,Laptops{control} for all\nCllr Shah,Driving lessons\n".encode()
    done = console.client.post(
        "/staff/pledges/import",
        data={"csrf_token": token, "upload": (io.BytesIO(sheet), "p.csv")},
        content_type="multipart/form-data",
    )
    body = done.get_data(as_text=True)
    assert done.status_code == 200 and no_stack_trace(body)
    text = BeautifulSoup(body, "html.parser").get_text(" ", strip=True)
    assert "1 pledge added." in text and "a character that cannot be kept" in text
    with app.app_context():
        stored = db.session.scalars(select(Pledge).where(Pledge.organisation_id == org_id)).all()
        assert [p.owner_name for p in stored] == ["Cllr Shah"]
