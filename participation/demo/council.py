"""Northshire Council, the demo's organisation: its record, a staff account for every role and its helplines."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from participation.accounts import services as accounts
from participation.accounts.models import Role
from participation.extensions import db
from participation.helplines.models import CouncilHelpline
from participation.organisations.models import Organisation

# The demo keeps identifiers in the identity vault so re-identification can be tried.
DEMO_ORGANISATION = {"slug": "northshire", "name": "Northshire Council", "identity_vault": True, "compare_opt_in": True}

DEMO_PASSWORD = "heard-demo-2026"
DEMO_ACCOUNTS = (
    ("admin@northshire.example", "Alex Admin", "organisation-admin"),
    ("worker@northshire.example", "Sam Participation", "participation-worker"),
    ("safeguarding@northshire.example", "Jo Safeguarding", "safeguarding-lead"),
    ("board@northshire.example", "Cllr Pat Board", "board-member"),
)
PLATFORM_ADMIN = ("platform@heard.example", "Robin Platform")

# Numbers from Ofcom's ranges kept for drama and examples: nobody real answers them.
DEMO_HELPLINES = {
    "emergency-duty-team": "0306 999 0123",
    "leaving-care-team": "01632 960 001",
    "advocacy": "0808 157 0456",
}


def load_organisation(spec: Mapping[str, Any] = DEMO_ORGANISATION) -> tuple[Organisation, bool]:
    """The organisation ``spec`` describes, found by its slug or created; and whether it was created."""
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


def load_accounts(organisation: Organisation) -> list[str]:
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


def account_email(role: str) -> str:
    """The demo account holding ``role``."""
    return next(email for email, _name, account_role in DEMO_ACCOUNTS if account_role == role)


def load_helplines(organisation: Organisation) -> None:
    """The council's own numbers, shown beside the national helplines."""
    if db.session.scalar(select(CouncilHelpline.id).where(CouncilHelpline.organisation_id == organisation.id)):
        return
    for kind, number in DEMO_HELPLINES.items():
        db.session.add(CouncilHelpline(organisation_id=organisation.id, kind=kind, number=number))
    db.session.flush()
