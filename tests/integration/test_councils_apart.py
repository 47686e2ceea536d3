"""Councils are kept apart (TRUST.md, "Invariants across features"): an account joins a council only by its own
act, signed in; disabling acts on one membership; only a platform admin locks an account everywhere; emailed links
use the configured base URL and reach the invited address only."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from participation.accounts.models import Membership, PasswordReset, Role, User
from participation.audit.models import AuditEvent
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from tests import factories
from tests.pages import fetch


def token(client, url: str) -> str:
    page = fetch(client, url, follow_redirects=True)
    return str(page.find("input", {"name": "csrf_token"})["value"])


def post(client, url: str, data: dict | None = None, token_from: str | None = None):
    return client.post(url, data={**(data or {}), "csrf_token": token(client, token_from or url)})


def emailed_link(app, to: str, path: str) -> str:
    with app.app_context():
        bodies = [
            message.body
            for message in db.session.scalars(
                select(OutboxMessage).where(OutboxMessage.to == to).order_by(OutboxMessage.created_at)
            )
        ]
    found = [re.search(rf"https://heard\.example\.org({re.escape(path)}[\w-]+)", body) for body in bodies]
    found = [match.group(1) for match in found if match]
    assert found, f"no {path} link emailed to {to}"
    return found[-1]


def sign_in(app, client, user, secret) -> None:
    """Sign in, even if this person already used the current 30-second authenticator code in this test."""
    with app.app_context():
        db.session.get(User, user.id).totp_last_step = None
        db.session.commit()
    factories.sign_in(client, user, secret)


def audit_actions(app, organisation_id) -> list[str]:
    with app.app_context():
        return [
            event.action
            for event in db.session.scalars(
                select(AuditEvent).where(AuditEvent.organisation_id == organisation_id).order_by(AuditEvent.at)
            )
        ]


def live_roles(app, user_id, organisation_id) -> set[Role]:
    with app.app_context():
        return {
            membership.role
            for membership in db.session.scalars(
                select(Membership).where(
                    Membership.user_id == user_id,
                    Membership.organisation_id == organisation_id,
                    Membership.disabled_at.is_(None),
                )
            )
        }


@pytest.fixture()
def two_councils(app):
    """Northshire's board member, and Southvale's admin who would like them."""
    with app.app_context():
        north, south = factories.organisation("Northshire Council"), factories.organisation("Southvale Council")
        board, board_secret = factories.staff(north, Role.BOARD_MEMBER, email="board@northshire.example")
        north_admin, north_secret = factories.staff(north, Role.ORGANISATION_ADMIN)
        south_admin, south_secret = factories.staff(south, Role.ORGANISATION_ADMIN)
        return {
            "north": north,
            "south": south,
            "board": (board, board_secret),
            "north_admin": (north_admin, north_secret),
            "south_admin": (south_admin, south_secret),
        }


def invite_board_member_to_south(app, councils) -> str:
    admin = app.test_client()
    sign_in(app, admin, *councils["south_admin"])
    page = post(admin, "/staff/team", {"email": "board@northshire.example", "role": "participation-worker"})
    assert page.status_code == 200
    assert "/staff/invitation/" not in page.get_data(as_text=True)
    return emailed_link(app, "board@northshire.example", "/staff/invitation/")


def test_a_signed_out_visitor_cannot_make_an_existing_account_join_another_council(app, two_councils):
    link = invite_board_member_to_south(app, two_councils)
    board, _secret = two_councils["board"]
    visitor = app.test_client()
    page = visitor.get(link)
    assert page.status_code == 200
    assert "Sign in to accept" in page.get_data(as_text=True)
    # Posting only the CSRF token, as the outside test did, changes nothing.
    attempt = visitor.post(link, data={"csrf_token": token(visitor, "/staff/sign-in")})
    assert attempt.status_code == 200
    assert live_roles(app, board.id, two_councils["south"].id) == set()


def test_another_signed_in_account_cannot_accept_someone_elses_invitation(app, two_councils):
    link = invite_board_member_to_south(app, two_councils)
    board, _secret = two_councils["board"]
    other = app.test_client()
    sign_in(app, other, *two_councils["north_admin"])
    page = other.get(link)
    assert page.status_code == 403
    assert "You are signed in as another account" in page.get_data(as_text=True)
    assert other.post(link, data={"csrf_token": token(other, "/staff/")}).status_code == 403
    assert live_roles(app, board.id, two_councils["south"].id) == set()


def test_the_owner_joins_by_signing_in_and_both_councils_audit_it(app, two_councils):
    link = invite_board_member_to_south(app, two_councils)
    board, secret = two_councils["board"]
    north, south = two_councils["north"], two_councils["south"]
    assert "member-invited-by-another-organisation" in audit_actions(app, north.id)
    owner = app.test_client()
    assert "Sign in to accept" in owner.get(link).get_data(as_text=True)
    sign_in(app, owner, board, secret)
    # Signing in brings the owner back to the invitation, without the token in any URL they were sent to.
    page = owner.get(link)
    assert "Accept the invitation" in page.get_data(as_text=True)
    accepted = post(owner, link)
    assert accepted.status_code == 302
    assert live_roles(app, board.id, south.id) == {Role.PARTICIPATION_WORKER}
    assert live_roles(app, board.id, north.id) == {Role.BOARD_MEMBER}
    assert "invitation-accepted" in audit_actions(app, south.id)
    assert "member-joined-another-organisation" in audit_actions(app, north.id)
    assert app.test_client().get(link).status_code == 404


def test_disabling_acts_on_one_membership_only(app, two_councils):
    link = invite_board_member_to_south(app, two_councils)
    board, secret = two_councils["board"]
    north, south = two_councils["north"], two_councils["south"]
    owner = app.test_client()
    owner.get(link)
    sign_in(app, owner, board, secret)
    post(owner, link)
    # Northshire removes its board member; Southvale's "enable" must not undo that.
    north_admin = app.test_client()
    sign_in(app, north_admin, *two_councils["north_admin"])
    assert post(north_admin, f"/staff/team/{board.id}/disable", token_from="/staff/team").status_code == 302
    south_admin = app.test_client()
    sign_in(app, south_admin, *two_councils["south_admin"])
    assert post(south_admin, f"/staff/team/{board.id}/enable", token_from="/staff/team").status_code == 302
    assert live_roles(app, board.id, north.id) == set()
    assert live_roles(app, board.id, south.id) == {Role.PARTICIPATION_WORKER}
    # Southvale disabling them does not lock them out of Northshire once Northshire takes them back.
    post(north_admin, f"/staff/team/{board.id}/enable", token_from="/staff/team")
    north_session = app.test_client()
    sign_in(app, north_session, board, secret)
    assert post(south_admin, f"/staff/team/{board.id}/disable", token_from="/staff/team").status_code == 302
    assert live_roles(app, board.id, north.id) == {Role.BOARD_MEMBER}
    assert north_session.get("/staff/").status_code == 200
    with app.app_context():
        assert db.session.get(User, board.id).disabled_at is None
    assert "membership-disabled" in audit_actions(app, south.id)
    assert audit_actions(app, north.id).count("membership-disabled") == 1


def test_disabled_in_every_council_means_no_sign_in(app, two_councils):
    board, secret = two_councils["board"]
    north_admin = app.test_client()
    sign_in(app, north_admin, *two_councils["north_admin"])
    post(north_admin, f"/staff/team/{board.id}/disable", token_from="/staff/team")
    refused = post(app.test_client(), "/staff/sign-in", {"email": board.email, "password": factories.STAFF_PASSWORD})
    assert refused.status_code == 400


def test_only_a_platform_admin_locks_an_account_everywhere(app, two_councils):
    board, secret = two_councils["board"]
    admin = app.test_client()
    sign_in(app, admin, *two_councils["north_admin"])
    refused = admin.post(f"/staff/accounts/{board.id}/lock", data={"csrf_token": token(admin, "/staff/")})
    assert refused.status_code == 403
    with app.app_context():
        assert db.session.get(User, board.id).disabled_at is None
        platform, platform_secret = factories.staff(None, platform_admin=True)
    signed_in = app.test_client()
    sign_in(app, signed_in, board, secret)
    operator = app.test_client()
    sign_in(app, operator, platform, platform_secret)
    listing = operator.get("/staff/accounts")
    assert "board@northshire.example" in listing.get_data(as_text=True)
    assert post(operator, f"/staff/accounts/{board.id}/lock", token_from="/staff/accounts").status_code == 302
    assert signed_in.get("/staff/").status_code == 302
    assert "account-locked-by-platform" in audit_actions(app, two_councils["north"].id)
    assert (
        post(
            app.test_client(), "/staff/sign-in", {"email": board.email, "password": factories.STAFF_PASSWORD}
        ).status_code
        == 400
    )


def test_accepting_as_a_new_user_without_mfa_signs_in(app, client, monkeypatch):
    """The demo (REQUIRE_MFA=0) answered 500: a membership not yet flushed had no created_at to sort by."""
    monkeypatch.setitem(app.config, "REQUIRE_MFA", False)
    with app.app_context():
        org = factories.organisation("Demoshire")
        admin, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    sign_in(app, client, admin, secret)
    post(client, "/staff/team", {"email": "new.worker@demoshire.example", "role": "participation-worker"})
    link = emailed_link(app, "new.worker@demoshire.example", "/staff/invitation/")
    newcomer = app.test_client()
    accepted = post(
        newcomer, link, {"name": "Nell", "password": "a long enough passphrase", "confirm": "a long enough passphrase"}
    )
    assert accepted.status_code == 302
    assert newcomer.get("/staff/").status_code == 200


def test_the_demo_alone_shows_the_invitation_link(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "HEARD_DEMO", True)
    with app.app_context():
        org = factories.organisation("Demoshire")
        admin, secret = factories.staff(org, Role.ORGANISATION_ADMIN)
    sign_in(app, client, admin, secret)
    page = post(client, "/staff/team", {"email": "shown@demoshire.example", "role": "board-member"})
    assert "https://heard.example.org/staff/invitation/" in page.get_data(as_text=True)
    assert "Demo only" in page.get_data(as_text=True)


def test_links_in_emails_use_the_base_url_and_other_hosts_are_refused(app, two_councils):
    board, _secret = two_councils["board"]
    evil = app.test_client()
    response = evil.post("/staff/reset-password", base_url="http://evil.example", data={"email": board.email})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(OutboxMessage)) is None
    post(app.test_client(), "/staff/reset-password", {"email": board.email})
    assert emailed_link(app, board.email, "/staff/reset-password/")


def test_a_newer_reset_link_retires_older_ones_and_a_new_password_retires_all(app, two_councils):
    board, _secret = two_councils["board"]
    client = app.test_client()
    post(client, "/staff/reset-password", {"email": board.email})
    first = emailed_link(app, board.email, "/staff/reset-password/")
    post(client, "/staff/reset-password", {"email": board.email})
    second = emailed_link(app, board.email, "/staff/reset-password/")
    assert first != second
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200
    done = post(client, second, {"password": "a brand new passphrase", "confirm": "a brand new passphrase"})
    assert "Your password has been changed" in done.get_data(as_text=True)
    with app.app_context():
        assert all(
            link.used_at is not None
            for link in db.session.scalars(select(PasswordReset).where(PasswordReset.user_id == board.id))
        )


def test_platform_routes_refuse_every_organisations_staff(app, two_councils):
    """Every route only a platform admin may use refuses each role of an organisation, whatever id is sent."""
    from tests.integration.test_isolation import PLATFORM_ROUTES

    board, _secret = two_councils["board"]
    with app.app_context():
        org = two_councils["north"]
        members = [factories.staff(org, role) for role in Role]
    urls = {"accounts.lock_account": [f"/staff/accounts/{board.id}/lock", f"/staff/accounts/{board.id}/unlock"]}
    assert set(urls) == set(PLATFORM_ROUTES)
    for user, secret in members:
        client = app.test_client()
        sign_in(app, client, user, secret)
        for url in [url for group in urls.values() for url in group] + ["/staff/accounts"]:
            response = (
                client.post(url, data={"csrf_token": token(client, "/staff/")}) if "lock" in url else client.get(url)
            )
            assert response.status_code == 403, (user.email, url)
    with app.app_context():
        assert db.session.get(User, board.id).disabled_at is None


def test_an_older_invitation_cannot_undo_a_councils_disabling(app, two_councils):
    """Found from outside: disabled in Southvale, the person accepted a second invitation sent earlier and was back,
    with the role the disabling had taken away."""
    board, secret = two_councils["board"]
    south = two_councils["south"]
    admin = app.test_client()
    sign_in(app, admin, *two_councils["south_admin"])
    post(admin, "/staff/team", {"email": board.email, "role": "organisation-admin"})
    first = emailed_link(app, board.email, "/staff/invitation/")
    post(admin, "/staff/team", {"email": board.email, "role": "safeguarding-lead"})
    second = emailed_link(app, board.email, "/staff/invitation/")
    assert first != second
    owner = app.test_client()
    owner.get(first)
    sign_in(app, owner, board, secret)
    post(owner, first)
    assert live_roles(app, board.id, south.id) == {Role.ORGANISATION_ADMIN}
    assert post(admin, f"/staff/team/{board.id}/disable", token_from="/staff/team").status_code == 302
    # Disabling withdrew the other open invitation: it no longer works at all.
    assert owner.get(second).status_code == 404
    assert live_roles(app, board.id, south.id) == set()
    # And an invitation sent after the disabling cannot be used to come back either.
    post(admin, "/staff/team", {"email": board.email, "role": "board-member"})
    third = emailed_link(app, board.email, "/staff/invitation/")
    # Disabling ended the session they had in Southvale; they sign in again (still a Northshire member).
    assert owner.get("/staff/").status_code == 302
    sign_in(app, owner, board, secret)
    page = owner.get(third)
    assert page.status_code == 403 and "has been turned off by its admin" in page.get_data(as_text=True)
    assert owner.post(third, data={"csrf_token": token(owner, "/staff/")}).status_code == 403
    assert live_roles(app, board.id, south.id) == set()


def test_an_admin_withdraws_an_invitation_before_it_is_used(app, two_councils):
    admin = app.test_client()
    sign_in(app, admin, *two_councils["south_admin"])
    post(admin, "/staff/team", {"email": "wrong.person@example.org", "role": "organisation-admin"})
    link = emailed_link(app, "wrong.person@example.org", "/staff/invitation/")
    with app.app_context():
        from participation.accounts.models import Invitation

        invitation = db.session.scalar(select(Invitation).where(Invitation.email == "wrong.person@example.org"))
    team = admin.get("/staff/team").get_data(as_text=True)
    assert "wrong.person@example.org" in team and "Withdraw" in team
    done = post(admin, f"/staff/team/invitations/{invitation.id}/withdraw", token_from="/staff/team")
    assert done.status_code == 302
    assert app.test_client().get(link).status_code == 404
    assert "Invitations not yet accepted" not in admin.get("/staff/team").get_data(as_text=True)
    assert "invitation-withdrawn" in audit_actions(app, two_councils["south"].id)
