"""The question bank: the core "Your voice" questions councils already report on, in every band and language.

They are the demo consultation's questions, so a consultation built from the bank compares with the demo and with
every other wave that used them (the question keys are the identities).
"""

from __future__ import annotations

from typing import Any

from participation.demo import content


def bank_questions() -> list[dict[str, Any]]:
    return [question for question in content.QUESTIONS]


def bank_question(key: str) -> dict[str, Any] | None:
    return next((question for question in content.QUESTIONS if question["key"] == key), None)
