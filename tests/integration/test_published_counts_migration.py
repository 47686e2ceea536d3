"""Migration 0035, on SQLite and PostgreSQL: a quarter's published participation counts get their table (empty: a
quarter without a row shows its counts as recorded, as before), and a one-word poll's count of answers starts at the
answers it has, which is what its pages showed until now; a purged word poll and a choice poll keep theirs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

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
POLL = sa.Table(
    "live_poll",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "organisation_id")),
    *(sa.Column(name, sa.String) for name in ("code", "screen_key", "question", "kind", "status")),
    sa.Column("options", sa.JSON),
    sa.Column("shown_count", sa.Integer),
    sa.Column("shown_choices", sa.JSON),
)
ANSWER = sa.Table(
    "live_poll_answer",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "poll_id", "organisation_id")),
    sa.Column("device", sa.String),
    sa.Column("choices", sa.JSON),
    sa.Column("word", sa.String),
)


@pytest.fixture()
def empty() -> Iterator[Flask]:
    with own_database("published_counts_migration") as application:
        yield application


def test_a_word_polls_count_starts_at_its_answers_and_other_polls_keep_theirs(empty):
    with empty.app_context():
        upgrade(revision="0034")
        org = uuid.uuid4()
        polls = {name: uuid.uuid4() for name in ("word", "purged", "choice")}
        with db.engine.begin() as connection:
            connection.execute(sa.insert(ORGANISATION).values(id=org, slug="counts", name="Countshire"))
            for number, (name, kind, shown, answers) in enumerate(
                (("word", "word", 0, 7), ("purged", "word", 6, 0), ("choice", "one", 5, 7))
            ):
                connection.execute(
                    sa.insert(POLL).values(
                        id=polls[name],
                        organisation_id=org,
                        code=f"CODE{number}",
                        screen_key=f"key-{number}",
                        question="One word?",
                        kind=kind,
                        status="open",
                        options=[] if kind == "word" else ["A", "B"],
                        shown_count=shown,
                        shown_choices=[[0]] * shown if kind == "one" else [],
                    )
                )
                for answer in range(answers):
                    connection.execute(
                        sa.insert(ANSWER).values(
                            id=uuid.uuid4(),
                            poll_id=polls[name],
                            organisation_id=org,
                            device=f"{name}-{answer}",
                            choices=[] if kind == "word" else [answer % 2],
                            word="pizza" if kind == "word" else None,
                        )
                    )
        upgrade(revision="0035")
        with db.engine.connect() as connection:
            shown = dict(connection.execute(sa.select(POLL.c.id, POLL.c.shown_count)).all())
            assert sa.inspect(connection).has_table("participation_published")
        assert shown == {polls["word"]: 7, polls["purged"]: 6, polls["choice"]: 5}
        downgrade(revision="0034")
        with db.engine.connect() as connection:
            assert not sa.inspect(connection).has_table("participation_published")
        db.session.remove()
