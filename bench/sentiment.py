"""How the sentiment score shown to staff reads against labelled English comments (tests/data/sentiment_*.csv).

For each set, two columns of figures from the same run:

- "TextBlob alone": TextBlob's pattern polarity for every comment detected as English, as Heard showed it before
  it scored comments itself (a possible disclosure included);
- "Heard's score, every English comment": Heard's own measure (``sentiment.score``) on the same comments, a possible
  disclosure included, to compare the measure itself with TextBlob's;
- "shown now": the score the comments page shows today (``engine.classify(...).sentiment``): Heard's English score,
  and no score at all for a possible disclosure, for words the screen could not read, or for another language.

A score is put into words as the page does (``sentiment.band``): -0.1 or below negative, +0.1 or above positive,
neutral between. Not scored counts as wrong in "accuracy" and is never "shown as positive".

"dev" is the set the score was tuned on; "heldout" was written at the same time and measured once, after tuning.
Usage: ``.venv/bin/python bench/sentiment.py [dev] [heldout]``. Prints figures; asserts nothing (the floors
are in tests/unit/test_sentiment.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from participation.analysis.engine import classify  # noqa: E402
from participation.analysis.evaluation import (  # noqa: E402
    format_sentiment_report,
    measure_sentiment,
    read_sentiment_labelled,
)
from participation.analysis.sentiment import score, textblob_polarity  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = {"dev": DATA / "sentiment_dev.csv", "heldout": DATA / "sentiment_heldout.csv"}


def textblob_alone(text: str) -> float | None:
    return textblob_polarity(text) if classify(text).language == "en" else None


def heard_alone(text: str) -> float | None:
    return score(text) if classify(text).language == "en" else None


def shown_now(text: str) -> float | None:
    return classify(text).sentiment


def main() -> None:
    wanted = sys.argv[1:] or list(SETS)  # e.g. "dev": only the set being tuned on
    for name, path in SETS.items():
        if name not in wanted:
            continue
        rows = read_sentiment_labelled(str(path))
        for title, measure in (
            ("TextBlob alone (before)", textblob_alone),
            ("Heard's score, every English comment", heard_alone),
            ("shown now", shown_now),
        ):
            print(f"== {name} set, {path.name}: {title}")
            for line in format_sentiment_report(measure_sentiment(rows, measure)):
                print(line)
            print()


if __name__ == "__main__":
    main()
