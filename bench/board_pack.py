"""Time to build the board pack for a consultation with 100,000 responses: the protected figures, the HTML page and
the PDF (WeasyPrint), and the CSV and XLSX exports.

The demo is loaded (so the pack has a previous wave, quotes, actions, pledges, reference figures and comparison
councils), then the demo consultation is filled up to ``--responses`` with synthetic responses inserted in bulk: every
choice question answered as the demo's own answers are distributed, and a free-text comment with one or two themes
on four in ten. Prints figures; asserts nothing.

    .venv/bin/python bench/board_pack.py [--responses 100000] [--repeat 3] [--keep NAME] [--drop]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/board_pack.py
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402
import _fill  # noqa: E402


def fill(app, target: int) -> int:  # type: ignore[no-untyped-def]
    """Top the demo consultation up to ``target`` responses (``_fill``: COPY on PostgreSQL, executemany on SQLite)."""
    from sqlalchemy import func, select

    from participation.accounts.models import User
    from participation.demo import council
    from participation.distribution.services import target_groups
    from participation.extensions import db
    from participation.responses.models import Response
    from participation.surveys.models import Consultation

    rng = random.Random(100_000)
    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == _common.CODE))
        have = (
            db.session.scalar(
                select(func.count()).select_from(Response).where(Response.consultation_id == consultation.id)
            )
            or 0
        )
        reader = db.session.scalar(select(User.id).where(User.email == council.account_email("participation-worker")))
        where = _fill.Target(
            consultation.organisation_id,
            consultation.id,
            consultation.live_version,
            _fill.asked(consultation),
            consultation.opens_on,
            groups=[group.id for group in target_groups(consultation)] + [None, None, None],
            reader_id=reader,
            now=datetime.now(UTC),
        )
        db.session.remove()
        added = [have]

        def progress(count: int) -> None:
            added[0] += count
            print(f"  ... {added[0]:,} responses", end="\r", flush=True)

        with db.engine.connect() as connection:
            _fill.fill(connection, where, max(0, target - have), rng, progress)
        print()
        _fill.analyse(db.engine)
        return added[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", metavar="NAME", help="keep the data under NAME and time it again on a later run")
    parser.add_argument("--drop", action="store_true", help="with --keep: drop the kept data and stop")
    args = parser.parse_args()
    _common.heading("Board pack for a consultation with many responses")
    database = _common.kept_database(args.keep) if args.keep else _common.new_database()
    if args.drop:
        _common.drop_database(database)
        return
    try:
        print(f"database: {database.describe()}")

        def filled(app) -> None:  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            total = fill(app, args.responses)
            print(f"filled to {total:,} responses in {time.perf_counter() - started:.1f} s")

        app = _common.app_with_data(database, bool(args.keep), filled)

        from sqlalchemy import select

        from participation.boards import outputs, pack
        from participation.extensions import db
        from participation.surveys.models import Consultation

        timings: dict[str, list[float]] = {}
        sizes: dict[str, int] = {}
        with app.app_context(), app.test_request_context():
            consultation = db.session.scalar(select(Consultation).where(Consultation.code == _common.CODE))
            for _ in range(args.repeat):
                db.session.expire_all()
                started = time.perf_counter()
                built = pack.build(consultation)
                timings.setdefault("figures (every table)", []).append(time.perf_counter() - started)
                for name, make in (
                    ("HTML page", lambda built=built: outputs.document(built).encode()),
                    ("PDF", lambda built=built: outputs.pdf(built)),
                    ("XLSX", lambda built=built: outputs.xlsx(built)),
                    ("CSV (zip)", lambda built=built: outputs.csv_zip(built)),
                ):
                    started = time.perf_counter()
                    body = make()
                    timings.setdefault(name, []).append(time.perf_counter() - started)
                    sizes[name] = len(body)
                banded = time.perf_counter()
                pack.build(consultation, band="12-17")
                timings.setdefault("figures, one band", []).append(time.perf_counter() - banded)
            respondents = built.respondents
        print(f"responses in the pack: {respondents}  (threshold {built.threshold})")
        print(f"{'step':<24}{'median s':>10}{'best s':>10}{'size':>12}")
        for name, values in timings.items():
            size = f"{sizes[name] / 1024:,.0f} KB" if name in sizes else ""
            print(f"{name:<24}{_common.median(values):>10.2f}{min(values):>10.2f}{size:>12}")
        html = _common.median(timings["figures (every table)"]) + _common.median(timings["HTML page"])
        print(
            f"board pack as HTML, from the database: {html:.2f} s; as PDF: "
            f"{_common.median(timings['figures (every table)']) + _common.median(timings['PDF']):.2f} s"
        )
    finally:
        if not args.keep:
            _common.drop_database(database)


if __name__ == "__main__":
    main()
