"""The one registry of pictures (participation/surveys/pictures.py) and what the build copies from OpenMoji."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from participation.analysis import engine, pictured
from participation.analysis.pictured import classify_answer
from participation.surveys import pictures
from participation.surveys.bank import bank_questions

ROOT = Path(__file__).resolve().parents[2]
OPENMOJI = ROOT / "node_modules" / "openmoji" / "color" / "svg"
BUILT = ROOT / "participation" / "static" / "build" / "symbols"


def test_every_picture_named_anywhere_exists():
    named = set(pictures.BUILDER_NAMES) - {""}
    named |= set(pictures.FALLBACKS) | {picture.symbol for picture in pictures.PICTURE_ANSWERS}
    named |= {option["symbol"] for question in bank_questions() for option in question["options"] if option["symbol"]}
    # The easy start page's pictures and the switch's (templates/respond/start.html, macros.html).
    named |= {"timer", "people", "lock", "ring-buoy", "envelope", "skip", "pictures"}
    assert sorted(name for name in named if not pictures.exists(name)) == []
    assert all(len(name) <= 20 for name in named)  # Option.symbol is a String(20)
    assert not set(pictures.DRAWN) & set(pictures.OPENMOJI)


def test_the_manifest_names_openmoji_files_that_exist():
    if not OPENMOJI.is_dir():
        pytest.skip("node_modules/openmoji is not installed (npm ci)")
    manifest = json.loads(pictures.MANIFEST.read_text(encoding="utf-8"))
    assert all((OPENMOJI / f"{hexcode}.svg").is_file() for name, hexcode in manifest.items() if name[0] != "_")


def test_the_build_copies_only_the_pictures_heard_uses():
    if not BUILT.is_dir():
        pytest.skip("assets not built (npm run build)")
    # Each is also written under a digest name (happy.0a1b2c3d4e5f.svg, participation/assets.py).
    plain = [path for path in BUILT.glob("*.svg") if not re.search(r"\.[0-9a-f]{12}$", path.stem)]
    assert sorted(path.stem for path in plain) == sorted(pictures.OPENMOJI)
    for path in BUILT.glob("*.svg"):
        svg = path.read_text(encoding="utf-8")
        assert svg.startswith("<svg ") and svg.rstrip().endswith("</svg>")
        assert "<script" not in svg and " id=" not in svg


def test_a_fallback_shape_only_where_an_answer_has_no_picture():
    assert pictures.picture_for("home", 3) == "home"
    assert pictures.picture_for(None, 0) != pictures.picture_for(None, 1)
    assert pictures.picture_for("not-a-picture", 7) in pictures.FALLBACKS


@pytest.mark.parametrize("picture", pictures.PICTURE_ANSWERS, ids=lambda picture: picture.value)
def test_a_picked_picture_reads_exactly_as_its_words(picture):
    """Never more, never less: the themes, tone and screening of the words it stands for."""
    words = engine.classify(picture.reads_as)
    read = classify_answer(None, [picture.value])
    assert (read.themes, read.sentiment, read.safeguarding) == (words.themes, words.sentiment, words.safeguarding)
    assert read.language is None  # no typed words, so no language to name


def test_typed_words_beside_pictures_are_read_as_always():
    typed = "my stepdad hits me"
    assert engine.classify(typed).safeguarding
    read = classify_answer(typed, ["happy", "home"])
    assert read.safeguarding and read.language == "en"
    assert {"home-and-stability", "safety"} <= set(read.themes)
    assert classify_answer(typed, None) == engine.classify(typed)


@pytest.mark.parametrize("near", sorted(pictured.NEAR))
def test_fear_beside_a_person_or_a_place_is_a_possible_disclosure(near):
    """Found from outside: "Scared" and "My home", each read apart, flagged nothing, where typing "scared at home" did.
    A child who cannot type must not be screened more weakly than one who can."""
    result = classify_answer(None, ["scared", near])
    assert result.safeguarding and any("scared" in term for term in result.risk_terms)
    assert pictured.may_disclose(None, ["scared", near])
    # Order does not matter, and other feelings beside a place stay ordinary.
    assert classify_answer(None, [near, "scared"]).safeguarding
    assert not classify_answer(None, ["happy", near]).safeguarding
    assert not pictured.may_disclose(None, ["happy", near])


def test_fear_alone_or_with_a_feeling_is_read_as_its_words():
    assert classify_answer(None, ["scared"]).safeguarding == engine.classify("I feel scared").safeguarding
    assert not pictured.fear_beside(["scared", "sad"])
