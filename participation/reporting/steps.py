"""Published counts that move only in steps of at least the threshold, whoever keeps them: the attendance and
activity of a quarter (``sessions.services``) and a year's requests for an advocate or a call back
(``contact.services``). Why: see the comment above ``sessions.services.quarter_start``.

Each keeper stores its published counts in a row per organisation and period. Before a change it holds that row
(``hold_row``: locked, and made from the counts as recorded when the period has none yet); after the change it takes
the counts again with ``retake``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Set
from typing import TypeVar

from flask import current_app
from sqlalchemy import Select
from sqlalchemy.exc import IntegrityError

from participation.extensions import db

Row = TypeVar("Row")


def threshold() -> int:
    """The suppression threshold: counts from 1 to this minus one are never shown, and published counts move by at
    least this much."""
    return int(current_app.config.get("HEARD_SUPPRESSION_THRESHOLD", 5))


def hold_row(query: Select[Row], first: Callable[[], Row]) -> Row:
    """The row ``query`` finds, locked until the change is saved (so two changes at once take the counts one after
    the other), or, where the period has none yet, ``first()`` stored: the counts shown until now."""
    # What another change saved while this one waited for the lock, not what this session loaded before.
    locked = query.with_for_update().execution_options(populate_existing=True)
    row = db.session.scalar(locked)
    if row is not None:
        return row
    made = first()
    try:
        with db.session.begin_nested():
            db.session.add(made)
            db.session.flush()
        return made
    except IntegrityError:
        # Another change to the period kept its first counts at the same moment: wait for it, then go on.
        row = db.session.scalar(locked)
        if row is None:
            raise
        return row


def retake(
    now: Mapping[str, int],
    shown: Mapping[str, int],
    limit: int,
    table_of: Callable[[str], str],
    empty: Set[str] = frozenset(),
) -> dict[str, int]:
    """Published counts after a change, from the counts as recorded now (``now``) and as published until now
    (``shown``): each count the recorded one has moved from by at least ``limit``, up or down, is taken again; the
    others stay as published. ``table_of`` says which published table a count belongs to.

    Two counts of one table taken at once in opposite directions would move its total by their difference, which
    may be small: then only the counts that moved one way are taken now, those whose moves add up to more, and the
    others at a later change. So a table's total, too, moves by 0 or at least ``limit``.

    A table in ``empty`` showed nothing before the change (its period's first count recorded): it is taken whole, as
    recorded. There was nothing to subtract it from, so it is one table like any other, protected by suppression on
    its own."""
    taken = dict(shown)
    every = set(now) | set(shown)
    for table in sorted({table_of(key) for key in every}):
        keys = {key for key in every if table_of(key) == table}
        moves = {key: now.get(key, 0) - shown.get(key, 0) for key in keys}
        if table not in empty:
            moves = {key: move for key, move in moves.items() if abs(move) >= limit}
            if 0 < abs(sum(moves.values())) < limit:
                up = {key: move for key, move in moves.items() if move > 0}
                down = {key: move for key, move in moves.items() if move < 0}
                moves = up if sum(up.values()) >= -sum(down.values()) else down
        for key, move in moves.items():
            taken[key] = taken.get(key, 0) + move
        for key in keys:
            if key in now:
                taken.setdefault(key, 0)  # recorded, not yet published: a published 0, shown as "c"
            elif not taken.get(key):
                taken.pop(key, None)  # nothing recorded and nothing published: as if never recorded
    return taken
