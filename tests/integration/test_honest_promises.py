"""What the start page tells a young person about being found is exactly what the code allows (TRUST.md, "A
disclosure is never lost": what we say to a young person is what the code does). Found from outside: a personal
invite code's start page said "Nobody can tell from them who you are" while two staff could find out who wrote it."""

from __future__ import annotations

import pytest

from participation.accounts.models import Role
from participation.extensions import db
from tests import factories
from tests.integration.test_distribution import make_codes
from tests.integration.test_reidentification import console_for
from tests.journey import Journey


def start_page_words(app, code: str, consultation_code: str) -> str:
    journey = Journey(app.test_client(), consultation_code)
    journey.get(f"/i/{code}")
    return journey.page.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("vault", "identifiers", "band", "said", "not_said"),
    [
        (
            True,
            "CASE-1\nCASE-2\n",
            "12-17",
            "two people at the council can agree to find out it was you",
            "Nobody can tell from them who you are",
        ),
        (False, "CASE-1\nCASE-2\n", "12-17", "the council can delete your answers if you ask", "find out it was you"),
        (
            True,
            "CASE-1\nCASE-2\n",
            "4-7",
            "two grown-ups at the council can find out it was you",
            "We do not keep your name",
        ),
        (True, "", "12-17", "Nobody can tell from them who you are", "find out it was you"),
    ],
)
def test_a_personal_codes_start_page_says_who_can_find_out(app, vault, identifiers, band, said, not_said):
    with app.app_context():
        org = factories.organisation("Honestshire")
        org.identity_vault = vault
        consultation = factories.consultation(org, code="honest")
        worker = factories.staff(org, Role.PARTICIPATION_WORKER)
        db.session.commit()
    fields = {"identifiers": identifiers, "band": band} if identifiers else {"count": "2", "band": band}
    page = make_codes(console_for(app, worker), consultation, **fields)
    code = [card.get_text(strip=True) for card in page.select(".heard-card__code")][0]
    words = start_page_words(app, code, "honest")
    assert said in words
    assert not_said not in words


def test_the_open_link_still_promises_nobody_can_tell(app):
    with app.app_context():
        org = factories.organisation("Openshire")
        org.identity_vault = True
        factories.consultation(org, code="open")
        db.session.commit()
    journey = Journey(app.test_client(), "open")
    journey.get("/s/open?band=12-17")
    words = journey.page.get_text(" ", strip=True)
    assert "Nobody can tell from them who you are" in words and "find out it was you" not in words


def test_a_flagged_answer_keeps_only_the_hour_it_was_flagged(app):
    """Found from outside: a case linked to an answer held the microsecond it was flagged, which an access log line
    (with the phone's address) could be matched to. TRUST.md: no exact timestamp with an answer."""
    from sqlalchemy import select

    from participation.analysis.models import SafeguardingCase
    from tests.integration.test_reidentification import disclose_anonymously

    with app.app_context():
        org = factories.organisation("Hourshire")
        consultation = factories.consultation(org, code="hour")
        db.session.commit()
    disclose_anonymously(app, consultation)
    with app.app_context():
        case = db.session.scalar(select(SafeguardingCase))
        assert case is not None
        assert (case.flagged_at.minute, case.flagged_at.second, case.flagged_at.microsecond) == (0, 0, 0)


def test_waiting_time_is_said_to_the_hour(app):
    """A case keeps only its hour, so the queue says "less than an hour" rather than "41 minutes" for a case flagged
    a minute ago (found from outside)."""
    from datetime import timedelta

    from participation.db import this_hour, utcnow
    from participation.templating import time_since

    with app.test_request_context():
        assert time_since(utcnow() - timedelta(minutes=5)) == "less than an hour"
        assert time_since(this_hour() - timedelta(hours=3)) in ("3 hours", "4 hours")
