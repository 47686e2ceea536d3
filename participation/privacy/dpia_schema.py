"""The data protection summary, part two: what is never stored, checked against the schema in use, so a claim
stops being made the day a column would break it."""

from __future__ import annotations

import re

from flask_babel import gettext as _
from sqlalchemy import DateTime, MetaData

# Tables that hold a young person's answers, or describe one: no exact time may live here (TRUST.md).
ANSWER_TABLES = ("response", "answer", "draft", "answer_analysis", "answer_theme")
# Times that are said in the summary itself (``never_stored``): the hour, rounded up, an unsent possible disclosure
# was written, kept only until the draft is sent or its case opens (participation.analysis.keeping).
SAID_TIMES = frozenset({"draft.disclosure_at"})
_IP_COLUMN = re.compile(r"(^|_)(ip|ip_address|ipaddr|remote_addr|client_addr|x_forwarded_for)($|_)")
_AGENT_COLUMN = re.compile(r"(user_agent|useragent|browser|device_info)")


def schema_findings(metadata: MetaData) -> dict[str, list[str]]:
    """Columns that would break a "never stored" claim: anything named like an IP address or a user agent anywhere,
    and any exact time in a table of answers. Empty lists mean the claim holds for this schema."""
    found: dict[str, list[str]] = {"ip": [], "agent": [], "answer-times": []}
    for table in metadata.sorted_tables:
        for column in table.columns:
            name = column.name.lower()
            label = f"{table.name}.{column.name}"
            if _IP_COLUMN.search(name):
                found["ip"].append(label)
            if _AGENT_COLUMN.search(name):
                found["agent"].append(label)
            if table.name in ANSWER_TABLES and isinstance(column.type, DateTime) and label not in SAID_TIMES:
                found["answer-times"].append(label)
    return found


def never_stored(metadata: MetaData, warnings: list[str]) -> list[str]:
    findings = schema_findings(metadata)
    claims: list[str] = []
    if findings["ip"]:
        warnings.append(
            _(
                "The database has columns that may hold IP addresses: %(columns)s. Check what they hold "
                "before relying on this summary.",
                columns=", ".join(findings["ip"]),
            )
        )
    else:
        claims.append(
            _(
                "IP addresses: no table in the database has a column for one. Sign-in rate limits count "
                "attempts by IP address and email address outside the database, for up to an hour."
            )
        )
    if findings["agent"]:
        warnings.append(
            _(
                "The database has columns that may hold browser or device details: %(columns)s. Check "
                "what they hold before relying on this summary.",
                columns=", ".join(findings["agent"]),
            )
        )
    else:
        claims.append(_("Browser or device details (user agent): no table in the database has a column for them."))
    if findings["answer-times"]:
        warnings.append(
            _(
                "Tables of answers have exact times: %(columns)s. Check what they hold before relying on this summary.",
                columns=", ".join(findings["answer-times"]),
            )
        )
    else:
        claims.append(
            _(
                "Exact times with answers: a response records the date it was sent, never the time. The one "
                "exception is a possible disclosure: its safeguarding case records when it was flagged "
                "(usually as it was sent), so that the one working day to act can be counted."
            )
        )
        claims.append(
            _(
                "An unsent draft that holds a possible disclosure keeps the hour it was written, rounded up, "
                "where the organisation reads unsent disclosures: only until it is sent or, 24 hours later, "
                "its safeguarding case opens."
            )
        )
    claims.append(
        _(
            "Names or other identifiers with answers: an answer sent with a personal invite code carries "
            "only a keyed pseudonym of the identifier. The identifier itself is kept only in the identity "
            "vault, encrypted, and only while the vault is switched on."
        )
    )
    claims.append(_("Staff passwords: only an Argon2id hash is stored."))
    return claims
