"""What the board pack shows beside the figures: "we did" actions, approved quotes, pledges with groups' verdicts and
illustrative reference figures."""

from __future__ import annotations

import calendar
import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Required, TypedDict

from sqlalchemy import select

from participation.analysis import services as analysis
from participation.analysis.models import AnswerTheme, Quote
from participation.boards import pledge_import, pledges
from participation.boards.models import (
    Action,
    ActionStatus,
    Pledge,
    PledgeStatus,
    PledgeUpdate,
    ReferenceFigure,
    Verdict,
)
from participation.demo import content
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.responses.models import Answer, Response
from participation.surveys.models import Consultation


def months_from(day: date, months: int) -> date:
    """``day`` moved by whole months (to the month's last day where it is shorter): the demo's dates are set from the
    day it is loaded, so a demo loaded any day reads as if it happened around then."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# What a commitment's state is called on a pledge, and on the "we did" action that shows the same commitment.
PLEDGE_ACTION_STATUS = {
    PledgeStatus.NOT_STARTED: ActionStatus.PLANNED,
    PledgeStatus.ON_TRACK: ActionStatus.IN_PROGRESS,
    PledgeStatus.DONE: ActionStatus.DONE,
    PledgeStatus.DROPPED: ActionStatus.NOT_POSSIBLE,
}
IMPORT_STATUS_WORDS = {
    PledgeStatus.NOT_STARTED: "not started",
    PledgeStatus.ON_TRACK: "on track",
    PledgeStatus.AT_RISK: "at risk",
    PledgeStatus.DONE: "done",
    PledgeStatus.DROPPED: "dropped",
}


@dataclass(frozen=True)
class Commitment:
    """One promise a corporate parent made after last year's survey, written once: the pledge on the promises page
    and the "we did" action on both waves' "you said, we did" pages are made from it, so both pages tell the same
    state, dates and words. Dates are months from the day the demo is loaded."""

    text: str
    owner: str
    role: str
    made_at: str
    made: int
    due: int
    themes: tuple[str, ...]
    status: PledgeStatus
    done: int | None = None
    reason: str = ""
    verdict: tuple[str, Verdict, str] | None = None
    evidence_url: str = ""


COMMITMENTS: tuple[Commitment, ...] = (
    Commitment(
        "Every care leaver will get a phone with data for their first year after leaving care",
        "Councillor Amina Patel",
        "Lead Member for Children's Services",
        "Care Leavers Week workshop",
        made=-13,
        due=-8,
        themes=("digital-access", "leaving-care"),
        status=PledgeStatus.ON_TRACK,
        verdict=(
            "Care Leavers Forum",
            Verdict.NOT_KEPT,
            "Only a few of us got one, and the data ran out after a month.",
        ),
    ),
    Commitment(
        "Care leavers will not pay council tax until they are 25",
        "Councillor Amina Patel",
        "Lead Member for Children's Services",
        "Care Leavers Week workshop",
        made=-13,
        due=-8,
        done=-8,
        themes=("money-and-work", "housing"),
        status=PledgeStatus.DONE,
        verdict=("Care Leavers Forum", Verdict.KEPT, "It happened and people noticed the money."),
        evidence_url="https://www.northshire.example/council-tax/care-leavers",
    ),
    Commitment(
        "No child will move home with their things in a bin bag",
        "Director of Children's Services",
        "",
        "Voices Together meeting",
        made=-11,
        due=2,
        themes=("home-and-stability",),
        status=PledgeStatus.ON_TRACK,
        verdict=(
            "Voices Together (children in care council)",
            Verdict.PARTLY,
            "Most moves had bags, but not the emergency ones.",
        ),
    ),
    Commitment(
        "Young people will be told within a week when their worker changes, who the new worker is and how to reach "
        "them",
        "Head of Service",
        "Children in Care",
        "Corporate Parenting Board",
        made=-12,
        due=1,
        themes=("workers",),
        status=PledgeStatus.ON_TRACK,
    ),
    Commitment(
        "Free leisure passes for children in care and their carers",
        "Councillor Tom Reid",
        "Chair of Corporate Parenting Board",
        "Corporate Parenting Board",
        made=-12,
        due=-3,
        themes=("activities-and-friends",),
        status=PledgeStatus.DROPPED,
        reason="The company that runs the leisure centres said no, so this will not happen. The Voices Together "
        "council is choosing something else to ask for instead.",
    ),
)


# "We did" actions in the spirit of PRODUCT.md that are not promises: answers to what young people raised, at every
# status. Each answers the themes it lists, and only those.
class DemoAction(TypedDict, total=False):
    """One "we did" action of the demo, as the Action it becomes (dates, as months from the load day, and evidence
    only where they are known)."""

    themes: Required[list[str]]
    status: Required[str]
    owner: Required[str]
    texts: Required[dict[str, dict[str, str]]]
    due: int
    done: int
    evidence_url: str
    evidence_note: str


# This year's wave: the answer to what young people said about family time (the promises are beside it).
DEMO_ACTIONS: tuple[DemoAction, ...] = (
    {
        "themes": ["family-time"],
        "status": "done",
        "done": 0,
        "owner": "Head of Service, Children in Care",
        "evidence_note": "Agreed at the Corporate Parenting Board",
        "texts": {
            "en": {
                "what": "Family time can now happen at weekends and by video call, not only on weekdays at "
                "the family time centre."
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
)
# Last year's wave, closed a year ago: what was done about the other themes young people raised then.
PREVIOUS_WAVE_ACTIONS: tuple[DemoAction, ...] = (
    {
        "themes": ["family-time"],
        "status": "done",
        "done": -9,
        "owner": "Head of Service, Children in Care",
        "texts": {
            "en": {
                "what": "The family time room now has things for teenagers too: games, a sofa and wifi, not only "
                "toys for little children."
            }
        },
    },
    {
        "themes": ["safety"],
        "status": "done",
        "done": -7,
        "owner": "Head of Safeguarding",
        "texts": {
            "en": {
                "what": "Every children's home and foster family now has a card with three people you can talk to "
                "if you don't feel safe, and it says what each of them will do."
            }
        },
    },
    {
        "themes": ["education"],
        "status": "done",
        "done": -6,
        "owner": "Virtual School Head",
        "texts": {
            "en": {
                "what": "Your reviews and meetings are now after school, so you don't miss lessons for them, "
                "unless you ask for another time."
            }
        },
    },
    {
        "themes": ["rights-and-information"],
        "status": "done",
        "done": -5,
        "owner": "Participation Manager",
        "texts": {
            "en": {
                "what": "Every invitation to your review now says how to get an advocate and how to complain, in "
                "plain words."
            }
        },
    },
    {
        "themes": ["health-and-wellbeing"],
        "status": "in-progress",
        "due": 3,
        "owner": "Designated Nurse for Children in Care",
        "texts": {
            "en": {
                "what": "A mental health worker just for children in care and care leavers, so you don't wait "
                "months or lose your support at 18."
            }
        },
    },
    {
        "themes": ["language-and-stigma"],
        "status": "done",
        "done": -4,
        "owner": "Principal Social Worker",
        "texts": {
            "en": {
                "what": "Staff have stopped writing “LAC” and “placement” in letters and plans: they write "
                "“children in care” and “home”."
            }
        },
    },
)


def load_actions(consultation: Consultation, today: date, *, previous_wave: bool = False) -> None:
    """The "we did" actions, unless the consultation has some already: one for each of the council's promises (the
    same words, state and dates as the promise, from ``COMMITMENTS``) and the wave's own."""
    if db.session.scalar(select(Action.id).where(Action.consultation_id == consultation.id)) is not None:
        return
    for commitment in COMMITMENTS:
        texts = {"en": {"what": commitment.text, **({"reason": commitment.reason} if commitment.reason else {})}}
        db.session.add(
            Action(
                organisation_id=consultation.organisation_id,
                consultation_id=consultation.id,
                themes=list(commitment.themes),
                texts=texts,
                owner=", ".join(part for part in (commitment.owner, commitment.role) if part),
                status=PLEDGE_ACTION_STATUS[commitment.status],
                due_on=months_from(today, commitment.due),
                done_on=None if commitment.done is None else months_from(today, commitment.done),
                evidence_url=commitment.evidence_url,
            )
        )
    for spec in PREVIOUS_WAVE_ACTIONS if previous_wave else DEMO_ACTIONS:
        done_on = months_from(today, spec["done"]) if "done" in spec else None
        note = spec.get("evidence_note", "")
        db.session.add(
            Action(
                organisation_id=consultation.organisation_id,
                consultation_id=consultation.id,
                themes=spec["themes"],
                texts=spec["texts"],
                owner=spec["owner"],
                status=ActionStatus(spec["status"]),
                due_on=months_from(today, spec["due"]) if "due" in spec else None,
                done_on=done_on,
                evidence_url=spec.get("evidence_url", ""),
                evidence_note=f"{note}, {done_on.day} {done_on:%B %Y}" if note and done_on else note,
            )
        )
    db.session.flush()


