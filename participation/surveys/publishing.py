"""What publishing, closing or reopening a consultation will do, said before it is done: the confirmation page's
facts (the dates every page will show, what stops publishing, and which languages still show old or English wording).

The change itself is ``builder.publish``, ``builder.close`` and ``builder.reopen``; this module only reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from participation.surveys import builder, translations
from participation.surveys.models import Consultation, ConsultationStatus

ACTIONS = ("publish", "close", "reopen")


@dataclass(frozen=True)
class LanguageGap:
    """One language's texts that do not say what the English now says: ``stale`` were translated before the English
    changed and are marked "needs review" (young people still read the old wording), ``missing`` were never
    translated (young people read the English)."""

    code: str
    stale: int
    missing: int
    total: int


@dataclass(frozen=True)
class StatusChange:
    action: str
    # Whether the change can be made now (a draft can be published, an open consultation closed, a closed one
    # reopened); when not, the confirmation page sends the worker back to the overview.
    possible: bool
    # The first publish (nothing live yet), or publishing changes over a live version.
    first: bool = True
    version: int = 0
    # What stops publishing (``builder.readiness``'s codes), and the languages not saying what the English says.
    problems: list[str] = field(default_factory=list)
    stale: list[LanguageGap] = field(default_factory=list)
    missing: list[LanguageGap] = field(default_factory=list)
    # Publishing changes to a closed consultation opens it again (``builder.publish``).
    reopens: bool = False
    # The dates every page shows once the change is made.
    opens_on: date | None = None
    closes_on: date | None = None


def can(consultation: Consultation, action: str) -> bool:
    """Whether ``action`` changes anything now: the overview offers it, and its confirmation page asks, only then."""
    status = consultation.status
    if action == "publish":
        return status == ConsultationStatus.DRAFT or builder.has_unpublished_changes(consultation)
    if action == "close":
        return status == ConsultationStatus.PUBLISHED
    return status == ConsultationStatus.CLOSED and bool(consultation.live_version)


def language_gaps(consultation: Consultation, languages: Sequence[str]) -> list[LanguageGap]:
    """Each language whose draft texts are not all translated and checked against the English, in ``languages``'
    order."""
    gaps = []
    for code, (done, total, review) in translations.completeness(consultation, list(languages)).items():
        if review or done < total:
            gaps.append(LanguageGap(code=code, stale=review, missing=total - done, total=total))
    return gaps


def status_change(
    consultation: Consultation, action: str, languages: Sequence[str], today: date | None = None
) -> StatusChange:
    """What ``action`` will do to ``consultation`` today, for its confirmation page."""
    today = today or date.today()
    if action not in ACTIONS or not can(consultation, action):
        return StatusChange(action=action, possible=False)
    if action == "publish":
        gaps = language_gaps(consultation, languages)
        return StatusChange(
            action=action,
            possible=True,
            first=not consultation.live_version,
            version=consultation.draft_version,
            problems=builder.readiness(consultation),
            stale=[gap for gap in gaps if gap.stale],
            missing=[gap for gap in gaps if gap.missing],
            reopens=consultation.status == ConsultationStatus.CLOSED,
            # builder.publish keeps a date already set, and otherwise opens it today.
            opens_on=consultation.opens_on or today,
            closes_on=consultation.closes_on,
        )
    if action == "close":
        # builder.close: today, unless a closing date already passed.
        closes_on = consultation.closes_on if consultation.closes_on and consultation.closes_on <= today else today
        return StatusChange(action=action, possible=True, opens_on=consultation.opens_on, closes_on=closes_on)
    # builder.reopen clears a closing date that is not in the future.
    still = consultation.closes_on if consultation.closes_on and consultation.closes_on > today else None
    return StatusChange(action=action, possible=True, opens_on=consultation.opens_on, closes_on=still)
