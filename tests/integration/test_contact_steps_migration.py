"""Migration 0037, on SQLite and PostgreSQL: a year's published counts of requests get their table (empty: a year
without a row shows its counts as recorded, as before), and a request kept before it has no worry key and no repeats;
down and up again keeps it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade

from participation.extensions import db
from tests.migrating import own_database

META = sa.MetaData()
ORGANISATION = sa.Table(
    "organisation", META, sa.Column("id", sa.Uuid), sa.Column("slug", sa.String), sa.Column("name", sa.String)
)
REQUEST = sa.Table(
    "contact_request",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "organisation_id")),
    *(sa.Column(name, sa.String) for name in ("kind", "status", "details_encrypted", "fingerprint")),
    sa.Column("asked_on", sa.Date),
    sa.Column("worrying", sa.Boolean),
)


@pytest.fixture()
def empty() -> Iterator[Flask]:
    with own_database("contact_steps_migration") as application:
        yield application


def test_requests_kept_before_have_no_repeats_and_the_published_counts_table_starts_empty(empty):
    with empty.app_context():
        upgrade(revision="0037")
        org, request = uuid.uuid4(), uuid.uuid4()
        with db.engine.begin() as connection:
            connection.execute(sa.insert(ORGANISATION).values(id=org, slug="asks", name="Askshire"))
            connection.execute(
                sa.insert(REQUEST).values(
                    id=request,
                    organisation_id=org,
                    kind="advocate",
                    status="new",
                    details_encrypted="sealed",
                    fingerprint="f" * 64,
                    asked_on=date(2026, 5, 1),
                    worrying=True,
                )
            )
        upgrade(revision="0038")
        with db.engine.connect() as connection:
            row = connection.execute(
                sa.text("SELECT worry_key, batch, repeats FROM contact_request WHERE fingerprint = :f"), {"f": "f" * 64}
            ).one()
            assert tuple(row) == (None, None, 0)
            assert connection.execute(sa.text("SELECT count(*) FROM contact_published")).scalar() == 0
            assert connection.execute(sa.text("SELECT count(*) FROM contact_repeat")).scalar() == 0
        downgrade(revision="0037")
        with db.engine.connect() as connection:
            inspector = sa.inspect(connection)
            assert not inspector.has_table("contact_published") and not inspector.has_table("contact_repeat")
            assert "repeats" not in {column["name"] for column in inspector.get_columns("contact_request")}
            assert connection.execute(sa.text("SELECT count(*) FROM contact_request")).scalar() == 1
        upgrade(revision="0038")
        with db.engine.connect() as connection:
            assert connection.execute(sa.text("SELECT repeats FROM contact_request")).scalar() == 0
        db.session.remove()
