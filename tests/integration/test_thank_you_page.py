"""The thank-you page at the end of the survey says each thing once: that the answers were sent, the code and why to
keep it, where to see or delete the answers, who reads them, when young people will see what changed and where. In
every band, in the easy version and in every language, just after sending and on a reload (when the code is gone)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from participation.demo.cli import demo_cli
from participation.surveys.bank import bank_languages
from participation.surveys.models import AgeBand
from tests.journey import Journey

# What a reader reads on the page, a block at a time: the help lines (the same on every page) and the buttons are not.
BLOCKS = "main .govuk-panel__title, main h2, main p, main .govuk-warning-text__text"
SAME_WORDS = 4  # four words in a row in two places is saying the same thing twice
# Vietnamese writes each syllable apart ("câu trả lời của bạn" is "your answers"): about two to a word.
SAME_WORDS_IN = {"vi": 8}


def _words(text: str) -> list[str]:
    kept = "".join(" " if unicodedata.category(char).startswith(("P", "S")) else char for char in text.lower())
    return kept.split()


def repeated(page, language: str = "en") -> list[str]:
    """Runs of SAME_WORDS words found in more than one block of the page, sorted."""
    size = SAME_WORDS_IN.get(language, SAME_WORDS)
    seen: Counter[tuple[str, ...]] = Counter()
    for block in page.select(BLOCKS):
        if (
            block.find_parent(class_="heard-safety")
            or block.find_parent("form")
            or "heard-receipt" in block.get("class", [])
        ):
            continue
        words = _words(block.get_text(" ", strip=True))
        seen.update({tuple(words[index : index + size]) for index in range(len(words) - size + 1)})
    return sorted(" ".join(run) for run, count in seen.items() if count > 1)


def _finish(app, band: str, easy: bool, language: str) -> tuple:
    journey = Journey(app.test_client(), "demo", language=language)
    journey.start(band, easy)
    while not journey.path.endswith("/check"):
        journey.answer_current()
    journey.submit_current()
    assert journey.path == "/s/demo/done"
    fresh = journey.page
    return fresh, journey.get("/s/demo/done")


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


# 4 to 7 always reads the plain words, so its easy version is the same page.
@pytest.mark.parametrize(
    ("band", "easy"), [(band.value, easy) for band in AgeBand for easy in (False, True) if band.value != "4-7" or easy]
)
def test_each_thing_is_said_once_in_every_band(app, demo, band, easy):
    fresh, reloaded = _finish(app, band, easy, "en")
    assert fresh.select_one(".heard-receipt") is not None and reloaded.select_one(".heard-receipt") is None
    for page in (fresh, reloaded):
        assert repeated(page) == []
        text = page.select_one("main").get_text(" ", strip=True).lower()
        assert text.count("see or delete") == 1, text
        assert text.count("once") == 1, text
        assert text.count("what changed") == 1, text
        assert text.count("31 march 2027") == 1, text
        assert len(page.select("main a[href$='/you-said-we-did']")) == 1


@pytest.mark.parametrize("language", [language for language in bank_languages() if language != "en"])
def test_each_thing_is_said_once_in_every_language(app, demo, language):
    for band, easy in (("care-leavers", False), ("8-11", True)):
        fresh, reloaded = _finish(app, band, easy, language)
        for page in (fresh, reloaded):
            assert page.find("html")["lang"] == language
            assert repeated(page, language) == [], (band, easy)
            # Nothing on the page fell back to English.
            main = page.select_one("main")
            assert not re.search(r"\b(receipt|secret) code\b|\bwhat changed\b", main.get_text(" ")), (band, easy)


def test_the_check_finds_a_thing_said_twice():
    from bs4 import BeautifulSoup

    page = BeautifulSoup(
        "<main><p>Then we will show what changed on the page.</p><p>We will show what changed by 31 March.</p></main>",
        "html.parser",
    )
    assert repeated(page) == ["we will show what", "will show what changed"]
