"""The reading check holds the question bank to its own aims: every bank question, in every band that asks it, and
the whole bank at once, reads as easily as the band's aim (a check that calls its own questions too hard teaches
workers to ignore it)."""

from __future__ import annotations

import pytest

from participation.extensions import db
from participation.surveys import builder, plain_words
from participation.surveys.bank import bank_questions
from tests import factories

QUESTIONS = [(question["key"], band) for question in bank_questions() for band in question["bands"]]


def _hard(reading: plain_words.BandReading) -> str:
    return f"{reading.band}: age {reading.reading_age}, hard {[(s.text, s.words, s.long_words) for s in reading.hard]}"


@pytest.mark.parametrize(("key", "band"), QUESTIONS, ids=[f"{key}-{band}" for key, band in QUESTIONS])
def test_every_bank_question_passes_the_check_in_every_band_it_is_asked_of(app, key, band):
    with app.app_context():
        consultation = builder.create_from_bank(factories.organisation().id, "Bank", [key])
        reading = next(r for r in plain_words.reading_ages(consultation) if r.band == band)
        assert reading.words > 0
        assert not reading.too_hard, _hard(reading)
        db.session.rollback()


def test_the_whole_bank_passes_the_check_in_every_band(app):
    with app.app_context():
        keys = [question["key"] for question in bank_questions()]
        consultation = builder.create_from_bank(factories.organisation().id, "Bank", keys)
        readings = plain_words.reading_ages(consultation)
        assert [r.band for r in readings if r.too_hard] == [], [_hard(r) for r in readings if r.too_hard]
        # Enough words for a reading age in the older bands, and it is under each band's aim.
        older = [r for r in readings if r.band != "4-7"]
        assert all(r.reading_age is not None and r.reading_age <= r.target for r in older)
        db.session.rollback()


def test_each_band_is_judged_on_its_own_wording(app):
    """The youngest read their own hint ("Tap a face."), not the older bands' ("Think about your social worker")."""
    with app.app_context():
        consultation = builder.create_from_bank(factories.organisation().id, "Bank", ["listened-to"])
        question = builder.questions_of(consultation)[0]
        assert plain_words.english_for_band(question, "4-7") == [
            "Do grown-ups listen to you?",
            "Tap a face.",
            "Yes",
            "Sometimes",
            "No",
        ]
        db.session.rollback()
