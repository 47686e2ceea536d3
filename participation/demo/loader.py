"""Loads the demo: Northshire Council, "Your voice 2026" at /s/demo, and deterministic synthetic responses.

Beside it, for the board pack: last year's wave ("Your voice 2025", closed, at /s/demo-2025), three other councils
that opted in to comparison (answers to the same questions, no free text), and illustrative reference figures.

It is made in parts: the council and its staff (``council``), consultations and their responses
(``consultations``), the safeguarding and reading history (``history``) and what the board pack shows beside the
figures (``boards``). This module puts them together, with last year's wave and the councils compared with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from participation.analysis import services as analysis
from participation.demo import boards, consultations, contact, content, council, history, polls, sessions, we_did
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys.models import Consultation, ConsultationStatus

# Last year's wave, so the board pack can say how things changed. Answered a little less positively than 2026 (most
# core questions improve), except reaching a worker, which was better before the 2026 changes of worker.
PREVIOUS_WAVE_CODE = "demo-2025"
PREVIOUS_WAVE_RESPONSES = 260
PREVIOUS_WAVE_SEED = 2025
PREVIOUS_WAVE_POSITIVITY = 0.75
PREVIOUS_WAVE_POSITIVITY_BY_QUESTION = {"reach-worker": 1.4}


def _previous_wave_spec() -> dict[str, Any]:
    """The demo's content as it was in 2025: the same questions, the title a year earlier."""
    title = {
        language: {band: text.replace("2026", "2025") for band, text in by_band.items()}
        for language, by_band in content.CONSULTATION["title"].items()
    }
    return {**content.CONSULTATION, "code": PREVIOUS_WAVE_CODE, "title": title}


def _previous_wave(organisation: Organisation, current: Consultation, today: date) -> tuple[Consultation, bool, int]:
    """Last year's closed wave with its analysed responses, linked as ``current``'s previous wave: it opened
    fourteen months before ``today`` (the day the demo is loaded), so it has been closed about a year and what was
    done about it is there to read."""
    opens_on = boards.months_from(today, -14)
    closes_on = opens_on + timedelta(days=45)
    previous, created = consultations.load_consultation(
        organisation,
        _previous_wave_spec(),
        status=ConsultationStatus.CLOSED,
        opens_on=opens_on,
        closes_on=closes_on,
        feedback_due_on=boards.months_from(closes_on, 4),
    )
    added = 0
    if consultations.response_count(previous) == 0:
        added = consultations.load_responses(
            previous,
            PREVIOUS_WAVE_RESPONSES,
            seed=PREVIOUS_WAVE_SEED,
            positivity=PREVIOUS_WAVE_POSITIVITY,
            positivity_by_question=PREVIOUS_WAVE_POSITIVITY_BY_QUESTION,
            groups=consultations.load_groups(previous),
        )
        analysis.rerun(previous.id)
        history.close_previous_cases(previous)
        history.load_readings(previous, 1.0, PREVIOUS_WAVE_SEED)
    else:
        consultations.load_groups(previous)
    boards.load_actions(previous, today, previous_wave=True)
    boards.load_quotes(previous)
    if current.previous_wave_id != previous.id:
        current.previous_wave_id = previous.id
        db.session.flush()
    return previous, created, added


@dataclass(frozen=True)
class Comparator:
    """Another council that opted in to comparison, with its own answers to the same core questions."""

    slug: str
    name: str
    code: str
    opens_on: date
    responses: int
    seed: int
    positivity: float


COMPARATORS = (
    Comparator("eastmoor", "Eastmoor Council", "eastmoor-2026", date(2026, 9, 14), 180, 4101, 0.8),
    Comparator("riverford", "Riverford Borough Council", "riverford-2026", date(2026, 10, 5), 130, 4102, 1.3),
    Comparator("westfell", "Westfell County Council", "westfell-2026", date(2026, 9, 28), 210, 4103, 1.0),
)


def _comparators() -> tuple[int, int]:
    """The other councils (no staff, no free text, no analysis: only what comparison reads). Returns (created,
    responses added)."""
    created = added = 0
    for spec in COMPARATORS:
        organisation, new = council.load_organisation({"slug": spec.slug, "name": spec.name, "compare_opt_in": True})
        created += new
        consultation, _new = consultations.load_consultation(
            organisation, {**content.CONSULTATION, "code": spec.code}, opens_on=spec.opens_on, feedback_due_on=None
        )
        if consultations.response_count(consultation) == 0:
            added += consultations.load_responses(
                consultation, spec.responses, seed=spec.seed, positivity=spec.positivity, with_text=False
            )
    return created, added


def load_demo(responses: int = 300, today: date | None = None) -> list[str]:
    """Create whatever part of the demo is missing; report what is there. With ``responses`` 0 (the survey alone), the
    previous wave and the other councils, there only to be compared with, are left out too. Last year's wave, the
    promises and what was done are dated from ``today`` (the day it is loaded unless given)."""
    today = today or date.today()
    organisation, new_organisation = council.load_organisation()
    account_lines = council.load_accounts(organisation)
    consultation, new_consultation = consultations.load_consultation(organisation)
    existing = consultations.response_count(consultation)
    added = (
        consultations.load_responses(consultation, responses, groups=consultations.load_groups(consultation))
        if existing == 0 and responses > 0
        else 0
    )
    if added:
        # Theme and screen the demo's comments as submission would, so the queue and comments pages have content.
        analysis.rerun(consultation.id)
        history.load_readings(consultation, 0.85, 2026)
    if not added:
        consultations.load_groups(consultation)
    consultations.load_personal_codes(consultation)
    boards.load_actions(consultation, today)
    boards.load_quotes(consultation)
    boards.load_pledges(organisation, today)
    references = boards.load_reference_figures(organisation)
    council.load_helplines(organisation)
    new_polls = polls.load_polls(organisation, today)
    new_sessions = sessions.load_sessions(organisation, today)
    polls.attach_to_sessions(organisation)
    we_did.load_actions_elsewhere(organisation, today)
    contact_requests = contact.load_contact_requests(organisation, consultation, today)
    lines = [
        f"Organisation: {organisation.name} ({'created' if new_organisation else 'already there'})",
        f"Consultation: /s/{consultation.code} ({'created' if new_consultation else 'already there'})",
        f"Responses: {existing + added} ({added} added)",
        f"Live polls: {', '.join('/p/' + spec.code for spec in polls.DEMO_POLLS)} ({new_polls} created)",
        f"Sessions of the two forums over the last year: /staff/sessions ({new_sessions} created)",
    ]
    if responses > 0:
        previous, new_previous, previous_added = _previous_wave(organisation, consultation, today)
        new_comparators, comparator_added = _comparators()
        lines.append(
            f"Previous wave: /s/{previous.code}, closed ({'created' if new_previous else 'already there'}), "
            f"{consultations.response_count(previous)} responses ({previous_added} added)"
        )
        lines.append(
            f"Compared with: {', '.join(spec.name for spec in COMPARATORS)} ({new_comparators} created, "
            f"{comparator_added} responses added)"
        )
    return [
        *lines,
        f"Reference figures: {references}, illustrative (not real survey results)",
        f"Requests for an advocate or a call back: {contact_requests} added",
        f"Staff sign-in at /staff/sign-in, password for every demo account: {council.DEMO_PASSWORD}",
        *account_lines,
    ]
