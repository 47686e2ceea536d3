"""Commands that timers run on every machine, done by one machine at a time.

Several machines serving one Heard each run the same timers (``deploy/heard-*.timer``), so that one machine going
down never stops safeguarding escalation or the mail. Two runs of ``analysis escalate`` at the same moment would both
find the same overdue case and both email the safeguarding leads; two mail relays would send the same message twice.
So on PostgreSQL such a command first takes a session-level advisory lock named after its work, on a connection of
its own, held until the command ends (PostgreSQL lets it go if the process dies); a run that cannot take it says so
and does nothing, leaving the work to the run that holds it, and the next tick of any machine's timer carries on.

On SQLite (one machine by nature) nothing is taken: systemd never starts a timer's service while it still runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar, cast

import click
from sqlalchemy import text

from participation.extensions import db

F = TypeVar("F", bound=Callable[..., Any])

# The first half of every advisory lock Heard takes ("HEAR"), so a lock never collides with another application's in
# a shared PostgreSQL server.
LOCK_SPACE = 0x48454152


def lock_key(work: str) -> int:
    """The second half of the lock for one kind of work: a stable signed 32-bit number from its name."""
    return int.from_bytes(hashlib.sha256(work.encode()).digest()[:4], "big", signed=True)


@contextmanager
def one_machine_at_a_time(work: str) -> Iterator[bool]:
    """Hold the lock for ``work`` while the block runs; yields False (holding nothing) when another run has it."""
    engine = db.engine
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        key = {"space": LOCK_SPACE, "key": lock_key(work)}
        taken = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:space, :key)"), key))
        try:
            yield taken
        finally:
            if taken:
                # Before the connection goes back to the pool, which would otherwise keep the lock for its next user.
                connection.execute(text("SELECT pg_advisory_unlock(:space, :key)"), key)


def one_at_a_time(work: str) -> Callable[[F], F]:
    """For a click command a timer runs on every machine: only one machine does ``work`` at a time; the others say
    so and change nothing. Commands doing the same work (``analysis escalate`` and ``analysis sweep-drafts``) name
    the same work."""

    def decorator(command: F) -> F:
        @wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with one_machine_at_a_time(work) as mine:
                if not mine:
                    click.echo(f"Another machine is doing this ({work}) right now; this run changed nothing.")
                    return None
                return command(*args, **kwargs)

        return cast(F, wrapper)  # wraps keeps the command's name, docstring and signature

    return decorator
