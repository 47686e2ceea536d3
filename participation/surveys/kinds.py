"""Question kinds: everything that differs between one kind of question and another, in one registry.

A kind says what the builder calls it, whether workers write its answers, how a young person answers it (the form
field and the template partial under ``templates/respond/kinds/``), how the answer is stored and read back, whether it
is screened for worrying words or asks for consent to quote, and how it counts in the headline indicators. Callers
ask the registry (``spec(kind)``) and never branch on the kind themselves, so a new kind is a new entry here, a partial
and its tests. The database keeps the kind as plain text (no CHECK constraint): the registry is the list of kinds.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from babel.lists import format_list
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovTextInput
from wtforms import Field, RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.form import BaseForm
from wtforms.validators import InputRequired, Length, StopValidation, ValidationError

from participation.surveys.pictures import PICTURE_ANSWERS, described
from participation.widgets import Checkboxes, Radios, SelectChoice


def _listed(labels: Sequence[str], style: Literal["standard", "unit"] = "standard") -> str:
    """Several chosen answers as one list in the reader's language ("A, B and C"; Arabic joins with "،" and "و"),
    or a ranking as a plain series ("1. A, 2. B": style "unit")."""
    if len(labels) < 2:
        return "".join(labels)
    return str(format_list(list(labels), style=style, locale=get_locale() or "en_GB"))


class QuestionKind(enum.StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    SCALE = "scale"
    YES_NO = "yes_no"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    CONSENT_QUOTE = "consent_quote"
    RANK = "rank"

    @property
    def spec(self) -> Kind:
        return KINDS[self]

    @property
    def label(self) -> Any:
        """What the builder calls this kind (lazily translated)."""
        return KINDS[self].label

    @property
    def is_text(self) -> bool:
        """Free text in the young person's words (read by the demo's answer maker)."""
        return KINDS[self].text


# Invisible characters that are never part of what a child meant to write and that some databases refuse.
_DROPPED_CONTROLS = {chr(code) for code in range(32) if chr(code) not in "\t\n\r"} | {"\x7f"}


def clean_text(value: str) -> str:
    """Keep every script, emoji and direction mark as typed, but drop NUL and other control characters."""
    cleaned = "".join(ch for ch in value if ch not in _DROPPED_CONTROLS)
    return unicodedata.normalize("NFC", cleaned.replace("\r\n", "\n")).strip()


class _Label(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def lang(self) -> str: ...


class _OfferedOption(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def label(self) -> _Label: ...

    @property
    def symbol(self) -> str | None: ...


class Asked(Protocol):
    """A question as a young person reads it (``participation.surveys.views.QuestionView``)."""

    @property
    def kind(self) -> QuestionKind: ...

    @property
    def title(self) -> _Label: ...

    @property
    def options(self) -> Sequence[_OfferedOption]: ...

    @property
    def text_limit(self) -> int: ...


class _StoredOption(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def is_positive(self) -> bool: ...


@dataclass(frozen=True)
class Choice:
    """One answer a question offers: its stored value, its label, a picture, and the label's language."""

    value: str
    label: str
    symbol: str | None
    lang: str


@dataclass(frozen=True)
class Preset:
    """An answer the builder writes for the worker (the faces of a scale left without answers)."""

    label: str
    symbol: str | None
    positive: bool = False


@dataclass(frozen=True)
class Stored:
    """What is kept of an answer that was given: the choices (in order, where order means something), text, and the
    pictures picked instead of (or as well as) typing, in the easy version."""

    choices: tuple[str, ...] = ()
    text: str = ""
    pictures: tuple[str, ...] = ()


def _offered(allowed: set[str]) -> Callable[[BaseForm, Field], None]:
    def check(_form: BaseForm, field: Field) -> None:
        values = field.data if isinstance(field.data, list) else [field.data]
        if any(value not in allowed for value in values or [] if value):
            raise ValidationError(_l("Select one of the answers shown"))

    return check


