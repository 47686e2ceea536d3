"""The question bank: the core "Your voice" questions councils already report on, in every band and language.

One question a file (``NN-key.toml``, asked in the order of NN), read with the standard library. The demo's "Your
voice 2026" asks exactly these, so a consultation built from the bank compares with the demo and with every other
wave that used them (the question keys are the identities).

A question holds ``key``, ``kind``, ``core`` (ticked by default in the builder), ``bands``, ``title`` and ``hint``
as text maps, and ``[[options]]``, each with ``key``, ``symbol`` (a face or symbol for the youngest), ``positive``
(counted in the headline figure), ``bands`` (when only some bands see it) and ``label``. A text map is
``{language: {"*": the text, band: that band's own wording}}``: every language has a "*" text, and a band's own
wording exists in every language that has the text.

Languages added later (Pashto, Dari, Tigrinya, Sorani, Albanian, Vietnamese) each have one file,
``languages/<code>.toml``, holding every question's texts in that language by question key.

TRANSLATION STATUS: every non-English text here (Welsh, Polish, Romanian, Arabic, Urdu, and the files under
``languages/``) is a DRAFT awaiting review by a native speaker before any real use. Notes for reviewers:
- Welsh, Polish and Romanian address children and young people informally (ti / ty / tu) and parents and carers
  formally (chi / Państwo / dumneavoastră); "*" texts that parents and carers also see are neutral.
- Arabic is simple Modern Standard Arabic. Where it can, it avoids gendered second-person verbs (using, say,
  "عند الحاجة" or "لديك") so one text reads for boys and girls; parents and carers are addressed as plural.
- Urdu uses آپ throughout and prefers "آپ کو ..." constructions that do not change with the reader's gender.

Words: "home" (never "placement"), "family time" (never "contact"), "your worker", "social worker", "personal
adviser"; never "LAC", "vulnerable" or "respite" in anything the app shows as a question.

There is no "I'd rather not say" option anywhere: the app adds its own skip button to every question.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


def _option(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": raw["key"],
        "symbol": raw.get("symbol"),
        "positive": bool(raw.get("positive")),
        "bands": raw.get("bands"),
        "label": raw["label"],
    }


def _question(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": raw["key"],
        "kind": raw["kind"],
        "core": bool(raw.get("core")),
        "bands": raw["bands"],
        "title": raw["title"],
        "hint": raw.get("hint"),
        "options": [_option(option) for option in raw.get("options", [])],
    }


def _add_language(questions: tuple[dict[str, Any], ...], language: str, texts: dict[str, Any]) -> None:
    """Merge one language's file (``languages/xx.toml``) into the questions' text maps.

    The file holds, per question key, ``title`` and ``hint`` ({"*": text, band: text}) and ``options`` ({option key:
    {"*": label}}): a language added later is one file beside the others, not a line in fourteen."""
    by_key = {question["key"]: question for question in questions}
    unknown = set(texts) - set(by_key)
    if unknown:
        raise ValueError(f"languages/{language}.toml names questions the bank lacks: {sorted(unknown)}")
    for key, own in texts.items():
        question = by_key[key]
        for field in ("title", "hint"):
            if field in own:
                question[field][language] = own[field]
        labels = own.get("options", {})
        for option in question["options"]:
            if option["key"] in labels:
                option["label"][language] = labels[option["key"]]


@cache
def _bank() -> tuple[dict[str, Any], ...]:
    folder = resources.files(__name__)
    files = sorted((item for item in folder.iterdir() if item.name.endswith(".toml")), key=lambda f: f.name)
    questions = tuple(_question(tomllib.loads(item.read_text(encoding="utf-8"))) for item in files)
    for item in sorted(folder.joinpath("languages").iterdir(), key=lambda f: f.name):
        if item.name.endswith(".toml"):
            _add_language(questions, item.name.removesuffix(".toml"), tomllib.loads(item.read_text(encoding="utf-8")))
    return questions


def bank_questions() -> list[dict[str, Any]]:
    """Every bank question in the order a consultation asks them (a fresh copy of the list, shared question data)."""
    return list(_bank())


def bank_question(key: str) -> dict[str, Any] | None:
    return next((question for question in _bank() if question["key"] == key), None)


def bank_languages() -> list[str]:
    """The languages every bank question is written in (English first), in the order its texts list them."""
    first, *rest = _bank()
    return [code for code in first["title"] if all(code in question["title"] for question in rest)]
