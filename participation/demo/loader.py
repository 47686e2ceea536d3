"""Loads the demo: Northshire Council, "Your voice 2026" at /s/demo, and deterministic synthetic responses.

Beside it, for the board pack: last year's wave ("Your voice 2025", closed, at /s/demo-2025), three other councils
that opted in to comparison (answers to the same questions, no free text), and illustrative reference figures.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from participation.accounts import services as accounts
from participation.accounts.models import Role
from participation.analysis import services as analysis
from participation.analysis import triage
from participation.analysis.models import AnswerTheme, CaseStatus, CommentReading, Quote, SafeguardingCase
from participation.analysis.reading import aware
from participation.analysis.services import rerun, themes_for
from participation.boards import pledges
from participation.boards.models import Action, ActionStatus, Pledge, ReferenceFigure, Verdict
from participation.demo import content
from participation.distribution import services as distribution
from participation.distribution.models import GroupKind, InviteBatch, InviteCode
from participation.extensions import db
from participation.helplines.models import CouncilHelpline
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Response
from participation.surveys.content import create_consultation
from participation.surveys.models import Consultation, ConsultationStatus, Question, QuestionKind

# The demo keeps identifiers in the identity vault so re-identification can be tried.
DEMO_ORGANISATION = {"slug": "northshire", "name": "Northshire Council", "identity_vault": True, "compare_opt_in": True}
# Share of respondents by band, like a council's annual survey: most are teenagers and care leavers.
BAND_WEIGHTS = {"4-7": 30, "8-11": 60, "12-17": 105, "care-leavers": 65, "parents-carers": 40}
LANGUAGE_WEIGHTS = {"en": 78, "pl": 6, "ro": 5, "ar": 5, "ur": 4, "cy": 2}


def _organisation(spec: Mapping[str, Any] = DEMO_ORGANISATION) -> tuple[Organisation, bool]:
    organisation = db.session.scalar(select(Organisation).where(Organisation.slug == spec["slug"]))
    if organisation is not None:
        # A demo loaded before comparison existed: opt it in now.
        if spec.get("compare_opt_in") and not organisation.compare_opt_in:
            organisation.compare_opt_in = True
        return organisation, False
    organisation = Organisation(**spec)
    db.session.add(organisation)
    db.session.flush()
    return organisation, True


def _consultation(
    organisation: Organisation,
    spec: Mapping[str, Any] = content.CONSULTATION,
    *,
    status: ConsultationStatus = ConsultationStatus.PUBLISHED,
    opens_on: date = date(2026, 10, 1),
    closes_on: date | None = None,
    feedback_due_on: date | None = date(2027, 3, 31),
) -> tuple[Consultation, bool]:
    existing = db.session.scalar(select(Consultation).where(Consultation.code == spec["code"]))
    if existing is not None:
        return existing, False
    consultation = create_consultation(
        organisation.id,
        spec,
        list(content.QUESTIONS),
        status=status,
        opens_on=opens_on,
        closes_on=closes_on,
        feedback_due_on=feedback_due_on,
    )
    return consultation, True


def _response_count(consultation: Consultation) -> int:
    return (
        db.session.scalar(select(func.count()).select_from(Response).where(Response.consultation_id == consultation.id))
        or 0
    )


DEMO_GROUPS = (
    # name, kind, cohort size, the band whose respondents it reaches, share of that band who came through it
    ("Voices Together (children in care council)", "children-in-care-council", 65, "12-17", 0.35),
    ("Care Leavers Forum", "care-leavers-forum", 180, "care-leavers", 0.6),
    ("Parents and Carers Network", "parents-and-carers", 150, "parents-carers", 0.5),
    ("Oak House", "childrens-home", 6, "8-11", 0.05),
)


def _groups(consultation: Consultation) -> dict[str, tuple[Any, float]]:
    """The demo's groups, targeted by the demo consultation; by band, the group and its share of that band."""
    existing = {group.name: group for group in distribution.groups_for(consultation.organisation_id)}
    by_band: dict[str, tuple[Any, float]] = {}
    for name, kind, size, band, share in DEMO_GROUPS:
        group = existing.get(name) or distribution.save_group(consultation.organisation_id, name, GroupKind(kind), size)
        by_band[band] = (group, share)
    if not distribution.target_groups(consultation):
        distribution.set_target_groups(consultation, [group for group, _share in by_band.values()])
    return by_band


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _choice_answer(rng: random.Random, question: Question, band: str, positivity: float = 1.0) -> list[str]:
    """A plausible answer; ``positivity`` scales the weight of the positive answers (1.0: the 2026 demo)."""
    if question.kind == QuestionKind.YES_NO:
        return [rng.choices(["yes", "no", "not-sure"], weights=[70 * positivity, 18, 12])[0]]
    if question.kind == QuestionKind.CONSENT_QUOTE:
        return [rng.choices(["yes", "no"], weights=[60, 40])[0]]
    options = [option for option in question.options if option.shown_to(band)]
    if not options:
        return []
    if question.kind == QuestionKind.MULTIPLE:
        count = rng.choice([1, 1, 2, 2, 3])
        return sorted({option.key for option in rng.sample(options, min(count, len(options)))})
    # Lean towards the positive answers, as real surveys do, but not all the way.
    weights = [3 * positivity if option.is_positive else 1 for option in options]
    return [rng.choices(options, weights=weights)[0].key]


