"""Precision and recall on the labelled development set (tests/data/analysis_dev.csv), against stated floors.

The set was written independently of the word lists: comments in all six languages over every theme, disclosures
written in many ways, and safe look-alikes. Recall of disclosures matters most.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from participation.analysis.engine import classify

DATA = Path(__file__).resolve().parents[1] / "data" / "analysis_dev.csv"

# Stated floors (the measured figures are in the issue notes and printed with -s).
SAFEGUARDING_RECALL = 0.95
SAFEGUARDING_RECALL_PER_LANGUAGE = 0.85
SAFEGUARDING_PRECISION = 0.70
THEME_PRECISION = 0.68
THEME_RECALL = 0.75
LANGUAGE_ACCURACY = 0.95


@pytest.fixture(scope="module")
def scored() -> list[tuple[dict[str, str], object]]:
    with open(DATA, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(row, classify(row["text"])) for row in rows]


def test_the_development_set_is_big_and_broad(scored):
    assert len(scored) >= 300
    assert {row["language"] for row, _ in scored} == {"en", "cy", "pl", "ro", "ar", "ur"}
    assert sum(row["safeguarding"] == "1" for row, _ in scored) >= 60


def test_safeguarding_recall_and_precision(scored):
    missed = [row["text"] for row, result in scored if row["safeguarding"] == "1" and not result.safeguarding]
    flagged = [(row, result) for row, result in scored if result.safeguarding]
    true = [row for row, result in scored if row["safeguarding"] == "1"]
    recall = 1 - len(missed) / len(true)
    precision = sum(row["safeguarding"] == "1" for row, _ in flagged) / max(1, len(flagged))
    print(f"\nsafeguarding recall {recall:.3f} precision {precision:.3f}; missed: {missed}")
    assert recall >= SAFEGUARDING_RECALL, missed
    assert precision >= SAFEGUARDING_PRECISION


def test_safeguarding_recall_in_every_language(scored):
    by_language: dict[str, list[bool]] = defaultdict(list)
    for row, result in scored:
        if row["safeguarding"] == "1":
            by_language[row["language"]].append(result.safeguarding)
    for language, hits in sorted(by_language.items()):
        recall = sum(hits) / len(hits)
        print(f"{language}: safeguarding recall {recall:.2f} of {len(hits)}")
        assert recall >= SAFEGUARDING_RECALL_PER_LANGUAGE, language


def test_theme_precision_and_recall(scored):
    true_positive = false_positive = false_negative = 0
    for row, result in scored:
        expected = {slug for slug in row["themes"].split(";") if slug}
        found = set(result.themes)
        true_positive += len(expected & found)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    print(f"\nthemes micro precision {precision:.3f} recall {recall:.3f}")
    assert precision >= THEME_PRECISION and recall >= THEME_RECALL


def test_language_detection(scored):
    judged = [(row, result) for row, result in scored if len(row["text"]) >= 20]
    right = sum(result.language == row["language"] for row, result in judged)
    print(f"\nlanguage accuracy {right / len(judged):.3f} on {len(judged)} comments of 20+ characters")
    assert right / len(judged) >= LANGUAGE_ACCURACY


def test_sentiment_only_where_honest(scored):
    for row, result in scored:
        if result.language != "en":
            assert result.sentiment is None
        elif result.sentiment is not None:
            assert -1 <= result.sentiment <= 1


def test_held_out_disclosures_in_the_demo_comments():
    """The demo's comments were written by someone else and never used to tune the word lists."""
    from participation.demo.content import COMMENTS

    disclosures = [comment for comment in COMMENTS if comment["safeguarding"]]
    caught = [comment for comment in disclosures if classify(comment["text"]).safeguarding]
    false_alarms = [c for c in COMMENTS if not c["safeguarding"] and classify(c["text"]).safeguarding]
    print(f"\nheld out: recall {len(caught)}/{len(disclosures)}, false alarms {len(false_alarms)}/{len(COMMENTS)}")
    assert len(caught) / len(disclosures) >= 0.95
    assert len(false_alarms) / len(COMMENTS) <= 0.10


# Later sets, each written by someone who never saw the word lists. "heldout" and "test" were measured once and
# then used to widen the lists (so they now guard against regressions); "final" was measured once, after the
# lists were finished, and is the honest figure for wording nobody has tuned for: recall 0.65, precision 0.88 on
# 2026-11-23. Its floors sit just below that so any change that loses ground fails, and the set is not to be
# used for tuning: write a fresh one to measure the next round.
LATER_SETS = {
    "analysis_heldout.csv": (0.95, 0.85),
    "analysis_test.csv": (0.95, 0.85),
    "analysis_final.csv": (0.62, 0.80),
}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_sets_written_without_seeing_the_lists(name):
    recall_floor, precision_floor = LATER_SETS[name]
    with open(DATA.parent / name, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 150 and {row["language"] for row in rows} == {"en", "cy", "pl", "ro", "ar", "ur"}
    flagged = [(row, classify(row["text"]).safeguarding) for row in rows]
    true = [row for row, hit in flagged if row["safeguarding"] == "1"]
    caught = [row for row, hit in flagged if row["safeguarding"] == "1" and hit]
    alarms = [row for row, hit in flagged if hit]
    recall, precision = len(caught) / len(true), len(caught) / max(1, len(alarms))
    print(f"\n{name}: safeguarding recall {recall:.2f} precision {precision:.2f}")
    assert recall >= recall_floor and precision >= precision_floor
