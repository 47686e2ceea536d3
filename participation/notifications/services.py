"""Sending messages. The sender is chosen by HEARD_MAIL_SENDER (a dotted path to a callable); the default keeps
messages in the outbox table, and ``flask --app wsgi mail relay`` (run every minute by cron or a timer) sends them
by SMTP to the address they are for, and only there, then forgets their bodies."""

from __future__ import annotations

import logging
import smtplib
import ssl
import uuid
from email.message import EmailMessage
from importlib import import_module
from typing import Protocol

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from participation.db import utcnow
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.ops.one_machine import one_at_a_time

log = logging.getLogger(__name__)


class Sender(Protocol):
    def __call__(self, *, to: str, subject: str, body: str, kind: str, organisation_id: uuid.UUID | None) -> None: ...


def outbox_sender(*, to: str, subject: str, body: str, kind: str, organisation_id: uuid.UUID | None) -> None:
    db.session.add(OutboxMessage(to=to, subject=subject, body=body, kind=kind, organisation_id=organisation_id))


def send(*, to: str, subject: str, body: str, kind: str, organisation_id: uuid.UUID | None = None) -> None:
    path = current_app.config.get("HEARD_MAIL_SENDER") or "participation.notifications.services:outbox_sender"
    module, _, name = path.partition(":")
    sender: Sender = getattr(import_module(module), name)
    sender(to=to, subject=subject, body=body, kind=kind, organisation_id=organisation_id)


def relay(limit: int = 200) -> tuple[int, int]:
    """Send waiting outbox messages by SMTP (HEARD_SMTP_*), oldest first; returns (sent, failed). A sent message
    keeps its address, kind and time but not its body, which may hold a one-time link."""
    settings = current_app.config
    waiting = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.sent_at.is_(None)).order_by(OutboxMessage.created_at).limit(limit)
    ).all()
    if not waiting:
        return 0, 0
    sent = failed = 0
    with smtplib.SMTP(settings["HEARD_SMTP_HOST"], settings["HEARD_SMTP_PORT"], timeout=30) as connection:
        if settings["HEARD_SMTP_STARTTLS"]:
            connection.starttls(context=ssl.create_default_context())
        if settings["HEARD_SMTP_USERNAME"]:
            connection.login(settings["HEARD_SMTP_USERNAME"], settings["HEARD_SMTP_PASSWORD"])
        for message in waiting:
            email = EmailMessage()
            email["From"] = settings["HEARD_MAIL_FROM"]
            email["To"] = message.to
            email["Subject"] = message.subject
            email.set_content(message.body)
            try:
                connection.send_message(email)
            except smtplib.SMTPException:
                log.warning("Could not send a %s message; it stays in the outbox", message.kind)
                failed += 1
                continue
            message.sent_at = utcnow()
            message.body = ""
            sent += 1
    db.session.flush()
    return sent, failed


mail_cli = AppGroup("mail", help="Send the emails Heard has written (invitations, resets, safeguarding alerts).")


@mail_cli.command("relay")
@one_at_a_time("mail relay")
@click.option("--limit", default=200, show_default=True, help="Most messages to send in one run.")
def relay_command(limit: int) -> None:
    """Send waiting outbox messages through the SMTP server named by HEARD_SMTP_HOST."""
    if not current_app.config["HEARD_SMTP_HOST"]:
        raise click.UsageError("Set HEARD_SMTP_HOST (and HEARD_MAIL_FROM) to the council's mail server first.")
    try:
        sent, failed = relay(limit)
    except (OSError, smtplib.SMTPException) as error:
        db.session.rollback()
        raise click.ClickException(f"Could not reach the mail server: {error.__class__.__name__}") from error
    db.session.commit()
    click.echo(f"Sent {sent} message(s); {failed} could not be sent and stay in the outbox.")