def _synthetic_responses(
    consultation: Consultation,
    count: int,
    *,
    seed: int = 2026,
    positivity: float = 1.0,
    positivity_by_question: Mapping[str, float] | None = None,
    with_text: bool = True,
    groups: Mapping[str, tuple[Any, float]] | None = None,
) -> int:
    """``count`` deterministic responses from ``seed``, submitted between the consultation's dates. Answers lean
    positive by ``positivity`` (or a question's own, by key); free text cycles through the comment bank unless
    ``with_text`` is off (then neither text nor quote consent is answered). ``groups``: see ``_groups``."""
    rng = random.Random(seed)
    groups = groups or {}
    questions = [question for question in consultation.questions if question.version == consultation.live_version]
    comments_by_language: dict[str, list[dict[str, Any]]] = {}
    for comment in content.COMMENTS:
        comments_by_language.setdefault(comment["language"], []).append(comment)
    # Respondents' free text cycles through the comment bank so every theme is represented.
    english = list(comments_by_language.get("en", []))
    rng.shuffle(english)
    next_comment = {language: 0 for language in comments_by_language}
    opened = consultation.opens_on or date.today()
    days = (consultation.closes_on - opened).days + 1 if consultation.closes_on else 45

    for index in range(count):
        band = _pick(rng, BAND_WEIGHTS)
        language = _pick(rng, LANGUAGE_WEIGHTS)
        response = Response(
            organisation_id=consultation.organisation_id,
            consultation_id=consultation.id,
            pseudonym=f"{rng.getrandbits(128):032x}",
            submission_key=f"{consultation.code}-{index:04d}",
            receipt_hash=f"{rng.getrandbits(256):064x}",
            age_band=band,
            language=language,
            submitted_on=opened + timedelta(days=rng.randrange(0, days)),
            assisted=band == "4-7" and rng.random() < 0.5,
        )
        if band in groups and rng.random() < groups[band][1]:
            response.group_id = groups[band][0].id
        for question in questions:
            if band not in question.band_slugs:
                continue
            if not with_text and (question.kind.is_text or question.kind == QuestionKind.CONSENT_QUOTE):
                continue
            declined = rng.random() < 0.06
            answer = Answer(
                organisation_id=consultation.organisation_id,
                question_id=question.id,
                question_key=question.key,
                declined=declined,
            )
            if not declined:
                if question.kind.is_text:
                    if rng.random() < 0.25 and question.kind == QuestionKind.SHORT_TEXT:
                        continue
                    pool = comments_by_language.get(language) if language != "en" else english
                    pool = pool or english
                    position = next_comment.get(language, 0)
                    answer.text = pool[position % len(pool)]["text"]
                    next_comment[language] = position + 1
                else:
                    answer.choices = _choice_answer(
                        rng, question, band, (positivity_by_question or {}).get(question.key, positivity)
                    )
                    if question.kind == QuestionKind.CONSENT_QUOTE:
                        response.quote_consent = answer.choices == ["yes"]
            response.answers.append(answer)
        db.session.add(response)
    db.session.flush()
    return count


