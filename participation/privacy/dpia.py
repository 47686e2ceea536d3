"""The data protection summary an organisation admin downloads for their DPIA.

Everything in it is read from this Heard as it runs, for one organisation: the database in use (its kind and where,
never its address with credentials), where each key is kept (environment, instance secret file or the configuration
the app was started with; never a key itself), the organisation's own settings, what each category of data holds and
how many records it has now, which roles can see it (read from the roles each page declares, so the summary changes
when the code does), which claims about what is never stored still hold for the current schema, and every
consultation's retention period and the date its raw free text is due to be removed.

What Heard cannot know (the lawful basis, special category conditions, hosting) is left as prompts for the data
protection officer, clearly marked as theirs to answer.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from flask import current_app, render_template
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import DateTime, MetaData, func, select

from participation.accounts.models import ROLE_LABELS, Membership, Role
from participation.accounts.services import INVITATION_DAYS, RESET_HOURS
from participation.analysis.models import AnswerAnalysis, Quote, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.boards.compare import minimum
from participation.boards.models import Action, Pledge, ReferenceFigure
from participation.boards.outputs import CSS_FILE, html_to_pdf
from participation.distribution.models import InviteCode
from participation.exports import to_csv
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.organisations.models import Organisation
from participation.privacy import erasure, vault
from participation.privacy.models import VaultEntry
from participation.responses.models import Answer, Draft, Response
from participation.surveys.services import consultations_for

# Tables that hold a young person's answers, or describe one: no exact time may live here (TRUST.md).
ANSWER_TABLES = ("response", "answer", "draft", "answer_analysis", "answer_theme")
# Times that are said in the summary itself (``never_stored``): the hour, rounded up, an unsent possible disclosure
# was written, kept only until the draft is sent or its case opens (participation.analysis.keeping).
SAID_TIMES = frozenset({"draft.disclosure_at"})
_IP_COLUMN = re.compile(r"(^|_)(ip|ip_address|ipaddr|remote_addr|client_addr|x_forwarded_for)($|_)")
_AGENT_COLUMN = re.compile(r"(user_agent|useragent|browser|device_info)")

KEYS: tuple[tuple[str, str, Any, Any], ...] = (
    # (setting, environment variable, name, what it protects)
    (
        "PSEUDONYM_KEY",
        "HEARD_PSEUDONYM_KEY",
        _l("Pseudonym key"),
        _l(
            "Every keyed pseudonym, receipt code and resume code (HMAC-SHA256 per organisation and purpose), and "
            "staff sign-in sessions"
        ),
    ),
    (
        "VAULT_KEY",
        "HEARD_VAULT_KEY",
        _l("Identity vault key"),
        _l("Identifiers kept in the identity vault (encrypted)"),
    ),
    (
        "ACCOUNT_SECRETS_KEY",
        "HEARD_ACCOUNT_SECRETS_KEY",
        _l("Account secrets key"),
        _l("Staff authenticator secrets and the reprintable copy of invite codes (encrypted)"),
    ),
    ("SECRET_KEY", "SECRET_KEY", _l("Session signing key"), _l("Signs browser session cookies")),
)

STATUS_NAMES = {"draft": _l("Draft"), "published": _l("Open"), "closed": _l("Closed")}


@dataclass(frozen=True)
class Row:
    label: str
    value: str


@dataclass(frozen=True)
class KeyPlace:
    name: str
    variable: str
    protects: str
    source: str  # "environment", "instance-file" or "configuration"
    where: str


@dataclass(frozen=True)
class Category:
    slug: str
    name: str
    contents: str
    where: str
    kept: str
    seen_by: str
    records: str


@dataclass(frozen=True)
class ConsultationRetention:
    code: str
    title: str
    status: str
    closes_on: date | None
    retention_days: int
    purge_on: date | None
    responses: str


@dataclass(frozen=True)
class Prompt:
    question: str
    hint: str


@dataclass(frozen=True)
class Summary:
    organisation: str
    organisation_slug: str
    made_on: date
    places: list[Row]
    keys: list[KeyPlace]
    keys_apart: list[str]
    vault_on: bool
    settings: list[Row]
    categories: list[Category]
    never_stored: list[str]
    sub_processors: list[str]
    prompts: list[Prompt]
    consultations: list[ConsultationRetention]
    warnings: list[str]


# --- retention -----------------------------------------------------------------------------------------------------


def purge_date(closes_on: date | None, retention_days: int) -> date | None:
    """The day a consultation's raw free text (and identity vault entries) is due to be removed: its retention
    period counted from the day it closes. None while it has no close date: the period has not started."""
    if closes_on is None:
        return None
    return closes_on + timedelta(days=retention_days)


# --- the database and the keys -------------------------------------------------------------------------------------


def database_place() -> tuple[str, str, Path | None]:
    """(kind, where, SQLite file or None) for the database this app is connected to. Never the user name, password,
    port options or the URL itself."""
    url = db.engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            return _("SQLite"), _("in memory (nothing is kept after Heard stops)"), None
        path = Path(url.database).resolve()
        return _("SQLite file"), str(path), path
    name = url.database or "?"
    host = url.host or _("this server (local socket)")
    if backend == "postgresql":
        return "PostgreSQL", _("database %(name)s on %(host)s", name=name, host=host), None
    return backend, _("database %(name)s on %(host)s", name=name, host=host), None


def _same(a: str, b: str) -> bool:
    return bool(a) and hmac.compare_digest(a.encode(), b.encode())


def _instance_file() -> tuple[Path, dict[str, str], int | None]:
    path = Path(current_app.instance_path) / "secrets.json"
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        mode = stat.S_IMODE(path.stat().st_mode)
    except (OSError, ValueError):
        return path, {}, None
    return path, values if isinstance(values, dict) else {}, mode


def key_places(warnings: list[str]) -> list[KeyPlace]:
    """Where each key in use came from, found by comparing (never showing) values: the environment variable, the
    instance secret file, or neither (the configuration Heard was started with, as in the tests)."""
    path, stored, mode = _instance_file()
    places = []
    file_used = False
    for setting, variable, name, protects in KEYS:
        value = str(current_app.config.get(setting) or "")
        if _same(os.environ.get(variable, ""), value):
            source, where = "environment", _("Environment variable %(variable)s", variable=variable)
        elif _same(str(stored.get(setting, "")), value):
            file_used = True
            source = "instance-file"
            where = _(
                "Instance secret file %(path)s (permissions %(mode)s)",
                path=str(path),
                mode=f"{mode:04o}" if mode is not None else "?",
            )
        else:
            source, where = "configuration", _("Set in the configuration Heard was started with")
        places.append(KeyPlace(str(name), variable, str(protects), source, where))
    if file_used and mode is not None and mode & 0o077:
        warnings.append(
            _(
                "The instance secret file %(path)s can be read by other accounts on the server "
                "(permissions %(mode)s). Make it readable by Heard alone: chmod 600.",
                path=str(path),
                mode=f"{mode:04o}",
            )
        )
    return places


def keys_apart(places: list[KeyPlace], sqlite_file: Path | None, warnings: list[str]) -> list[str]:
    statements = [
        _(
            "No key is stored in the database. A copy of the database, or a backup of it, together with Heard's code "
            "is not enough to recompute or reverse a pseudonym, read a receipt code or open the identity vault."
        ),
        _(
            "The identity vault key is separate from the pseudonym key and the account secrets key: whoever holds one "
            "cannot read what another protects."
        ),
    ]
    secrets_folder = Path(current_app.instance_path).resolve()
    if (
        sqlite_file is not None
        and any(place.source == "instance-file" for place in places)
        and sqlite_file.parent == secrets_folder
    ):
        warnings.append(
            _(
                "The SQLite database and the instance secret file are in the same folder (%(folder)s). "
                "Back them up separately, so that no single backup holds both the data and the keys.",
                folder=str(secrets_folder),
            )
        )
    return statements


# --- what the schema holds -----------------------------------------------------------------------------------------


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


# --- categories of data --------------------------------------------------------------------------------------------


def _roles_at(endpoints: Iterable[str]) -> list[Role]:
    """The roles the pages at these endpoints declare (a missing endpoint is an error: a renamed page must not make
    the summary understate who can see something)."""
    roles: set[Role] = set()
    for endpoint in endpoints:
        access = current_app.view_functions[endpoint].heard_access
        roles |= set(access.roles)
    return [role for role in Role if role in roles]


def _role_names(roles: list[Role]) -> str:
    return ", ".join(str(ROLE_LABELS[role]) for role in roles) or _("No member of staff")


def _records(count: int, threshold: int) -> str:
    """Counts in a document that may be passed round are suppressed like every other count leaving Heard."""
    if 0 < count < threshold:
        return _("fewer than %(threshold)s", threshold=threshold)
    return format_decimal(count)


# Where staff read each category: the roles these pages declare are the roles named in the summary.
SEEN_AT: dict[str, dict[str, tuple[str, ...]]] = {
    "staff-accounts": {"records": ("accounts.team",)},
    "answers": {"counts": ("live.responses", "boards.board_pack")},
    "drafts": {},
    "free-text": {"records": ("comments.comments", "safeguarding.case")},
    "analysis": {"records": ("comments.comments",), "counts": ("boards.overview", "boards.board_pack")},
    "safeguarding": {"records": ("safeguarding.queue", "safeguarding.case", "reidentification.requests")},
    "quotes": {"records": ("comments.quotes",), "published": ("boards.board_pack",)},
    "identity-vault": {"records": ("reidentification.ask",)},
    "audit-log": {"records": ("accounts.audit_log",)},
    "invite-codes": {"records": ("distribution.invites", "distribution.invite_sheet")},
    "pledges-actions": {"records": ("pledges.index", "boards.overview")},
    "reference-figures": {"records": ("figures.reference_figures", "boards.board_pack")},
    "outbox": {},
}


def every_endpoint_named() -> set[str]:
    return {endpoint for pages in SEEN_AT.values() for group in pages.values() for endpoint in group}


def _seen_by(slug: str, extra: str = "") -> str:
    pages = SEEN_AT[slug]
    parts = []
    if "records" in pages:
        parts.append(_role_names(_roles_at(pages["records"])))
    if "published" in pages:
        parts.append(_("Once approved: %(roles)s", roles=_role_names(_roles_at(pages["published"]))))
    if "counts" in pages:
        parts.append(
            _("Only as counts, with small numbers suppressed: %(roles)s", roles=_role_names(_roles_at(pages["counts"])))
        )
    if extra:
        parts.append(extra)
    return ". ".join(part for part in parts if part) or _("No member of staff")


def categories(organisation: Organisation, threshold: int) -> list[Category]:
    org_id = organisation.id

    def count(model: Any, *where: Any) -> int:
        query = select(func.count()).select_from(model).where(model.organisation_id == org_id, *where)
        return int(db.session.scalar(query) or 0)

    def records(*counts: int) -> str:
        return _records(sum(counts), threshold)

    staff = int(
        db.session.scalar(
            select(func.count(func.distinct(Membership.user_id))).where(Membership.organisation_id == org_id)
        )
        or 0
    )
    config = current_app.config
    vault_state = (
        _(
            "Switched on for %(organisation)s: identifiers listed with personal invite codes are kept.",
            organisation=organisation.name,
        )
        if organisation.identity_vault
        else _("Switched off for %(organisation)s: no new identifiers are kept.", organisation=organisation.name)
    )
    retention = _(
        "Removed by the purge (flask retention purge, run daily) on its consultation's free-text removal "
        "date (listed below). Words on a safeguarding case not yet dealt with are kept until the case is "
        "referred or closed."
    )
    rows = [
        Category(
            "staff-accounts",
            _("Staff accounts"),
            _(
                "Name, work email address and role of each member of staff; an Argon2id hash of their password; "
                "their authenticator secret, encrypted; their sign-in sessions (start and last-seen times, no IP "
                "address); invitations and password-reset links, as keyed hashes."
            ),
            _("Tables staff_user, membership, staff_session, invitation, password_reset"),
            _(
                "For as long as the account exists. Disabling an account ends its sessions and keeps the record, "
                "so the audit log still says who did what. Invitation links work for %(days)s days and reset "
                "links for %(hours)s hours; their records stay.",
                days=INVITATION_DAYS,
                hours=RESET_HOURS,
            ),
            _seen_by(
                "staff-accounts", _("Colleagues see each other's names in the audit log and on safeguarding case notes")
            ),
            records(staff),
        ),
        Category(
            "answers",
            _("Answers (pseudonymised)"),
            _(
                "Each response's chosen answers, age band, language, the date it was sent (never the time), the "
                "group it came through, whether someone helped, and whether the young person agreed to be "
                "quoted. Stored under a random pseudonym, or a keyed pseudonym when it came through a personal "
                "invite code; the receipt code only as a keyed hash."
            ),
            _("Tables response and answer"),
            _(
                "Kept so that waves can be compared. When a consultation's retention period ends, the purge "
                "(flask retention purge) replaces every pseudonym with a random value, so what is left cannot "
                "be linked to anyone. The young person can delete their answers at any time with their receipt "
                "code, and a worker can erase them by the identifier of a personal invite code."
            ),
            _seen_by(
                "answers",
                _(
                    "No staff page shows one person's chosen answers; the young person sees "
                    "their own with their receipt code"
                ),
            ),
            records(count(Response)),
        ),
        Category(
            "drafts",
            _("Answers not yet sent"),
            _(
                "Answers in progress, held on the server so nothing is lost: age band, language, the answers so "
                "far, the last day it was used (no time), and keyed hashes of the device token and the resume "
                "code. Once sent, the draft keeps no answers."
            ),
            _("Table draft"),
            _(
                "A resume code works for %(days)s days. The purge deletes a consultation's unsent drafts when its "
                "retention period ends.",
                days=config.get("HEARD_RESUME_DAYS", 30),
            ),
            _seen_by("drafts", _("The young person, on their device or with their resume code")),
            records(count(Draft, Draft.response_id.is_(None))),
        ),
        Category(
            "free-text",
            _("Free-text answers"),
            _(
                "What young people wrote in their own words, stored exactly as written. It may contain special "
                "category data, details of harm, or names they chose to write."
            ),
            _("Table answer (column text)"),
            retention + " " + _("The young person can delete it sooner with their receipt code."),
            _seen_by("free-text"),
            records(count(Answer, Answer.text.is_not(None))),
        ),
        Category(
            "analysis",
            _("Analysis results and themes"),
            _(
                "For each free-text answer: its language, a sentiment score (English only), its themes with "
                "workers' corrections, and the words that triggered the safeguarding screen. The organisation's "
                "codebook of themes and keywords. Worked out on this server."
            ),
            _("Tables answer_analysis, answer_theme, theme"),
            _("With the answer it describes: deleted when the answer is deleted."),
            _seen_by(
                "analysis",
                _(
                    "Theme counts above the suppression threshold appear on the consultation's "
                    "public ‘you said, we did’ page"
                ),
            ),
            records(count(AnswerAnalysis)),
        ),
        Category(
            "safeguarding",
            _("Safeguarding flags and triage notes"),
            _(
                "Answers the screen flagged as a possible disclosure: status, when it was flagged, acknowledged "
                "and escalated; every decision with its note and who made it; requests to find out who wrote an "
                "answer, with the reason, who asked, who decided and when."
            ),
            _("Tables safeguarding_case, case_note, reidentification_request"),
            _(
                "Kept when its answer is deleted by receipt code, erased or purged: a case still open keeps the "
                "words that raised it, marked with what happened, until a safeguarding lead closes it; then the "
                "words go and the decision and notes stay. Record any referral in your own case management "
                "system as well."
            ),
            _seen_by("safeguarding"),
            records(count(SafeguardingCase)),
        ),
        Category(
            "quotes",
            _("Quotes"),
            _(
                "Comments a worker approved for publication after redaction, with a broad attribution (such as "
                "‘care leaver’), and those a worker decided not to use. Only comments whose writer agreed to be "
                "quoted are offered."
            ),
            _("Table quote"),
            _("With the answer they came from: deleted when that answer is deleted."),
            _seen_by(
                "quotes", _("Anyone with the consultation's link reads approved quotes on its ‘you said, we did’ page")
            ),
            records(count(Quote)),
        ),
        Category(
            "identity-vault",
            _("Identity vault entries"),
            _(
                "Identifiers a worker listed when printing personal invite codes, encrypted with the identity "
                "vault key and found only by the keyed pseudonym a response carries."
            )
            + " "
            + vault_state,
            _("Table vault_entry"),
            retention,
            _seen_by(
                "identity-vault",
                _(
                    "Only the safeguarding lead who asked, after a second person "
                    "approved, for %(minutes)s minutes; every step is audited",
                    minutes=config.get("HEARD_REVEAL_MINUTES", 60),
                ),
            ),
            records(count(VaultEntry)),
        ),
        Category(
            "audit-log",
            _("Audit log"),
            _(
                "Sign-ins and failed sign-ins, refused requests, exports and downloads, publication, "
                "re-identification steps, erasures and setting changes: which staff account, what, and the "
                "exact time. Never a password, a code, an answer or an identifier."
            ),
            _("Table audit_event"),
            _("Heard does not delete audit events: set a period in your retention schedule."),
            _seen_by("audit-log"),
            records(count(AuditEvent)),
        ),
        Category(
            "invite-codes",
            _("Invite codes"),
            _(
                "Printed single-use codes: a keyed hash to look each one up and an encrypted copy to reprint the "
                "sheet; the group and age band; the date it was used (no time); for personal codes, a keyed "
                "pseudonym of the identifier, never the identifier."
            ),
            _("Tables invite_batch, invite_code"),
            _("Heard does not delete them on a schedule; each code works once."),
            _seen_by("invite-codes"),
            records(count(InviteCode)),
        ),
        Category(
            "pledges-actions",
            _("Pledges and actions"),
            _(
                "Promises corporate parents made and the actions that answer what young people said: owners' "
                "names and roles, dates, status updates with evidence, and the verdicts of the children in care "
                "council or care leavers forum."
            ),
            _("Tables pledge, pledge_update, pledge_verdict, board_action"),
            _("Actions until a worker deletes them; pledges and their history are not deleted by Heard."),
            _seen_by(
                "pledges-actions",
                _("Anyone with a consultation's link reads them on its ‘promises’ and ‘you said, we did’ pages"),
            ),
            records(count(Pledge), count(Action)),
        ),
        Category(
            "reference-figures",
            _("Reference figures"),
            _(
                "Figures to read indicators against, such as a national survey's result, with their source. No "
                "personal data."
            ),
            _("Table reference_figure"),
            _("Until a worker deletes them."),
            _seen_by("reference-figures"),
            records(count(ReferenceFigure)),
        ),
    ]
    if not config.get("HEARD_MAIL_SENDER"):
        rows.append(
            Category(
                "outbox",
                _("Emails to staff"),
                _(
                    "Invitations, password-reset links and safeguarding reminders: the address, subject and text. A "
                    "reminder never contains the answer."
                ),
                _("Table outbox_message"),
                _("Heard does not delete them: your mail relay should, once sent."),
                _seen_by("outbox", _("Not shown in Heard: whoever runs your mail relay reads them")),
                records(count(OutboxMessage)),
            )
        )
    return rows


# --- the rest ------------------------------------------------------------------------------------------------------


def _sub_processors() -> list[str]:
    config = current_app.config
    found = [
        _(
            "None at run time: Heard calls no outside service. Language detection, sentiment, themes and the "
            "safeguarding screen run on your own server, and pages load no fonts, scripts or images from "
            "elsewhere."
        )
    ]
    sender = config.get("HEARD_MAIL_SENDER")
    if sender:
        found.append(
            _(
                "Email is handed to %(sender)s, set by whoever runs this Heard. If it sends through an email "
                "provider, list that provider as a sub-processor.",
                sender=str(sender),
            )
        )
    else:
        found.append(_("Email is written to the outbox table for your own mail relay; Heard sends none itself."))
    storage = str(config.get("RATELIMIT_STORAGE_URI") or "memory://").split(":", 1)[0]
    if storage not in ("memory", "heard-db"):
        found.append(
            _("Sign-in rate limits are counted in a %(kind)s store run by whoever runs this Heard.", kind=storage)
        )
    found.append(
        _(
            "Your hosting provider and database host are yours to list (see the questions for your data "
            "protection officer)."
        )
    )
    return found


def _prompts() -> list[Prompt]:
    return [
        Prompt(
            _("Lawful basis (UK GDPR Article 6)"),
            _("For example, public task for your participation duties. Heard does not decide this."),
        ),
        Prompt(
            _("Condition for special category data (Article 9, and Schedule 1 of the Data Protection Act 2018)"),
            _("Free-text answers may reveal health, ethnicity, religion, sex life or sexual orientation."),
        ),
        Prompt(_("Criminal offence data (Article 10)"), _("A possible disclosure may describe a crime.")),
        Prompt(
            _("Sharing a possible disclosure"),
            _("Your basis and process for passing a concern to children's social care or the police."),
        ),
        Prompt(
            _("Privacy information for young people and families"),
            _(
                "Where your privacy notice is, in words for each age band. Heard's start page says who reads "
                "answers and that you will act if someone may be at risk."
            ),
        ),
        Prompt(
            _("Hosting and location"),
            _(
                "Who hosts the server, the database and their backups, in which country, under which contract, "
                "and whether disks and backups are encrypted."
            ),
        ),
        Prompt(
            _("Retention schedule"),
            _(
                "Whether the retention periods below match your schedule, and how long to keep the audit log, "
                "pledges and staff accounts."
            ),
        ),
        Prompt(
            _("Rights requests"),
            _("How you handle access, rectification and objection beyond the young person's receipt code."),
        ),
        Prompt(_("Risks, mitigations and sign-off"), _("Your assessment of the remaining risk and who approved it.")),
    ]


def _settings(organisation: Organisation, vault_entries: int) -> list[Row]:
    config = current_app.config
    threshold = int(config["HEARD_SUPPRESSION_THRESHOLD"])
    return [
        Row(
            _("Identity vault"),
            (_("On") if organisation.identity_vault else _("Off"))
            + ". "
            + _("Entries held: %(count)s.", count=format_decimal(vault_entries)),
        ),
        Row(
            _("Suppression threshold"),
            _(
                "Counts from 1 to %(below)s are shown as ‘c’ wherever a number leaves Heard; no percentage rests on "
                "fewer than %(threshold)s answers.",
                below=threshold - 1,
                threshold=threshold,
            ),
        ),
        Row(
            _("Comparison with other councils"),
            _(
                "On: this organisation's indicator shares (never answers, and only shares that could be published "
                "on their own) go into an average that other opted-in councils see when at least %(minimum)s "
                "contribute.",
                minimum=minimum(),
            )
            if organisation.compare_opt_in
            else _("Off: nothing is shared."),
        ),
        Row(
            _("Staff sign-in"),
            _(
                "Authenticator app required: %(required)s. "
                "Sessions end after %(idle)s minutes idle or %(hours)s hours.",
                required=_("yes") if config.get("REQUIRE_MFA") else _("no"),
                idle=config.get("STAFF_SESSION_IDLE_MINUTES", 30),
                hours=config.get("STAFF_SESSION_MAX_HOURS", 10),
            ),
        ),
    ]


def consultation_retention(organisation: Organisation, threshold: int) -> list[ConsultationRetention]:
    rows = []
    for row in consultations_for(organisation.id):
        consultation = row.consultation
        rows.append(
            ConsultationRetention(
                code=consultation.code,
                title=row.title,
                status=str(STATUS_NAMES.get(consultation.status.value, consultation.status.value)),
                closes_on=consultation.closes_on,
                retention_days=consultation.retention_days,
                purge_on=erasure.expires_on(consultation),
                responses=_records(row.responses, threshold),
            )
        )
    return rows


def build(organisation: Organisation, today: date | None = None) -> Summary:
    """The data protection summary for one organisation, as this Heard is set up and holds data now."""
    warnings: list[str] = []
    threshold = int(current_app.config["HEARD_SUPPRESSION_THRESHOLD"])
    kind, where, sqlite_file = database_place()
    storage = str(current_app.config.get("RATELIMIT_STORAGE_URI") or "memory://").split(":", 1)[0]
    places = [
        Row(_("Database"), f"{kind}: {where}"),
        Row(_("Keys"), _("Outside the database (see below)")),
        Row(
            _("Sign-in rate limits"),
            _("In the memory of each Heard process")
            if storage == "memory"
            else _("In Heard's database, as keyed hashes")
            if storage == "heard-db"
            else _("In a %(kind)s store", kind=storage),
        ),
        Row(_("Files"), _("None: Heard stores no uploaded files. Downloads are made when asked for and not kept.")),
    ]
    keys = key_places(warnings)
    vault_entries = vault.count(organisation.id)
    return Summary(
        organisation=organisation.name,
        organisation_slug=organisation.slug,
        made_on=today or date.today(),
        places=places,
        keys=keys,
        keys_apart=keys_apart(keys, sqlite_file, warnings),
        vault_on=bool(organisation.identity_vault),
        settings=_settings(organisation, vault_entries),
        categories=categories(organisation, threshold),
        never_stored=never_stored(db.metadata, warnings),
        sub_processors=_sub_processors(),
        prompts=_prompts(),
        consultations=consultation_retention(organisation, threshold),
        warnings=warnings,
    )


# --- files ---------------------------------------------------------------------------------------------------------


def file_stem(summary: Summary) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", summary.organisation_slug.lower()).strip("-") or "organisation"
    return f"data-protection-summary-{slug}-{summary.made_on.isoformat()}"


def document(summary: Summary) -> str:
    """A standalone HTML page with its styles inside, so it reads the same saved, printed or made into a PDF."""
    return render_template(
        "accounts/data_protection_document.html", summary=summary, css=CSS_FILE.read_text(encoding="utf-8")
    )


def pdf(summary: Summary) -> bytes:
    return html_to_pdf(document(summary))


def categories_csv(summary: Summary) -> str:
    header = [
        _("Data"),
        _("What is in it"),
        _("Where"),
        _("How long it is kept"),
        _("Who can see it"),
        _("Records now"),
    ]
    return to_csv(header, ([c.name, c.contents, c.where, c.kept, c.seen_by, c.records] for c in summary.categories))


OUTPUTS: dict[str, tuple[str, Callable[[Summary], str | bytes]]] = {
    "html": ("text/html; charset=utf-8", document),
    "csv": ("text/csv; charset=utf-8", lambda summary: "\ufeff" + categories_csv(summary)),
    "pdf": ("application/pdf", pdf),
}
