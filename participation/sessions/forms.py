"""The forms of sessions and activity: a session (group, day, who ran it, topics, attendance by band), a note, an
activity."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovRadioInput, GovSelect, GovTextArea, GovTextInput
from wtforms import BooleanField, Field, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from participation.sessions.models import ACTIVITY_NAMES
from participation.sessions.services import MAX_ATTENDANCE, MAX_NOTE, MAX_TOPICS
from participation.surveys.models import BAND_NAMES
from participation.widgets import DayMonthYearField, SelectChoice, WholeNumberField


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _attendance_field(label: Any) -> WholeNumberField:
    return WholeNumberField(
        label,
        widget=GovTextInput(),
        not_a_number=_l("Enter how many came as a number, like 6"),
        validators=[
            Optional(),
            NumberRange(
                min=0, max=MAX_ATTENDANCE, message=_l("Enter a number from 0 to %(most)s", most=MAX_ATTENDANCE)
            ),
        ],
    )


class SessionForm(FlaskForm):
    group = SelectField(_l("Group"), widget=GovSelect(), validate_choice=False, choices=[])
    held_on = DayMonthYearField(
        _l("When the session was held"),
        not_a_date=_l("The date of the session must be a real date, like 14 3 2027"),
        validators=[InputRequired(message=_l("Enter the date of the session"))],
        description=_l("For example, 14 3 2027"),
    )
    run_by = StringField(
        _l("Who ran it"),
        filters=[_strip],
        widget=GovTextInput(),
        description=_l("For example, ‘the young people, with the participation worker’"),
        validators=[Length(max=120, message=_l("Who ran it must be 120 characters or fewer"))],
    )
    topics = TextAreaField(
        _l("Topics the young people chose"),
        widget=GovTextArea(),
        description=_l("One on each line, up to 12."),
        validators=[Length(max=1200, message=_l("The topics must be 1,200 characters or fewer"))],
    )
    band_4_7 = _attendance_field(BAND_NAMES["4-7"])
    band_8_11 = _attendance_field(BAND_NAMES["8-11"])
    band_12_17 = _attendance_field(BAND_NAMES["12-17"])
    band_care_leavers = _attendance_field(BAND_NAMES["care-leavers"])
    band_parents_carers = _attendance_field(BAND_NAMES["parents-carers"])

    def band_fields(self) -> dict[str, Field]:
        return {
            "4-7": self.band_4_7,
            "8-11": self.band_8_11,
            "12-17": self.band_12_17,
            "care-leavers": self.band_care_leavers,
            "parents-carers": self.band_parents_carers,
        }

    def attendance(self) -> dict[str, int]:
        """The bands filled in (a 0 typed is kept); none filled in is no attendance recorded (an empty dict)."""
        return {band: int(field.data) for band, field in self.band_fields().items() if field.data is not None}

    def topic_lines(self) -> list[str]:
        return [line.strip() for line in (self.topics.data or "").splitlines() if line.strip()]

    def validate_topics(self, field: Field) -> None:
        lines = self.topic_lines()
        if len(lines) > MAX_TOPICS:
            raise ValidationError(_l("Give up to 12 topics, one on each line"))
        if any(len(line) > 80 for line in lines):
            raise ValidationError(_l("Each topic must be 80 characters or fewer"))


class ChangeSessionForm(SessionForm):
    """A session's details after it was recorded: the day, who ran it, the topics and attendance (added once the
    session is over, or corrected). The group stays: what was said there was said in that group. ``revision`` is the
    one the form was opened at."""

    revision = HiddenField()


class NoteForm(FlaskForm):
    text = TextAreaField(
        _l("What young people said"),
        filters=[_strip],
        widget=GovTextArea(),
        description=_l("In their words. Leave out names."),
        validators=[
            DataRequired(message=_l("Enter what young people said")),
            Length(max=MAX_NOTE, message=_l("The note must be 2,000 characters or fewer")),
        ],
    )
    consent = BooleanField(
        _l("The young person agreed we can quote these words, without their name"), widget=GovCheckboxInput()
    )


class ActivityForm(FlaskForm):
    kind = RadioField(
        _l("What young people did"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in ACTIVITY_NAMES.items()],
        validators=[InputRequired(message=_l("Select what young people did"))],
    )
    held_on = DayMonthYearField(
        _l("When it happened"),
        not_a_date=_l("The date it happened must be a real date, like 14 3 2027"),
        validators=[InputRequired(message=_l("Enter the date it happened"))],
        description=_l("For example, 14 3 2027"),
    )
    young_people = WholeNumberField(
        _l("How many young people took part"),
        widget=GovTextInput(),
        not_a_number=_l("Enter how many young people took part as a number, like 4"),
        validators=[
            InputRequired(message=_l("Enter how many young people took part")),
            NumberRange(
                min=1, max=MAX_ATTENDANCE, message=_l("Enter a number from 1 to %(most)s", most=MAX_ATTENDANCE)
            ),
        ],
    )
    description = StringField(
        _l("What it was (optional)"),
        filters=[_strip],
        widget=GovTextInput(),
        description=_l("For example, ‘interview panel for a new head of service’"),
        validators=[Length(max=300, message=_l("The description must be 300 characters or fewer"))],
    )

    def validate_kind(self, field: Field) -> None:
        if field.data not in ACTIVITY_NAMES:
            raise ValidationError(_l("Select what young people did"))
