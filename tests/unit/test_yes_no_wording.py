"""A yes/no question's own wording of its answers is used in the language it is read in (Welsh "Ydw", not "Ie")."""

from __future__ import annotations

from dataclasses import dataclass

from participation.surveys.kinds import QuestionKind


@dataclass(frozen=True)
class Label:
    text: str
    lang: str


@dataclass(frozen=True)
class Offered:
    key: str
    label: Label
    symbol: str | None = None


@dataclass(frozen=True)
class Question:
    title: Label
    options: tuple[Offered, ...]
    kind: QuestionKind = QuestionKind.YES_NO
    text_limit: int = 0


def test_welsh_question_answers_with_its_own_verb() -> None:
    question = Question(
        Label("Wyt ti'n gallu cysylltu â dy weithiwr cymdeithasol?", "cy"),
        (Offered("yes", Label("Ydw", "cy")), Offered("no", Label("Nac ydw", "cy"))),
    )
    choices = {choice.value: choice for choice in QuestionKind.YES_NO.spec.choices(question)}
    assert (choices["yes"].label, choices["yes"].lang) == ("Ydw", "cy")
    assert (choices["no"].label, choices["no"].lang) == ("Nac ydw", "cy")
    assert choices["not-sure"].lang == ""  # the catalogue's words, in the page's language


def test_own_words_in_another_language_are_not_used() -> None:
    # The options fell back to English while the question reads in Polish: the catalogue's "Tak" / "Nie" win.
    question = Question(
        Label("Czy możesz skontaktować się z pracownikiem socjalnym?", "pl"),
        (Offered("yes", Label("Yes", "en")), Offered("no", Label("No", "en"))),
    )
    choices = QuestionKind.YES_NO.spec.choices(question)
    assert [choice.lang for choice in choices] == ["", "", ""]
