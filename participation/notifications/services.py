"""Sending messages. The sender is chosen by HEARD_MAIL_SENDER (a dotted path to a callable); the default keeps
messages in the outbox table, where a platform admin can read them and a relay job can send them."""

from __future__ import annotations

import uuid
from importlib import import_module
from typing import Protocol

from flask import current_app

from participation.extensions import db
from participation.notifications.models import OutboxMessage


class Sender(Protocol):
    def __call__(self, *, to: str, subject: str, body: str, kind: str,
                 organisation_id: uuid.UUID | None) -> None: ...


def outbox_sender(*, to: str, subject: str, body: str, kind: str, organisation_id: uuid.UUID | None) -> None:
    db.session.add(OutboxMessage(to=to, subject=subject, body=body, kind=kind, organisation_id=organisation_id))


def send(*, to: str, subject: str, body: str, kind: str, organisation_id: uuid.UUID | None = None) -> None:
    path = current_app.config.get("HEARD_MAIL_SENDER") or "participation.notifications.services:outbox_sender"
    module, _, name = path.partition(":")
    sender: Sender = getattr(import_module(module), name)
    sender(to=to, subject=subject, body=body, kind=kind, organisation_id=organisation_id)
