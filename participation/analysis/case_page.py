"""The safeguarding case page. The case routes render it, and so do the re-identification routes when their form has
errors, so it lives apart from both."""

from __future__ import annotations

from flask import flash, g, render_template
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_wtf import FlaskForm

from participation.accounts.forms import ConfirmForm
from participation.accounts.models import ROLE_LABELS, Role
from participation.analysis import triage
from participation.analysis.models import CASE_STATUS_NAMES, SafeguardingCase
from participation.audit import services as audit
from participation.contact import services as contact
from participation.distribution.services import get_group
from participation.helplines.registry import EMERGENCY
from participation.i18n import LANGUAGES
from participation.organisations.services import user_names
from participation.privacy import reidentify
from participation.privacy.forms import AskForm
from participation.privacy.models import REQUEST_STATUS_NAMES
from participation.sessions.models import SESSION_QUESTION_KEY
from participation.surveys.models import BAND_NAMES
from participation.titles import staff_titles


def render_case(view: triage.CaseView, form: FlaskForm, ask_form: FlaskForm | None = None) -> ResponseReturnValue:
    """The case page, answering 400 when either form has errors."""
    organisation_id = g.staff.session.organisation_id
    group = get_group(organisation_id, view.group_id) if view.group_id else None
    requests = reidentify.requests_for(view.case)
    people = (
        {note.user_id for note in view.case.notes}
        | {r.requested_by_id for r in requests}
        | {r.decided_by_id for r in requests}
        | {answer.read_by_id for answer in view.answers}
        | {answer.found_by_id for answer in view.answers}
    )
    people.add(view.case.opened_by_id)
    authors = user_names({user_id for user_id in people if user_id})
    titles = triage.case_question_titles(view.case)
    order = {key: position for position, key in enumerate(titles)}
    answers = sorted(view.answers, key=lambda answer: order.get(answer.question_key, len(order)))
    errors = form.errors or (ask_form is not None and ask_form.errors)
    source = triage.words_source(view.case)
    if source is not None:
        title = _("A session of a group") if source.kind == SESSION_QUESTION_KEY else _("A live poll")
    elif view.case.consultation_id is None and contact.from_a_request(view.case):
        # Asked from the help page, a poll or a room: no survey, and not a poll's word either.
        title = _("A request for an advocate or a call back")
    else:
        title = staff_titles([view.case.consultation_id])[view.case.consultation_id]
    traceable = reidentify.traceable(view.case).value
    asked = None
    if contact.from_a_request(view.case) and g.staff.organisation is not None:
        # The young person chose to be reached: never "nobody can find out" (third outside review).
        traceable = "asked-to-be-contacted"
        organisation = g.staff.organisation
        asked = {
            "request_id": contact.request_of(view.case),
            "role": ROLE_LABELS[contact.receiving_role(organisation)],
            "may_open": contact.may_handle(organisation, g.staff.roles),
        }
    return render_template(
        "safeguarding/case.html",
        asked=asked,
        view=view,
        form=form,
        status_names=CASE_STATUS_NAMES,
        band_names=BAND_NAMES,
        group=group,
        authors=authors,
        traceable=traceable,
        requests=requests,
        ask_form=ask_form or AskForm(formdata=None),
        request_status_names=REQUEST_STATUS_NAMES,
        can_ask=Role.SAFEGUARDING_LEAD in g.staff.roles,
        title=title,
        source=source,
        answers=answers,
        question_titles=titles,
        related=triage.related(view.case),
        confirm=ConfirmForm(),
        language_names={code: language.native_name for code, language in LANGUAGES.items()},
    ), 400 if errors else 200


def sent_by_a_person(case: SafeguardingCase) -> None:
    """A worker sent words the screen missed (a session's note, a poll's word) to the safeguarding queue: audited
    as a case opened by a person, and the worker told when the lead will see it and whom to call if it cannot wait."""
    audit.record(
        "safeguarding-case-opened-by-person",
        organisation_id=case.organisation_id,
        user_id=g.staff.user.id,
        subject=str(case.id),
    )
    flash(
        _(
            "Sent to the safeguarding lead. They will see it in their queue today, marked “found by a person”. If "
            "someone is in danger now, call %(number)s.",
            number=EMERGENCY.number,
        )
    )
