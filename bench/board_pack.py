"""Time to build the board pack for a consultation with 100,000 responses: the protected figures, the HTML page and
the PDF (WeasyPrint), and the CSV and XLSX exports.

The demo is loaded (so the pack has a previous wave, quotes, actions, pledges, reference figures and comparison
councils), then the demo consultation is filled up to ``--responses`` with synthetic responses inserted in bulk: every
choice question answered as the demo's own answers are distributed, and a free-text comment with one or two themes
on four in ten. Prints figures; asserts nothing.

    .venv/bin/python bench/board_pack.py [--responses 100000] [--repeat 3]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/board_pack.py
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402

THEMES = [
    "family-time",
    "home-and-stability",
    "workers",
    "being-heard",
    "education",
    "health-and-wellbeing",
    "leaving-care",
    "money-and-work",
    "activities-and-friends",
    "digital-access",
    "safety",
    "housing",
]
BANDS = {"4-7": 30, "8-11": 60, "12-17": 105, "care-leavers": 65, "parents-carers": 40}
CHUNK = 5000


def fill(app, target: int) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, insert, select

    from participation.analysis.models import AnswerTheme, ThemeSource
    from participation.distribution.services import target_groups
    from participation.extensions import db
    from participation.responses.models import Answer, Response
    from participation.surveys import builder
    from participation.surveys.models import Consultation, QuestionKind

    rng = random.Random(100_000)
    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == _common.CODE))
        have = (
            db.session.scalar(
                select(func.count()).select_from(Response).where(Response.consultation_id == consultation.id)
            )
            or 0
        )
        questions = builder.questions_of(consultation, consultation.live_version)
        groups = [group.id for group in target_groups(consultation)] + [None, None, None]
        bands, weights = list(BANDS), list(BANDS.values())
        organisation_id, consultation_id = consultation.organisation_id, consultation.id
        added = 0
        while have + added < target:
            responses, answers, themes = [], [], []
            for index in range(min(CHUNK, target - have - added)):
                response_id = uuid.uuid4()
                band = rng.choices(bands, weights)[0]
                responses.append(
                    {
                        "id": response_id,
                        "organisation_id": organisation_id,
                        "consultation_id": consultation_id,
                        "pseudonym": f"{rng.getrandbits(128):032x}",
                        "submission_key": f"bench-{have + added + index}",
                        "receipt_hash": f"{rng.getrandbits(256):064x}",
                        "age_band": band,
                        "language": "en",
                        "submitted_on": date(2026, 10, 1) + timedelta(days=rng.randrange(45)),
                        "group_id": rng.choice(groups),
                        "assisted": False,
                        "consultation_version": 1,
                    }
                )
                for question in questions:
                    if band not in question.band_slugs:
                        continue
                    answer = {
                        "id": uuid.uuid4(),
                        "organisation_id": organisation_id,
                        "response_id": response_id,
                        "question_id": question.id,
                        "question_key": question.key,
                        "declined": False,
                        "choices": None,
                        "text": None,
                    }
                    if question.kind.is_text:
                        if rng.random() > 0.4:
                            continue
                        answer["text"] = "a comment for the bench"
                        for slug in rng.sample(THEMES, rng.choice([1, 1, 2])):
                            themes.append(
                                {
                                    "answer_id": answer["id"],
                                    "slug": slug,
                                    "organisation_id": organisation_id,
                                    "source": ThemeSource.AUTO,
                                    "removed": False,
                                }
                            )
                    elif question.kind == QuestionKind.YES_NO:
                        answer["choices"] = [rng.choices(["yes", "no", "not-sure"], [70, 18, 12])[0]]
                    else:
                        options = [option for option in question.options if option.shown_to(band)]
                        if not options:
                            continue
                        answer["choices"] = [rng.choices(options, [3 if o.is_positive else 1 for o in options])[0].key]
                    answers.append(answer)
            db.session.execute(insert(Response), responses)
            db.session.execute(insert(Answer), answers)
            if themes:
                db.session.execute(insert(AnswerTheme), themes)
            db.session.commit()
            added += len(responses)
            print(f"  ... {have + added:,} responses", end="\r", flush=True)
        print()
        return have + added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    _common.heading("Board pack for a consultation with many responses")
    database = _common.new_database()
    try:
        print(f"database: {database.describe()}")
        _common.prepare_database(database)
        app = _common.make_app(database)
        started = time.perf_counter()
        total = fill(app, args.responses)
        print(f"filled to {total:,} responses in {time.perf_counter() - started:.1f} s")

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
        _common.drop_database(database)


if __name__ == "__main__":
    main()
