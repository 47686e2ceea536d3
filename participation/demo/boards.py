"""What the board pack shows beside the figures: "we did" actions, approved quotes, pledges with groups' verdicts and
illustrative reference figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Required, TypedDict

from sqlalchemy import select

from participation.analysis import services as analysis
from participation.analysis.models import AnswerTheme, Quote
from participation.boards import pledge_import, pledges
from participation.boards.models import Action, ActionStatus, Pledge, ReferenceFigure, Verdict
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.surveys.models import Consultation


# "We did" actions in the spirit of PRODUCT.md: answers to what young people raised, at every status.
class DemoAction(TypedDict, total=False):
    """One "we did" action of the demo, as the Action it becomes (dates and evidence only where they are known)."""

    themes: Required[list[str]]
    status: Required[str]
    owner: Required[str]
    texts: Required[dict[str, dict[str, str]]]
    due_on: date
    done_on: date
    evidence_url: str
    evidence_note: str


DEMO_ACTIONS: tuple[DemoAction, ...] = (
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


def load_actions(consultation: Consultation) -> None:
    """The "we did" actions, unless the consultation has some already."""
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


def load_quotes(consultation: Consultation) -> None:
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
        analysis.decide_quote(consultation.id, candidate.answer_id, approve=True, text=candidate.proposed, user_id=None)
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


def load_pledges(organisation: Organisation) -> None:
    """The council's pledges, imported from the demo's spreadsheet as a council would, three with a group's verdict."""
    if db.session.scalar(select(Pledge.id).where(Pledge.organisation_id == organisation.id)) is not None:
        return
    slugs = {theme.slug: theme.slug for theme in analysis.themes_for(organisation.id)}
    result = pledge_import.import_csv(organisation.id, DEMO_PLEDGES_CSV, slugs)
    for pledge in result.created:
        text = pledges.text_of(pledge)[0]
        if text in DEMO_VERDICTS:
            group, verdict, why = DEMO_VERDICTS[text]
            pledges.record_verdict(
                pledge, group_name=group, verdict=Verdict(verdict), why=why, on=date(2026, 10, 20), user_id=None
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
