"""Time to build a year's board pack (``/staff/board-packs/<key>``) when the platform holds 1,000,000 responses from
150 councils.

Two shapes of the same million, chosen with ``--shape``:

- ``spread`` (the default): 150 councils that all opted in to comparison, each running ``--consultations`` (4)
  consultations in the financial year 2026-27, one a quarter; 1,000,000 responses between them, councils of uneven
  size (a typical council about 6,700). Timed: the demo council's year pack (a typical council's share) and the
  largest council's. Every pack also averages the other 149 councils' latest shares for comparison.
- ``one``: the worst case, a single year pack that adds up 1,000,000 responses: the demo council runs 150
  consultations in 2026-27 (one per council's worth), and each of the other 149 councils one consultation of
  ``--others`` (200) responses, so comparison still has 149 councils to average.

The demo is loaded first (its council, consultations, last year's wave, quotes, actions, pledges); the other councils
and consultations are copies of the demo consultation (``_fill.clone_consultation``) and the responses are written in
bulk (``_fill.fill``: COPY on PostgreSQL), then the tables are vacuumed and analysed. None of that is timed.
Timed, median and best of ``--repeat``: the year pack's figures (every table), the same for one age band, the HTML
page and the PDF. Prints figures; asserts nothing.

    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/year_pack.py [--shape spread]
        [--responses 1000000] [--councils 150] [--consultations 4] [--others 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402
import _fill  # noqa: E402

YEAR = "2026-27"
QUARTER_STARTS = (date(2026, 4, 13), date(2026, 7, 13), date(2026, 10, 1), date(2027, 1, 11))
GOAL = 10.0  # seconds, on PostgreSQL (issue 16)


class Plan:
    """Which consultation gets how many responses."""

    def __init__(self) -> None:
        self.targets: list[tuple[_fill.Target, int]] = []

    @property
    def total(self) -> int:
        return sum(count for _target, count in self.targets)


def _councils(app: Any, count: int) -> list[Any]:
    """The demo council, the three councils it is compared with, and new ones up to ``count``: all opted in to
    comparison, each with its codebook and three groups of young people."""
    from sqlalchemy import select

    from participation.analysis.services import themes_for
    from participation.demo.council import load_organisation
    from participation.distribution import services as distribution
    from participation.distribution.models import GroupKind
    from participation.extensions import db
    from participation.organisations.models import Organisation

    with app.app_context():
        demo = db.session.scalar(select(Organisation).where(Organisation.slug == "northshire"))
        found = list(db.session.scalars(select(Organisation).order_by(Organisation.slug)))
        ordered = [demo] + [item for item in found if item.id != demo.id]
        number = len(ordered)
        while len(ordered) < count:
            number += 1
            organisation, _new = load_organisation(
                {"slug": f"bench-council-{number:03d}", "name": f"Bench Council {number:03d}", "compare_opt_in": True}
            )
            ordered.append(organisation)
        for organisation in ordered[:count]:
            organisation.compare_opt_in = True
            themes_for(organisation.id)
            if not distribution.groups_for(organisation.id):
                for name, kind, size in (
                    ("Children in care council", GroupKind.CHILDREN_IN_CARE_COUNCIL, 60),
                    ("Care leavers forum", GroupKind.CARE_LEAVERS_FORUM, 150),
                    ("Parents and carers", GroupKind.PARENTS_AND_CARERS, 120),
                ):
                    distribution.save_group(organisation.id, name, kind, size)
        db.session.commit()
        ids = [organisation.id for organisation in ordered[:count]]
        db.session.remove()
    return ids


def _consultations(app: Any, organisation_id: uuid.UUID, wanted: list[date], tag: str) -> list[Any]:
    """The council's consultations opening on ``wanted`` days in the year (those it has in the year already count
    first), copied from the demo consultation, each targeting the council's groups."""
    from sqlalchemy import select

    from participation.boards import periods
    from participation.distribution import services as distribution
    from participation.extensions import db
    from participation.surveys.models import Consultation

    with app.app_context():
        template = db.session.scalar(select(Consultation).where(Consultation.code == _common.CODE))
        year = periods.parse(YEAR)
        assert year is not None
        have = periods.consultations_in(organisation_id, year)
        template_id = template.id
        db.session.commit()  # the copies are written on a connection of their own (SQLite allows one writer)
        with db.engine.connect() as connection, connection.begin():
            for index, opens_on in enumerate(wanted[len(have) :], start=len(have)):
                _fill.clone_consultation(
                    connection,
                    template_id,
                    organisation_id,
                    f"bench-{tag}-{index}",
                    f"Bench consultation {tag} {index + 1}",
                    opens_on,
                    None,
                )
        db.session.expire_all()
        consultations = periods.consultations_in(organisation_id, year)
        groups = distribution.groups_for(organisation_id)
        for consultation in consultations:
            if not distribution.target_groups(consultation):
                distribution.set_target_groups(consultation, list(groups))
        db.session.commit()
        result = [
            _fill.Target(
                organisation_id,
                item.id,
                item.live_version,
                _fill.asked(item),
                item.opens_on or item.created_at.date(),
                groups=[group.id for group in groups] + [None, None],
                now=datetime.now(UTC),
            )
            for item in consultations
        ]
        counts = {item.id: _count(item.id) for item in consultations}
        db.session.remove()
    return [(target, counts[target.consultation_id]) for target in result]


