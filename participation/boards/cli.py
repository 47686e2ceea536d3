"""``flask --app wsgi boards ...``: board packs from the command line, for scheduled board papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
from flask.cli import AppGroup
from sqlalchemy import select

from participation.audit import services as audit
from participation.boards import outputs, pack, periods
from participation.boards.pack import Pack
from participation.extensions import db
from participation.ops.command_paths import OutputFile, OutputFolder, writing_path
from participation.organisations.models import Organisation
from participation.surveys.models import Consultation

Command = TypeVar("Command", bound=Callable[..., Any])

boards_cli = AppGroup("boards", help="Board packs and their tables, suppressed exactly as on screen.")


def _consultation(code: str) -> Consultation:
    found = db.session.scalar(select(Consultation).where(Consultation.code == code))
    if found is None:
        raise click.UsageError(f"No consultation has the code {code!r}.")
    return found


def _period_scope(organisation: str, key: str) -> tuple[Organisation, periods.Period]:
    period = periods.parse(key)
    if period is None:
        raise click.UsageError(
            f"--period must be a financial year like 2026-27 or a quarter like 2026-27-q3, not {key!r}."
        )
    found = db.session.scalar(select(Organisation).where(Organisation.slug == organisation))
    if found is None:
        raise click.UsageError(f"No organisation has the short name {organisation!r}.")
    return found, period


def _build(
    code: str | None, period_key: str | None, organisation: str | None, band: str | None, today: str | None
) -> Pack:
    when = None
    if today:
        try:
            when = date.fromisoformat(today)
        except ValueError as error:
            raise click.UsageError(f"--today must be a date like 2027-01-31, not {today!r}.") from error
    if (code is None) == (period_key is None):
        raise click.UsageError("Give either --consultation CODE or --period (with --organisation), not both.")
    if code is not None:
        return pack.build(_consultation(code), band=band, today=when)
    if not organisation:
        raise click.UsageError("A pack for a period needs --organisation (the organisation's short name).")
    assert period_key is not None  # checked above: one of code and period_key is given
    found, period = _period_scope(organisation, period_key)
    try:
        return pack.build_period(found.id, period, band=band, today=when)
    except pack.EmptyPeriod as error:
        raise click.UsageError(
            f"No consultation of {found.name} opened in {period.key}: there is no pack to make."
        ) from error


def _subject(built: Pack) -> str:
    if built.consultation is not None:
        return str(built.consultation.id)
    assert built.period is not None  # a pack is of a consultation or of a period
    return f"period {built.period.key}"


scope_options = [
    click.option("--consultation", "code", help="The consultation's code, as in /s/<code>."),
    click.option(
        "--period",
        "period_key",
        help="Instead of one consultation, a financial year (2026-27) or a quarter (2026-27-q3): every "
        "consultation that opened in it, added up.",
    ),
    click.option("--organisation", help="With --period: the organisation's short name (its slug)."),
]


def _scope(function: Command) -> Command:
    for option in reversed(scope_options):
        function = option(function)
    return function


band_option = click.option(
    "--band",
    type=click.Choice(["4-7", "8-11", "12-17", "care-leavers", "parents-carers"]),
    help="Only this age band (taken from the same protected tables as the whole pack).",
)
today_option = click.option("--today", help="The date the pack is made on (for overdue pledges), as YYYY-MM-DD.")


@boards_cli.command("pack")
@_scope
@click.option("--format", "output_format", type=click.Choice(["html", "pdf"]), default="html", show_default=True)
@click.option(
    "--output", required=True, type=OutputFile(), help="The file to write, in a folder that exists; replaced if there."
)
@band_option
@today_option
def pack_command(
    code: str | None,
    period_key: str | None,
    organisation: str | None,
    output_format: str,
    output: Path,
    band: str | None,
    today: str | None,
) -> None:
    """Write the board pack as a printable HTML page or a PDF."""
    built = _build(code, period_key, organisation, band, today)
    content = outputs.pdf(built) if output_format == "pdf" else outputs.document(built).encode("utf-8")
    with writing_path(output):
        output.write_bytes(content)
    audit.record(
        "board-pack-exported",
        organisation_id=built.organisation_id,
        subject=_subject(built),
        format=output_format,
        via="command line",
    )
    db.session.commit()
    click.echo(f"Wrote {output} ({output.stat().st_size:,} bytes).")


@boards_cli.command("export")
@_scope
@click.option(
    "--output",
    required=True,
    type=OutputFolder(),
    help="A folder; it is created if missing. One CSV per table is written there.",
)
@band_option
@today_option
def export_command(
    code: str | None,
    period_key: str | None,
    organisation: str | None,
    output: Path,
    band: str | None,
    today: str | None,
) -> None:
    """Write one CSV per board pack table, suppressed exactly as on screen."""
    built = _build(code, period_key, organisation, band, today)
    files = outputs.csv_files(built)
    with writing_path(output):
        output.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (output / name).write_text("\ufeff" + text, encoding="utf-8")
    audit.record(
        "board-pack-exported",
        organisation_id=built.organisation_id,
        subject=_subject(built),
        format="csv",
        via="command line",
    )
    db.session.commit()
    click.echo(f"Wrote {len(files)} tables to {output}: {', '.join(sorted(files))}.")
