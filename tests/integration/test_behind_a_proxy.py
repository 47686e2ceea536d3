"""Behind the council's reverse proxy (README, "Running in production on more than one machine").

Every request reaches gunicorn from nginx's address. A limit counted per address must still count each client on
its own (``HEARD_PROXY_HOPS=1`` reads the address nginx appends to X-Forwarded-For), must not let a client choose its
own address (only the hop nginx wrote counts, and without a proxy the header is ignored), and must keep no address
in clear in the store of counts (Redis may write its keys to disk).
"""

from __future__ import annotations

from typing import Any

import pytest

from participation.accounts.models import Role
from participation.extensions import limiter
from tests import factories
from tests.pages import parse

SIGN_IN_LIMIT = 5  # "5 per minute" for one address and email (participation/accounts/routes.py)
NGINX = "127.0.0.1"  # where every request comes from behind the proxy


def sign_in_attempt(client: Any, email: str, forwarded_for: str | None) -> int:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    environ = {"REMOTE_ADDR": NGINX}
    page = parse(client.get("/staff/sign-in", headers=headers, environ_base=environ))
    token = page.find("input", {"name": "csrf_token"})["value"]
    response = client.post(
        "/staff/sign-in",
        data={"email": email, "password": "not the password", "csrf_token": token},
        headers=headers,
        environ_base=environ,
    )
    return int(response.status_code)


@pytest.fixture()
def email(app) -> str:
    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.PARTICIPATION_WORKER)
        return str(user.email)


@pytest.fixture()
def behind_nginx(app, monkeypatch) -> None:
    monkeypatch.setitem(app.config, "HEARD_PROXY_HOPS", 1)


def test_behind_the_proxy_each_client_is_counted_on_its_own(app, client, email, behind_nginx):
    """Two people in two offices, both reaching Heard through nginx: one mistyping five times does not lock the
    other out (without HEARD_PROXY_HOPS both would be nginx's 127.0.0.1 and share one count)."""
    tries = [sign_in_attempt(client, email, "203.0.113.1") for _ in range(SIGN_IN_LIMIT)]
    assert tries == [400] * SIGN_IN_LIMIT
    assert sign_in_attempt(client, email, "203.0.113.1") == 429
    assert sign_in_attempt(client, email, "203.0.113.2") == 400


def test_behind_the_proxy_a_client_cannot_choose_its_address(app, client, email, behind_nginx):
    """A client may send its own X-Forwarded-For; nginx appends the address it really came from, and only that
    last hop counts, so changing the rest each time buys no more tries."""
    tries = [sign_in_attempt(client, email, f"198.51.100.{number}, 203.0.113.1") for number in range(SIGN_IN_LIMIT)]
    assert tries == [400] * SIGN_IN_LIMIT
    assert sign_in_attempt(client, email, "198.51.100.200, 203.0.113.1") == 429


def test_without_a_proxy_the_header_is_ignored(app, client, email):
    """A client talking to gunicorn directly cannot name a new address for each try."""
    assert not app.config["HEARD_PROXY_HOPS"]
    tries = [sign_in_attempt(client, email, f"203.0.113.{number}") for number in range(SIGN_IN_LIMIT)]
    assert tries == [400] * SIGN_IN_LIMIT
    assert sign_in_attempt(client, email, "203.0.113.99") == 429


def test_the_store_of_counts_keeps_no_address_or_email_in_clear(app, client, email, behind_nginx):
    """Redis may write its keys to disk: every key a limit writes is keyed hashes and route names, never the
    client's address or the email typed (the tests' memory storage holds the same keys Redis would)."""
    assert sign_in_attempt(client, email, "203.0.113.77") == 400
    assert client.get("/i/ABCD2345EF", environ_base={"REMOTE_ADDR": NGINX}).status_code == 404
    keys = [str(key) for key in limiter.storage.storage]  # type: ignore[attr-defined]  # MemoryStorage's counters
    assert any("accounts.sign_in" in key for key in keys) and any("respond.invite_link" in key for key in keys)
    for key in keys:
        assert "203.0.113.77" not in key and NGINX not in key and email not in key and "@" not in key, key


def test_forms_work_behind_the_proxy_without_a_referrer(app, client, behind_nginx):
    """Heard's pages send no Referer (Referrer-Policy: no-referrer), and a proxy may say the request came over HTTPS:
    a staff member still signs in behind it."""
    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.PARTICIPATION_WORKER)
    headers = {"X-Forwarded-For": "203.0.113.5", "X-Forwarded-Proto": "https"}
    page = parse(client.get("/staff/sign-in", headers=headers))
    response = client.post(
        "/staff/sign-in",
        data={
            "email": user.email,
            "password": factories.STAFF_PASSWORD,
            "csrf_token": page.find("input", {"name": "csrf_token"})["value"],
        },
        headers=headers,
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/sign-in/code")


def test_forms_work_when_the_request_came_over_https(app, client):
    """gunicorn marks a request HTTPS when it serves TLS itself, or when a proxy on the same machine sends
    X-Forwarded-Proto (gunicorn believes 127.0.0.1 by default). With no Referer ever sent, every form must still
    work."""
    with app.app_context():
        user, _secret = factories.staff(factories.organisation(), Role.PARTICIPATION_WORKER)
    secure = "https://heard.example.org"
    page = parse(client.get("/staff/sign-in", base_url=secure))
    token = page.find("input", {"name": "csrf_token"})["value"]
    data = {"email": user.email, "password": factories.STAFF_PASSWORD, "csrf_token": token}
    response = client.post("/staff/sign-in", data=data, base_url=secure)
    assert response.status_code == 302 and response.headers["Location"].endswith("/staff/sign-in/code")
