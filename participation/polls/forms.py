"""The worker's forms: a new poll, and the buttons that decide on a word."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSelect, GovTextArea, GovTextInput
from wtforms import Field, HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.languages import Language
from participation.polls.models import KIND_NAMES, Poll, PollKind
from participation.polls.services import MAX_OPTIONS, SAME, Refused
from participation.widgets import SelectChoice

CHOICE_KINDS = (PollKind.ONE.value, PollKind.UP_TO_THREE.value, PollKind.RANK.value)


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class NewPollForm(FlaskForm):
    question = StringField(
        _l("Question"),
        filters=[_strip],
        widget=GovTextInput(),
        description=_l("For example, ‘What should the next forum be about?’"),
        validators=[
            InputRequired(message=_l("Enter the question")),
            Length(max=200, message=_l("The question must be 200 characters or fewer")),
        ],
    )
    kind = RadioField(
        _l("How young people answer"),
        widget=GovRadioInput(),
        validate_choice=False,
        choices=[SelectChoice(value, label) for value, label in KIND_NAMES.items()],
        validators=[InputRequired(message=_l("Select how young people answer"))],
    )
    options = TextAreaField(
        _l("Answers to choose from"),
        widget=GovTextArea(),
        description=_l("One on each line, from 2 to 8. Only for choose one, choose up to three and put in order."),
        validators=[Length(max=1000, message=_l("The answers must be 1,000 characters or fewer"))],
    )
    group = SelectField(_l("Group in the room (optional)"), widget=GovSelect(), validate_choice=False, choices=[])
    session = SelectField(
        _l("Session it is asked in (optional)"),
        widget=GovSelect(),
        validate_choice=False,
        choices=[],
        description=_l("The session’s page lists the polls asked in it, with their results."),
    )

    def validate_kind(self, field: Field) -> None:
        if field.data not in KIND_NAMES:
            raise ValidationError(_l("Select how young people answer"))

    def validate_options(self, field: Field) -> None:
        if self.kind.data not in CHOICE_KINDS:
            return
        lines = self.option_lines()
        if not 2 <= len(lines) <= MAX_OPTIONS:
            raise ValidationError(_l("Give from 2 to 8 answers, one on each line"))
        if any(len(line) > 80 for line in lines):
            raise ValidationError(_l("Each answer must be 80 characters or fewer"))
        if len({line.casefold() for line in lines}) != len(lines):
            raise ValidationError(_l("Give each answer only once"))

    def option_lines(self) -> list[str]:
        return [line.strip() for line in (self.options.data or "").splitlines() if line.strip()]


def translation_form(poll: Poll, languages: Sequence[Language], formdata: Any = None) -> FlaskForm:
    """Boxes for the poll's question and each option in each of ``languages``, filled with what is kept: fields
    ``question_<code>`` and ``option_<index>_<code>``. Empty boxes read in English."""
    fields: dict[str, Any] = {}
    for language in languages:
        kept = (poll.texts or {}).get(language.code) or {}
        options = list(kept.get("options") or [])
        fields[f"question_{language.code}"] = StringField(
            _l("The question in %(language)s", language=language.native_name),
            default=kept.get("question") or "",
            filters=[_strip],
            widget=GovTextInput(),
            validators=[Length(max=200, message=_l("The question must be 200 characters or fewer"))],
        )
        for index, english in enumerate(poll.options):
            fields[f"option_{index}_{language.code}"] = StringField(
                _l("‘%(option)s’ in %(language)s", option=english, language=language.native_name),
                default=options[index] if index < len(options) else "",
                filters=[_strip],
                widget=GovTextInput(),
                validators=[Length(max=80, message=_l("Each answer must be 80 characters or fewer"))],
            )
    # The translations as this page was drawn with them: a language the worker leaves as it was keeps whatever is
    # saved when they press Save, so two people translating into different languages never undo each other.
    fields["seen"] = HiddenField(default=json.dumps(poll.texts or {}, sort_keys=True, ensure_ascii=False))
    form_class = type("PollTranslationForm", (FlaskForm,), fields)
    return form_class(formdata=formdata) if formdata is not None else form_class()


def translations_seen(form: FlaskForm) -> dict[str, Any] | None:
    """The translations the page was drawn with (``translation_form``), or None if the page did not say."""
    try:
        seen = json.loads(form["seen"].data or "")
    except (TypeError, ValueError):
        return None
    return seen if isinstance(seen, dict) else None


def translations_given(form: FlaskForm, poll: Poll, languages: Sequence[Language]) -> dict[str, dict[str, Any]]:
    """What a valid translation form says, by language: ``{"pl": {"question": ..., "options": [...]}}``."""
    return {
        language.code: {
            "question": form[f"question_{language.code}"].data or "",
            "options": [form[f"option_{index}_{language.code}"].data or "" for index in range(len(poll.options))],
        }
        for language in languages
    }


def refuse(form: FlaskForm, poll: Poll, languages: Sequence[Language], refused: Sequence[Refused]) -> None:
    """Put each refusal of ``services.translate`` on its box, in words that say why and what to do; what was typed
    stays in every box."""
    names = {language.code: language.native_name for language in languages}
    for item in refused:
        language = names.get(item.language, item.language)
        if item.index is None:
            name = f"question_{item.language}"
            message = _l(
                "Someone has already answered in %(language)s, so the question keeps the words they read. To ask it "
                "in other words, close this poll and open a new one.",
                language=language,
            )
        elif item.reason == SAME and item.other is not None:
            name = f"option_{item.index}_{item.language}"
            message = _l(
                "‘%(option)s’ reads the same as ‘%(other)s’ in %(language)s. Give each answer different words, so a "
                "phone never shows two the same.",
                option=poll.options[item.index],
                other=poll.options[item.other],
                language=language,
            )
        else:
            name = f"option_{item.index}_{item.language}"
            message = _l(
                "Someone has already answered in %(language)s, so ‘%(option)s’ keeps the words they read. To use "
                "other words, close this poll and open a new one.",
                option=poll.options[item.index],
                language=language,
            )
        field = form[name]
        field.errors = [*field.errors, str(message)]


class WordDecisionForm(FlaskForm):
    """Approve or hide one word (the buttons carry the answer's id and the decision)."""
