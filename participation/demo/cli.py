"""``flask --app wsgi demo load``: idempotent demo data for trying Heard out."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from participation.demo import loader
from participation.extensions import db

demo_cli = AppGroup("demo", help="Demo data for trying Heard.")


@demo_cli.command("load")
@click.option("--responses", default=300, show_default=True, help="Synthetic responses to add if there are none yet.")
def load(responses: int) -> None:
    """Load the demo organisation, the published "Your voice 2026" consultation at /s/demo and synthetic responses.

    Safe to run again: what is already there is left as it is.
    """
    summary = loader.load_demo(responses)
    db.session.commit()
    for line in summary:
        click.echo(line)
