"""Reporting periods for board packs: a financial year (April to March, as councils report) or one of its quarters.

A consultation belongs to the period its fieldwork opened in (the day it opened, or the day it was made when it has no
opening date). A pack for a period adds up the packs of the consultations in it, cell by cell, and shows a sum only
where every consultation's own pack shows its part (``suppression.combine``): so a period pack is built only from
numbers already published, and no choice of periods, nor subtracting one from another, can uncover a hidden one.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy import select

from participation.extensions import db
from participation.surveys.models import Consultation, ConsultationStatus

KEY = re.compile(r"^(\d{4})-(\d{2})(?:-q([1-4]))?$")
# Keys have four-digit years, and a year's last quarter ends in March of the next one.
FIRST_YEAR, LAST_YEAR = 1000, 9998


@dataclass(frozen=True)
class Period:
    key: str  # "2026-27" for April 2026 to March 2027, "2026-27-q3" for its third quarter
    start: date
    end: date  # the last day in the period

    @property
    def is_quarter(self) -> bool:
        return "-q" in self.key

    @property
    def label(self) -> str:
        start, end = format_date(self.start, "MMMM yyyy"), format_date(self.end, "MMMM yyyy")
        if self.is_quarter:
            return str(_("Quarter %(number)s: %(start)s to %(end)s", number=self.key[-1], start=start, end=end))
        return str(_("Financial year %(start)s to %(end)s", start=start, end=end))

    def previous(self) -> Period | None:
        """The period of the same kind just before this one (the last year, or the last quarter); None before the
        first period a key can name."""
        return period_of(self.start - timedelta(days=1), quarter=self.is_quarter)

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.end


def _year_start(day: date) -> int:
    return day.year if day.month >= 4 else day.year - 1


def _quarter_end(year: int, quarter: int) -> date:
    month = 3 + 3 * quarter  # quarter 1 ends in June, 4 in March of the next year
    end_year = year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    following = date(end_year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def parse(key: str | None) -> Period | None:
    """The period a key names, or None when it names none (a typo, a year whose second half does not follow)."""
    match = KEY.match((key or "").strip())
    if match is None:
        return None
    year, second, quarter = int(match.group(1)), match.group(2), match.group(3)
    # Any year a date can hold (the period's March is in the next year): a stored date far off is still a period.
    if f"{(year + 1) % 100:02d}" != second or not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    if quarter is None:
        return Period(match.group(0), date(year, 4, 1), date(year + 1, 3, 31))
    number = int(quarter)
    start_month = 4 + 3 * (number - 1)
    start = date(year + (start_month > 12), (start_month - 1) % 12 + 1, 1)
    return Period(match.group(0), start, _quarter_end(year, number))


def period_of(day: date, *, quarter: bool = False) -> Period | None:
    """The year (or quarter) holding ``day``; None for a day no four-digit key can name (before April 1000 or
    after March 9999), which no consultation form accepts but which a stored date could still hold."""
    year = _year_start(day)
    key = f"{year:04d}-{(year + 1) % 100:02d}"
    if quarter:
        key += f"-q{((day.month - 4) % 12) // 3 + 1}"
    return parse(key)


def containing(day: date, *, quarter: bool = False) -> Period:
    """The year (or quarter) holding ``day``, for a day a consultation form accepts."""
    period = period_of(day, quarter=quarter)
    if period is None:
        raise ValueError(f"No reporting period holds {day.isoformat()}")
    return period


def fieldwork_day(consultation: Consultation) -> date:
    return consultation.opens_on or consultation.created_at.date()


def _reported(organisation_id: uuid.UUID) -> list[Consultation]:
    """Consultations that young people could answer: never drafts."""
    return list(
        db.session.scalars(
            select(Consultation).where(
                Consultation.organisation_id == organisation_id,
                Consultation.status != ConsultationStatus.DRAFT,
                Consultation.live_version > 0,
            )
        )
    )


def consultations_in(organisation_id: uuid.UUID, period: Period) -> list[Consultation]:
    found = [item for item in _reported(organisation_id) if period.holds(fieldwork_day(item))]
    return sorted(found, key=lambda item: (fieldwork_day(item), item.code))


def periods_for(organisation_id: uuid.UUID) -> list[Period]:
    """Every year and quarter holding at least one consultation, newest first (each year before its quarters)."""
    days = {fieldwork_day(item) for item in _reported(organisation_id)}
    found = {
        period for day in days for quarter in (False, True) if (period := period_of(day, quarter=quarter)) is not None
    }
    return sorted(found, key=lambda item: (-_year_start(item.start), item.is_quarter, -item.start.toordinal()))
