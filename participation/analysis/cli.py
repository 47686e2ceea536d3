"""``flask --app wsgi analysis ...``: classify any CSV, and re-analyse stored answers."""

from __future__ import annotations

import csv
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import click
from flask.cli import AppGroup

from participation.analysis import comment_files, keeping, reading, services, triage
from participation.analysis.engine import classify
from participation.analysis.evaluation import LabelledFileError, evaluate, format_report, read_labelled
from participation.exports import decode
from participation.extensions import db
from participation.ops.command_paths import InputFile, reading_path
from participation.ops.one_machine import one_at_a_time
from participation.polls import services as polls
from participation.responses.models import Answer
from participation.sessions import services as sessions
from participation.surveys.models import Consultation
from participation.surveys.services import get_consultation_by_code

analysis_cli = AppGroup("analysis", help="Themes, language, sentiment and safeguarding screening of free text.")

OUTPUT_COLUMNS = ("id", "language", "sentiment", "themes", "safeguarding")


@analysis_cli.command("classify")
@click.argument("input_file", type=InputFile(allow_dash=True))
def classify_csv(input_file: str) -> None:
    """Read a CSV file or an Excel workbook (.xlsx, its first sheet) with columns id,text and write
    id,language,sentiment,themes,safeguarding as CSV to standard output.

    Language is an ISO 639-1 code, sentiment a number in [-1, 1] (a rough guide from word lists, never a measure
    of risk; empty where not scored: only English is, and never a possible disclosure), themes the codebook slugs
    joined by ";" and safeguarding 1 or 0. Malformed rows are reported on standard
    error with their line number, and the rest carry on. A CSV file is read a row at a time, so a large export
    needs no more memory than a small one.
    """
    with reading_path(input_file, "INPUT_FILE"):
        source = open(input_file, "rb") if input_file != "-" else comment_files.spooled(sys.stdin.buffer)
    problems = 0
    try:
        with comment_files.comments(
            input_file, source, lambda: click.echo("The file is not UTF-8; reading it as Windows-1252.", err=True)
        ) as items:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(OUTPUT_COLUMNS)
            for item in items:
                if isinstance(item, comment_files.Skipped):
                    click.echo(f"Line {item.line}: {item.why}; skipped.", err=True)
                    problems += 1
                    continue
                result = classify(item.text)
                writer.writerow(
                    (
                        item.id,
                        result.language or "",
                        "" if result.sentiment is None else result.sentiment,
                        ";".join(result.themes),
                        1 if result.safeguarding else 0,
                    )
                )
    except comment_files.CommentFileError as error:
        raise click.ClickException(str(error)) from None
    if problems:
        click.echo(f"{problems} row(s) skipped.", err=True)


@analysis_cli.command("evaluate")
@click.argument("labelled_csv", type=InputFile(allow_dash=True))
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
        with reading_path(labelled_csv, "LABELLED_CSV"):
            raw = Path(labelled_csv).read_bytes()
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

    def progress(rows: Iterable[tuple[Answer, uuid.UUID]]) -> Iterator[tuple[Answer, uuid.UUID]]:
        with click.progressbar(rows, label="Analysing answers", show_pos=True, file=sys.stderr) as bar:
            yield from bar

    analysed, opened = services.rerun(consultation_id, progress)
    db.session.commit()
    click.echo(f"Analysed {analysed} answers; {opened} new possible disclosures sent to the safeguarding queue.")


@analysis_cli.command("escalate")
@one_at_a_time("safeguarding escalation")
def escalate() -> None:
    """Open cases for possible disclosures left unsent for 24 hours (where the organisation reads them), tell
    safeguarding leads about possible disclosures still unacknowledged after one working day, and tell the readers
    about comments (and notes young people typed on a session's shared screen, and words typed in a live poll) left
    unread longer than their organisation allows.

    Run it often (for example every 15 minutes from cron or a systemd timer); each case is escalated once.
    """
    opened = keeping.sweep_unsent()
    cases = triage.escalate()
    late = reading.escalate()
    notes = sessions.escalate_unread_notes()
    words = polls.escalate_waiting_words()
    db.session.commit()
    click.echo(f"Opened {len(opened)} case(s) for possible disclosures not sent by the young person.")
    click.echo(f"Escalated {len(cases)} case(s).")
    click.echo(f"Escalated {late} comment(s) left unread longer than their organisation allows.")
    click.echo(f"Escalated {notes} note(s) from the shared screen left unread longer than their organisation allows.")
    click.echo(f"Escalated {words} live poll word(s) left unread longer than their organisation allows.")


@analysis_cli.command("sweep-drafts")
@one_at_a_time("safeguarding escalation")
def sweep_drafts() -> None:
    """Open a safeguarding case, marked "not sent by the young person", for every draft holding a possible disclosure
    left unsent for 24 hours, in organisations that read unsent disclosures (on by default). `escalate` runs this
    too, so the same timer covers both."""
    opened = keeping.sweep_unsent()
    db.session.commit()
    click.echo(f"Opened {len(opened)} case(s) for possible disclosures not sent by the young person.")
