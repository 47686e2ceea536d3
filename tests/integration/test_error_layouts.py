"""Errors on staff (console) addresses are drawn in the staff layout: the staff menu, no quick exit, words for staff and
a way back. Young people's addresses keep their own page, with the quick exit and "Get help now" (TRUST.md)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from flask import abort
from sqlalchemy.exc import OperationalError

from participation.accounts.models import Role
from tests import factories
from tests.integration.test_faults import no_stack_trace


def _page(response) -> BeautifulSoup:
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def _is_staff_layout(page: BeautifulSoup) -> bool:
    return page.find(class_="heard-quick-exit") is None and page.find(class_="heard-header") is not None


def _has_staff_menu(page: BeautifulSoup) -> bool:
    menu = page.find("nav", class_="heard-staff-nav")
    return menu is not None and menu.find("a", href="/staff/") is not None


def _is_young_peoples_layout(page: BeautifulSoup) -> bool:
    return page.find(class_="heard-quick-exit") is not None and page.find("nav", class_="heard-staff-nav") is None


@pytest.fixture()
def worker(app, client):
    with app.app_context():
        org = factories.organisation("Errorshire")
        person = factories.staff(org, Role.PARTICIPATION_WORKER)
        factories.consultation(org, code="errors")
    factories.sign_in(client, *person)
    return client


def _token(client, url: str) -> str:
    return str(_page(client.get(url)).find("input", {"name": "csrf_token"})["value"])


# --- an expired or missing CSRF token ---------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["", "expired-or-tampered-token"])
def test_an_expired_staff_form_says_so_in_the_staff_layout_and_keeps_what_was_typed(worker, token):
    typed = "Our summer survey\nfor every children's home"
    response = worker.post("/staff/consultations/new", data={"title": typed, "start": "bank", "csrf_token": token})
    page = _page(response)
    assert response.status_code == 400
    assert _is_staff_layout(page) and _has_staff_menu(page), page.get_text(" ", strip=True)[:300]
    assert page.find("h1").get_text(strip=True) == "Your form had expired"
    assert "Nothing was saved" in page.find("main").get_text(" ", strip=True)
    # What was typed is there to copy (its lines kept), and a link leads back to the form.
    kept = [block.get_text() for block in page.select("main .heard-typed")]
    assert kept == [typed]
    back = page.find("main").find("a", string="Go back to the form")
    assert back is not None and back["href"] == "/staff/consultations/new"
    assert page.find(string=lambda text: text and "Get help now" in text) is None


def test_an_expired_staff_form_is_in_the_staffs_language(worker):
    response = worker.post("/staff/consultations/new?lang=cy", data={"title": "Arolwg", "csrf_token": ""})
    page = _page(response)
    assert response.status_code == 400 and _is_staff_layout(page)
    assert page.find("html")["lang"].startswith("cy")
    assert page.find("h1").get_text(strip=True) not in ("", "Your form had expired")


def test_an_expired_sign_in_form_keeps_no_password_and_links_back_to_sign_in(client):
    response = client.post(
        "/staff/sign-in", data={"email": "sam@example.org", "password": "secret-password-1", "csrf_token": "x"}
    )
    page = _page(response)
    assert response.status_code == 400 and _is_staff_layout(page)
    assert page.find("h1").get_text(strip=True) == "Your form had expired"
    body = response.get_data(as_text=True)
    # No one is signed in: nothing that was posted is shown back (a post from another site carries no session).
    assert "secret-password-1" not in body and "sam@example.org" not in body
    assert page.find("main").find("a", href="/staff/sign-in") is not None


def test_a_password_or_code_is_never_shown_back_to_a_signed_in_person(worker):
    response = worker.post(
        "/staff/consultations/new",
        data={"title": "A title", "password": "hunter2-secret", "code": "123456", "csrf_token": ""},
    )
    body = response.get_data(as_text=True)
    assert "A title" in body and "hunter2-secret" not in body and "123456" not in body


def test_an_expired_token_on_a_young_peoples_form_keeps_their_page(client):
    # Young people's forms check their own token; a post to one of their pages outside that stays theirs.
    response = client.post("/receipt", data={"code": "ABCD-EFGH", "csrf_token": ""})
    page = _page(response)
    assert _is_young_peoples_layout(page), page.get_text(" ", strip=True)[:300]


# --- every status the app handles, staff and young people's addresses -------------------------------------------


def _raising(error):
    def view(*_args, **_kwargs):
        if isinstance(error, int):
            abort(error)
        raise error

    return view


FAILURES = {
    400: 400,
    403: 403,
    404: 404,
    405: 405,
    413: 413,
    429: 429,
    500: RuntimeError("broken"),
    503: OperationalError("SELECT 1", {}, Exception("database is down")),
}


@pytest.mark.parametrize("status", sorted(FAILURES))
def test_every_error_on_a_staff_address_is_in_the_staff_layout(app, worker, monkeypatch, status):
    monkeypatch.setitem(app.view_functions, "consultations.index", _raising(FAILURES[status]))
    response = worker.get("/staff/")
    page = _page(response)
    assert response.status_code == status
    assert _is_staff_layout(page) and _has_staff_menu(page), page.get_text(" ", strip=True)[:300]
    main = page.find("main")
    assert main.find("h1").get_text(strip=True)
    assert main.find("a", class_="govuk-link") is not None  # a way back
    text = main.get_text(" ", strip=True)
    assert "Your answers" not in text and "Get help now" not in text  # young people's words, not staff's
    assert no_stack_trace(response.get_data(as_text=True))


@pytest.mark.parametrize("status", sorted(FAILURES))
def test_every_error_on_a_young_peoples_address_keeps_their_layout(app, client, monkeypatch, status):
    monkeypatch.setitem(app.view_functions, "respond.help_now", _raising(FAILURES[status]))
    response = client.get("/help")
    page = _page(response)
    assert response.status_code == status
    assert _is_young_peoples_layout(page), page.get_text(" ", strip=True)[:300]
    assert no_stack_trace(response.get_data(as_text=True))


def test_real_routing_errors_follow_the_address(worker):
    for url, staff in (("/staff/no-such-page", True), ("/no-such-page", False)):
        response = worker.get(url)
        assert response.status_code == 404
        page = _page(response)
        assert (_is_staff_layout(page) and _has_staff_menu(page)) if staff else _is_young_peoples_layout(page)
    # A form address opened as a page (405) on the staff side.
    response = worker.get("/staff/sign-out")
    assert response.status_code == 405 and _has_staff_menu(_page(response))


def test_a_staff_post_too_big_is_in_the_staff_layout(worker):
    token = _token(worker, "/staff/consultations/new")
    response = worker.post("/staff/consultations/new", data={"title": "x" * (300 * 1024), "csrf_token": token})
    page = _page(response)
    assert response.status_code == 413 and _is_staff_layout(page) and _has_staff_menu(page)
    assert page.find("h1").get_text(strip=True) == "What you sent was too big"