@dataclass(frozen=True)
class Kind:
    """How one kind of question behaves. Subclasses hold the form field and how answers are kept."""

    kind: QuestionKind
    label: Any  # lazily translated: what the builder calls the kind
    template: str  # templates/respond/kinds/<template>.html
    own_options: bool = False  # workers write its answers in the builder
    fixed: tuple[tuple[str, Any, str], ...] = ()  # (value, label, symbol): answers every such question offers
    fixed_positive: frozenset[str] = frozenset()  # of ``fixed``: what counts towards the headline indicator
    presets: Mapping[int, tuple[Preset, ...]] = field(default_factory=dict)  # builder answers by scale points
    indicator: bool = False  # a core question of this kind is a headline indicator (positive of answered)
    symbols: bool = False  # pictures beside the answers for everyone, not only the youngest
    screened: bool = False  # free text: screened for worrying words as it is given
    consent: bool = False  # the answer says whether the young person's words may be quoted
    text_limit: int | None = None  # for free text: characters allowed unless the worker sets a limit
    ranking: bool = False  # the choices are in order of importance: counted as ranked first and in the top three
    pictures: bool = False  # in the easy version, pictures to pick instead of typing (surveys.pictures)

    @property
    def text(self) -> bool:
        return self.text_limit is not None

    @property
    def min_options(self) -> int:
        return 2 if self.own_options else 0

    def choices(self, question: Asked) -> list[Choice]:
        """Every answer a question offers, as the young person reads it."""
        if self.fixed:
            # A question may word a fixed answer itself in the language it is read in: Welsh answers "Yes" with the
            # question's own verb ("Wyt ti'n gallu…?" → "Ydw"), which one catalogue entry cannot know.
            own = {option.key: option.label for option in question.options if option.label.lang == question.title.lang}
            return [
                Choice(value, own[value].text, symbol, own[value].lang)
                if value in own
                else Choice(value, str(label), symbol, "")
                for value, label, symbol in self.fixed
            ]
        return [Choice(option.key, option.label.text, option.symbol, option.label.lang) for option in question.options]

    def positive_keys(self, options: Iterable[_StoredOption]) -> set[str]:
        """The answers that count towards the headline indicator."""
        if self.fixed_positive:
            return set(self.fixed_positive)
        return {option.key for option in options if option.is_positive}

    def field(self, question: Asked) -> Field:
        raise NotImplementedError

    def pictures_field(self) -> Field | None:
        """The pictured answers to pick in the easy version (``pictures``), or None for a kind without them. Never
        required: a young person may pick, type, both or neither."""
        if not self.pictures:
            return None
        return SelectMultipleField(
            _l("Choose a picture"),
            choices=[SelectChoice(picture.value, picture.label) for picture in PICTURE_ANSWERS],
            validate_choice=False,
            filters=[lambda values: list(dict.fromkeys(values or []))],
            validators=[_offered({picture.value for picture in PICTURE_ANSWERS})],
            widget=Checkboxes(),
        )

    def form_data(self, stored: Stored) -> Any:
        """The field's value for an answer given before (going back, changing an answer, resuming)."""
        return stored.choices[0] if stored.choices else None

    def stored(self, data: Any) -> Stored:
        """What to keep of the field's valid value."""
        return Stored(choices=(str(data),))

    def refuses(self, posted: Sequence[str], allowed: set[str]) -> bool:
        """Whether a post holds a value the page never offered (a tampered or forged request)."""
        return not set(posted) <= allowed

    def keeps(self, stored: Stored, offered: set[str]) -> bool:
        """Whether an answer still stands when the young person moves to another age band's questions."""
        return set(stored.choices) <= offered

    def describe(self, stored: Stored, labels: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
        """How an answer reads back (check page, receipt), and the language of that text."""
        chosen = [labels[value] for value in stored.choices if value in labels]
        langs = {lang for _label, lang in chosen if lang}
        return self.joined([label for label, _lang in chosen]), (langs.pop() if len(langs) == 1 else "")

    def joined(self, labels: Sequence[str]) -> str:
        return _listed(labels)


@dataclass(frozen=True)
class OneKind(Kind):
    """Choose one answer: radios."""

    def field(self, question: Asked) -> Field:
        choices = self.choices(question)
        return RadioField(
            question.title.text,
            choices=[SelectChoice(choice.value, choice.label) for choice in choices],
            validate_choice=False,
            validators=[
                InputRequired(message=_l("Select an answer, or choose ‘I’d rather not say’")),
                _offered({choice.value for choice in choices}),
            ],
            widget=Radios(),
        )


@dataclass(frozen=True)
class ManyKind(Kind):
    """Choose one or more answers: checkboxes."""

    def field(self, question: Asked) -> Field:
        choices = self.choices(question)
        return SelectMultipleField(
            question.title.text,
            choices=[SelectChoice(choice.value, choice.label) for choice in choices],
            validate_choice=False,
            # Each option once: a tampered post repeating one (300 times) stores it once. Unknown values stay, to be
            # refused by ``_offered``.
            filters=[lambda values: list(dict.fromkeys(values or []))],
            validators=[
                InputRequired(message=_l("Select at least one answer, or choose ‘I’d rather not say’")),
                _offered({choice.value for choice in choices}),
            ],
            widget=Checkboxes(),
        )

    def form_data(self, stored: Stored) -> Any:
        return list(stored.choices)

    def stored(self, data: Any) -> Stored:
        return Stored(choices=tuple(data or ()))


@dataclass(frozen=True)
class TextKind(Kind):
    """Free text in the young person's own words."""

    long: bool = False

    def field(self, question: Asked) -> Field:
        limit = question.text_limit
        field_class = TextAreaField if self.long else StringField
        too_long = _l("Your answer must be %(limit)s characters or fewer", limit=limit)
        return field_class(
            question.title.text,
            validators=[Length(max=limit, message=too_long)],
            filters=[lambda value: clean_text(value) if isinstance(value, str) else value],
            widget=GovCharacterCount() if self.long else GovTextInput(),
        )

    def form_data(self, stored: Stored) -> Any:
        return stored.text

    def stored(self, data: Any) -> Stored:
        return Stored(text=data or "")

    def refuses(self, posted: Sequence[str], allowed: set[str]) -> bool:
        return False

    def keeps(self, stored: Stored, offered: set[str]) -> bool:
        return True

    def describe(self, stored: Stored, labels: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
        # Picked pictures are named in the page's language; typed words keep their own direction beside them.
        return described(stored.pictures, stored.text), "auto" if stored.text else ""


RANK_PLACES = (_l("First choice"), _l("Second choice"), _l("Third choice"))


class RankField(Field):
    """Up to three answers, most important first, without JavaScript: one select per place, each posted as
    ``answer`` in page order, so ``data`` is the three places as chosen ("" for a place left empty)."""

    places = RANK_PLACES

    def __init__(self, label: str, choices: Sequence[Choice], **kwargs: Any) -> None:
        super().__init__(label, **kwargs)
        self.choices = list(choices)
        self.data: list[str] = []

    def process_data(self, value: Any) -> None:
        self.data = [str(item) for item in (value or [])][: len(self.places)]

    def process_formdata(self, valuelist: list[Any]) -> None:
        self.data = [str(item).strip() for item in valuelist]

    def place(self, index: int) -> str:
        return self.data[index] if index < len(self.data) else ""

    @property
    def ranked(self) -> list[str]:
        return [value for value in self.data if value]


def _rank_rules(choices: Sequence[Choice]) -> Callable[[BaseForm, Field], None]:
    labels = {choice.value: choice.label for choice in choices}

    def check(_form: BaseForm, field: Field) -> None:
        assert isinstance(field, RankField)
        ranked = field.ranked
        if not ranked:
            raise StopValidation(_l("Pick at least one, or choose ‘I’d rather not say’"))
        if len(field.data) > len(RANK_PLACES) or any(value not in labels for value in ranked):
            raise StopValidation(_l("Select one of the answers shown"))
        twice = next((value for value in ranked if ranked.count(value) > 1), None)
        if twice is not None:
            raise StopValidation(
                _l("You picked ‘%(answer)s’ more than once. Pick each one only once", answer=labels[twice])
            )

    return check


@dataclass(frozen=True)
class RankKind(Kind):
    """Pick and order up to three answers, most important first. Stored as the choices in order of importance."""

    def field(self, question: Asked) -> Field:
        choices = self.choices(question)
        return RankField(question.title.text, choices, validators=[_rank_rules(choices)])

    def form_data(self, stored: Stored) -> Any:
        return list(stored.choices)

    def stored(self, data: Any) -> Stored:
        return Stored(choices=tuple(value for value in data or [] if value))

    def refuses(self, posted: Sequence[str], allowed: set[str]) -> bool:
        return len(posted) > len(RANK_PLACES) or not {value for value in posted if value} <= allowed

    def joined(self, labels: Sequence[str]) -> str:
        return _listed([f"{number}. {label}" for number, label in enumerate(labels, start=1)], style="unit")


_FACES = {
    5: (
        Preset("Always", "face-5", True),
        Preset("Mostly", "face-4", True),
        Preset("Sometimes", "face-3"),
        Preset("Rarely", "face-2"),
        Preset("Never", "face-1"),
    ),
    3: (Preset("Yes", "face-5", True), Preset("Sometimes", "face-3"), Preset("No", "face-1")),
}

KINDS: dict[QuestionKind, Kind] = {
    item.kind: item
    for item in (
        OneKind(QuestionKind.SINGLE, _l("Choose one answer"), "choices", own_options=True, indicator=True),
        ManyKind(QuestionKind.MULTIPLE, _l("Choose one or more answers"), "choices", own_options=True),
        OneKind(
            QuestionKind.SCALE,
            _l("Scale with faces"),
            "choices",
            own_options=True,
            presets=_FACES,
            indicator=True,
            symbols=True,
        ),
        OneKind(
            QuestionKind.YES_NO,
            _l("Yes, no or not sure"),
            "choices",
            fixed=(
                ("yes", _l("Yes"), "thumbs-up"),
                ("no", _l("No"), "thumbs-down"),
                ("not-sure", _l("Not sure"), "question"),
            ),
            fixed_positive=frozenset({"yes"}),
            indicator=True,
        ),
        TextKind(QuestionKind.SHORT_TEXT, _l("Short text"), "short_text", screened=True, text_limit=200, pictures=True),
        TextKind(
            QuestionKind.LONG_TEXT,
            _l("Long text"),
            "long_text",
            screened=True,
            text_limit=2000,
            long=True,
            pictures=True,
        ),
        OneKind(
            QuestionKind.CONSENT_QUOTE,
            _l("Consent to quote their words"),
            "choices",
            fixed=(
                ("yes", _l("Yes, you can use my words"), "thumbs-up"),
                ("no", _l("No, do not use my words"), "thumbs-down"),
            ),
            consent=True,
        ),
        RankKind(
            QuestionKind.RANK, _l("Rank up to three, most important first"), "rank", own_options=True, ranking=True
        ),
    )
}


def spec(kind: QuestionKind | str) -> Kind:
    """The registry entry of a kind (or of its stored value)."""
    return KINDS[QuestionKind(kind)]


def indicator_kinds() -> tuple[QuestionKind, ...]:
    return tuple(kind for kind, item in KINDS.items() if item.indicator)


def ranking_kinds() -> tuple[QuestionKind, ...]:
    return tuple(kind for kind, item in KINDS.items() if item.ranking)
