"""The outbox relay: emails reach the address they are for through the council's SMTP server, and a sent message
no longer holds its body (a one-time link must not stay readable in the database)."""

from __future__ import annotations

import smtplib

from sqlalchemy import select

from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.notifications.services import send


class FakeSMTP:
    sent: list = []
    fail_for: set = set()

    def __init__(self, host: str, port: int, timeout: int) -> None:
        self.host, self.port = host, port

    def __enter__(self) -> FakeSMTP:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def starttls(self, context: object) -> None:
        self.tls = True

    def login(self, user: str, password: str) -> None:
        self.user = user

    def send_message(self, message) -> None:
        if message["To"] in self.fail_for:
            raise smtplib.SMTPRecipientsRefused({message["To"]: (550, b"no")})
        FakeSMTP.sent.append((message["To"], message["Subject"], message.get_content()))


def test_relay_sends_each_message_to_its_address_and_forgets_the_body(app, monkeypatch):
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    FakeSMTP.sent, FakeSMTP.fail_for = [], {"bounce@example.org"}
    monkeypatch.setitem(app.config, "HEARD_SMTP_HOST", "mail.council.example")
    with app.test_request_context():
        send(
            to="priya@example.org",
            subject="Invitation",
            body="Use https://heard.example.org/staff/invitation/T1",
            kind="invitation",
        )
        send(
            to="bounce@example.org",
            subject="Reset",
            body="Use https://heard.example.org/staff/reset-password/T2",
            kind="password-reset",
        )
        db.session.commit()
    result = app.test_cli_runner().invoke(args=["mail", "relay"])
    assert result.exit_code == 0, result.output
    assert "Sent 1 message(s); 1 could not be sent" in result.output
    assert FakeSMTP.sent == [("priya@example.org", "Invitation", "Use https://heard.example.org/staff/invitation/T1\n")]
    with app.app_context():
        stored = {message.to: message for message in db.session.scalars(select(OutboxMessage))}
        assert stored["priya@example.org"].sent_at is not None and stored["priya@example.org"].body == ""
        assert stored["bounce@example.org"].sent_at is None and "T2" in stored["bounce@example.org"].body


def test_relay_without_a_mail_server_says_what_to_set(app):
    result = app.test_cli_runner().invoke(args=["mail", "relay"])
    assert result.exit_code != 0
    assert "Set HEARD_SMTP_HOST" in result.output
