"""The data protection summary an organisation admin downloads for their DPIA.

Everything in it is read from this Heard as it runs, for one organisation: the database in use (its kind and where,
never its address with credentials), where each key is kept (environment, instance secret file or the configuration
the app was started with; never a key itself), the organisation's own settings, what each category of data holds and
how many records it has now, which roles can see it (read from the roles each page declares, so the summary changes
when the code does), which claims about what is never stored still hold for the current schema, and every
consultation's retention period and the date its raw free text is due to be removed.

What Heard cannot know (the lawful basis, special category conditions, hosting) is left as prompts for the data
protection officer, clearly marked as theirs to answer.

This module holds the summary, the organisation's settings, the questions for the data protection officer and the
files (HTML, PDF, CSV); its parts live beside it: ``dpia_setup`` (where the data and the keys are), ``dpia_schema``
(what is never stored) and ``dpia_records`` (each category of data, who can see it, how many records).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from flask import current_app, render_template
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from participation.boards.compare import minimum
from participation.boards.outputs import CSS_FILE, html_to_pdf
from participation.exports import to_csv
from participation.extensions import db
from participation.organisations.models import Organisation
from participation.privacy import erasure, vault
from participation.privacy.dpia_records import Category, categories, record_count
from participation.privacy.dpia_schema import never_stored
from participation.privacy.dpia_setup import KeyPlace, database_place, key_places, keys_apart
from participation.surveys.services import consultations_for

STATUS_NAMES = {"draft": _l("Draft"), "published": _l("Open"), "closed": _l("Closed")}


@dataclass(frozen=True)
class Row:
    label: str
    value: str


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


# --- settings, sub-processors and questions for the data protection officer ----------------------------------------


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
                responses=record_count(row.responses, threshold),
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
