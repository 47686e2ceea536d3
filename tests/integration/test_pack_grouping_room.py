"""The board pack gives PostgreSQL room to group its indicator counts in memory (``indicators._room_to_group``):
for the pack's own transaction only, and only ever more than the server is configured with, never less."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from participation.boards import indicators
from participation.extensions import db


def _work_mem() -> str:
    return str(db.session.scalar(text("SHOW work_mem")))


def test_room_is_raised_for_the_transaction_and_never_lowered(app):
    with app.app_context():
        if db.session.get_bind().dialect.name != "postgresql":
            pytest.skip("work_mem is PostgreSQL's")
        configured = _work_mem()
        db.session.rollback()
        db.session.execute(text("SET LOCAL work_mem = '4MB'"))
        indicators._room_to_group()
        assert _work_mem() == indicators.ROOM_TO_GROUP
        db.session.rollback()
        assert _work_mem() == configured  # gone with the transaction
        db.session.rollback()
        db.session.execute(text("SET LOCAL work_mem = '64MB'"))
        indicators._room_to_group()
        assert _work_mem() == "64MB"  # a server given more keeps it
        db.session.rollback()
