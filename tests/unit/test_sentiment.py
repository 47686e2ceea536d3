"""The sentiment score against labelled English comments (tests/data/sentiment_dev.csv, the set it was tuned on, and
sentiment_heldout.csv, written with it and measured once after tuning), and the rule that a possible disclosure, words
the screen could not read and other languages get no score at all. Figures: ``bench/sentiment.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from participation.analysis import sentiment
from participation.analysis.engine import classify
from participation.analysis.evaluation import measure_sentiment, read_sentiment_labelled
from participation.analysis.models import AnswerAnalysis
from participation.analysis.pictured import classify_answer
from participation.analysis.reading import Priority, priority

DATA = Path(__file__).resolve().parents[1] / "data"
# The disclosure a first-time worker saw shown as +0.50 (issue 15).
CARER_SHOUTS = "my carer shouts at me and I don't feel safe at home"


def english_score(text: str) -> float | None:
    """Heard's measure on every comment detected as English, possible disclosures included (the measure itself)."""
    return sentiment.score(text) if classify(text).language == "en" else None


def shown(text: str) -> float | None:
    return classify(text).sentiment


@pytest.fixture(scope="module")
def rows() -> dict[str, list]:
    return {name: read_sentiment_labelled(str(DATA / f"sentiment_{name}.csv")) for name in ("dev", "heldout")}


def test_the_labelled_sets_are_big_and_cover_what_young_people_write(rows):
    dev, heldout = rows["dev"], rows["heldout"]
    assert len(dev) >= 150 and len(heldout) >= 100
    for labelled in (dev, heldout):
        kinds = {row.kind for row in labelled}
        assert {"negation", "not-safe", "sarcasm", "text-speak", "disclosure"} <= kinds
        assert {row.label for row in labelled} == set(sentiment.BANDS)


def test_the_disclosure_from_the_issue_is_never_shown_positive():
    result = classify(CARER_SHOUTS)
    assert result.safeguarding and result.sentiment is None
    # The measure itself reads it as negative now: "don't" three words before "safe", and shouting.
    assert sentiment.score(CARER_SHOUTS) <= -sentiment.NEUTRAL_BAND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I don't feel safe walking back from college at night", sentiment.NEGATIVE),
        ("I'm not happy where I live", sentiment.NEGATIVE),
        ("not bad tbh", sentiment.POSITIVE),
        ("yeah great another new social worker", sentiment.NEGATIVE),
        ("so helpful, not", sentiment.NEGATIVE),
        ("my carers are nice but I miss my mum", sentiment.NEGATIVE),
        ("my sw is gr8", sentiment.POSITIVE),
        ("can someone tell me how the leaving care grant works", sentiment.NEUTRAL),
    ],
)
def test_negation_sarcasm_turns_and_text_speak(text, expected):
    assert sentiment.band(sentiment.score(text)) == expected


def test_the_measure_on_the_development_set(rows):
    report = measure_sentiment(rows["dev"], english_score)
    flipped, negatives = report.negative_shown_positive()
    # TextBlob alone: accuracy 0.39, 31 of 99 negative comments read as positive.
    assert report.accuracy is not None and report.accuracy >= 0.80
    assert flipped / negatives <= 0.05


def test_the_measure_on_the_held_out_set(rows):
    report = measure_sentiment(rows["heldout"], english_score)
    flipped, negatives = report.negative_shown_positive()
    # Measured once after tuning: 0.70 and 8 of 61 (TextBlob alone: 0.40 and 23 of 61).
    assert report.accuracy is not None and report.accuracy >= 0.65
    assert flipped / negatives <= 0.15


@pytest.mark.parametrize("name", ["dev", "heldout"])
def test_as_shown_no_disclosure_is_positive_and_few_negatives_are(rows, name):
    report = measure_sentiment(rows[name], shown)
    flipped, negatives = report.negative_shown_positive()
    assert report.positive_shown_on("disclosure") == 0
    assert report.negative_shown_positive("not-safe")[0] == 0
    assert flipped / negatives <= 0.06


@pytest.mark.parametrize(
    "text",
    [
        "nie czuję się bezpiecznie w domu, ale szkoła jest super",  # Polish
        "mae fy ngofalwr yn garedig iawn ac rwy'n hapus",  # Welsh
        "mujhe yahan bohat acha lagta hai, sab log ache hain",  # Roman Urdu
        "مجھے یہاں بہت اچھا لگتا ہے",  # Urdu
        "ana mabsout hon, el bet helo ktir",  # Arabizi
    ],
)
def test_other_languages_get_no_english_score(text):
    result = classify(text)
    assert result.language != "en" and result.sentiment is None


def test_words_the_screen_cannot_read_get_no_score():
    # Typed on a Pashto page, where the screen has no word list: a person reads it, and nothing scores it.
    result = classify("I am happy here, it is good", page_language="ps")
    assert not result.listed and result.sentiment is None


def test_a_disclosure_told_in_pictures_gets_no_score():
    result = classify_answer("everything is great", ["scared", "home"])
    assert result.safeguarding and result.sentiment is None


def test_the_reading_order_calls_negative_what_the_page_calls_negative():
    def read(score: float) -> Priority:
        return priority(AnswerAnalysis(sentiment=score, safeguarding=False, listed=True))

    # The page says "-0.05, neutral": the order must not put it with the negative ones.
    assert read(-0.05) == Priority.REST
    assert read(-0.3) == Priority.NEGATIVE
