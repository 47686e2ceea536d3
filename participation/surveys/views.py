"""A consultation as one young person reads it: their band's questions, in their language, with the answers each
question offers. Plain frozen data, cached by ``services.consultation_view``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from participation.surveys.kinds import Choice, Kind, QuestionKind


@dataclass(frozen=True)
class LocalText:
    text: str
    lang: str


@dataclass(frozen=True)
class OptionView:
    key: str
    label: LocalText
    symbol: str | None


@dataclass(frozen=True)
class QuestionView:
    id: uuid.UUID
    key: str
    kind: QuestionKind
    title: LocalText
    hint: LocalText | None
    options: tuple[OptionView, ...]
    text_limit: int
    is_core: bool

    @property
    def spec(self) -> Kind:
        """How this kind of question behaves (participation.surveys.kinds)."""
        return self.kind.spec

    @property
    def choices(self) -> list[Choice]:
        """Every answer the question offers, as the young person reads it."""
        return self.spec.choices(self)

    @property
    def offered(self) -> set[str]:
        return {choice.value for choice in self.choices}


@dataclass(frozen=True)
class ConsultationView:
    id: uuid.UUID
    code: str
    organisation_id: uuid.UUID
    version: int
    title: LocalText
    about: LocalText | None
    next_steps: LocalText | None
    questions: tuple[QuestionView, ...]
    # Read in the easy version (simpler words and pictures): the same questions, in their simplest wording.
    easy: bool = False

    def question(self, key: str) -> QuestionView | None:
        return next((question for question in self.questions if question.key == key), None)
