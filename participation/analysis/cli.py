"""``flask --app wsgi analysis ...``: classify any CSV, and re-analyse stored answers."""

from __future__ import annotations

import csv
import io
import sys
import uuid
from pathlib import Path

import click
from flask.cli import AppGroup

from participation.analysis import keeping, reading, services, triage
from participation.analysis.engine import classify
from participation.analysis.evaluation import LabelledFileError, evaluate, format_report, read_labelled
from participation.exports import decode
from participation.extensions import db
from participation.surveys.models import Consultation
from participation.surveys.services import get_consultation_by_code

analysis_cli = AppGroup("analysis", help="Themes, language, sentiment and safeguarding screening of free text.")

OUTPUT_COLUMNS = ("id", "language", "sentiment", "themes", "safeguarding")


@analysis_cli.command("classify")
@click.argument("input_csv", type=click.Path(dir_okay=False, allow_dash=True))
def classify_csv(input_csv: str) -> None:
    """Read a CSV with columns id,text and write id,language,sentiment,themes,safeguarding to standard output.

    Language is an ISO 639-1 code, sentiment a number in [-1, 1] (empty where not scored: only English is),
    themes the codebook slugs joined by ";" and safeguarding 1 or 0. Malformed rows are reported on standard
    error with their line number, and the rest carry on.
    """
    raw = sys.stdin.buffer.read() if input_csv == "-" else Path(input_csv).read_bytes()
    text, fell_back = decode(raw)
    if fell_back:
        click.echo("The file is not UTF-8; reading it as Windows-1252.", err=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise click.ClickException("The file is empty: it needs a header row with the columns id,text.")
    names = [name.strip().lower() for name in header]
    if "id" not in names or "text" not in names:
        raise click.ClickException(f"Line 1 must name the columns id and text; it has: {', '.join(header)}")
    id_at, text_at = names.index("id"), names.index("text")
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(OUTPUT_COLUMNS)
    problems = 0
    for row in reader:
        line = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            click.echo(f"Line {line}: expected {len(header)} columns, found {len(row)}; skipped.", err=True)
            problems += 1
            continue
        result = classify(row[text_at])
        writer.writerow(
            (
                row[id_at],
                result.language or "",
                "" if result.sentiment is None else result.sentiment,
                ";".join(result.themes),
                1 if result.safeguarding else 0,
            )
        )
    if problems:
        click.echo(f"{problems} row(s) skipped.", err=True)


@analysis_cli.command("evaluate")
@click.argument("labelled_csv", type=click.Path(dir_okay=False, allow_dash=True))
def evaluate_csv(labelled_csv: str) -> None:
    """Measure the safeguarding screen on your own labelled comments.

    Reads a CSV with columns id,language,text,safeguarding (1 or 0) and optionally kind (the kind of harm, or
    look-alike/none) and script (native or latin). Prints recall and precision, recall by kind, by language and by
    language and script, how often the language was told right, and the ids of the disclosures it missed and of its
    false alarms: ids only, never the comments' words, so the report can be pasted into notes.
    """
    if labelled_csv == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(labelled_csv)
        if not path.is_file():
            raise click.ClickException(f"No such file: {labelled_csv}")
        raw = path.read_bytes()
    text, fell_back = decode(raw)
    if fell_back:
        click.echo("The file is not UTF-8; reading it as Windows-1252.", err=True)
    try:
        rows = read_labelled(text)
    except LabelledFileError as error:
        raise click.ClickException(str(error)) from None
    for line in format_report(evaluate(rows)):
        click.echo(line)


@analysis_cli.command("rerun")
@click.option("--consultation", "consultation", default=None, help="A consultation's id or public code.")
def rerun(consultation: str | None) -> None:
    """Analyse stored free-text answers again (after the word lists change). Worker corrections are kept."""
    consultation_id = None
    if consultation:
        found = get_consultation_by_code(consultation)
        if found is None:
            try:
                found = db.session.get(Consultation, uuid.UUID(consultation))
            except ValueError:
                found = None
        if found is None:
            raise click.ClickException(f"No consultation with the id or code {consultation!r}.")
        consultation_id = found.id

    def progress(rows):  # type: ignore[no-untyped-def]
        with click.progressbar(rows, label="Analysing answers", show_pos=True, file=sys.stderr) as bar:
            yield from bar

    analysed, opened = services.rerun(consultation_id, progress)
    db.session.commit()
    click.echo(f"Analysed {analysed} answers; {opened} new possible disclosures sent to the safeguarding queue.")


@analysis_cli.command("escalate")
def escalate() -> None:
    """Open cases for possible disclosures left unsent for 24 hours (where the organisation reads them), tell
    safeguarding leads about possible disclosures still unacknowledged after one working day, and tell the readers
    about comments left unread longer than their organisation allows.

    Run it often (for example every 15 minutes from cron or a systemd timer); each case is escalated once.
    """
    opened = keeping.sweep_unsent()
    cases = triage.escalate()
    late = reading.escalate()
    db.session.commit()
    click.echo(f"Opened {len(opened)} case(s) for possible disclosures not sent by the young person.")
    click.echo(f"Escalated {len(cases)} case(s).")
    click.echo(f"Escalated {late} comment(s) left unread longer than their organisation allows.")


@analysis_cli.command("sweep-drafts")
def sweep_drafts() -> None:
    """Open a safeguarding case, marked "not sent by the young person", for every draft holding a possible disclosure
    left unsent for 24 hours, in organisations that read unsent disclosures (on by default). `escalate` runs this
    too, so the same timer covers both."""
    opened = keeping.sweep_unsent()
    db.session.commit()
    click.echo(f"Opened {len(opened)} case(s) for possible disclosures not sent by the young person.")
