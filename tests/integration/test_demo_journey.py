"""The demo survey completed in every age band and every language, checking what was shown and what was stored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from participation.demo.cli import demo_cli
from participation.extensions import db
from participation.responses.models import Response
from participation.surveys.bank import bank_languages, bank_questions
from participation.surveys.models import AgeBand
from tests.journey import Journey

TEXT = {
    "en": "More family time please",
    "cy": "Mwy o amser teulu os gwelwch yn dda",
    "pl": "Więcej czasu z rodziną",
    "ro": "Mai mult timp cu familia",
    "ar": "أريد وقتًا أطول مع عائلتي",
    "ur": "مجھے اپنے گھر والوں کے ساتھ زیادہ وقت چاہیے",
    "ps": "له کورنۍ سره نور وخت غواړم",
    "prs": "لطفاً وقت بیشتری با خانواده‌ام می‌خواهم",
    "ti": "ምስ ስድራይ ዝያዳ ግዜ እደሊ",
    "ckb": "کاتی زیاتر لەگەڵ خێزانەکەم دەمەوێت",
    "sq": "Dua më shumë kohë me familjen, të lutem",
    "vi": "Mong có thêm thời gian bên gia đình",
}


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("language", bank_languages())
@pytest.mark.parametrize("band", [band.value for band in AgeBand])
def test_demo_journey(app, client, demo, band, language):
    journey = Journey(client, "demo", language=language)
    page = journey.get(f"/s/demo?band={band}&lang={language}")
    assert page.find("html")["lang"] == language
    expected = [q for q in bank_questions() if band in q["bands"]]
    first_title = expected[0]["title"][language].get(band) or expected[0]["title"][language]["*"]
    journey.submit_current()
    for number in range(1, len(expected) + 1):
        progress = journey.page.select_one(".heard-progress").get_text(strip=True)
        assert str(number) in progress and str(len(expected)) in progress
        if number == 1:
            assert first_title in journey.h1()
            # No English fallback anywhere on a question page of the demo: it is complete in every language.
            assert journey.page.select_one("main").find(attrs={"lang": "en"}) is None or language == "en"
        journey.answer_current(text=TEXT[language])
    assert journey.path == "/s/demo/check"
    journey.submit_current()
    assert journey.path == "/s/demo/done"
    with app.app_context():
        response = db.session.scalar(select(Response))
        assert (response.age_band, response.language) == (band, language)
        assert {answer.question_key for answer in response.answers} == {q["key"] for q in expected}
        texts = [answer.text for answer in response.answers if answer.text]
        assert texts and all(text == TEXT[language] for text in texts)