# Case numbers of the six children at Oak House, listed when the worker printed their personal invite codes.
OAK_HOUSE_IDENTIFIERS = ("NS-40117", "NS-40152", "NS-40168", "NS-40203", "NS-40211", "NS-40239")


def _personal_codes(consultation: Consultation) -> None:
    """Personal invite codes for Oak House, two of them used by children whose answers were flagged, so the
    two-person re-identification route has something to find."""
    if (
        db.session.scalar(
            select(InviteBatch.id).where(
                InviteBatch.consultation_id == consultation.id, InviteBatch.with_pseudonyms.is_(True)
            )
        )
        is not None
    ):
        return
    oak = next(group for group in distribution.groups_for(consultation.organisation_id) if group.name == "Oak House")
    batch = distribution.create_batch(consultation, count=0, group=oak, age_band="", identifiers=OAK_HOUSE_IDENTIFIERS)
    codes = db.session.scalars(
        select(InviteCode).where(InviteCode.batch_id == batch.id).order_by(InviteCode.position)
    ).all()
    flagged = db.session.scalars(
        select(Response)
        .join(Answer, Answer.response_id == Response.id)
        .join(SafeguardingCase, SafeguardingCase.answer_id == Answer.id)
        .where(Response.consultation_id == consultation.id, Response.age_band == "12-17")
        .order_by(Response.submission_key)
        .limit(2)
    ).all()
    for code, response in zip(codes[1::3], flagged, strict=False):
        response.invite_pseudonym = response.pseudonym = code.pseudonym
        response.group_id = oak.id
        code.used_on = response.submitted_on
    db.session.flush()


# "We did" actions in the spirit of PRODUCT.md: answers to what young people raised, at every status.
DEMO_ACTIONS = (
    {
        "themes": ["family-time"],
        "status": "done",
        "done_on": date(2026, 11, 14),
        "owner": "Head of Service, Children in Care",
        "evidence_note": "Agreed at the Corporate Parenting Board, 12 November 2026",
        "texts": {
            "en": {
                "what": "Family time can now happen at weekends and by video call, not only on weekdays at "
                "the contact centre."
            },
            "pl": {
                "what": "Spotkania z rodziną mogą teraz odbywać się w weekendy i przez rozmowy wideo, nie "
                "tylko w dni powszednie w centrum spotkań."
            },
            "ar": {
                "what": "يمكن الآن أن يكون وقت العائلة في عطلة نهاية الأسبوع وعبر مكالمات الفيديو، وليس فقط "
                "في أيام الأسبوع في مركز اللقاءات."
            },
        },
    },
    {
        "themes": ["workers", "being-heard"],
        "status": "in-progress",
        "due_on": date(2027, 1, 31),
        "owner": "Principal Social Worker",
        "texts": {
            "en": {
                "what": "When your worker changes, you will be told within a week who your new worker is, "
                "with a photo and how to reach them."
            }
        },
    },
    {
        "themes": ["digital-access", "leaving-care"],
        "status": "planned",
        "due_on": date(2027, 4, 1),
        "owner": "Leaving Care Team Manager",
        "texts": {
            "en": {"what": "Every care leaver will get a phone with data for their first year after leaving care."}
        },
    },
    {
        "themes": ["housing", "money-and-work"],
        "status": "done",
        "done_on": date(2026, 4, 1),
        "owner": "Director of Finance",
        "evidence_url": "https://www.northshire.example/council-tax/care-leavers",
        "texts": {"en": {"what": "Care leavers living in Northshire do not pay council tax until they are 25."}},
    },
    {
        "themes": ["activities-and-friends"],
        "status": "not-possible",
        "owner": "Corporate Parenting Lead",
        "texts": {
            "en": {
                "what": "Free leisure centre passes for children in care and their carers.",
                "reason": "The company that runs the leisure centres would not agree this year. We will ask "
                "again in April, and the Voices Together council will come to that meeting.",
            }
        },
    },
)


