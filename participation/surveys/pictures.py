"""Pictures beside answers: the one registry of every picture an answer can carry, and the pictured answers a
free-text question offers in the easy version ("Simpler words and pictures").

Faces and thumbs are drawn by Heard as simple shapes: they read in black and white and take the text colour, and the
youngest band has always had them. Every other picture is an OpenMoji symbol (https://openmoji.org, CC BY-SA 4.0),
named in ``participation/static/src/symbols.json`` with its hexcode in the npm package ``openmoji``; the build
(``participation/static/build.mjs``) copies those, and only those, to ``static/build/symbols/<name>.svg``.

A picture is always beside a text label, never instead of one, so to a screen reader it is decoration. No Flask here:
``participation.templating.symbol_svg`` draws a picture, the builder offers ``BUILDER_NAMES``, the question kinds and
the analysis read ``PICTURE_ANSWERS``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l

from participation.paths import ROOT

MANIFEST = ROOT / "participation" / "static" / "src" / "symbols.json"

_FACE = (
    '<circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<circle cx="14" cy="16" r="2.2"/><circle cx="26" cy="16" r="2.2"/>'
    '<path d="{mouth}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>'
)
_MOUTHS = {
    "face-1": "M12 30 Q20 21 28 30",
    "face-2": "M13 28 Q20 24 27 28",
    "face-3": "M13 26 L27 26",
    "face-4": "M13 24 Q20 29 27 24",
    "face-5": "M11 23 Q20 33 29 23",
}
# Drawn pictures: the body of a 40×40 SVG that fills with the text colour.
DRAWN: dict[str, str] = {
    **{name: _FACE.format(mouth=mouth) for name, mouth in _MOUTHS.items()},
    "thumbs-up": '<path d="M8 18h6v16H8zM16 18l6-10c2 0 4 1 4 4l-1 5h8c2 0 3 2 3 4l-3 10c-1 2-2 3-4 3H16z"/>',
    "thumbs-down": '<path d="M8 6h6v16H8zM16 22l6 10c2 0 4-1 4-4l-1-5h8c2 0 3-2 3-4l-3-10c-1-2-2-3-4-3H16z"/>',
    "question": '<circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<path d="M15 15c0-3 2-5 5-5s5 2 5 5c0 4-5 4-5 8" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<circle cx="20" cy="29" r="1.8"/>',
}


def _openmoji() -> dict[str, str]:
    manifest: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return {name: str(hexcode) for name, hexcode in manifest.items() if not name.startswith("_")}


# OpenMoji pictures by name: each is served as static/build/symbols/<name>.svg.
OPENMOJI: dict[str, str] = _openmoji()

# The pictures a worker can give an answer in the builder (an option's ``symbol``; at most 20 characters).
BUILDER_NAMES: dict[str, Any] = {
    "": _l("No picture"),
    "face-5": _l("Very happy face"),
    "face-4": _l("Happy face"),
    "face-3": _l("In-between face"),
    "face-2": _l("Unhappy face"),
    "face-1": _l("Very unhappy face"),
    "thumbs-up": _l("Thumbs up"),
    "thumbs-down": _l("Thumbs down"),
    "question": _l("Question mark"),
    "one": _l("Number 1"),
    "two": _l("Number 2"),
    "three": _l("Number 3"),
    "four": _l("Number 4"),
    "too-little": _l("A little (pinching fingers)"),
    "about-right": _l("About right (OK hand)"),
    "too-much": _l("A lot (open hands)"),
    "money": _l("Money"),
    "home": _l("House"),
    "school": _l("School"),
    "health": _l("Doctor (stethoscope)"),
    "family": _l("Family"),
    "friends": _l("Friends"),
    "things-to-do": _l("Football"),
    "mobile-phone": _l("Mobile phone"),
    "happy": _l("Smiling face"),
    "sad": _l("Crying face"),
    "angry": _l("Angry face"),
    "scared": _l("Scared face"),
    "red-circle": _l("Red circle"),
    "blue-square": _l("Blue square"),
    "green-circle": _l("Green circle"),
    "orange-diamond": _l("Orange diamond"),
    "purple-circle": _l("Purple circle"),
    "star": _l("Star"),
}

# In the easy version every answer has a picture: one the worker did not choose is a shape, by its place in the list,
# so answers still look different from each other (the words beside them say what they mean).
FALLBACKS = ("red-circle", "blue-square", "green-circle", "orange-diamond", "purple-circle", "star")


def exists(name: str | None) -> bool:
    return bool(name) and (name in DRAWN or name in OPENMOJI)


def picture_for(symbol: str | None, position: int) -> str:
    """An answer's own picture, or the shape for its place (0-based) among the question's answers."""
    return symbol if symbol and exists(symbol) else FALLBACKS[position % len(FALLBACKS)]


@dataclass(frozen=True)
class PictureAnswer:
    """An answer a young person can pick instead of typing. ``reads_as`` is what the analysis reads it as: the
    English words a young person would type to say the same, so a picture is themed and screened exactly as those
    words are, whatever language the page was in (never more, never less)."""

    value: str
    label: Any  # lazily translated
    symbol: str
    reads_as: str


# "Choose a picture": feelings, then the things young people most often write about. Stored as ``Answer.pictures``.
PICTURE_ANSWERS: tuple[PictureAnswer, ...] = (
    PictureAnswer("happy", _l("Happy"), "happy", "I feel happy"),
    PictureAnswer("sad", _l("Sad"), "sad", "I feel sad"),
    PictureAnswer("angry", _l("Angry"), "angry", "I feel angry"),
    PictureAnswer("scared", _l("Scared"), "scared", "I feel scared"),
    PictureAnswer("family", _l("My family"), "family", "My family"),
    PictureAnswer("friends", _l("My friends"), "friends", "My friends"),
    PictureAnswer("home", _l("My home"), "home", "My home"),
    PictureAnswer("school", _l("School"), "school", "School"),
)
_BY_VALUE = {picture.value: picture for picture in PICTURE_ANSWERS}


def picture_answer(value: str) -> PictureAnswer | None:
    return _BY_VALUE.get(value)


def described(values: Sequence[str] | None, text: str | None) -> str:
    """An answer that may hold picked pictures, as words: the pictures' names (in the reader's language), then what
    was typed ("Sad, My home: …"); only the text where no picture was picked."""
    picked = [str(found.label) for value in values or () if (found := picture_answer(value)) is not None]
    if not picked:
        return text or ""
    said = ", ".join(picked)
    return f"{said}: {text}" if text else said