def load_quotes(consultation: Consultation) -> None:
    """A few approved quotes, as a worker would choose them: consented, nothing redacted, one per theme, each about
    only the themes the comment bank says it is about. The worker reads a quote before approving it and corrects
    its themes where the automatic ones are wrong (a worker's correction survives re-analysis), so the quote is
    shown under what it is about."""
    if db.session.scalar(select(Quote.id).where(Quote.consultation_id == consultation.id)) is not None:
        return
    meant = {(comment["language"], comment["text"]): set(comment["themes"]) for comment in content.COMMENTS}
    covered: set[str] = set()
    # The comment bank gives many respondents the same words: ties go to the earliest response, so the demo picks
    # the same answers (and corrects the same themes) every time it is loaded, not whichever id sorts first.
    order = {
        answer_id: (submission_key, question_key)
        for answer_id, submission_key, question_key in db.session.execute(
            select(Answer.id, Response.submission_key, Answer.question_key)
            .join(Response, Response.id == Answer.response_id)
            .where(Response.consultation_id == consultation.id)
        )
    }
    candidates = sorted(
        analysis.quote_candidates(consultation.id),
        key=lambda candidate: (candidate.original, order.get(candidate.answer_id, ("", ""))),
    )
    for candidate in candidates:
        if candidate.redactions or candidate.language != "en" or not 40 <= len(candidate.original) <= 160:
            continue
        themes = meant.get(("en", candidate.original), set())
        if not themes or themes & covered:
            continue
        answer = analysis.answer_in(consultation.id, candidate.answer_id)
        if answer is None:
            continue
        tagged = set(
            db.session.scalars(
                select(AnswerTheme.slug).where(
                    AnswerTheme.answer_id == candidate.answer_id, AnswerTheme.removed.is_(False)
                )
            )
        )
        for slug in tagged - themes:
            analysis.correct_theme(answer, slug, False)
        for slug in themes - tagged:
            analysis.correct_theme(answer, slug, True)
        analysis.decide_quote(consultation.id, candidate.answer_id, approve=True, text=candidate.proposed, user_id=None)
        covered |= themes
        if len(covered) >= 8:
            break


