"""Every model, imported in one place so Alembic and the tests see the whole schema."""

from participation.accounts.models import Invitation, Membership, PasswordReset, StaffSession, User
from participation.analysis.models import AnswerAnalysis, AnswerTheme, CaseNote, Quote, SafeguardingCase, Theme
from participation.audio.models import Recording
from participation.audit.models import AuditEvent
from participation.boards.models import Action, Pledge, PledgeUpdate, PledgeVerdict, ReferenceFigure
from participation.contact.models import ContactNote, ContactPublished, ContactRepeat, ContactRequest
from participation.distribution.models import ConsultationGroup, Group, InviteBatch, InviteCode
from participation.helplines.models import CouncilHelpline
from participation.notifications.models import OutboxMessage
from participation.ops.same_keys import KeyFingerprint
from participation.organisations.models import Organisation
from participation.polls.models import Poll, PollAnswer
from participation.privacy.models import ReidentificationRequest, VaultEntry
from participation.ratelimits import RateLimitCounter
from participation.responses.models import Answer, Draft, Response
from participation.sessions.models import GroupSession, ParticipationActivity, PublishedQuarter, SessionNote
from participation.surveys.models import (
    Consultation,
    ConsultationText,
    Option,
    OptionText,
    Question,
    QuestionBand,
    QuestionText,
    TermRule,
)

__all__ = [
    "GroupSession",
    "ParticipationActivity",
    "PublishedQuarter",
    "SessionNote",
    "AnswerAnalysis",
    "AnswerTheme",
    "CaseNote",
    "Quote",
    "SafeguardingCase",
    "Theme",
    "Action",
    "Pledge",
    "PledgeUpdate",
    "PledgeVerdict",
    "ReferenceFigure",
    "AuditEvent",
    "ContactNote",
    "ContactPublished",
    "ContactRepeat",
    "ContactRequest",
    "Recording",
    "ConsultationGroup",
    "Group",
    "InviteBatch",
    "InviteCode",
    "KeyFingerprint",
    "Invitation",
    "Membership",
    "OutboxMessage",
    "PasswordReset",
    "StaffSession",
    "User",
    "Answer",
    "Consultation",
    "ConsultationText",
    "Draft",
    "Option",
    "OptionText",
    "Organisation",
    "Question",
    "QuestionBand",
    "QuestionText",
    "RateLimitCounter",
    "ReidentificationRequest",
    "Response",
    "TermRule",
    "VaultEntry",
    "CouncilHelpline",
    "Poll",
    "PollAnswer",
]