def _count(consultation_id: uuid.UUID) -> int:
    from sqlalchemy import func, select

    from participation.extensions import db
    from participation.responses.models import Response

    return int(
        db.session.scalar(select(func.count()).select_from(Response).where(Response.consultation_id == consultation_id))
        or 0
    )


def _share(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if index < total % parts else 0) for index in range(parts)]


def plan_spread(app: Any, args: argparse.Namespace, rng: random.Random) -> Plan:
    councils = _councils(app, args.councils)
    weights = [1.0] + [rng.lognormvariate(0, 0.6) for _council in councils[1:]]
    # The demo council is a typical one: exactly the mean; the others share the rest by their weights.
    typical = args.responses // len(councils)
    rest = args.responses - typical
    scale = rest / sum(weights[1:])
    sizes = [typical] + [int(weight * scale) for weight in weights[1:]]
    sizes[1] += args.responses - sum(sizes)
    plan = Plan()
    days = [QUARTER_STARTS[index % 4] for index in range(args.consultations)]
    for number, (organisation_id, size) in enumerate(zip(councils, sizes, strict=True)):
        existing = _consultations(app, organisation_id, days, f"{number:03d}")
        for (target, have), share in zip(existing, _share(size, len(existing)), strict=True):
            plan.targets.append((target, max(0, share - have)))
    return plan


def plan_one(app: Any, args: argparse.Namespace, rng: random.Random) -> Plan:
    councils = _councils(app, args.councils)
    plan = Plan()
    days = [QUARTER_STARTS[index % 4] for index in range(args.councils)]
    existing = _consultations(app, councils[0], days, "000")
    for (target, have), share in zip(existing, _share(args.responses, len(existing)), strict=True):
        plan.targets.append((target, max(0, share - have)))
    for number, organisation_id in enumerate(councils[1:], start=1):
        for target, have in _consultations(app, organisation_id, QUARTER_STARTS[2:3], f"{number:03d}"):
            plan.targets.append((target, max(0, args.others - have)))
    return plan


def load(app: Any, plan: Plan, rng: random.Random) -> None:
    from participation.extensions import db

    done = [0]
    started = time.perf_counter()

    def progress(count: int) -> None:
        done[0] += count
        rate = done[0] / max(time.perf_counter() - started, 1e-6)
        print(f"  ... {done[0]:,} of {plan.total:,} responses ({rate:,.0f}/s)", end="\r", flush=True)

    with app.app_context():
        with _fill.indexes_set_aside(db.engine), db.engine.connect() as connection:
            for target, count in plan.targets:
                _fill.fill(connection, target, count, rng, progress)
        print()
        _fill.analyse(db.engine)
        db.engine.dispose()


def describe(app: Any, organisation_id: uuid.UUID) -> tuple[str, int, int]:
    from sqlalchemy import func, select

    from participation.boards import periods
    from participation.extensions import db
    from participation.organisations.models import Organisation
    from participation.responses.models import Response

    with app.app_context():
        year = periods.parse(YEAR)
        assert year is not None
        consultations = periods.consultations_in(organisation_id, year)
        organisation = db.session.get(Organisation, organisation_id)
        count = db.session.scalar(
            select(func.count())
            .select_from(Response)
            .where(Response.consultation_id.in_([item.id for item in consultations]))
        )
        name = organisation.name if organisation else "?"
        db.session.remove()
    return name, len(consultations), int(count or 0)


def time_pack(app: Any, organisation_id: uuid.UUID, repeat: int, outputs_too: bool) -> dict[str, list[float]]:
    from participation.boards import outputs, pack, periods
    from participation.extensions import db

    timings: dict[str, list[float]] = {}
    year = periods.parse(YEAR)
    assert year is not None
    with app.app_context(), app.test_request_context():
        for _round in range(repeat):
            db.session.expire_all()
            started = time.perf_counter()
            built = pack.build_period(organisation_id, year)
            timings.setdefault("figures (every table)", []).append(time.perf_counter() - started)
            if outputs_too:
                for name, make in (
                    ("HTML page", lambda built=built: outputs.document(built).encode()),
                    ("PDF", lambda built=built: outputs.pdf(built)),
                ):
                    started = time.perf_counter()
                    make()
                    timings.setdefault(name, []).append(time.perf_counter() - started)
            db.session.expire_all()
            started = time.perf_counter()
            pack.build_period(organisation_id, year, band="12-17")
            timings.setdefault("figures, one band", []).append(time.perf_counter() - started)
        db.session.remove()
    return timings


