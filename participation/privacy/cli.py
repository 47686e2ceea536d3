"""``flask --app wsgi keys ...``: rotate the encryption keys held outside the database."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import click
from cryptography.fernet import Fernet, InvalidToken
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select, update
from sqlalchemy.orm import InstrumentedAttribute

from participation import crypto
from participation.accounts.models import User
from participation.audit import services as audit
from participation.config import write_instance_secrets
from participation.contact.models import ContactNote, ContactRepeat, ContactRequest
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.ops import same_keys
from participation.ops.one_machine import one_at_a_time
from participation.polls import services as polls
from participation.privacy import erasure
from participation.privacy.models import VaultEntry
from participation.sessions import services as sessions

keys_cli = AppGroup("keys", help="Encryption keys: rotate them without losing anything encrypted under the old ones.")

KEYS = {
    # name on the command line: (setting, environment variable)
    "vault": ("VAULT_KEY", "HEARD_VAULT_KEY"),
    "accounts": ("ACCOUNT_SECRETS_KEY", "HEARD_ACCOUNT_SECRETS_KEY"),
}


def _columns(setting: str) -> list[InstrumentedAttribute[str | None]]:
    """Every column encrypted under ``setting``."""
    columns: dict[str, list[InstrumentedAttribute[str | None]]] = {
        # Requests for an advocate or a call back are kept under the vault's key too (participation.contact).
        "VAULT_KEY": [
            VaultEntry.identifier_encrypted,
            ContactRequest.details_encrypted,
            ContactRepeat.details_encrypted,
            ContactNote.text_encrypted,
        ],
        "ACCOUNT_SECRETS_KEY": [User.totp_secret, InviteCode.code_encrypted],
    }
    return columns[setting]


def reencrypt(setting: str) -> tuple[int, int]:
    """Re-encrypt every value under the first listed key. Returns (re-encrypted, unreadable); commits only if
    everything could be read, so an unreadable row never loses the key that might still open it."""
    fernet = crypto.fernet(setting)
    done = unreadable = 0
    for column in _columns(setting):
        table = column.class_
        rows = db.session.execute(select(table.id, column).where(column.is_not(None))).all()
        for row_id, token in rows:
            try:
                fresh = fernet.rotate(token.encode()).decode()
            except InvalidToken:
                unreadable += 1
                continue
            db.session.execute(update(table).where(table.id == row_id).values({column.key: fresh}))
            done += 1
    if unreadable:
        db.session.rollback()
    else:
        db.session.commit()
    return done, unreadable


@keys_cli.command("new")
def new_key() -> None:
    """Print a fresh key, for deployments that set keys in the environment."""
    click.echo(Fernet.generate_key().decode())


@keys_cli.command("rotate")
@click.argument("which", type=click.Choice(sorted(KEYS)))
def rotate(which: str) -> None:
    """Encrypt everything under a new key and retire the old one.

    With keys in instance/secrets.json, this does it all: a new key is added first, every value is re-encrypted,
    then the old key is removed. With the key in the environment, put a new key first (NEW,OLD; `flask keys new`
    prints one), run this, then remove OLD from the environment.
    """
    setting, variable = KEYS[which]
    if os.environ.get(variable):
        listed = crypto.split_keys(os.environ[variable])
        if len(listed) < 2:
            raise click.ClickException(
                f"{variable} is set in the environment, so Heard cannot change it. Generate a key with "
                f"`flask --app wsgi keys new`, set {variable}=NEW,OLD, run this again, then set {variable}=NEW."
            )
        done, unreadable = reencrypt(setting)
        if unreadable:
            raise click.ClickException(
                f"{unreadable} values could not be read with any listed key; nothing was "
                "changed. Put back the key they were encrypted with and try again."
            )
        # Every machine must now hold the new key (participation/ops/same_keys.py).
        same_keys.record((setting,))
        db.session.commit()
        click.echo(
            f"Re-encrypted {done} values under the first key in {variable}. Now remove the old keys from "
            f"{variable} on every machine and restart Heard."
        )
        return
    path = Path(current_app.instance_path) / "secrets.json"

    stored = json.loads(path.read_text(encoding="utf-8"))
    old = stored[setting]
    fresh = Fernet.generate_key().decode()
    # 1. New key first, old keys still listed: running workers (after restart) can read both.
    stored[setting] = f"{fresh},{old}"
    write_instance_secrets(path, stored)
    current_app.config[setting] = stored[setting]
    done, unreadable = reencrypt(setting)
    if unreadable:
        raise click.ClickException(
            f"{unreadable} values could not be read with any key; nothing was re-encrypted "
            "and the old key is kept. The new key has been added first, which is harmless."
        )
    # 2. Everything is under the new key: retire the old one.
    stored[setting] = fresh
    write_instance_secrets(path, stored)
    current_app.config[setting] = fresh
    same_keys.record((setting,))
    db.session.commit()
    click.echo(
        f"Re-encrypted {done} values under a new {which} key and removed the old key from {path}. "
        "Restart Heard so every worker uses it."
    )


@keys_cli.command("check")
def check() -> None:
    """Compare this machine's keys with the ones Heard's database was written with (recording them if this is the
    first machine). Exits 1, naming the keys that differ, when they are not the same; gunicorn's workers make the
    same check before they serve."""
    comparison = same_keys.compare()
    db.session.commit()
    if comparison.recorded:
        names = ", ".join(same_keys.KEYS[setting] for setting in comparison.recorded)
        click.echo(f"Recorded the fingerprints of {names}: every other machine must hold the same keys.")
    if comparison.different:
        raise click.ClickException(same_keys.difference_message(comparison.different))
    click.echo("This machine holds the same keys as the database was written with.")


@keys_cli.command("adopt")
def adopt() -> None:
    """Record this machine's keys as the ones every machine must hold: only after a deliberate change made on every
    machine (a new SECRET_KEY, keys that were lost). Machines with other keys then refuse to start."""
    same_keys.record()
    db.session.commit()
    click.echo("Recorded this machine's keys: every machine serving this Heard must now hold the same.")


retention_cli = AppGroup("retention", help="Retention: remove what each consultation keeps past its retention period.")


def _report_consultations(items: list[erasure.Expired], verb: str) -> None:
    """What the purge removes (or would) of each consultation past its retention period."""
    for item in items:
        click.echo(
            f"{item.consultation.code} (retention ended {item.expired_on.isoformat()}): {verb} "
            f"{item.free_text} free-text answers, {item.quotes} quotes, {item.drafts} unsent drafts, "
            f"{item.vault_entries} vault entries; {item.linked_responses} responses unlinked from a person."
        )
        if item.kept_for_safeguarding:
            click.echo(
                f"  Kept the words of {item.kept_for_safeguarding} safeguarding cases not yet dealt with: "
                f"they stay on each case, in the open queue, until a safeguarding lead closes it."
            )


def _report_rooms(expired_polls: list[polls.Expired], expired_sessions: list[sessions.Expired], verb: str) -> None:
    """What the purge removes (or would) of words said in a room: polls' answers and sessions' notes."""
    for poll in expired_polls:
        click.echo(
            f"Poll {poll.poll.code} (retention ended {poll.expired_on.isoformat()}): {verb} {poll.answers} "
            f"answers, {poll.words} of them words; the figures stay as they were shown."
        )
    for held in expired_sessions:
        click.echo(
            f"Session {held.session.id} of {held.session.held_on.isoformat()} (retention ended "
            f"{held.expired_on.isoformat()}): {verb} {len(held.notes)} notes."
        )
        if held.kept_for_safeguarding:
            click.echo(
                f"  Kept {held.kept_for_safeguarding} notes an open safeguarding case was opened on: they stay "
                f"until a safeguarding lead closes the case."
            )


def _purge_rooms(expired_polls: list[polls.Expired], expired_sessions: list[sessions.Expired], when: date) -> None:
    """Remove polls' answers and sessions' notes past their retention, each recorded in the audit log."""
    polls.purge(expired_polls, on=when)
    for poll in expired_polls:
        audit.record(
            "poll-answers-purged",
            organisation_id=poll.poll.organisation_id,
            subject=str(poll.poll.id),
            answers=poll.answers,
            words=poll.words,
            as_of=when.isoformat(),
        )
    sessions.purge(expired_sessions, on=when)
    for held in expired_sessions:
        audit.record(
            "session-notes-purged",
            organisation_id=held.session.organisation_id,
            subject=str(held.session.id),
            notes=len(held.notes),
            kept_for_safeguarding=held.kept_for_safeguarding,
            as_of=when.isoformat(),
        )


@retention_cli.command("purge")
@one_at_a_time("retention purge")
@click.option("--dry-run", is_flag=True, help="Only list what would be removed; change nothing.")
@click.option("--today", help="The date to purge as of, as YYYY-MM-DD (default: today).")
def purge(dry_run: bool, today: str | None) -> None:
    """Remove free text, quotes, unsent answers and vault entries of every consultation past its retention period,
    and cut each response's link to a person, keeping only what suppressed figures are counted from; and the
    answers of live polls and the notes of sessions past theirs (a note an open safeguarding case needs stays)."""
    try:
        when = date.fromisoformat(today) if today else date.today()
    except ValueError as error:
        raise click.UsageError(f"--today must be a date like 2027-01-31, not {today!r}.") from error
    items = erasure.expired(when)
    config = current_app.config
    expired_polls = polls.expired(when, config["HEARD_POLL_ANSWER_DAYS"])
    expired_sessions = sessions.expired(when, config["HEARD_SESSION_NOTE_DAYS"])
    if not (items or expired_polls or expired_sessions):
        click.echo(f"Nothing has passed its retention period on {when.isoformat()}.")
        return
    verb = "Would remove" if dry_run else "Removed"
    _report_consultations(items, verb)
    _report_rooms(expired_polls, expired_sessions, verb)
    if dry_run:
        click.echo("Dry run: nothing was changed.")
        return
    changed = [item for item in items if item.anything]
    erasure.purge(changed, on=when)
    for item in changed:
        audit.record(
            "retention-purged",
            organisation_id=item.consultation.organisation_id,
            subject=item.consultation.code,
            free_text=item.free_text,
            quotes=item.quotes,
            drafts=item.drafts,
            vault_entries=item.vault_entries,
            responses=item.linked_responses,
            kept_for_safeguarding=item.kept_for_safeguarding,
            as_of=when.isoformat(),
        )
    _purge_rooms(expired_polls, expired_sessions, when)
    db.session.commit()
    click.echo(f"Purged {len(changed)} consultations.")
    if expired_polls or expired_sessions:
        click.echo(
            f"Purged the answers of {len(expired_polls)} polls and the notes of "
            f"{sum(1 for held in expired_sessions if held.notes)} sessions."
        )
