"""The demo's consultations and their deterministic synthetic responses, the groups they reach and Oak House's
personal invite codes."""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from participation.analysis.models import SafeguardingCase
from participation.demo import content
from participation.distribution import services as distribution
from participation.distribution.models import GroupKind, InviteBatch, InviteCode
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Response
from participation.surveys.bank import bank_questions
from participation.surveys.content import create_consultation
from participation.surveys.models import Consultation, ConsultationStatus, Question, QuestionKind

# Share of respondents by band, like a council's annual survey: most are teenagers and care leavers.
BAND_WEIGHTS = {"4-7": 30, "8-11": 60, "12-17": 105, "care-leavers": 65, "parents-carers": 40}
# Who answers in what: English most; then the languages of families and of unaccompanied children.
LANGUAGE_WEIGHTS = {
    "en": 72,
    "pl": 6,
    "ro": 5,
    "ar": 5,
    "ur": 4,
    "cy": 2,
    "ps": 1,
    "prs": 1,
    "ti": 1,
    "ckb": 1,
    "sq": 1,
    "vi": 1,
}

DEMO_GROUPS = (
    # name, kind, cohort size, the band whose respondents it reaches, share of that band who came through it
    ("Voices Together (children in care council)", "children-in-care-council", 65, "12-17", 0.35),
    ("Care Leavers Forum", "care-leavers-forum", 180, "care-leavers", 0.6),
    ("Parents and Carers Network", "parents-and-carers", 150, "parents-carers", 0.5),
    ("Oak House", "childrens-home", 6, "8-11", 0.05),
)

# Case numbers of the six children at Oak House, listed when the worker printed their personal invite codes.
OAK_HOUSE_IDENTIFIERS = ("NS-40117", "NS-40152", "NS-40168", "NS-40203", "NS-40211", "NS-40239")


def load_consultation(
    organisation: Organisation,
    spec: Mapping[str, Any] = content.CONSULTATION,
    *,
    status: ConsultationStatus = ConsultationStatus.PUBLISHED,
    opens_on: date = date(2026, 10, 1),
    closes_on: date | None = None,
    feedback_due_on: date | None = date(2027, 3, 31),
) -> tuple[Consultation, bool]:
    """The consultation with ``spec``'s code, or a new one of the bank's questions; and whether it was created."""
    existing = db.session.scalar(select(Consultation).where(Consultation.code == spec["code"]))
    if existing is not None:
        return existing, False
    consultation = create_consultation(
        organisation.id,
        spec,
        bank_questions(),
        status=status,
        opens_on=opens_on,
        closes_on=closes_on,
        feedback_due_on=feedback_due_on,
    )
    return consultation, True


def response_count(consultation: Consultation) -> int:
    return (
        db.session.scalar(select(func.count()).select_from(Response).where(Response.consultation_id == consultation.id))
        or 0
    )


def load_groups(consultation: Consultation) -> dict[str, tuple[Any, float]]:
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


def load_responses(
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
    ``with_text`` is off (then neither text nor quote consent is answered). ``groups``: see ``load_groups``."""
    rng = random.Random(seed)
    groups = groups or {}
    questions = [question for question in consultation.questions if question.version == consultation.live_version]
    # Respondents' free text cycles through the comment bank so every theme is represented, each respondent writing
    # only what someone of their age band wrote in their language (English in a shuffled order): a child of 8 never
    # "writes" a parent's words, and a quote's attribution is the band of the person who wrote it.
    english = [comment for comment in content.COMMENTS if comment["language"] == "en"]
    rng.shuffle(english)
    pools: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for comment in english + [comment for comment in content.COMMENTS if comment["language"] != "en"]:
        pools.setdefault((comment["language"], comment["band"]), []).append(comment)
    next_comment = dict.fromkeys(pools, 0)
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
                    pool = pools.get((language, band))
                    if not pool:
                        continue  # nobody of this band wrote in this language: the box is left empty
                    position = next_comment[(language, band)]
                    answer.text = pool[position % len(pool)]["text"]
                    next_comment[(language, band)] = position + 1
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


def load_personal_codes(consultation: Consultation) -> None:
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
        assert code.pseudonym is not None  # the batch was made with identifiers, so every code has a pseudonym
        response.invite_pseudonym = response.pseudonym = code.pseudonym
        response.group_id = oak.id
        code.used_on = response.submitted_on
    db.session.flush()
