"""Sessions of a group and participation activity: the worker's pages, the shared screen in the room, and the
period summary for the board."""

from __future__ import annotations

import uuid
from datetime import date

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import BUILDERS, EVERY_ROLE, requires
from participation.audit import services as audit
from participation.boards import periods
from participation.boards import services as boards
from participation.boards.models import ACTION_STATUS_NAMES
from participation.distribution import services as distribution
from participation.i18n import current_language
from participation.reporting import figures
from participation.responses import pages
from participation.sessions import services
from participation.sessions.forms import ActivityForm, NoteForm, SessionForm
from participation.sessions.models import ACTIVITY_NAMES, ActivityKind, GroupSession, NoteSource
from participation.sessions.room import SAVED, RoomNoteForm
from participation.surveys.models import BAND_NAMES
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("sessions", __name__, url_prefix="/staff")


def _session(session_id: uuid.UUID) -> GroupSession:
    found = services.get_session(g.staff.session.organisation_id, session_id)
    if found is None:
        abort(404)  # another organisation's session answers exactly as a missing one
    return found


@bp.route("/sessions", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def index() -> ResponseReturnValue:
    """The organisation's sessions, newest first, and a form to record one."""
    organisation_id = g.staff.session.organisation_id
    form = SessionForm()
    form.group.choices = [
        SelectChoice("", _("Choose a group")),
        *(SelectChoice(str(group.id), group.name) for group in distribution.groups_for(organisation_id)),
    ]
    if request.method == "POST" and not form.group.data:
        form.validate_on_submit()
        form.group.errors = [*form.group.errors, _("Select the group")]
    elif form.validate_on_submit():
        group = distribution.get_group(organisation_id, form.group.data)
        if group is None:
            abort(400)  # a group id from another organisation, or tampered with
        assert form.held_on.data is not None  # InputRequired
        row = services.create_session(
            organisation_id, group.id, form.held_on.data, form.run_by.data or "", form.topic_lines(), form.attendance()
        )
        audit.record("session-recorded", organisation_id=organisation_id, user_id=g.staff.user.id, subject=str(row.id))
        flash(_("Session recorded. Add what young people said."))
        return redirect(url_for(".session", session_id=row.id))
    return render_template(
        "sessions/index.html",
        form=form,
        sessions=services.sessions_for(organisation_id),
        groups=services.group_names(organisation_id),
    ), 400 if form.errors else 200


@bp.route("/sessions/<uuid:session_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def session(session_id: uuid.UUID) -> ResponseReturnValue:
    """One session: who came by band, the topics, the notes with their themes, and a form to add a note. Each note
    is saved as a row of its own, so two workers adding notes at once never overwrite each other."""
    found = _session(session_id)
    form = NoteForm()
    if form.validate_on_submit():
        assert form.text.data is not None  # InputRequired
        services.add_note(found, form.text.data, NoteSource.WORKER, bool(form.consent.data), None)
        flash(_("Note saved."))
        return redirect(url_for(".session", session_id=found.id, _anchor="notes"))
    return render_template(
        "sessions/session.html",
        session=found,
        group=services.group_names(found.organisation_id).get(found.group_id, ""),
        notes=services.notes_of(found),
        bands=BAND_NAMES,
        form=form,
        actions=boards.actions_answering(session_id=found.id),
        status_names=ACTION_STATUS_NAMES,
    ), 400 if form.errors else 200


@bp.route("/sessions/<uuid:session_id>/room", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def room(session_id: uuid.UUID) -> ResponseReturnValue:
    """The shared screen a worker opens for the room: young people type what they want to say themselves, one after
    another. It never shows what anyone typed before (the screen is shared)."""
    found = _session(session_id)
    form = RoomNoteForm()
    if form.validate_on_submit():
        assert form.text.data is not None  # InputRequired
        services.add_note(
            found, form.text.data, NoteSource.YOUNG_PERSON, bool(form.consent.data), current_language().code
        )
        flash(str(SAVED))
        return redirect(url_for(".room", session_id=found.id))
    # A token that expired while someone was typing: their words stay in the box and they press the button again.
    expired = pages.token_expired(form)
    failed = expired or bool(form.errors)
    return render_template("sessions/room.html", session=found, form=form, csrf_expired=expired), 400 if failed else 200


@bp.route("/activity", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def activities() -> ResponseReturnValue:
    """Young people's participation beyond sessions (recruitment panels, takeovers, inspections), and a form to
    record some."""
    organisation_id = g.staff.session.organisation_id
    form = ActivityForm()
    if form.validate_on_submit():
        assert form.held_on.data is not None and form.young_people.data is not None  # InputRequired
        row = services.add_activity(
            organisation_id,
            ActivityKind(form.kind.data),
            form.held_on.data,
            form.young_people.data,
            form.description.data or "",
        )
        audit.record("activity-recorded", organisation_id=organisation_id, user_id=g.staff.user.id, subject=str(row.id))
        flash(_("Activity recorded."))
        return redirect(url_for(".activities"))
    return render_template(
        "sessions/activities.html",
        form=form,
        activities=services.activities_for(organisation_id),
        kinds=ACTIVITY_NAMES,
    ), 400 if form.errors else 200


@bp.route("/activity/summary")
@requires(EVERY_ROLE)
def summary() -> ResponseReturnValue:
    """Participation in a period for the board: sessions held, attendance by band, topics raised and young people
    in each kind of activity. Counts of people are suppressed as everywhere else; a year adds up its quarters."""
    key = request.args.get("period")
    period = periods.parse(key) if key else periods.containing(date.today())
    if period is None:
        abort(404)
    threshold = figures.threshold()
    return render_template(
        "sessions/summary.html",
        period=period,
        previous=period.previous(),
        year=periods.containing(period.start) if period.is_quarter else None,
        quarters=[periods.parse(f"{period.key}-q{number}") for number in range(1, 5)] if not period.is_quarter else [],
        summary=services.summary(g.staff.session.organisation_id, services.quarters_of(period), threshold),
        bands=BAND_NAMES,
        kinds=ACTIVITY_NAMES,
        threshold=threshold,
    )