def pledges_csv(today: date) -> bytes:
    """The council's pledges as its spreadsheet holds them, dated from ``today``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["owner", "role", "pledge", "where", "date made", "due date", "themes", "status"])
    for commitment in COMMITMENTS:
        writer.writerow(
            [
                commitment.owner,
                commitment.role,
                commitment.text,
                commitment.made_at,
                f"{months_from(today, commitment.made):%d/%m/%Y}",
                f"{months_from(today, commitment.due):%d/%m/%Y}",
                ";".join(commitment.themes),
                IMPORT_STATUS_WORDS[commitment.status],
            ]
        )
    return out.getvalue().encode()


def load_pledges(organisation: Organisation, today: date) -> None:
    """The council's pledges, imported from its spreadsheet as a council would, with the groups' verdicts."""
    if db.session.scalar(select(Pledge.id).where(Pledge.organisation_id == organisation.id)) is not None:
        return
    slugs = {theme.slug: theme.slug for theme in analysis.themes_for(organisation.id)}
    result = pledge_import.import_csv(organisation.id, pledges_csv(today), slugs)
    verdicts = {commitment.text: commitment.verdict for commitment in COMMITMENTS}
    # The import dates its updates on the day it runs; the demo's day is ``today``, so every date in it follows
    # from the day it is loaded for (and the packs pinned by tests/integration/test_pack_figures_pinned.py are the
    # same whatever day they run).
    for update in db.session.scalars(
        select(PledgeUpdate).where(PledgeUpdate.pledge_id.in_([pledge.id for pledge in result.created]))
    ):
        update.on = today
    for pledge in result.created:
        verdict = verdicts.get(pledges.text_of(pledge)[0])
        if verdict is not None:
            group, value, why = verdict
            pledges.record_verdict(
                pledge, group_name=group, verdict=value, why=why, on=months_from(today, -1), user_id=None
            )


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


def load_reference_figures(organisation: Organisation) -> int:
    """The illustrative reference figures; returns how many the demo has."""
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
