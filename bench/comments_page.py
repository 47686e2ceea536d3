"""Time and size of the comments page a worker reads, on a consultation with about 500 comments.

The demo is loaded; its consultation's comments are topped up to ``--comments`` (default 500) by storing further
responses that each carry one of the demo's own comments (same question, band and language, a later day), and the
analysis runs on them as it does on arrival (themes, screen, read states). The demo marks its comments read, so the
default view ("unread") is short; the figures that matter are those of "all comments".

Signs in as the demo participation worker through the real sign-in page (second factor off for the bench) and times
GET of the comments page as a worker uses it: the first and a later page of all comments, the default view, a search,
and several filters at once. For each: the median server time of ``--repeat`` requests (Flask test client, in process:
no network, no gunicorn), the HTML size raw and gzip, how many comments the page holds and the total it shows. Asserts
nothing (STYLE.md: bench figures, never timed tests). Before paging the page held every comment at once (464 on the
worker's consultation: 72,830 px tall, 4 s).

    .venv/bin/python bench/comments_page.py [--comments 500] [--repeat 5]
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test .venv/bin/python bench/comments_page.py
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common  # noqa: E402


def top_up(app, target: int) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """Store responses carrying copies of the demo's comments until the consultation has ``target``; analyse them."""
    from sqlalchemy import func, select

    from participation.analysis import services
    from participation.extensions import db
    from participation.responses.models import Answer, Response
    from participation.surveys.models import Consultation

    with app.app_context():
        consultation = db.session.scalar(select(Consultation).where(Consultation.code == _common.CODE))
        said = (
            select(Answer, Response)
            .join(Response, Response.id == Answer.response_id)
            .where(Response.consultation_id == consultation.id, Answer.text.is_not(None))
            .order_by(Answer.id)
        )
        originals = db.session.execute(said).all()
        have = db.session.scalar(select(func.count()).select_from(said.subquery())) or 0
        for index in range(max(0, target - have)):
            answer, response = originals[index % len(originals)]
            copy = Response(
                organisation_id=response.organisation_id,
                consultation_id=response.consultation_id,
                pseudonym=uuid.uuid4().hex,
                submission_key=f"bench-comment-{index}",
                receipt_hash=uuid.uuid4().hex * 2,
                age_band=response.age_band,
                language=response.language,
                submitted_on=response.submitted_on + timedelta(days=1),
                group_id=response.group_id,
                assisted=False,
                consultation_version=response.consultation_version,
            )
            db.session.add(copy)
            db.session.flush()
            db.session.add(
                Answer(
                    organisation_id=answer.organisation_id,
                    response_id=copy.id,
                    question_id=answer.question_id,
                    question_key=answer.question_key,
                    text=answer.text,
                    declined=False,
                )
            )
        db.session.flush()
        services.rerun(consultation.id)
        db.session.commit()
        return str(consultation.id), db.session.scalar(select(func.count()).select_from(said.subquery())) or 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    from participation.demo.council import DEMO_PASSWORD

    database = _common.new_database()
    try:
        _common.prepare_database(database)
        app = _common.make_app(database, REQUIRE_MFA=False, ARGON2_FAST=False)
        consultation_id, comments = top_up(app, arguments.comments)
        client = app.test_client()
        page = client.get("/staff/sign-in").get_data(as_text=True)
        csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        client.post(
            "/staff/sign-in", data={"email": "worker@northshire.example", "password": DEMO_PASSWORD, "csrf_token": csrf}
        )
        base = f"/staff/consultations/{consultation_id}/comments"
        _common.heading(f"The comments page, {comments:,} comments ({_common.python_version()}, {database.dialect})")
        print(f"{'':34} {'median':>8}  {'raw':>9}  {'gzip':>8}  {'shown':>5}  total shown")
        for label, query in (
            ("all comments, page 1", "?show=all"),
            ("all comments, page 5", "?show=all&page=5"),
            ("unread (the default view)", ""),
            ("search 'social worker'", "?show=all&q=social+worker"),
            ("12 to 17, English, no theme", "?show=all&band=12-17&language=en&theme=none"),
            ("possible disclosures", "?show=all&flag=disclosure"),
        ):
            times = []
            body = b""
            for _attempt in range(arguments.repeat):
                started = time.perf_counter()
                answer = client.get(base + query)
                times.append(time.perf_counter() - started)
                body = answer.get_data()
                if answer.status_code != 200:
                    raise SystemExit(f"{base + query} answered {answer.status_code}")
            shown = body.count(b'class="heard-comment"')
            total = re.search(rb'id="comment-total">([^<]*)<', body)
            packed = len(gzip.compress(body, 6))
            print(
                f"{label:34} {statistics.median(times) * 1000:6.0f} ms  {len(body):>9,}  {packed:>8,}"
                f"  {shown:>5}  {total.group(1).decode() if total else '?'}"
            )
    finally:
        _common.drop_database(database)


if __name__ == "__main__":
    main()
