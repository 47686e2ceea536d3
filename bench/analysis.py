"""Comments classified per second on one core, beside TextBlob's bare sentiment on the same comments in the same run.

Goal: the whole pipeline (language detection, normalisation, themes in six languages, safeguarding screening in
all six, TextBlob sentiment for English) at least half as fast as bare TextBlob sentiment.
"""

from __future__ import annotations

import csv
import itertools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def comments() -> list[str]:
    from participation.demo.content import COMMENTS

    texts = [comment["text"] for comment in COMMENTS]
    dev = ROOT / "tests" / "data" / "analysis_dev.csv"
    if dev.exists():
        with open(dev, encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    # Vary them a little so nothing is answered from a cache.
    return [f"{text} {number % 97}" for number, text in zip(range(COUNT), itertools.cycle(texts))]


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the goal says
    from textblob import TextBlob

    from participation.analysis.engine import classify

    texts = comments()
    classify("warm up: my sw never rings back")
    _ = TextBlob("warm up").sentiment

    started = time.perf_counter()
    for text in texts:
        _ = TextBlob(text).sentiment.polarity
    bare = time.perf_counter() - started

    started = time.perf_counter()
    flagged = 0
    for text in texts:
        flagged += classify(text).safeguarding
    pipeline = time.perf_counter() - started

    print(f"{COUNT:,} comments in six languages, one core")
    print(f"bare TextBlob sentiment:   {COUNT / bare:10,.0f} comments/s  ({bare:6.1f} s)")
    print(f"Heard's whole pipeline:    {COUNT / pipeline:10,.0f} comments/s  ({pipeline:6.1f} s)")
    ratio = bare / pipeline
    print(f"pipeline speed / bare TextBlob: {ratio:.2f} (goal: at least 0.50) {'PASS' if ratio >= 0.5 else 'BELOW'}")
    print(f"possible disclosures flagged: {flagged:,}")


if __name__ == "__main__":
    main()
