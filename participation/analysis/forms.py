"""The safeguarding lead's form on a case; the comments page's search and filters."""

from __future__ import annotations

from collections import Counter
from typing import Any

from flask_babel import format_number
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovTextArea, GovTextInput
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from participation.analysis.comment_filters import SEARCH_MAX
from participation.analysis.models import CASE_STATUS_NAMES, CaseStatus
from participation.widgets import SelectChoice, WholeNumberField


class CaseForm(FlaskForm):
    status = RadioField(
        _l("What have you decided?"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in CASE_STATUS_NAMES.items() if value != CaseStatus.NEW],
        validators=[InputRequired(message=_l("Select what you have decided"))],
    )
    note = TextAreaField(
        _l("Notes"),
        widget=GovTextArea(),
        validators=[Length(max=5000, message=_l("Notes must be 5,000 characters or fewer"))],
        description=_l("What you did and why. Notes are kept with the case and cannot be changed."),
    )

    def validate_status(self, field: RadioField) -> None:
        if field.data not in CASE_STATUS_NAMES or field.data == CaseStatus.NEW:
            raise ValidationError(_l("Select what you have decided"))

    def validate_note(self, field: TextAreaField) -> None:
        if self.status.data in (CaseStatus.REFERRED, CaseStatus.NO_CONCERN) and not (field.data or "").strip():
            raise ValidationError(_l("Write a note saying why"))


class CommentFilterForm(FlaskForm):
    """The comments page's search and filters, sent as GET parameters (so a page of results has an address to share
    and go back to). Each filter's choices carry how many comments each would give (``count``); a value the page does
    not offer gets a sentence saying so, and the page is shown without that filter, never an error page."""

    class Meta:
        csrf = False  # a search changes nothing

    q = StringField(
        _l("Search the comments"),
        widget=GovTextInput(),
        description=_l("Finds the comments with every word you type in them. Capitals and accents do not matter."),
        validators=[Length(max=SEARCH_MAX, message=_l("Search words must be 100 characters or fewer"))],
        # The box takes no more than the server does: a pasted essay is cut short in the box, not refused later.
        render_kw={"maxlength": SEARCH_MAX},
        filters=[lambda value: " ".join(value.split()) if isinstance(value, str) else value],
    )
    show = SelectField(_l("Show"), widget=GovSelect(), validate_choice=False, default="unread")
    theme = SelectField(_l("About"), widget=GovSelect(), validate_choice=False)
    band = SelectField(_l("Age band"), widget=GovSelect(), validate_choice=False)
    language = SelectField(_l("Language"), widget=GovSelect(), validate_choice=False)
    flag = SelectField(_l("The screen found"), widget=GovSelect(), validate_choice=False)
    page = WholeNumberField(
        _l("Page"),
        not_a_number=_l("Page must be a number, like 2"),
        validators=[Optional(), NumberRange(min=1, message=_l("Page must be 1 or more"))],
    )

    WRONG = {
        "show": _l("Choose which comments to show from the list"),
        "theme": _l("Choose a theme from the list"),
        "band": _l("Choose an age band from the list"),
        "language": _l("Choose a language from the list"),
        "flag": _l("Choose what the screen found from the list"),
    }

    # Until ``offer`` names them, only "every comment" ("") is a choice, so a form validated without its choices
    # (as the walk over every form does) says "choose from the list" instead of failing.
    allowed: dict[str, dict[str, str]] = {}

    def offer(self, allowed: dict[str, dict[str, str]]) -> None:
        """Each filter's values and names (``""`` for every comment), in the order the page lists them."""
        self.allowed = allowed
        for name, values in allowed.items():
            getattr(self, name).choices = [SelectChoice(value, label) for value, label in values.items()]

    def validate(self, extra_validators: Any = None) -> bool:
        valid = bool(super().validate(extra_validators))
        for name, message in self.WRONG.items():
            field = getattr(self, name)
            if (field.data or "") not in self.allowed.get(name, {"": ""}):
                field.errors = [*field.errors, str(message)]
                valid = False
        return valid

    def drop_wrong(self) -> None:
        """After ``validate``: a filter with a wrong value takes every comment, a wrong page is the first."""
        for name in self.WRONG:
            field = getattr(self, name)
            if field.errors:
                field.data = field.default or ""
        if self.page.errors:
            self.page.data = None

    def count(self, counts: dict[str, Counter[str]], keep: dict[str, set[str]]) -> None:
        """Name each choice with how many comments choosing it would give; list only those in ``keep`` (the ones
        this consultation's comments have) and the one chosen."""
        for name, values in self.allowed.items():
            field, tally = getattr(self, name), counts[name]
            shown = keep[name] | {field.data or "", "", "all"}
            field.choices = [
                SelectChoice(value, _("%(choice)s (%(number)s)", choice=label, number=format_number(tally[value])))
                for value, label in values.items()
                if value in shown
            ]
