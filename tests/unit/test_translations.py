"""Every supported language's catalogue is complete, current with the source, and honest about review."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.pofile import read_po

from participation.languages import LANGUAGES as REGISTRY
from participation.languages import SOURCE, translated_codes

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = translated_codes()
PLACEHOLDER = re.compile(r"%\([a-z_]+\)s|%%\{count\}")


def path_of(language: str) -> Path:
    return ROOT / "translations" / REGISTRY[language].catalogue / "LC_MESSAGES" / "messages.po"


def catalogue(language: str):
    with open(path_of(language), "rb") as handle:
        return read_po(handle, locale=REGISTRY[language].babel_locale)


def _extract(config: str, output: Path) -> set[str]:
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", config, "-k", "_l", "--no-location"]
        + ["-o", str(output), "."],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with open(output, "rb") as handle:
        return {
            message.id if isinstance(message.id, str) else message.id[0] for message in read_po(handle) if message.id
        }


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[bool, set[str]]:
    """Extract the UI strings from the code as it is now, so a new string without translations fails the run: every
    string for a language with staff pages, the young people's strings for the others."""
    folder = tmp_path_factory.mktemp("pot")
    return {
        True: _extract("babel.cfg", folder / "messages.pot"),
        False: _extract("babel-young-people.cfg", folder / "young-people.pot"),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    problems = []
    for message in catalogue(language):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(message.id)
    assert problems == [], f"{language}: untranslated or fuzzy: {problems[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_covers_every_string_in_the_code(language, extracted):
    ids = {
        message.id if isinstance(message.id, str) else message.id[0] for message in catalogue(language) if message.id
    }
    missing = extracted[REGISTRY[language].staff_pages] - ids
    assert not missing, f"{language} lacks {sorted(missing)[:5]}: run `flask --app wsgi translate update`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    for message in catalogue(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        expected = set(PLACEHOLDER.findall(ids[-1]))
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            # A plural form for exactly one may spell the number out; every other placeholder must stay.
            assert set(PLACEHOLDER.findall(string)) >= expected - {"%(num)s"}, (language, message.id, string)


@pytest.mark.parametrize("language", LANGUAGES)
def test_drafts_say_they_await_native_speaker_review(language):
    head = path_of(language).read_text(encoding="utf-8")[:600]
    assert "awaiting review by a native speaker" in head.lower() or "awaiting native-speaker review" in head.lower()


def test_the_registry_and_the_catalogues_agree():
    """Every language in participation/languages.py but English has a catalogue, and every catalogue a registry line:
    a language added to one and not the other would be offered untranslated, or translated and never offered."""
    catalogues = {folder.name for folder in (ROOT / "translations").iterdir() if folder.is_dir()}
    assert catalogues == {REGISTRY[code].catalogue for code in LANGUAGES}
    assert SOURCE not in catalogues
    for code in LANGUAGES:
        assert path_of(code).is_file(), code


@pytest.mark.parametrize("language", list(REGISTRY.values()), ids=lambda language: language.code)
def test_each_registry_line_matches_what_babel_knows(language):
    """Babel knows the locale (dates and numbers are formatted in it) and the direction is its script's."""
    locale = Locale.parse(language.babel_locale)
    # Dari is the one whose code Babel lacks: it is formatted as Persian as written in Afghanistan.
    assert locale.language == language.code or (language.code, str(locale)) == ("prs", "fa_AF")
    assert language.direction == locale.character_order.replace("right-to-left", "rtl").replace("left-to-right", "ltr")
