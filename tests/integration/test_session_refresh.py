"""A young person's session cookie is sent again only when it changed or is an hour old (participation.security
.RefreshedHourly): a question page no longer signs and sends the same cookie on every response, and the cookie still
lasts its lifetime from the last visit."""

from __future__ import annotations

from participation import security
from tests import factories
from tests.journey import Journey


def _started(app, client) -> Journey:  # type: ignore[no-untyped-def]
    with app.app_context():
        factories.consultation(code="sr")
    journey = Journey(client, "sr")
    journey.start("12-17")
    assert journey.path == "/s/sr/q/1"
    return journey


def test_an_unchanged_session_is_not_sent_again_within_the_hour(app, client):
    _started(app, client)
    response = client.get("/s/sr/q/1")
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    # The browser's cookie still opens the draft: the page is the question, not the start page.
    assert client.get("/s/sr/q/2").status_code == 200


def test_a_session_an_hour_old_is_sent_again_with_its_lifetime_renewed(app, client, monkeypatch):
    _started(app, client)
    later = security.time.time() + security.SESSION_REFRESH_AFTER + 1
    monkeypatch.setattr(security.time, "time", lambda: later)
    response = client.get("/s/sr/q/1")
    cookie = response.headers.get("Set-Cookie", "")
    assert cookie.startswith("session=") and "Expires=" in cookie and "HttpOnly" in cookie


def test_a_changed_session_is_sent_at_once(app, client):
    journey = _started(app, client)
    # Choosing the easy version is kept in the session: the response must carry it.
    journey.get("/s/sr/q/1")
    response = client.post("/s/sr/easy", data={"csrf_token": journey.token(), "easy": "on", "page": "1"})
    assert response.status_code == 302
    assert response.headers.get("Set-Cookie", "").startswith("session=")


def test_a_cookie_that_is_not_ours_starts_an_empty_session(app, client):
    _started(app, client)
    client.set_cookie("session", "not-a-signed-cookie")
    assert client.get("/s/sr/q/1", follow_redirects=False).headers["Location"].endswith("/s/sr")
