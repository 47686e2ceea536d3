"""Every figure of the board pack, pinned: the demo's packs (whole, each age band, each group, the other ways in, the
year and the quarter), built at three suppression thresholds, cell by cell (suppressed "c" included), against the
values recorded in ``tests/data/pack_pinned.json``.

The figures are counted in the database (grouped counts) rather than by looping over responses in Python; this test
holds the counting to what the packs showed before that change, including every small cell hidden and every cell
hidden beside it (secondary suppression), on SQLite and on PostgreSQL alike. The thresholds 5 (the default), 12 and
30 make the demo's 300 responses split into many small cells: bands, groups, themes, indicator shares, rankings,
reading figures and the period sums each hide some cells, and some hide a whole.

After a deliberate change to what a pack shows, record the new values with ``HEARD_PIN_PACK=1`` (the test then
rewrites the file and fails, so a recording never passes unnoticed) and review the diff of the JSON file.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from participation.analysis.models import CommentReading
from participation.boards import pack, periods
from participation.demo.loader import load_demo
from participation.extensions import db
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation

PINNED = Path(__file__).resolve().parent.parent / "data" / "pack_pinned.json"
TODAY = date(2026, 11, 20)
THRESHOLDS = (5, 12, 30)
READ_AFTER = (2, 5, None, 20, 26, 45, 70, 95, None, 130)  # hours from arriving to being read; None: unread


def _value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_value(item) for item in value]
    return str(value)


# Tables of text, not figures: the same at every threshold and in every part, so pinned once.
TEXT_TABLES = frozenset({"we-did", "we-did-elsewhere", "pledges", "participation-quotes"})


def snapshot(built: pack.Pack, *, text: bool = False) -> dict[str, Any]:
    """What a pack shows: every table's caption, columns and cells, and the figures beside the tables. A filtered
    pack's tables the filter does not narrow are the whole pack's (checked in the test), so only their captions are
    kept; tables of text only where ``text``."""
    return {
        "respondents": str(built.respondents),
        "cohort": built.cohort,
        "response_rate": built.response_rate,
        "compared_with": built.compared_with,
        "parts": [label for _key, label in built.parts],
        "themes_chart": _value([list(bar) for bar in built.themes_chart]),
        "indicator_chart": _value([list(bars) for bars in built.indicator_chart]),
        "top_themes": [[item.name, str(item.people), item.share] for item in built.top_themes],
        "consultations": [title for _id, title in built.consultations],
        "left_out": [title for _id, title in built.left_out],
        "no_themes": built.no_themes,
        "tables": {
            key: {
                "caption": str(table.caption),
                "columns": _value(table.columns),
                "note": str(table.note),
                "rows": [_value(list(row)) for row in table.rows],
            }
            if key in pack.FILTERED_TABLES or not built.filtered
            else {"caption": str(table.caption)}
            for key, table in built.tables.items()
            if text or key not in TEXT_TABLES
        },
    }


def fixed_readings() -> None:
    """The demo's reading history hangs on the clock and on random ids (which comments are read first); here each
    comment arrives and is read at hours that follow from what it is, so the reading figures are the same on every
    run. Comments alike in every way read get the same hours in some order, which changes no count."""
    rows = db.session.execute(
        select(CommentReading, Response.submitted_on)
        .join(Answer, Answer.id == CommentReading.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .order_by(Response.submitted_on, Response.age_band, Response.language, Answer.question_key, Answer.text)
    ).all()
    for index, (reading, submitted_on) in enumerate(rows):
        reading.arrived_at = datetime.combine(submitted_on, time(8 + index % 14), tzinfo=UTC)
        wait = READ_AFTER[index % len(READ_AFTER)]
        reading.read_at = reading.arrived_at + timedelta(hours=wait) if wait is not None else None
        reading.read_by_id = None
    db.session.commit()


def every_pack() -> dict[str, Any]:
    consultation = db.session.scalar(select(Consultation).where(Consultation.code == "demo"))
    assert consultation is not None
    year = periods.containing(periods.fieldwork_day(consultation))
    quarter = periods.containing(periods.fieldwork_day(consultation), quarter=True)
    found: dict[str, Any] = {}
    for limit in THRESHOLDS:
        whole = pack.build(consultation, limit=limit, today=TODAY)
        found[f"{limit}/whole"] = snapshot(whole, text=limit == THRESHOLDS[0])
        for part, label in whole.parts:
            kind, _sep, value = part.partition(":")
            options = {"band": value} if kind == "band" else {"group": value}
            built = pack.build(consultation, limit=limit, today=TODAY, **options)
            for key, table in built.tables.items():
                if key not in pack.FILTERED_TABLES:
                    assert table.rows == whole.tables[key].rows, (limit, part, key)
            found[f"{limit}/{kind}/{label}"] = snapshot(built)
        for period in (year, quarter):
            built = pack.build_period(consultation.organisation_id, period, limit=limit, today=TODAY)
            found[f"{limit}/period/{period.key}"] = snapshot(built)
        found[f"{limit}/period/{year.key}/band/12-17"] = snapshot(
            pack.build_period(consultation.organisation_id, year, band="12-17", limit=limit, today=TODAY)
        )
    return found


def _dumped(found: dict[str, Any]) -> str:
    """One pack a line, so a change to the pins reads as the packs it touches."""
    lines = [
        json.dumps(name) + ": " + json.dumps(found[name], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for name in sorted(found)
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def test_every_figure_of_the_demo_packs_is_what_it_was(app):
    with app.app_context(), app.test_request_context():
        load_demo(today=TODAY)
        db.session.commit()
        fixed_readings()
        found = json.loads(json.dumps(every_pack()))
    if os.environ.get("HEARD_PIN_PACK"):
        PINNED.write_text(_dumped(found), encoding="utf-8")
        raise AssertionError(f"recorded {len(found)} packs in {PINNED}: review the diff, then run without it")
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    assert sorted(found) == sorted(pinned)
    # Some cells really are hidden, at every threshold, so the pin covers suppression and not only shown counts.
    for limit in THRESHOLDS:
        cells = [cell for table in pinned[f"{limit}/whole"]["tables"].values() for row in table["rows"] for cell in row]
        assert "c" in cells and any(isinstance(cell, int) and cell >= limit for cell in cells), limit
    for name in pinned:
        for key, table in pinned[name]["tables"].items():
            rows = found[name]["tables"][key].get("rows")
            for index, row in enumerate(table.get("rows", [])):
                assert rows is not None and index < len(rows), (name, key, index, row)
                assert same(rows[index], row), (name, key, index, rows[index], row)
            assert same(found[name]["tables"][key], table), (name, key)
        assert same(found[name], pinned[name]), name


def same(found: Any, pinned: Any) -> bool:
    """Equal, a float within 0.011 (a mood is a mean rounded to two places: the database may add its scores up in
    another order and land on the other side of a rounding; every share and rate has one decimal, so any real
    change of one still shows)."""
    if isinstance(found, float) or isinstance(pinned, float):
        return (
            isinstance(found, (int, float))
            and isinstance(pinned, (int, float))
            and not isinstance(found, bool)
            and abs(found - pinned) < 0.011
        )
    if isinstance(found, list) and isinstance(pinned, list):
        return len(found) == len(pinned) and all(same(a, b) for a, b in zip(found, pinned, strict=True))
    if isinstance(found, dict) and isinstance(pinned, dict):
        return found.keys() == pinned.keys() and all(same(found[key], pinned[key]) for key in found)
    return type(found) is type(pinned) and found == pinned
