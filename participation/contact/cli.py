"""``flask --app wsgi contact ...``: escalating requests for an advocate or a call back left unacknowledged."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from participation.contact import services
from participation.extensions import db
from participation.ops.one_machine import one_at_a_time

contact_cli = AppGroup("contact", help="Requests from young people for an advocate or a call back.")


@contact_cli.command("escalate")
@one_at_a_time("contact request escalation")
def escalate() -> None:
    """Tell the role each organisation names (or its admins) about every request for an advocate or a call back
    still unacknowledged after the organisation's working days. The email never says who asked or how to reach them.

    Run it often (for example hourly from cron or a systemd timer); each request is escalated once.
    """
    escalated = services.escalate()
    db.session.commit()
    click.echo(f"Escalated {len(escalated)} contact request(s).")


@contact_cli.command("purge")
@one_at_a_time("contact request purge")
def purge() -> None:
    """Forget the contact details and notes of requests closed more than a year ago (the request's kind and days
    stay, for the board pack). Run it daily; the contact timer runs it after escalating."""
    purged = services.purge_closed()
    db.session.commit()
    click.echo(f"Forgot the details of {purged} closed contact request(s).")
