"""No migration loses a row. On SQLite, batch mode rebuilds a table by copying it and dropping the old one; with
foreign keys on, that drop deletes every row pointing at the table through ON DELETE CASCADE (0016 rebuilding
``safeguarding_case`` erased every case note, and a downgrade rebuilding ``response`` erased every answer). A
disclosure is never erased (TRUST.md), so the whole demo goes down to older schemas and back up, and every table
that exists at both ends keeps every row. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade

from participation.demo import loader
from participation.extensions import db
from tests.migrating import own_database

# 0015 is the schema just before the rebuild that erased case notes; 0001 the first, under every later rebuild.
OLDER_SCHEMAS = ("0015", "0001")
# Rows no older schema has a place for, which the downgrade below the revision that made them possible deletes (its
# docstring says so), by table: every other row must survive. "We did" actions answering no consultation (a session's,
# a live poll's, the board's own) came with 0031, and before it an action belonged to a consultation.
UNREPRESENTABLE = {"board_action": "consultation_id IS NULL"}


def _unrepresentable(application: Flask) -> dict[str, int]:
    with application.app_context():
        db.session.remove()
        with db.engine.connect() as connection:
            return {
                name: connection.execute(
                    sa.select(sa.func.count()).select_from(sa.table(name)).where(sa.text(where))
                ).scalar_one()
                for name, where in UNREPRESENTABLE.items()
            }


def _counts(application: Flask) -> dict[str, int]:
    with application.app_context():
        db.session.remove()
        with db.engine.connect() as connection:
            names = sorted(sa.inspect(connection).get_table_names())
            return {
                name: connection.execute(sa.select(sa.func.count()).select_from(sa.table(name))).scalar_one()
                for name in names
                if name != "alembic_version"
            }


@pytest.fixture(scope="module")
def demo_database():
    with own_database("keep_rows") as application:
        with application.app_context():
            upgrade()
            loader.load_demo(40)
            db.session.commit()
            db.session.remove()
        yield application


@pytest.mark.parametrize("older", OLDER_SCHEMAS)
def test_down_to_an_older_schema_and_up_again_keeps_every_row(demo_database, older):
    before = _counts(demo_database)
    # What the rebuilds put at risk is there to lose.
    assert before["case_note"] > 0 and before["answer"] > 0 and before["safeguarding_case"] > 0
    going = _unrepresentable(demo_database)
    # The demo has rows an older schema cannot hold (until the first trip down deletes them), and others of the same
    # table that it can.
    assert all(going[name] < before[name] for name in going), (going, before)
    if older == OLDER_SCHEMAS[0]:
        assert all(going.values()), going
    expected = {name: count - going.get(name, 0) for name, count in before.items()}

    with demo_database.app_context():
        downgrade(revision=older)
    at_older = _counts(demo_database)
    with demo_database.app_context():
        upgrade()
    after = _counts(demo_database)

    kept_throughout = set(at_older)
    assert {name: at_older[name] for name in kept_throughout} == {name: expected[name] for name in kept_throughout}
    lost = {name: (expected[name], after[name]) for name in kept_throughout if after[name] != expected[name]}
    assert not lost, f"rows lost going down to {older} and up again: {lost}"


def test_foreign_keys_are_enforced_again_after_migrating(demo_database):
    if not demo_database.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("PostgreSQL always enforces foreign keys")
    with demo_database.app_context():
        downgrade(revision="0020")
        upgrade()
        db.session.remove()
        # The same pooled connection the migration used: it must not have kept foreign keys off.
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