def report(title: str, timings: dict[str, list[float]], on_postgresql: bool) -> None:
    print(f"\n{title}")
    print(f"  {'step':<24}{'median s':>10}{'best s':>10}")
    for name, values in timings.items():
        print(f"  {name:<24}{_common.median(values):>10.2f}{min(values):>10.2f}")
    figures = _common.median(timings["figures (every table)"])
    verdict = ("PASS" if figures < GOAL else "OVER") if on_postgresql else "(the goal is for PostgreSQL)"
    print(f"  year pack figures: {figures:.2f} s against the goal of {GOAL:.0f} s {verdict}")
    if "PDF" in timings:
        print(f"  year pack as PDF, from the database: {figures + _common.median(timings['PDF']):.2f} s")


def in_year(app: Any) -> dict[uuid.UUID, int]:
    """Responses to each council's consultations of the year."""
    from sqlalchemy import func, select

    from participation.boards import periods
    from participation.extensions import db
    from participation.responses.models import Response
    from participation.surveys.models import Consultation

    year = periods.parse(YEAR)
    assert year is not None
    with app.app_context():
        rows = db.session.execute(
            select(Consultation.organisation_id, Consultation.id, Consultation.opens_on, Consultation.created_at)
        ).all()
        ids = [key for _org, key, opens_on, created in rows if year.holds(opens_on or created.date())]
        counts = dict(
            db.session.execute(
                select(Response.consultation_id, func.count())
                .where(Response.consultation_id.in_(ids))
                .group_by(Response.consultation_id)
            ).all()
        )
        db.session.remove()
    result: dict[uuid.UUID, int] = {}
    for organisation_id, key, _opens_on, _created in rows:
        result[organisation_id] = result.get(organisation_id, 0) + int(counts.get(key, 0))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=("spread", "one"), default="spread")
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--councils", type=int, default=150)
    parser.add_argument("--consultations", type=int, default=4, help="per council, with --shape spread")
    parser.add_argument("--others", type=int, default=200, help="responses per other council, with --shape one")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", metavar="NAME", help="keep the data under NAME and time it again on a later run")
    parser.add_argument("--drop", action="store_true", help="with --keep: drop the kept data and stop")
    args = parser.parse_args()
    _common.heading(
        f"Year pack ({YEAR}) with {args.responses:,} responses from {args.councils} councils ({args.shape})"
    )
    database = _common.kept_database(args.keep) if args.keep else _common.new_database()
    if args.drop:
        _common.drop_database(database)
        return
    rng = random.Random(1_000_016)  # not a seed the demo uses: its receipt hashes are unique
    try:
        print(f"database: {database.describe()}")

        def filled(app) -> None:  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            plan = (plan_spread if args.shape == "spread" else plan_one)(app, args, rng)
            print(f"councils and consultations made in {time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            load(app, plan, rng)
            took = time.perf_counter() - started
            print(f"{plan.total:,} responses written, indexed, vacuumed and analysed in {took:.1f} s")

        app = _common.app_with_data(database, bool(args.keep), filled)
        totals = _totals(app)
        print("rows: " + ", ".join(f"{name} {count:,}" for name, count in totals.items()))
        sizes = in_year(app)
        demo = _demo_council(app)
        print(f"responses in {YEAR}: {sum(sizes.values()):,} from {sum(1 for size in sizes.values() if size)} councils")
        timed = [demo] + [key for key in [max(sizes, key=lambda key: sizes[key])] if key != demo]
        for index, organisation_id in enumerate(timed):
            name, consultations, responses = describe(app, organisation_id)
            timings = time_pack(app, organisation_id, args.repeat, outputs_too=index == 0)
            report(
                f"{name}: year pack over {consultations} consultations, {responses:,} responses",
                timings,
                database.dialect == "postgresql",
            )
    finally:
        if not args.keep:
            _common.drop_database(database)


def _demo_council(app: Any) -> uuid.UUID:
    from sqlalchemy import select

    from participation.extensions import db
    from participation.organisations.models import Organisation

    with app.app_context():
        found = db.session.scalar(select(Organisation.id).where(Organisation.slug == "northshire"))
        db.session.remove()
    assert found is not None
    return found


def _totals(app: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from participation.analysis.models import AnswerTheme, CommentReading
    from participation.extensions import db
    from participation.organisations.models import Organisation
    from participation.responses.models import Answer, Response
    from participation.surveys.models import Consultation

    with app.app_context():
        result = {
            name: int(db.session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in (
                ("councils", Organisation),
                ("consultations", Consultation),
                ("responses", Response),
                ("answers", Answer),
                ("themes", AnswerTheme),
                ("comments read or waiting", CommentReading),
            )
        }
        db.session.remove()
    return result


if __name__ == "__main__":
    main()