def _actions(consultation: Consultation) -> None:
    if db.session.scalar(select(Action.id).where(Action.consultation_id == consultation.id)) is not None:
        return
    for spec in DEMO_ACTIONS:
        db.session.add(
            Action(
                organisation_id=consultation.organisation_id,
                consultation_id=consultation.id,
                themes=spec["themes"],
                texts=spec["texts"],
                owner=spec["owner"],
                status=ActionStatus(spec["status"]),
                due_on=spec.get("due_on"),
                done_on=spec.get("done_on"),
                evidence_url=spec.get("evidence_url", ""),
                evidence_note=spec.get("evidence_note", ""),
            )
        )
    db.session.flush()


def _quotes(consultation: Consultation) -> None:
    """A few approved quotes, as a worker would choose: consented, nothing redacted, one per theme."""
    if db.session.scalar(select(Quote.id).where(Quote.consultation_id == consultation.id)) is not None:
        return
    covered: set[str] = set()
    for candidate in analysis.quote_candidates(consultation.id):
        if candidate.redactions or candidate.language != "en" or not 40 <= len(candidate.original) <= 160:
            continue
        themes = set(
            db.session.scalars(
                select(AnswerTheme.slug).where(
                    AnswerTheme.answer_id == candidate.answer_id, AnswerTheme.removed.is_(False)
                )
            )
        )
        if not themes or themes & covered:
            continue
        analysis.decide_quote(consultation.id, candidate.answer_id, approve=True, text=candidate.proposed, user_id=None)  # type: ignore[arg-type]
        covered |= themes
        if len(covered) >= 8:
            break


# Pledges in the spirit of PRODUCT.md, as a council holds them in a spreadsheet (imported the same way).
DEMO_PLEDGES_CSV = (Path(__file__).parent / "pledges.csv").read_bytes()
DEMO_VERDICTS = {
    "Care leavers will not pay council tax until they are 25": (
        "Care Leavers Forum",
        "kept",
        "It happened and people noticed the money.",
    ),
    "Every care leaver will get a phone with data for their first year after leaving care": (
        "Care Leavers Forum",
        "not-kept",
        "Only a few of us got one, and the data ran out after a month.",
    ),
    "No child will move home with their things in a bin bag": (
        "Voices Together (children in care council)",
        "partly",
        "Most moves had bags, but not the emergency ones.",
    ),
}


def _pledges(organisation: Organisation) -> None:
    if db.session.scalar(select(Pledge.id).where(Pledge.organisation_id == organisation.id)) is not None:
        return
    slugs = {theme.slug: theme.slug for theme in themes_for(organisation.id)}
    result = pledges.import_csv(organisation.id, DEMO_PLEDGES_CSV, slugs)
    for pledge in result.created:
        text = pledges.text_of(pledge)[0]
        if text in DEMO_VERDICTS:
            group, verdict, why = DEMO_VERDICTS[text]
            pledges.record_verdict(
                pledge, group_name=group, verdict=Verdict(verdict), why=why, on=date(2026, 10, 20), user_id=None
            )


DEMO_PASSWORD = "heard-demo-2026"
DEMO_ACCOUNTS = (
    ("admin@northshire.example", "Alex Admin", "organisation-admin"),
    ("worker@northshire.example", "Sam Participation", "participation-worker"),
    ("safeguarding@northshire.example", "Jo Safeguarding", "safeguarding-lead"),
    ("board@northshire.example", "Cllr Pat Board", "board-member"),
)
PLATFORM_ADMIN = ("platform@heard.example", "Robin Platform")


def _accounts(organisation: Organisation) -> list[str]:
    """One demo account per role (and a platform admin), each with the same printed demo password."""
    lines = []
    for email, name, role in DEMO_ACCOUNTS:
        if accounts.user_by_email(email) is None:
            accounts.create_user(email, name, DEMO_PASSWORD, organisation.id, (Role(role),))
        lines.append(f"  {role:<22} {email}")
    if accounts.user_by_email(PLATFORM_ADMIN[0]) is None:
        accounts.create_user(PLATFORM_ADMIN[0], PLATFORM_ADMIN[1], DEMO_PASSWORD, platform_admin=True)
    lines.append(f"  {'platform-admin':<22} {PLATFORM_ADMIN[0]}")
    return lines


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


