"""Words a young child cannot read stay off the youngest band's pages and every page of the easy version.

The demo is walked as a young person would: the start page, the first question's error, every question, saving for
later, checking, sending, the receipt ("secret") code, and the help and code pages reached from the footer. What the
consultation itself says (its title, questions, answers, hints, what happens next) is the council's to word and is
left out; every other word on those pages is Heard's, and none may be one of ``HARD_WORDS``.
"""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from participation.demo.cli import demo_cli
from participation.extensions import db
from participation.surveys import services as surveys
from participation.surveys.models import AgeBand
from tests.journey import Journey

# Words and phrases children's services use about children that a child of 4 to 7 cannot read or would not know,
# with what the pages say instead (in every catalogue): a "secret code", "Something is not right", "send".
HARD_WORDS = (
    "receipt",
    "there is a problem",
    "pseudonym",
    "anonymis",
    "submit",
    "device",
    "survey",
    "consultation",
    "participation",
    "safeguarding",
    "identifier",
    "data",
)


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


def _council_words(app, band: str, easy: bool) -> list[str]:
    """Everything the demo consultation itself says to this band, in English, longest first."""
    with app.app_context():
        consultation = surveys.get_consultation_by_code("demo")
        assert consultation is not None
        view = surveys.consultation_view(consultation, "en", band, easy=easy)
        texts = [view.title, view.about, view.next_steps]
        for question in view.questions:
            texts += [question.title, question.hint, *(option.label for option in question.options)]
        db.session.remove()
    return sorted({text.text for text in texts if text is not None}, key=len, reverse=True)


def _hard_words_on(page: BeautifulSoup, council: list[str]) -> list[str]:
    said = " ".join(page.get_text(" ", strip=True).split())
    for text in council:
        said = said.replace(" ".join(text.split()), " ")
    return [word for word in HARD_WORDS if re.search(rf"\b{re.escape(word)}", said, re.IGNORECASE)]


def _walk(journey: Journey, band: str, easy: bool) -> list[tuple[str, BeautifulSoup]]:
    """Every page of the journey, as (what it is, the page)."""
    pages = []
    journey.get(f"/s/demo?band={band}")
    if easy:
        journey.switch_easy(True)
    pages.append(("start", journey.page))
    journey.submit_current()
    journey.submit_current({})
    assert journey.response.status_code == 400
    pages.append(("question error", journey.page))
    journey.get("/s/demo/q/1")
    for number in range(1, 20):
        if journey.path.endswith("/check"):
            break
        pages.append((f"question {number}", journey.page))
        journey.answer_current()
    journey.get("/s/demo/save")
    pages.append(("save for later", journey.page))
    journey.submit_current()
    pages.append(("save for later, code", journey.page))
    journey.get("/s/demo/check")
    pages.append(("check your answers", journey.page))
    journey.submit_current()
    assert journey.path == "/s/demo/done"
    pages.append(("sent, with the code", journey.page))
    done = journey.page
    for label, name in (("Get help now", "help"), ("See or delete your answers", "see or delete, from the footer")):
        link = done.select_one("footer").find("a", string=label)
        journey.get(link["href"])
        pages.append((name, journey.page))
    journey.get(done.find("a", href=re.compile("/receipt"), string=re.compile("code$"))["href"])
    pages.append(("see or delete, from the code", journey.page))
    journey.submit_current({"code": ""})
    assert journey.response.status_code == 400
    pages.append(("see or delete, error", journey.page))
    return pages


@pytest.mark.parametrize(
    ("band", "easy"),
    [("4-7", False), *((band.value, True) for band in AgeBand)],
    ids=["4-7", *(f"easy {band.value}" for band in AgeBand)],
)
def test_no_hard_words_on_the_youngest_or_the_easy_pages(app, client, demo, band, easy):
    council = _council_words(app, band, easy)
    found = {
        name: words
        for name, page in _walk(Journey(client, "demo"), band, easy)
        if (words := _hard_words_on(page.select_one("body"), council))
    }
    assert found == {}


def test_the_walk_would_find_hard_words(app, client, demo):
    """The same walk in the usual words of 12 to 17 finds them: the check can fail."""
    council = _council_words(app, "12-17", False)
    found = {
        name: words
        for name, page in _walk(Journey(client, "demo"), "12-17", False)
        if (words := _hard_words_on(page.select_one("body"), council))
    }
    assert "receipt" in found["sent, with the code"]
    assert "there is a problem" in found["question error"]
    assert "device" in found["sent, with the code"]
