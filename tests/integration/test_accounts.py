"""Staff sign-in with a second factor, server-side sessions, invitations and password resets."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from participation.accounts import totp
from participation.accounts.models import Role, StaffSession, User
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from tests import factories
from tests.pages import fetch


def token(client, url: str) -> str:
    page = fetch(client, url, follow_redirects=True)
    return str(page.find("input", {"name": "csrf_token"})["value"])


def post(client, url: str, data: dict, token_from: str | None = None):
    return client.post(url, data={**data, "csrf_token": token(client, token_from or url)})


def actions(app) -> list[str]:
    with app.app_context():
        return [event.action for event in db.session.scalars(select(AuditEvent).order_by(AuditEvent.at))]


@pytest.fixture()
def worker(app):
    with app.app_context():
        org = factories.organisation()
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
        return org, user, secret


def test_sign_in_with_password_and_code(app, client, worker):
    _org, user, secret = worker
    factories.sign_in(client, user, secret)
    page = client.get("/staff/")
    assert page.status_code == 200
    assert "Signed in as Sam Worker" in page.get_data(as_text=True)
    assert "sign-in" in actions(app)


def test_wrong_password_is_refused_audited_and_vague(app, client, worker):
    _org, user, _secret = worker
    response = post(client, "/staff/sign-in", {"email": user.email, "password": "wrong password"})
    assert response.status_code == 400
    assert "Enter a correct email address and password" in response.get_data(as_text=True)
    unknown = post(client, "/staff/sign-in", {"email": "nobody@example.org", "password": "wrong password"})
    assert "Enter a correct email address and password" in unknown.get_data(as_text=True)
    assert actions(app).count("sign-in-failed") == 2
    assert client.get("/staff/").status_code == 302


def test_a_code_cannot_be_used_twice_or_skipped(app, client, worker):
    _org, user, secret = worker
    code = totp.code_for(secret)
    factories.sign_in(client, user, secret)
    post(client, "/staff/sign-out", {}, token_from="/staff/")
    other = app.test_client()
    response = post(other, "/staff/sign-in", {"email": user.email, "password": factories.STAFF_PASSWORD})
    assert response.headers["Location"].endswith("/staff/sign-in/code")
    # Skipping the code page gets nowhere.
    assert other.get("/staff/").status_code == 302
    replay = post(other, "/staff/sign-in/code", {"code": code})
    assert replay.status_code == 400
    assert "Enter the current 6-digit code" in replay.get_data(as_text=True)


def outbox_link(app, to: str, path: str) -> str:
    """The newest link of a kind emailed to an address, as a path on the configured base URL."""
    with app.app_context():
        messages = db.session.scalars(
            select(OutboxMessage).where(OutboxMessage.to == to).order_by(OutboxMessage.created_at)
        ).all()
    bodies = [message.body for message in messages if f"https://heard.example.org{path}" in message.body]
    assert bodies, f"no {path} link emailed to {to}"
    return re.search(rf"https://heard\.example\.org({re.escape(path)}[\w-]+)", bodies[-1]).group(1)


def test_first_sign_in_sets_up_the_authenticator_only_through_a_link_to_the_owner(app, client):
    with app.app_context():
        org = factories.organisation()
        from participation.accounts import services

        user = services.create_user(
            "new@example.org", "Nia New", factories.STAFF_PASSWORD, org.id, (Role.SAFEGUARDING_LEAD,)
        )
        db.session.commit()
    # Whoever knows the password gets only "check your email": they cannot bind their own authenticator.
    response = post(client, "/staff/sign-in", {"email": "new@example.org", "password": factories.STAFF_PASSWORD})
    assert response.status_code == 200
    assert "Check your email to set up sign-in" in response.get_data(as_text=True)
    assert client.get("/staff/sign-in/set-up").headers["Location"].endswith("/staff/sign-in")
    assert "second-factor-enrolment-link-sent" in actions(app)
    # The owner opens the emailed link, then signs in with the password, then enrols.
    owner = app.test_client()
    link = outbox_link(app, "new@example.org", "/staff/sign-in/set-up/")
    # Opening the link (as a mail scanner would) uses nothing; pressing its button does.
    assert "Continue" in owner.get(link).get_data(as_text=True)
    assert app.test_client().get(link).status_code == 200
    assert post(owner, link, {}).headers["Location"].endswith("/staff/sign-in")
    response = post(owner, "/staff/sign-in", {"email": "new@example.org", "password": factories.STAFF_PASSWORD})
    assert response.headers["Location"].endswith("/staff/sign-in/set-up")
    page = fetch(owner, "/staff/sign-in/set-up")
    assert page.select_one(".heard-qr svg") is not None
    secret = page.select_one("code.heard-receipt").get_text().replace(" ", "")
    response = post(owner, "/staff/sign-in/set-up", {"code": totp.code_for(secret)})
    assert response.status_code == 302
    assert owner.get("/staff/").status_code == 200
    with app.app_context():
        stored = db.session.get(User, user.id)
        assert stored.totp_secret and secret not in stored.totp_secret
    assert "second-factor-enrolled" in actions(app)
    # The link worked once; the one who only knew the password still cannot enrol.
    assert app.test_client().get(link).status_code == 404
    assert client.get("/staff/sign-in/set-up").headers["Location"].endswith("/staff/sign-in")


def test_session_is_renewed_at_sign_in_and_revoked_at_sign_out(app, client, worker):
    _org, user, secret = worker
    before = token(client, "/staff/sign-in")
    factories.sign_in(client, user, secret)
    after = token(client, "/staff/")
    assert before != after
    # Keep a copy of the signed-in cookie, as an attacker who stole it would.
    stolen = client.get_cookie("session").value
    post(client, "/staff/sign-out", {}, token_from="/staff/")
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/staff/").status_code == 302
    with app.app_context():
        assert all(record.revoked_at for record in db.session.scalars(select(StaffSession)))


def test_disabling_an_account_ends_its_sessions_at_once(app, client, worker):
    org, user, secret = worker
    factories.sign_in(client, user, secret)
    with app.app_context():
        admin, admin_secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    admin_client = app.test_client()
    factories.sign_in(admin_client, admin, admin_secret)
    response = post(admin_client, f"/staff/team/{user.id}/disable", {}, token_from="/staff/team")
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 302
    assert "membership-disabled" in actions(app)
    again = post(app.test_client(), "/staff/sign-in", {"email": user.email, "password": factories.STAFF_PASSWORD})
    assert again.status_code == 400


def test_invitation_link_works_once(app, client):
    with app.app_context():
        org = factories.organisation("Inviteshire")
        admin, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    factories.sign_in(client, admin, secret)
    page = post(client, "/staff/team", {"email": "Priya@Example.org", "role": "board-member"})
    assert page.status_code == 200
    # The inviter never sees the link outside the demo: it goes to the invited address only.
    assert "/staff/invitation/" not in page.get_data(as_text=True)
    assert "Invitation sent to priya@example.org" in page.get_data(as_text=True)
    link = outbox_link(app, "priya@example.org", "/staff/invitation/")
    newcomer = app.test_client()
    form = newcomer.get(link)
    assert "Join Inviteshire on Heard" in form.get_data(as_text=True)
    short = post(newcomer, link, {"name": "Priya", "password": "short", "confirm": "short"})
    assert "Password must be 12 characters or more" in short.get_data(as_text=True)
    accepted = post(
        newcomer, link, {"name": "Priya", "password": "a long enough passphrase", "confirm": "a long enough passphrase"}
    )
    assert accepted.headers["Location"].endswith("/staff/sign-in/set-up")
    # Opening the emailed link proved the address: the newcomer enrols straight away.
    assert newcomer.get("/staff/sign-in/set-up").status_code == 200
    assert app.test_client().get(link).status_code == 404
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "priya@example.org"))
        assert [membership.role for membership in user.memberships] == [Role.BOARD_MEMBER]


def test_password_reset_never_bypasses_the_second_factor(app, client, worker):
    _org, user, secret = worker
    factories.sign_in(client, user, secret)
    stranger = app.test_client()
    for email in (user.email, "nobody@example.org"):
        page = post(stranger, "/staff/reset-password", {"email": email})
        assert "If there is a Heard account for that address" in page.get_data(as_text=True)
    with app.app_context():
        messages = db.session.scalars(select(OutboxMessage)).all()
        assert len(messages) == 1
        link = re.search(r"https://heard\.example\.org(/staff/reset-password/[\w-]+)", messages[0].body).group(1)
    done = post(stranger, link, {"password": "a brand new passphrase", "confirm": "a brand new passphrase"})
    assert "Your password has been changed" in done.get_data(as_text=True)
    # Nobody is signed in by a reset, and every earlier session has ended.
    assert stranger.get("/staff/").status_code == 302
    assert client.get("/staff/").status_code == 302
    response = post(stranger, "/staff/sign-in", {"email": user.email, "password": "a brand new passphrase"})
    assert response.headers["Location"].endswith("/staff/sign-in/code")
    assert app.test_client().get(link).status_code == 404


def test_sign_in_is_rate_limited(app, client, worker):
    _org, user, _secret = worker
    statuses = [
        post(client, "/staff/sign-in", {"email": user.email, "password": f"guess {n}"}).status_code for n in range(7)
    ]
    assert statuses[:5] == [400] * 5
    assert statuses[-1] == 429
    page = post(client, "/staff/sign-in", {"email": user.email, "password": factories.STAFF_PASSWORD})
    assert page.status_code == 429 and "Too many tries" in page.get_data(as_text=True)


def test_platform_admin_creates_an_organisation_with_its_first_admin(app, client):
    with app.app_context():
        admin, secret = factories.staff(None, platform_admin=True)
    factories.sign_in(client, admin, secret)
    page = post(client, "/staff/organisations", {"name": "Riverside Council", "admin_email": "dpo@riverside.example"})
    assert page.status_code == 200
    assert "Riverside Council" in page.get_data(as_text=True)
    assert "/staff/invitation/" not in page.get_data(as_text=True)
    assert outbox_link(app, "dpo@riverside.example", "/staff/invitation/")


def test_someone_in_two_councils_switches_between_them(app, client):
    with app.app_context():
        first, second = factories.organisation("Aardvark Council"), factories.organisation("Zebra Council")
        user, secret = factories.staff(first, Role.PARTICIPATION_WORKER)
        from participation.accounts.models import Membership

        db.session.add(Membership(user_id=user.id, organisation_id=second.id, role=Role.BOARD_MEMBER))
        db.session.commit()
        theirs = factories.consultation(second, code="zebra")
    factories.sign_in(client, user, secret)
    assert client.get(f"/staff/consultations/{theirs.id}").status_code == 404
    page = client.get("/staff/").get_data(as_text=True)
    assert "Switch to Zebra Council" in page
    switched = post(client, f"/staff/organisation/{second.id}", {}, token_from="/staff/")
    assert switched.status_code == 302
    assert client.get(f"/staff/consultations/{theirs.id}").status_code == 200
    # As a board member there, building is refused.
    assert client.get("/staff/consultations/new").status_code == 403
    with app.app_context():
        stranger = factories.organisation("Elsewhere")
    assert post(client, f"/staff/organisation/{stranger.id}", {}, token_from="/staff/").status_code == 404


def test_the_audit_log_and_the_team_tell_apart_two_people_with_one_name(app, client):
    """Two accounts both called "Sam Worker" (the factory's name): the audit log showed only the name, so an admin
    could not tell which of them signed in or exported; the team page's Disable buttons had one accessible name."""
    from bs4 import BeautifulSoup

    with app.app_context():
        org = factories.organisation("Eastshire")
        admin, secret = factories.staff(org, Role.ORGANISATION_ADMIN, email="admin@east.example")
        first, first_secret = factories.staff(org, Role.PARTICIPATION_WORKER, email="first@east.example")
        second, second_secret = factories.staff(org, Role.BOARD_MEMBER, email="second@east.example")
        stranger, _secret = factories.staff(factories.organisation("Westshire"), Role.BOARD_MEMBER)
        from participation.audit import services as audit

        audit.record("test-event", organisation_id=org.id, user_id=stranger.id, subject="x")
        db.session.commit()
        stranger_email = stranger.email
    for user, user_secret in ((first, first_secret), (second, second_secret)):
        factories.sign_in(app.test_client(), user, user_secret)
    factories.sign_in(client, admin, secret)
    page = BeautifulSoup(client.get("/staff/audit").get_data(as_text=True), "html.parser")
    who = {cell.get_text(" ", strip=True) for cell in page.select(".heard-audit-who")}
    assert "Sam Worker first@east.example Participation worker" in who
    assert "Sam Worker second@east.example Board member" in who
    # Someone who is no member here is named, never given away.
    assert stranger_email not in page.get_text()
    team = BeautifulSoup(client.get("/staff/team").get_data(as_text=True), "html.parser")
    buttons = {button.get_text(" ", strip=True) for button in team.select("form button")}
    assert {"Disable Sam Worker (first@east.example)", "Disable Sam Worker (second@east.example)"} <= buttons
