"""A theme on an answer carries the answer's response and consultation (migration 0030), whichever way it was written:
at submission, by a re-analysis, and by a worker's correction; and the migration fills them in for themes written
before it. The board pack counts who raised each theme from these columns alone (``pack.theme_counts``), so a theme
with the wrong consultation would be counted in another consultation's pack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import delete, select

from participation.analysis import services as analysis
from participation.analysis.models import AnswerTheme, ThemeSource
from participation.boards import pack, yousaid
from participation.extensions import db
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation
from tests import factories
from tests.journey import Journey
from tests.migrating import own_database

WORDS = "I want to see my little brother more and my social worker never listens"


def _mismatched() -> list[tuple[str, str]]:
    """Theme rows whose response or consultation is not their answer's."""
    rows = db.session.execute(
        select(AnswerTheme.slug, Answer.question_key)
        .join(Answer, Answer.id == AnswerTheme.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(
            (AnswerTheme.response_id != Answer.response_id) | (AnswerTheme.consultation_id != Response.consultation_id)
        )
    ).all()
    return [(slug, key) for slug, key in rows]


def _themes_of(consultation_id) -> list[AnswerTheme]:
    return list(db.session.scalars(select(AnswerTheme).where(AnswerTheme.consultation_id == consultation_id)))


@pytest.fixture()
def two(app) -> tuple:
    """Two consultations of two councils, each with an answer that raises themes."""
    with app.app_context():
        ours = factories.consultation(code="yv")
        theirs = factories.consultation(factories.organisation("Other Council"), code="other")
        factories.stored_response(theirs, {"one-change": WORDS}, analyse=True)
        db.session.commit()
        return ours.id, theirs.id


def test_submission_writes_the_answers_response_and_consultation(app, two):
    ours, theirs = two
    journey = Journey(app.test_client(), "yv")
    journey.start("12-17")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current()
    journey.submit_current({"answer": WORDS})
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    with app.app_context():
        response = db.session.scalar(select(Response).where(Response.consultation_id == ours))
        themes = _themes_of(ours)
        assert themes and {row.response_id for row in themes} == {response.id}
        assert {row.slug for row in themes} >= {"family-time"}
        assert _themes_of(theirs) and not _mismatched()
        # What the pack and "you said" count is this consultation's only.
        assert yousaid.respondents_by_theme(ours)["family-time"] == 1
        consultation = db.session.get(Consultation, ours)
        assert {slug for slug, *_rest in pack.theme_counts(consultation)} == {row.slug for row in themes}


def test_rerun_and_a_workers_correction_write_them_too(app, two):
    ours, theirs = two
    with app.app_context():
        consultation = db.session.get(Consultation, ours)
        response = factories.stored_response(consultation, {"one-change": WORDS}, analyse=False)
        answer = response.answers[0]
        db.session.commit()
        assert not _themes_of(ours)
        analysis.rerun(ours)  # what `flask analysis rerun` runs
        db.session.commit()
        rerun = _themes_of(ours)
        assert rerun and all(row.source == ThemeSource.AUTO for row in rerun)
        assert {(row.response_id, row.consultation_id) for row in rerun} == {(response.id, ours)}

        db.session.execute(delete(AnswerTheme).where(AnswerTheme.consultation_id == ours))
        db.session.commit()
        db.session.expire_all()
        analysis.correct_theme(db.session.get(Answer, answer.id), "safety", True)
        db.session.commit()
        added = db.session.get(AnswerTheme, (answer.id, "safety"))
        assert added is not None and added.source == ThemeSource.WORKER
        assert (added.response_id, added.consultation_id) == (response.id, ours)
        assert not _mismatched() and _themes_of(theirs)


def test_deleting_a_response_takes_its_themes_with_it(app, two):
    ours, _theirs = two
    with app.app_context():
        consultation = db.session.get(Consultation, ours)
        response = factories.stored_response(consultation, {"one-change": WORDS}, analyse=True)
        db.session.commit()
        assert _themes_of(ours)
        db.session.execute(delete(Response).where(Response.id == response.id))
        db.session.commit()
        assert not _themes_of(ours) and not yousaid.respondents_by_theme(ours)


@pytest.fixture(scope="module")
def migrated() -> Iterator[Flask]:
    from flask_migrate import upgrade

    with own_database("theme_migration") as application:
        with application.app_context():
            upgrade()
        yield application


def test_the_migration_fills_them_in_for_themes_written_before_it(migrated):
    from flask_migrate import downgrade, upgrade

    with migrated.app_context():
        ours = factories.consultation(code="mig")
        theirs = factories.consultation(factories.organisation("Other Migrating Council"), code="mig2")
        mine = [factories.stored_response(ours, {"one-change": WORDS}, analyse=True) for _n in range(2)]
        other = factories.stored_response(theirs, {"one-change": WORDS}, analyse=True)
        db.session.commit()
        before = {
            (row.answer_id, row.slug): (row.response_id, row.consultation_id)
            for row in db.session.scalars(select(AnswerTheme))
        }
        assert {value for value in before.values()} == {
            (mine[0].id, ours.id),
            (mine[1].id, ours.id),
            (other.id, theirs.id),
        }
        db.session.close()  # the migrations run on a connection of their own
        downgrade(revision="-1")
        db.session.close()
        upgrade()
        db.session.close()
        after = {
            (row.answer_id, row.slug): (row.response_id, row.consultation_id)
            for row in db.session.scalars(select(AnswerTheme))
        }
        assert after == before
