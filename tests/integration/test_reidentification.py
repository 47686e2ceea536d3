"""Two-person re-identification (TRUST.md): a safeguarding lead asks with a reason, a second person approves, the
person who asked sees the identifier for a limited time, and every step is audited. Impossible for anonymous
answers; honest when the identifier was never kept. The vault key can be rotated without losing anything."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import select, text

from participation.accounts.models import Role
from participation.analysis.models import SafeguardingCase
from participation.audit.models import AuditEvent
from participation.db import utcnow
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.organisations.models import Organisation
from participation.privacy.models import ReidentificationRequest, RequestStatus, VaultEntry
from tests import factories
from tests.console import Console
from tests.integration.test_distribution import complete, make_codes
from tests.journey import Journey

DISCLOSURE = "my step dad hits me when mum is at work"


@pytest.fixture()
def people(app):
    with app.app_context():
        org = factories.organisation("Vaultshire")
        org.identity_vault = True
        consultation = factories.consultation(org, code="vault")
        people = {
            "worker": factories.staff(org, Role.PARTICIPATION_WORKER),
            "lead": factories.staff(org, Role.SAFEGUARDING_LEAD, email="lead@vault.example"),
            "second": factories.staff(org, Role.SAFEGUARDING_LEAD, email="second@vault.example"),
            "admin": factories.staff(org, Role.ORGANISATION_ADMIN, email="admin@vault.example"),
        }
        db.session.commit()
    return consultation, people


def console_for(app, user_and_secret) -> Console:
    client = app.test_client()
    factories.sign_in(client, *user_and_secret)
    return Console(client)


def disclose_through_personal_code(
    app, consultation, worker: Console, identifiers="CASE-KESTREL\nCASE-OSPREY\n"
) -> None:
    page = make_codes(worker, consultation, identifiers=identifiers, band="12-17")
    code = [card.get_text(strip=True) for card in page.select(".heard-card__code")][1]
    journey = Journey(app.test_client(), consultation.code)
    journey.get(f"/i/{code}")
    journey.submit_current()
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": DISCLOSURE})
    complete(journey)


def disclose_anonymously(app, consultation) -> None:
    journey = Journey(app.test_client(), consultation.code)
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": DISCLOSURE})
    complete(journey)


def the_case(app) -> SafeguardingCase:
    with app.app_context():
        return db.session.scalar(select(SafeguardingCase))


def test_the_whole_route_needs_two_people_and_is_audited(app, people):
    consultation, staff = people
    disclose_through_personal_code(app, consultation, console_for(app, staff["worker"]))
    case = the_case(app)
    with app.app_context():
        # The vault holds the identifiers encrypted: nowhere in the database in the clear.
        assert db.session.scalar(select(VaultEntry).where(VaultEntry.consultation_id == consultation.id))
        for table in ("vault_entry", "invite_code", "response", "audit_event"):
            dump = " ".join(str(row) for row in db.session.execute(text(f"SELECT * FROM {table}")))
            assert "OSPREY" not in dump.upper() and "KESTREL" not in dump.upper(), table

    lead = console_for(app, staff["lead"])
    page = lead.get(f"/staff/safeguarding/{case.id}")
    assert "can be linked to a person" in page.get_text()
    # A reason is required, and nothing typed is lost.
    page = lead.submit({"reason": "   "}, form_index=0)
    assert lead.response.status_code == 400 and "Write why you need to know who wrote it" in page.get_text()
    page = lead.submit({"reason": "Disclosure of physical harm at home; need to visit today"}, form_index=0)
    assert "Waiting for a second person" in page.get_text()
    request_url = lead.response.request.path
    with app.app_context():
        request = db.session.scalar(select(ReidentificationRequest))
        assert request.status == RequestStatus.PENDING
        told = {
            m.to
            for m in db.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "reidentification-request"))
        }
        assert told == {"second@vault.example", "admin@vault.example"}
        for message in db.session.scalars(select(OutboxMessage)):
            assert "OSPREY" not in message.body and DISCLOSURE not in message.body and "visit today" not in message.body

    # The person who asked cannot approve their own request, nor see anything before approval.
    page = lead.post(request_url, {"decision": "approve", "note": "self"})
    assert lead.response.status_code == 400 and "someone else must decide" in page.get_text()
    with app.app_context():
        assert db.session.get(ReidentificationRequest, request.id).status == RequestStatus.PENDING
    page = lead.post(f"{request_url}/reveal", {})
    assert lead.response.status_code == 400 and "has not been approved" in page.get_text()

    second = console_for(app, staff["second"])
    queue = second.get("/staff/safeguarding/")
    assert "1 request to find out who wrote an answer is waiting for a decision" in queue.get_text()
    page = second.get(request_url)
    assert "need to visit today" in page.get_text() and "OSPREY" not in page.get_text()
    page = second.submit({"decision": "approve", "note": ""})
    assert second.response.status_code == 400 and "Write why you decided this" in page.get_text()
    second.submit({"decision": "approve", "note": "Agreed: immediate risk"})
    # The approver cannot see it either: only the person who asked.
    page = second.post(f"{request_url}/reveal", {})
    assert "Only the person who asked can see who wrote it" in page.get_text() and "OSPREY" not in page.get_text()

    page = lead.get(request_url)
    assert "OSPREY" not in page.get_text()  # never on a plain GET
    page = lead.submit({})
    assert "CASE-OSPREY" in page.select_one(".heard-reveal").get_text()
    with app.app_context():
        actions = [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.at))]
        for action in ("reidentification-requested", "reidentification-approved", "reidentification-revealed"):
            assert action in actions
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action.like("reidentification-%"))).all()
        assert all("OSPREY" not in json.dumps(event.detail) for event in events)
        # The window closes.
        db.session.get(ReidentificationRequest, request.id).reveal_until = utcnow() - timedelta(minutes=1)
        db.session.commit()
    page = lead.post(f"{request_url}/reveal", {})
    assert "The approval has run out" in page.get_text() and "OSPREY" not in page.get_text()


def test_a_refused_request_shows_nothing(app, people):
    consultation, staff = people
    disclose_through_personal_code(app, consultation, console_for(app, staff["worker"]))
    case = the_case(app)
    lead = console_for(app, staff["lead"])
    lead.get(f"/staff/safeguarding/{case.id}")
    lead.submit({"reason": "Want to check on them"}, form_index=0)
    request_url = lead.response.request.path
    admin = console_for(app, staff["admin"])
    admin.get(request_url)
    admin.submit({"decision": "refuse", "note": "Offer help through the home's manager instead"})
    page = lead.get(request_url)
    assert "Refused" in page.get_text() and "Offer help through the home" in page.get_text()
    page = lead.post(f"{request_url}/reveal", {})
    assert "OSPREY" not in page.get_text()
    with app.app_context():
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "reidentification-refused"))


def test_anonymous_answers_cannot_be_traced_and_the_page_says_so(app, people):
    consultation, staff = people
    disclose_anonymously(app, consultation)
    case = the_case(app)
    lead = console_for(app, staff["lead"])
    page = lead.get(f"/staff/safeguarding/{case.id}")
    assert "nobody can find out from Heard" in page.get_text()
    assert page.find("form", action=f"/staff/safeguarding/{case.id}/identify") is None
    page = lead.post(f"/staff/safeguarding/{case.id}/identify", {"reason": "try anyway"})
    assert lead.response.status_code == 400 and "cannot be linked to a person" in page.get_text()
    with app.app_context():
        assert db.session.scalar(select(ReidentificationRequest)) is None


def test_without_the_vault_a_personal_code_cannot_be_traced_either(app, people):
    consultation, staff = people
    with app.app_context():
        db.session.get(Organisation, consultation.organisation_id).identity_vault = False
        db.session.commit()
    disclose_through_personal_code(app, consultation, console_for(app, staff["worker"]))
    with app.app_context():
        assert db.session.scalar(select(VaultEntry)) is None
    case = the_case(app)
    page = console_for(app, staff["lead"]).get(f"/staff/safeguarding/{case.id}")
    assert "did not keep the identifiers" in page.get_text()


def test_only_leads_ask_and_other_organisations_get_404(app, people):
    consultation, staff = people
    worker = console_for(app, staff["worker"])
    disclose_through_personal_code(app, consultation, worker)
    case = the_case(app)
    admin = console_for(app, staff["admin"])
    page = admin.get(f"/staff/safeguarding/{case.id}")
    assert "Only a safeguarding lead can ask" in page.get_text()
    assert admin.post(f"/staff/safeguarding/{case.id}/identify", {"reason": "x"}) is not None
    assert admin.response.status_code == 403
    lead = console_for(app, staff["lead"])
    lead.get(f"/staff/safeguarding/{case.id}")
    lead.submit({"reason": "Immediate risk"}, form_index=0)
    request_url = lead.response.request.path
    with app.app_context():
        other = factories.organisation("Elsewhere")
        outsider = factories.staff(other, Role.SAFEGUARDING_LEAD)
    stranger = console_for(app, outsider)
    assert stranger.client.get(request_url).status_code == 404
    assert stranger.client.get(f"/staff/safeguarding/{case.id}").status_code == 404
    assert worker.client.get(request_url).status_code == 403


def test_the_admin_switches_the_vault_and_it_is_audited(app, people):
    consultation, staff = people
    admin = console_for(app, staff["admin"])
    page = admin.get("/staff/settings")
    assert page.select_one("input[name=identity_vault][value=yes]").has_attr("checked")
    page = admin.submit({"identity_vault": "maybe"})
    assert admin.response.status_code == 400 and "Select whether to keep identifiers" in page.get_text()
    assert page.select_one("input[name=compare_opt_in][value=no]").has_attr("checked")
    admin.submit({"identity_vault": "no", "compare_opt_in": "yes"})
    with app.app_context():
        organisation = db.session.get(Organisation, consultation.organisation_id)
        assert not organisation.identity_vault and organisation.compare_opt_in
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "identity-vault-switched-off"))
        assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "comparison-switched-on"))
    worker = console_for(app, staff["worker"])
    page = worker.get(f"/staff/consultations/{consultation.id}/invites")
    assert "does not keep identifiers" in page.get_text()
    assert worker.client.get("/staff/settings").status_code == 403


def test_rotating_the_vault_key_keeps_every_identifier(app, people, runner, tmp_path, monkeypatch):

    from participation.privacy import vault

    consultation, staff = people
    make_codes(console_for(app, staff["worker"]), consultation, identifiers="CASE-1\nCASE-2\n")
    old = app.config["VAULT_KEY"]
    (tmp_path / "secrets.json").write_text(json.dumps({"VAULT_KEY": old, "OTHER": "kept"}), encoding="utf-8")
    monkeypatch.setattr(app, "instance_path", str(tmp_path))
    monkeypatch.setitem(app.config, "VAULT_KEY", old)
    result = runner.invoke(args=["keys", "rotate", "vault"])
    assert result.exit_code == 0, result.output
    assert "Re-encrypted 2 values" in result.output
    stored = json.loads((tmp_path / "secrets.json").read_text(encoding="utf-8"))
    assert stored["VAULT_KEY"] != old and "," not in stored["VAULT_KEY"] and stored["OTHER"] == "kept"
    assert (tmp_path / "secrets.json").stat().st_mode & 0o777 == 0o600
    with app.app_context():
        entries = db.session.scalars(select(VaultEntry)).all()
        assert sorted(vault.open_entry(entry) for entry in entries) == ["CASE-1", "CASE-2"]
        # The old key alone no longer opens anything.
        for entry in entries:
            with pytest.raises(InvalidToken):
                Fernet(old.encode()).decrypt(entry.identifier_encrypted.encode())


def test_rotation_with_keys_in_the_environment(app, people, runner, monkeypatch):

    from participation.privacy import vault

    consultation, staff = people
    make_codes(console_for(app, staff["worker"]), consultation, identifiers="CASE-7\n")
    old = app.config["VAULT_KEY"]
    monkeypatch.setenv("HEARD_VAULT_KEY", old)
    result = runner.invoke(args=["keys", "rotate", "vault"])
    assert result.exit_code != 0 and "keys new" in result.output
    new = Fernet.generate_key().decode()
    monkeypatch.setenv("HEARD_VAULT_KEY", f"{new},{old}")
    monkeypatch.setitem(app.config, "VAULT_KEY", f"{new},{old}")
    result = runner.invoke(args=["keys", "rotate", "vault"])
    assert result.exit_code == 0 and "Re-encrypted 1 values" in result.output
    monkeypatch.setitem(app.config, "VAULT_KEY", new)
    with app.app_context():
        assert vault.open_entry(db.session.scalar(select(VaultEntry))) == "CASE-7"
