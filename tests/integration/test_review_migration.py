"""Migration 0020 splits each translated row's one "needs review" into a state per field, on SQLite and PostgreSQL:
what needed review before still does (every field of it), nothing is newly out of date, and the downgrade brings the
row-wide flag back."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from flask import Flask
from flask_migrate import downgrade, upgrade

from participation.extensions import db
from participation.surveys import translations
from participation.surveys.models import Consultation
from tests.migrating import own_database

META = sa.MetaData()
ORGANISATION = sa.Table(
    "organisation", META, sa.Column("id", sa.Uuid), sa.Column("slug", sa.String), sa.Column("name", sa.String)
)
CONSULTATION = sa.Table(
    "consultation",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "organisation_id")),
    sa.Column("code", sa.String),
    sa.Column("status", sa.String),
    *(sa.Column(name, sa.Integer) for name in ("retention_days", "content_version", "draft_version", "live_version")),
)
QUESTION = sa.Table(
    "question",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "organisation_id", "consultation_id")),
    sa.Column("key", sa.String),
    sa.Column("kind", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer),
    sa.Column("is_core", sa.Boolean),
)
OPTION = sa.Table(
    "option",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("id", "organisation_id", "question_id")),
    sa.Column("key", sa.String),
    sa.Column("position", sa.Integer),
    sa.Column("is_positive", sa.Boolean),
    sa.Column("bands", sa.String),
)
QUESTION_BAND = sa.Table(
    "question_band",
    META,
    *(sa.Column(name, sa.Uuid) for name in ("question_id", "organisation_id")),
    sa.Column("age_band", sa.String),
)


def _texts(name: str, parent: str, *fields: str) -> sa.Table:
    return sa.Table(
        name,
        META,
        *(sa.Column(column, sa.Uuid) for column in ("id", "organisation_id", parent)),
        *(sa.Column(column, sa.String) for column in ("language", "age_band", *fields)),
        sa.Column("needs_review", sa.Boolean),
        *([sa.Column("version", sa.Integer)] if name == "consultation_text" else []),
    )


CONSULTATION_TEXT = _texts("consultation_text", "consultation_id", "title", "about", "next_steps")
QUESTION_TEXT = _texts("question_text", "question_id", "title", "hint")
OPTION_TEXT = _texts("option_text", "option_id", "label")


@pytest.fixture()
def empty() -> Iterator[Flask]:
    """An app on a database of its own, so migrating it up and down touches nothing else."""
    with own_database("review_migration") as application:
        yield application


def _ids() -> dict[str, uuid.UUID]:
    return {name: uuid.uuid4() for name in ("org", "consultation", "question", "option")}


def _seed(connection: sa.Connection, ids: dict[str, uuid.UUID]) -> None:
    """A consultation as 0019 stored it: a Polish question needing review, a Welsh one not; the same for answers
    and the start page."""
    org = ids["org"]
    connection.execute(ORGANISATION.insert().values(id=org, slug="old", name="Oldshire"))
    connection.execute(
        CONSULTATION.insert().values(
            id=ids["consultation"],
            organisation_id=org,
            code="old-1",
            status="draft",
            retention_days=730,
            content_version=1,
            draft_version=1,
            live_version=0,
        )
    )
    connection.execute(
        QUESTION.insert().values(
            id=ids["question"],
            organisation_id=org,
            consultation_id=ids["consultation"],
            key="listened-to",
            kind="yes_no",
            position=1,
            version=1,
            is_core=True,
        )
    )
    connection.execute(
        QUESTION_BAND.insert().values(question_id=ids["question"], organisation_id=org, age_band="12-17")
    )
    connection.execute(
        OPTION.insert().values(
            id=ids["option"],
            organisation_id=org,
            question_id=ids["question"],
            key="yes",
            position=1,
            is_positive=True,
            bands="",
        )
    )
    rows = [
        ("en", "Do you feel listened to?", "Think about your worker.", False),
        ("pl", "Czy ludzie Cię słuchają?", "Pomyśl o pracowniku.", True),
        ("cy", "Wyt ti'n cael dy glywed?", None, False),
    ]
    for language, title, hint, review in rows:
        connection.execute(
            QUESTION_TEXT.insert().values(
                id=uuid.uuid4(),
                organisation_id=org,
                question_id=ids["question"],
                language=language,
                age_band="",
                title=title,
                hint=hint,
                needs_review=review,
            )
        )
    for language, label, review in (("en", "Yes", False), ("pl", "Tak", True), ("cy", "Ydw", False)):
        connection.execute(
            OPTION_TEXT.insert().values(
                id=uuid.uuid4(),
                organisation_id=org,
                option_id=ids["option"],
                language=language,
                age_band="",
                label=label,
                needs_review=review,
            )
        )
    for language, title, review in (("en", "Your voice", False), ("pl", "Twój głos", True)):
        connection.execute(
            CONSULTATION_TEXT.insert().values(
                id=uuid.uuid4(),
                organisation_id=org,
                consultation_id=ids["consultation"],
                version=1,
                language=language,
                age_band="",
                title=title,
                needs_review=review,
            )
        )


def test_the_upgrade_keeps_review_state_per_field_and_the_downgrade_brings_it_back(empty):
    ids = _ids()
    with empty.app_context():
        upgrade(revision="0019")
        with db.engine.begin() as connection:
            _seed(connection, ids)
        upgrade(revision="0020")
        consultation = db.session.get(Consultation, ids["consultation"])
        polish = {item.name: item for item in translations.translation_items(consultation, "pl")}
        welsh = {item.name: item for item in translations.translation_items(consultation, "cy")}
        # What needed review still does, every text of it; nothing is out of date against today's English.
        assert {name for name, item in polish.items() if item.needs_review} == {
            "c-title",
            "q1-title-all",
            "q1-hint-all",
            "q1-option1",
        }
        assert all(item.unchecked and not item.out_of_date for item in polish.values())
        assert not any(item.needs_review for item in welsh.values())
        assert translations.completeness(consultation, ["pl", "cy"]) == {"pl": (4, 4, 4), "cy": (2, 4, 0)}
        # Each translation remembers the English it stands beside, so a later change of that English shows.
        with db.engine.connect() as connection:
            made_from = connection.execute(
                sa.text("SELECT language, title_from, hint_from FROM question_text ORDER BY language")
            ).all()
        assert [tuple(row) for row in made_from] == [
            ("cy", "Do you feel listened to?", None),
            ("en", None, None),
            ("pl", "Do you feel listened to?", "Think about your worker."),
        ]
        db.session.remove()
        downgrade(revision="0019")
        with db.engine.connect() as connection:
            flags = connection.execute(
                sa.text("SELECT language, needs_review FROM question_text ORDER BY language")
            ).all()
            labels = connection.execute(
                sa.text("SELECT language, needs_review FROM option_text ORDER BY language")
            ).all()
        assert [(language, bool(flag)) for language, flag in flags] == [("cy", False), ("en", False), ("pl", True)]
        assert [(language, bool(flag)) for language, flag in labels] == [("cy", False), ("en", False), ("pl", True)]
        upgrade()
