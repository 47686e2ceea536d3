"""Every catalogue's plural rule is the one Babel (CLDR) gives for its language, and each entry follows it.

A catalogue whose header differs from the standard rule breaks the day a tool normalises the header: every plural
entry then shows the wrong form. So the header must equal Babel's rule, and for Arabic and Welsh (six forms each) the
form gettext picks for a number must be the form CLDR names for it.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from participation.languages import LANGUAGES, translated_codes

ROOT = Path(__file__).resolve().parents[2]
NUMBERS = (0, 1, 2, 3, 6, 11, 100, 102)
# The CLDR category each of gettext's form indexes stands for, in Babel's own rule for the language.
SIX_FORMS = ("zero", "one", "two", "few", "many", "other")
CATEGORIES = {"ar": SIX_FORMS, "cy": SIX_FORMS}


def _path(language: str) -> Path:
    return ROOT / "translations" / LANGUAGES[language].catalogue / "LC_MESSAGES" / "messages.po"


def _header(language: str) -> tuple[int, str]:
    with open(_path(language), "rb") as handle:
        catalogue = read_po(handle, locale=LANGUAGES[language].babel_locale)
    forms = dict(
        part.strip().split("=", 1) for part in dict(catalogue.mime_headers)["Plural-Forms"].split(";") if part.strip()
    )
    return int(forms["nplurals"]), forms["plural"]


def _normalised(expression: str) -> str:
    text = "".join(expression.split())
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text


@pytest.mark.parametrize("language", translated_codes())
def test_header_is_babels_rule(language: str) -> None:
    count, expression = _header(language)
    standard = get_plural(LANGUAGES[language].babel_locale)
    assert count == standard.num_plurals
    assert _normalised(expression) == _normalised(standard.plural_expr)


@pytest.mark.parametrize("language", sorted(CATEGORIES))
def test_each_number_gets_the_form_cldr_names(language: str, tmp_path: Path) -> None:
    with open(_path(language), "rb") as handle:
        catalogue = read_po(handle, locale=language)
    mo = tmp_path / "messages.mo"
    with open(mo, "wb") as handle:
        write_mo(handle, catalogue)
    with open(mo, "rb") as handle:
        translations = gettext.GNUTranslations(handle)
    rule = Locale(language).plural_form
    entries = [message for message in catalogue if message.id and message.pluralizable]
    assert entries, "the catalogue has plural entries to check"
    for message in entries:
        singular, plural = message.id
        for number in NUMBERS:
            index = CATEGORIES[language].index(rule(number))
            assert translations.ngettext(singular, plural, number) == message.string[index], (message.id, number)