def _close_previous_cases(consultation: Consultation) -> None:
    """The earlier wave's possible disclosures were dealt with at the time: none waits in today's queue."""
    lead = accounts.user_by_email(next(email for email, _name, role in DEMO_ACCOUNTS if role == "safeguarding-lead"))
    if lead is None:
        return
    cases = db.session.execute(
        select(SafeguardingCase, Response.submitted_on)
        .join(Answer, Answer.id == SafeguardingCase.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(SafeguardingCase.consultation_id == consultation.id, SafeguardingCase.status.in_(triage.OPEN))
    ).all()
    for case, submitted_on in cases:
        flagged = datetime.combine(submitted_on, time(9), tzinfo=UTC)
        case.flagged_at = flagged
        triage.update(case, CaseStatus.REFERRED, "Passed to the young person's worker at the time (demo).", lead)
        case.acknowledged_at = case.notes[-1].at = flagged + timedelta(hours=3)
        if (reading := db.session.get(CommentReading, case.answer_id)) is not None:
            reading.arrived_at, reading.read_at = flagged, flagged + timedelta(hours=3)
    db.session.flush()


def _readings(consultation: Consultation, share_read: float, seed: int) -> None:
    """A realistic reading history: each comment arrived at some hour of the day it was sent, and the participation
    worker read the older ones within a few working days. The newest stay unread (some past the deadline, so the
    escalation has something to say), and so does every possible disclosure still waiting for the safeguarding lead."""
    worker = accounts.user_by_email(
        next(email for email, _name, role in DEMO_ACCOUNTS if role == "participation-worker")
    )
    if worker is None:
        return
    rng = random.Random(seed)
    # A possible disclosure still waiting came in when its case was flagged (today, in the demo's queue).
    waiting = dict(
        db.session.execute(
            select(SafeguardingCase.answer_id, SafeguardingCase.flagged_at).where(
                SafeguardingCase.consultation_id == consultation.id, SafeguardingCase.status.in_(triage.OPEN)
            )
        ).all()
    )
    readings = db.session.execute(
        select(CommentReading, Response.submitted_on)
        .join(Answer, Answer.id == CommentReading.answer_id)
        .join(Response, Response.id == Answer.response_id)
        .where(CommentReading.consultation_id == consultation.id)
    ).all()
    for reading, submitted_on in readings:
        hour = rng.randrange(8, 22)
        if reading.answer_id in waiting:
            reading.arrived_at = waiting[reading.answer_id]
        elif reading.read_at is None:  # a case decided at the time keeps the hours it was given
            reading.arrived_at = datetime.combine(submitted_on, time(hour), tzinfo=UTC)
    readings.sort(key=lambda row: (aware(row[0].arrived_at), str(row[0].answer_id)))
    cut = int(len(readings) * share_read)
    for reading, _submitted_on in readings[:cut]:
        if reading.answer_id in waiting or reading.read_at is not None:
            continue
        reading.read_by_id = worker.id
        reading.read_at = aware(reading.arrived_at) + timedelta(hours=rng.choice((2, 5, 20, 26, 45, 70, 95)))
    db.session.flush()


def _previous_wave(organisation: Organisation, current: Consultation) -> tuple[Consultation, bool, int]:
    """Last year's closed wave with its analysed responses, linked as ``current``'s previous wave."""
    previous, created = _consultation(
        organisation,
        _previous_wave_spec(),
        status=ConsultationStatus.CLOSED,
        opens_on=date(2025, 10, 1),
        closes_on=date(2025, 11, 15),
        feedback_due_on=date(2026, 3, 31),
    )
    added = 0
    if _response_count(previous) == 0:
        added = _synthetic_responses(
            previous,
            PREVIOUS_WAVE_RESPONSES,
            seed=PREVIOUS_WAVE_SEED,
            positivity=PREVIOUS_WAVE_POSITIVITY,
            positivity_by_question=PREVIOUS_WAVE_POSITIVITY_BY_QUESTION,
            groups=_groups(previous),
        )

        rerun(previous.id)
        _close_previous_cases(previous)
        _readings(previous, 1.0, PREVIOUS_WAVE_SEED)
    else:
        _groups(previous)
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
        organisation, new = _organisation({"slug": spec.slug, "name": spec.name, "compare_opt_in": True})
        created += new
        consultation, _new = _consultation(
            organisation, {**content.CONSULTATION, "code": spec.code}, opens_on=spec.opens_on, feedback_due_on=None
        )
        if _response_count(consultation) == 0:
            added += _synthetic_responses(
                consultation, spec.responses, seed=spec.seed, positivity=spec.positivity, with_text=False
            )
    return created, added


# Reference figures to read Northshire's indicators against. Invented for the demo, and labelled as such: never shown
# as a real published statistic.
REFERENCE_LABEL = "National comparison (illustrative)"
REFERENCE_SOURCE = "Demo figure, not a real survey result"
DEMO_REFERENCES = (
    # question key (a core question), age band ("" for everyone), percent positive
    ("listened-to", "", 72.0),
    ("reach-worker", "", 76.0),
    ("know-how-to-complain", "", 70.0),
    ("settled-at-home", "", 74.0),
    ("listened-to", "12-17", 66.0),
)


def _reference_figures(organisation: Organisation) -> int:
    there = set(
        db.session.execute(
            select(ReferenceFigure.question_key, ReferenceFigure.age_band).where(
                ReferenceFigure.organisation_id == organisation.id, ReferenceFigure.label == REFERENCE_LABEL
            )
        ).all()
    )
    for key, band, percent in DEMO_REFERENCES:
        if (key, band) not in there:
            db.session.add(
                ReferenceFigure(
                    organisation_id=organisation.id,
                    question_key=key,
                    age_band=band,
                    label=REFERENCE_LABEL,
                    percent=percent,
                    source=REFERENCE_SOURCE,
                )
            )
    db.session.flush()
    return len(DEMO_REFERENCES)


# Numbers from Ofcom's ranges kept for drama and examples: nobody real answers them.
DEMO_HELPLINES = {
    "emergency-duty-team": "0306 999 0123",
    "leaving-care-team": "01632 960 001",
    "advocacy": "0808 157 0456",
}


def _helplines(organisation: Organisation) -> None:
    if db.session.scalar(select(CouncilHelpline.id).where(CouncilHelpline.organisation_id == organisation.id)):
        return
    for kind, number in DEMO_HELPLINES.items():
        db.session.add(CouncilHelpline(organisation_id=organisation.id, kind=kind, number=number))
    db.session.flush()


def load_demo(responses: int = 300) -> list[str]:
    """Create whatever part of the demo is missing; report what is there. With ``responses`` 0 (the survey alone), the
    previous wave and the other councils, there only to be compared with, are left out too."""
    organisation, new_organisation = _organisation()
    account_lines = _accounts(organisation)
    consultation, new_consultation = _consultation(organisation)
    existing = _response_count(consultation)
    added = (
        _synthetic_responses(consultation, responses, groups=_groups(consultation))
        if existing == 0 and responses > 0
        else 0
    )
    if added:
        # Theme and screen the demo's comments as submission would, so the queue and comments pages have content.
        rerun(consultation.id)
        _readings(consultation, 0.85, 2026)
    if not added:
        _groups(consultation)
    _personal_codes(consultation)
    _actions(consultation)
    _quotes(consultation)
    _pledges(organisation)
    references = _reference_figures(organisation)
    _helplines(organisation)
    lines = [
        f"Organisation: {organisation.name} ({'created' if new_organisation else 'already there'})",
        f"Consultation: /s/{consultation.code} ({'created' if new_consultation else 'already there'})",
        f"Responses: {existing + added} ({added} added)",
    ]
    if responses > 0:
        previous, new_previous, previous_added = _previous_wave(organisation, consultation)
        new_comparators, comparator_added = _comparators()
        lines.append(
            f"Previous wave: /s/{previous.code}, closed ({'created' if new_previous else 'already there'}), "
            f"{_response_count(previous)} responses ({previous_added} added)"
        )
        lines.append(
            f"Compared with: {', '.join(spec.name for spec in COMPARATORS)} ({new_comparators} created, "
            f"{comparator_added} responses added)"
        )
    return [
        *lines,
        f"Reference figures: {references}, illustrative (not real survey results)",
        f"Staff sign-in at /staff/sign-in, password for every demo account: {DEMO_PASSWORD}",
        *account_lines,
    ]
