"""A band with its own hint but not its own title reads the title every band reads, and follows it when it is
reworded: care leavers read "Do you feel listened to?" with their own hint about their personal adviser, and after a
worker rewords that title they read the new one, not a copy of the old. The question editor keeps a band's own hint
whatever happens to its title; migration 0022 empties the copies older databases hold."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade
from sqlalchemy import select

from participation.extensions import db
from participation.surveys import builder, translations
from participation.surveys.models import Consultation, Question, QuestionText
from tests import factories
from tests.console import Console
from tests.journey import Journey
from tests.migrating import own_database

ADVISER_HINT = "Think about your personal adviser and the leaving care team."


@pytest.fixture()
def console(app, client):
    return factories.worker_console(app, client, "Bandtitle Council")


def _new_from_bank(app, console: Console) -> tuple[str, Consultation]:
    console.get("/staff/consultations/new")
    console.submit({"title": "Wave one", "start": "bank", "bank": ["listened-to"]}, drop=("bank",))
    overview = console.response.request.path
    with app.app_context():
        consultation = db.session.scalars(select(Consultation).order_by(Consultation.created_at.desc())).first()
    return overview, consultation


def _band_rows(app, consultation_id: uuid.UUID, band: str) -> dict[str, QuestionText]:
    with app.app_context():
        rows = db.session.scalars(
            select(QuestionText)
            .join(Question, Question.id == QuestionText.question_id)
            .where(QuestionText.age_band == band, Question.consultation_id == consultation_id)
        ).all()
        return {row.language: row for row in rows}


def test_the_bank_stores_no_copy_of_the_title_for_a_band_with_only_its_own_hint(app, console):
    _overview, consultation = _new_from_bank(app, console)
    rows = _band_rows(app, consultation.id, "care-leavers")
    assert rows["en"].hint == ADVISER_HINT and rows["en"].title == ""
    assert all(row.title == "" for row in rows.values())
    # The youngest have a title of their own, which stays.
    assert _band_rows(app, consultation.id, "4-7")["en"].title == "Do grown-ups listen to you?"


def test_rewording_the_title_reaches_a_band_with_only_its_own_hint(app, console):
    overview, consultation = _new_from_bank(app, console)
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    # The editor shows no wording of the care leavers' own: they read the title every band reads.
    assert console.page.select_one("#title_care_leavers").get("value", "") == ""
    console.submit({"title": "Do people listen to you?"})
    console.follow("Publish")
    console.press("Publish")
    journey = Journey(app.test_client(), consultation.code)
    journey.start("care-leavers")
    assert "Do people listen to you?" in journey.h1()
    assert ADVISER_HINT in journey.page.get_text()
    # The youngest keep their own title.
    young = Journey(app.test_client(), consultation.code)
    young.start("4-7")
    assert "Do grown-ups listen to you?" in young.h1()


def test_clearing_a_bands_own_title_keeps_its_own_hint(app, console):
    overview, consultation = _new_from_bank(app, console)
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    assert console.page.select_one("#title_4_7")["value"] == "Do grown-ups listen to you?"
    console.submit({"title_4_7": ""})
    rows = _band_rows(app, consultation.id, "4-7")
    assert rows["en"].title == "" and rows["en"].hint == "Tap a face."
    # Typing the title every band reads as a band's own wording keeps the band following it.
    console.get(overview)
    console.get(console.page.select_one(".heard-actions a")["href"])
    console.submit({"title_care_leavers": "Do you feel listened to?"})
    assert _band_rows(app, consultation.id, "care-leavers")["en"].title == ""
    console.follow("Publish")
    console.press("Publish")
    journey = Journey(app.test_client(), consultation.code)
    journey.start("4-7")
    assert "Do you feel listened to?" in journey.h1()
    assert "Tap a face." in journey.page.get_text()


def test_the_translation_editor_asks_only_for_a_bands_own_words(app, console):
    _overview, consultation = _new_from_bank(app, console)
    with app.app_context():
        items = translations.translation_items(db.session.get(Consultation, consultation.id), "pl")
    keys = {item.target for item in items}
    assert ("q", "listened-to", "hint", "care-leavers") in keys
    assert ("q", "listened-to", "title", "care-leavers") not in keys
    assert ("q", "listened-to", "title", "4-7") in keys


def test_migration_0022_empties_copies_and_keeps_a_bands_own_title():
    with own_database("band_titles") as application, application.app_context():
        # Made with today's models (a later migration may add columns they write), then taken back to 0021, where
        # the bank stored each band's title as the general one.
        upgrade()
        org = factories.organisation("Oldband Council")
        consultation = builder.create_from_bank(org.id, "Old", ["listened-to"])
        question = builder.questions_of(consultation)[0]
        general = {t.language: t.title for t in question.texts if t.age_band == ""}
        question_id = question.id
        db.session.commit()
        db.session.remove()
        downgrade(revision="0021")
        with db.engine.begin() as connection:
            for language, title in general.items():
                connection.execute(
                    sa.text(
                        "UPDATE question_text SET title = :title WHERE question_id = :question"
                        " AND age_band = 'care-leavers' AND language = :language"
                    ),
                    {
                        "title": title,
                        "question": question_id.hex if db.engine.dialect.name == "sqlite" else question_id,
                        "language": language,
                    },
                )
        upgrade()
        rows = db.session.scalars(select(QuestionText).where(QuestionText.question_id == question_id)).all()
        leavers = [row for row in rows if row.age_band == "care-leavers"]
        assert leavers and all(row.title == "" for row in leavers)
        assert (
            next(r for r in rows if r.age_band == "4-7" and r.language == "en").title == "Do grown-ups listen to you?"
        )
        db.session.remove()
        downgrade(revision="0021")
        with db.engine.connect() as connection:
            titles = connection.execute(
                sa.text("SELECT language, title FROM question_text WHERE age_band = 'care-leavers'")
            ).all()
        assert titles and all(title == general[language] for language, title in titles)
