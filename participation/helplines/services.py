"""The council's own helpline numbers, and the helplines a page shows its reader."""

from __future__ import annotations

import uuid

from flask import g
from sqlalchemy import select

from participation.audit import services as audit
from participation.extensions import db
from participation.helplines import registry
from participation.helplines.models import CouncilHelpline
from participation.helplines.registry import HelpGroup, Helpline


def council_numbers(organisation_id: uuid.UUID | None) -> dict[str, str]:
    """The numbers this council has set, by kind ("emergency-duty-team": "0300 123 4567")."""
    if organisation_id is None:
        return {}
    rows = db.session.scalars(select(CouncilHelpline).where(CouncilHelpline.organisation_id == organisation_id))
    return {row.kind: row.number for row in rows if row.kind in registry.COUNCIL_KINDS}


def save_council_numbers(organisation_id: uuid.UUID, wanted: dict[str, str], user_id: uuid.UUID) -> list[str]:
    """Set, change or remove (empty) each of the council's numbers; audit what changed. Returns the changed kinds.
    Numbers must already have passed ``registry.number_problem``."""
    rows = {
        row.kind: row
        for row in db.session.scalars(select(CouncilHelpline).where(CouncilHelpline.organisation_id == organisation_id))
    }
    changed: dict[str, str] = {}
    for kind in registry.COUNCIL_KINDS:
        number = registry.normalise_number(wanted.get(kind) or "")
        row = rows.get(kind)
        if row is not None and not number:
            db.session.delete(row)
        elif row is None and number:
            db.session.add(CouncilHelpline(organisation_id=organisation_id, kind=kind, number=number))
        elif row is not None and row.number != number:
            row.number = number
        else:
            continue
        changed[kind] = number
    if changed:
        db.session.flush()
        # A council's public numbers, not anyone's personal data: the audit log says what each became.
        audit.record(
            "helplines-changed",
            organisation_id=organisation_id,
            user_id=user_id,
            subject=", ".join(changed),
            numbers=changed,
        )
    return list(changed)


def _page_organisation() -> uuid.UUID | None:
    """Whose numbers a page shows: the consultation's council on a young person's page, the signed-in council on a
    staff page (a preview, a poster, an invite sheet); none on the general help page."""
    organisation_id: uuid.UUID | None = g.get("helpline_organisation_id")
    if organisation_id is None and g.get("staff") is not None:
        organisation_id = g.staff.session.organisation_id
    return organisation_id


def page_numbers() -> dict[str, str]:
    """The council's own numbers this page shows (asked once a request)."""
    return dict(_page_numbers())


def _page_numbers() -> dict[str, str]:
    if "helpline_numbers" not in g:
        g.helpline_numbers = council_numbers(_page_organisation())
    numbers: dict[str, str] = g.helpline_numbers
    return numbers


def for_page(band: str | None = None) -> list[Helpline]:
    """The helplines for this page's reader: by age band, or every line when the band is not known."""
    return registry.lines_for(band, _page_numbers())


def groups_for_page() -> list[HelpGroup]:
    """Every line, under headings that say whom each is for (the help page)."""
    return registry.grouped(registry.lines_for(None, _page_numbers()))
