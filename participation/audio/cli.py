"""``flask --app wsgi audio make``: espeak-ng's voice for every text young people read, made where it is missing."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from participation.audio import making, services
from participation.ops.command_paths import creatable_problem

audio_cli = AppGroup("audio", help="Read-aloud audio for the question pages.")


@audio_cli.command("make")
@click.option("--consultation", "code", default=None, help="Only the consultation at this public code.")
def make(code: str | None) -> None:
    """Make the read-aloud clips that are missing for every consultation that is not closed (or one): each question,
    hint and answer in every language espeak-ng has a voice for.

    Only what is missing is made, so it is safe to run from a timer (every few minutes) beside the background making
    that follows each publish and edit. Exits with 1, having made nothing, when espeak-ng is not installed or the
    audio folder (HEARD_AUDIO_DIR) cannot be written.
    """
    if services.espeak_program() is None:
        click.echo(
            "espeak-ng is not installed on this server, so no read-aloud audio can be made: install the Debian "
            "package 'espeak-ng' (as root: apt-get install espeak-ng) or set HEARD_ESPEAK to where it is.",
            err=True,
        )
        sys.exit(1)
    problem = creatable_problem(services.audio_folder())
    if problem:
        # Checked first: otherwise every clip fails on its own, slowly, and the run still ends "successfully".
        click.echo(f"The audio folder (HEARD_AUDIO_DIR) cannot be used. {problem}", err=True)
        sys.exit(1)
    consultations = making.to_read(code)
    if code and not consultations:
        click.echo(f"No consultation has the code {code!r}.", err=True)
        sys.exit(1)
    for consultation in consultations:
        made = making.make(consultation)
        ready = services.readiness(consultation)
        failed = f"; espeak-ng failed on {made.failed}" if made.failed else ""
        click.echo(
            f"{consultation.code}: made {made.made} clips ({made.bytes:,} bytes) in {made.seconds:.1f} s, "
            f"{made.already} already there{failed}; {ready.ready} of {ready.total} texts can be listened to"
        )
