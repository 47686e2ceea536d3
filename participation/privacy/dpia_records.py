"""The data protection summary, part three: each category of data, what it holds, where and how long, which roles
can see it (read from the roles each page declares, so the summary changes when the code does) and how many
records the organisation has in it now, suppressed like every count leaving Heard."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _
from sqlalchemy import func, select

from participation.accounts.access import access_of
from participation.accounts.invitations import INVITATION_DAYS, RESET_HOURS
from participation.accounts.models import ROLE_LABELS, Membership, Role
from participation.analysis.models import AnswerAnalysis, Quote, SafeguardingCase
from participation.audit.models import AuditEvent
from participation.boards.models import Action, Pledge, ReferenceFigure
from participation.contact import services as contact
from participation.contact.models import ContactRequest
from participation.distribution.models import InviteCode
from participation.extensions import db
from participation.notifications.models import OutboxMessage
from participation.organisations.models import Organisation
from participation.polls.models import PollAnswer
from participation.privacy.models import VaultEntry
from participation.responses.models import Answer, Draft, Response
from participation.sessions.models import SessionNote


@dataclass(frozen=True)
class Category:
    slug: str
    name: str
    contents: str
    where: str
    kept: str
    seen_by: str
    records: str


def _roles_at(endpoints: Iterable[str]) -> list[Role]:
    """The roles the pages at these endpoints declare (a missing endpoint is an error: a renamed page must not make
    the summary understate who can see something)."""
    roles: set[Role] = set()
    for endpoint in endpoints:
        access = access_of(current_app.view_functions[endpoint])
        assert access is not None, endpoint  # every view declares who may use it (the route tests check)
        roles |= set(access.roles)
    return [role for role in Role if role in roles]


def _role_names(roles: list[Role]) -> str:
    return ", ".join(str(ROLE_LABELS[role]) for role in roles) or str(_("No member of staff"))


def record_count(count: int, threshold: int) -> str:
    """Counts in a document that may be passed round are suppressed like every other count leaving Heard."""
    if 0 < count < threshold:
        return str(_("fewer than %(threshold)s", threshold=threshold))
    return str(format_decimal(count))


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
    # "flagged": pages that show only the words sent to the safeguarding queue (a safeguarding lead reads those, and
    # is refused the poll's and the session's own pages).
    "poll-answers": {"records": ("polls.poll",), "flagged": ("safeguarding.case",), "counts": ("polls.results",)},
    "session-notes": {
        "records": ("sessions.session",),
        "flagged": ("safeguarding.case",),
        "published": ("sessions.summary", "boards.board_pack"),
        "counts": ("sessions.summary",),
    },
    # Declared for every role an organisation may name; the summary names the one it has named.
    "contact-requests": {},
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
    if "flagged" in pages:
        seeing = set(_roles_at(pages.get("records", ())))
        only_flagged = [role for role in _roles_at(pages["flagged"]) if role not in seeing]
        if only_flagged:
            parts.append(_("Only words sent to the safeguarding queue: %(roles)s", roles=_role_names(only_flagged)))
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
        return record_count(sum(counts), threshold)

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
                "For each free-text answer: its language, a sentiment score (English only, never on a possible "
                "disclosure), its themes with "
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
            _("Tables safeguarding_case, case_answer, case_note, reidentification_request"),
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
            "poll-answers",
            _("Live poll answers"),
            _(
                "Each phone's answer to a poll asked in a room: the options chosen, or a word or a few typed, with "
                "whether a worker approved the word for the projector, and a keyed hash of a random token the "
                "phone keeps (so it answers once). No name, no time. A worrying word opens a safeguarding case."
            ),
            _("Table live_poll_answer"),
            _(
                "Deleted, words included, %(days)s days after the poll closed or was last answered (flask "
                "retention purge, run daily); only the figures as they were shown stay, suppressed. A "
                "safeguarding case on a word keeps it until a safeguarding lead closes the case.",
                days=config.get("HEARD_POLL_ANSWER_DAYS", 90),
            ),
            _seen_by("poll-answers", _("Approved words and suppressed figures are shown on the projector")),
            records(count(PollAnswer)),
        ),
        Category(
            "session-notes",
            _("Notes of sessions"),
            _(
                "What young people said at a session of a group, typed by a worker or by a young person on the "
                "shared screen, stored exactly as written, with its themes, language and whether they agreed to "
                "be quoted, and the words a worker approved for quoting (shown with the month and the name of a "
                "forum or council, or only the kind of any other group, such as a children's home or a school, or "
                "only as said at a session where few came). No name and no time: the session's day. A worrying "
                "note opens a safeguarding case."
            ),
            _("Table session_note"),
            _(
                "Deleted %(days)s days after the session (flask retention purge, run daily); the session's day, "
                "group, topics and attendance stay for the board's figures. A note a safeguarding case not yet "
                "dealt with was opened on is kept until a safeguarding lead closes the case.",
                days=config.get("HEARD_SESSION_NOTE_DAYS", 730),
            ),
            _seen_by("session-notes"),
            records(count(SessionNote)),
        ),
        Category(
            "contact-requests",
            _("Requests for an advocate or a call back"),
            _(
                "What a young person chose to give so that an advocate or a worker can reach them (a phone number, "
                "a number for texts, an email address, a name, a good time, anything else), encrypted with the "
                "identity vault key, with the day it was asked and staff notes, also encrypted. Nothing links a "
                "request to a consultation, a response or an answer."
            ),
            _("Tables contact_request, contact_repeat, contact_note"),
            _(
                "A year after a request is closed, what the young person gave and the notes are forgotten (flask "
                "contact purge, run by the contact timer); the request's kind and days stay, for the board pack."
            ),
            _seen_by(
                "contact-requests",
                _(
                    "%(role)s and organisation admins; every reading of a request is audited",
                    role=ROLE_LABELS[contact.receiving_role(organisation)],
                ),
            ),
            records(count(ContactRequest)),
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
