"""The young person's answer form, one per kind of poll, and every word of it a young person reads (extracted into
the young people's catalogues: babel-young-people.cfg)."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovRadioInput, GovSelect, GovTextInput
from markupsafe import Markup
from wtforms import Field, HiddenField, RadioField, SelectField, SelectMultipleField, StringField
from wtforms.validators import InputRequired, Length, ValidationError

from participation.languages import SOURCE
from participation.polls.models import Poll, PollKind
from participation.polls.services import MAX_CHOSEN, MAX_WORD, PollView, view_in, words_key
from participation.widgets import SelectChoice

# The face scale's labels, saddest first, in young people's words (the faces are pictures beside them).
FACE_LABELS = (_l("Really unhappy"), _l("Unhappy"), _l("Okay"), _l("Happy"), _l("Really happy"))
FACE_SYMBOLS = ("😢", "🙁", "😐", "🙂", "😀")
CODE_NOT_FOUND = _l("Check the code on the screen and try again")
WORDS_CHANGED = _l("The words on this page have just changed. Check your answer, then send it again.")


def _strip(value: object) -> object:
    # A NUL is never typed (and PostgreSQL cannot keep one): taken out, as from survey comments, never an error.
    return value.replace("\x00", "").strip() if isinstance(value, str) else value


def _one_of(count: int) -> Any:
    def check(_form: FlaskForm, field: Field) -> None:
        values = field.data if isinstance(field.data, list) else [field.data]
        if any(value not in {str(index) for index in range(count)} for value in values):
            raise ValidationError(_l("Choose from the answers given"))

    return check


def answer_form(poll: Poll, formdata: Any = None, view: PollView | None = None) -> FlaskForm:
    """The form a young person answers the poll with: the poll's question is the legend, in the language of
    ``view`` (``services.view_in``; English without one). The values are the options' indexes, whatever the
    language, so results count per option."""
    fields: dict[str, Any] = {}
    words = view or view_in(poll, SOURCE)
    question = words.question.text
    labels = [option.text for option in words.options]
    choices = [SelectChoice(str(index), label) for index, label in enumerate(labels)]
    if poll.kind == PollKind.ONE:
        fields["answer"] = RadioField(
            question,
            widget=GovRadioInput(),
            validate_choice=False,
            choices=choices,
            validators=[InputRequired(message=_l("Choose an answer")), _one_of(len(choices))],
        )
    elif poll.kind == PollKind.FACES:
        faces = [SelectChoice(str(index), label) for index, label in enumerate(FACE_LABELS)]
        fields["answer"] = RadioField(
            question,
            widget=GovRadioInput(),
            validate_choice=False,
            choices=faces,
            validators=[InputRequired(message=_l("Choose how you feel")), _one_of(len(faces))],
        )
    elif poll.kind == PollKind.UP_TO_THREE:
        fields["answer"] = SelectMultipleField(
            question,
            widget=GovCheckboxesInput(),
            validate_choice=False,
            choices=choices,
            description=_l("Choose up to 3"),
            validators=[InputRequired(message=_l("Choose at least one answer")), _one_of(len(choices)), _up_to_three],
        )
    elif poll.kind == PollKind.RANK:
        places = [SelectChoice("", "")] + [SelectChoice(str(place), str(place)) for place in range(1, len(choices) + 1)]
        for index, label in enumerate(labels):
            fields[f"place_{index}"] = SelectField(
                label,
                widget=GovSelect(),
                validate_choice=False,
                choices=places,
                validators=[InputRequired(message=_("Give ‘%(option)s’ a place", option=label))],
            )
    else:
        fields["answer"] = StringField(
            question,
            filters=[_strip],
            widget=GovTextInput(),
            validators=[
                InputRequired(message=_l("Write a word")),
                Length(max=MAX_WORD, message=_l("Write 40 letters or fewer")),
            ],
        )
    # The words this page shows, sent back with the answer: one given to words a worker has changed since is asked
    # again (services.same_words).
    fields["words"] = HiddenField(default=words_key(words))
    form_class = type("PollAnswerForm", (FlaskForm,), fields)
    return form_class(formdata=formdata) if formdata is not None else form_class()


def words_shown(form: FlaskForm) -> str | None:
    """The fingerprint of the words the answering page showed, or None if what was sent carried none."""
    raw = form["words"].raw_data
    return str(raw[0]) if raw else None


def _up_to_three(_form: FlaskForm, field: Field) -> None:
    if len(field.data or []) > MAX_CHOSEN:
        raise ValidationError(_l("Choose up to 3 answers"))


def answered(poll: Poll, form: FlaskForm) -> tuple[list[int], str | None, str | None]:
    """What a valid form says: the chosen option indexes (the ranked order, for a ranking), the word, or a problem
    to show (two options given the same place)."""
    if poll.kind == PollKind.RANK:
        places = {index: form[f"place_{index}"].data for index in range(len(poll.options))}
        if sorted(places.values()) != [str(place) for place in range(1, len(poll.options) + 1)]:
            return [], None, _("Give each answer a different place")
        return [index for index, _place in sorted(places.items(), key=lambda item: int(item[1]))], None, None
    if poll.kind == PollKind.WORD:
        return [], str(form["answer"].data), None
    data = form["answer"].data
    values = data if isinstance(data, list) else [data]
    # A choice sent twice in one answer (a tampered form: answer=0&answer=0) counts once.
    return list(dict.fromkeys(int(value) for value in values)), None, None


def face_items(form: FlaskForm) -> list[dict[str, Any]]:
    """The face scale's radios: each face a picture hidden from screen readers, beside its words (escaped)."""
    chosen = form["answer"].data
    return [
        {
            "value": str(index),
            "checked": chosen == str(index),
            "html": Markup('<span aria-hidden="true">{}</span> {}').format(symbol, label),
        }
        for index, (symbol, label) in enumerate(zip(FACE_SYMBOLS, FACE_LABELS, strict=True))
    ]
