"""The board pack's requests for an advocate or a call back (participation.contact): how many were asked for, by kind,
and how fast they were acknowledged, in a year's pack.

Only a year's pack counts them. Requests belong to no consultation, only to the day they were asked on, so a
consultation's pack or a quarter's would count them over windows that overlap the year's: taking one from the other
would give back a count the threshold hides. The year's counts are protected together (the kinds add up to the
whole, acknowledged and not to the whole), and the typical time is shown only over enough acknowledged requests.
"""

from __future__ import annotations

import uuid
from typing import NamedTuple

from babel.numbers import format_decimal
from flask_babel import get_locale, ngettext
from flask_babel import gettext as _

from participation.boards import periods
from participation.boards.pack_tables import Table, Value, cell
from participation.contact import services
from participation.contact.models import KIND_NAMES
from participation.reporting.suppression import SUPPRESSED, Cell, protect, within
from participation.sessions.pack import totals_note

KEY = "contact-requests"


class ContactRow(NamedTuple):
    asked_for: str
    requests: Value
    acknowledged: Value
    typical: Value


def contact_table(organisation_id: uuid.UUID, period: periods.Period | None, limit: int) -> Table[ContactRow]:
    table: Table[ContactRow] = Table(
        KEY,
        _("Requests for an advocate or a call back"),
        [_("Asked for"), _("Requests"), _("Acknowledged"), _("Typical time to acknowledge")],
        numeric={1, 2},
        note=_(
            "Young people asking, at the end of a survey or on the help page, for an independent advocate or for "
            "someone to get in touch. Counted for a whole year only, for the whole council whatever the filter; "
            "the typical time is the median in working days from the day of asking."
        ),
    )
    if period is None or period.is_quarter:
        return table
    # As published: each count moves only in steps of at least the threshold (``services.take_figures``).
    found = services.published(organisation_id, period.start, period.end)
    whole = sum(found.by_kind.values())
    shown, (kinds,) = protect(whole, [found.by_kind], limit)
    answered = within(shown, {"yes": found.acknowledged, "no": whole - found.acknowledged}, limit)["yes"]
    # A published 0 of a count some requests are recorded for is "c", as sessions show theirs (``publish_part``):
    # the recorded count may be up to the threshold minus one above it, and a 0 would read as nobody.
    if services.ACKNOWLEDGED in found.unshown:
        answered = Cell(None)
    for kind, count in kinds.items():
        table.rows.append(
            ContactRow(str(KIND_NAMES[kind]), cell(Cell(None) if kind in found.unshown else count), None, None)
        )
    typical: Value = None
    if answered.count and found.median_days is not None:
        days = format_decimal(found.median_days, locale=get_locale())
        typical = ngettext("%(days)s working day", "%(days)s working days", found.median_days, days=days)
    elif found.acknowledged:
        typical = SUPPRESSED
    if whole == 0 and found.unshown:
        shown = Cell(None)
    table.rows.append(ContactRow(_("All requests"), cell(shown), cell(answered), typical))
    table.note = " ".join([table.note, steps_note(limit), totals_note()])
    return table


def steps_note(limit: int) -> str:
    """What the table says about its counts: they move only in steps (``services.take_figures``)."""
    return str(
        _(
            "Counts of requests are brought up to date only once they have changed by at least %(threshold)s, so "
            "nobody’s request can be worked out by comparing them over time: the latest requests and "
            "acknowledgements may not be in them yet.",
            threshold=limit,
        )
    )
