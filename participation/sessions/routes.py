"""Sessions of a group and participation activity: the worker's pages, the shared screen in the room, and the
period summary for the board."""

from __future__ import annotations

import uuid
from datetime import date

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask import session as cookie
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _

from participation.accounts.access import BUILDERS, EVERY_ROLE, ROOM_KEY, public, requires, sign_out_here
from participation.accounts.forms import ConfirmForm
from participation.analysis.case_page import sent_by_a_person
from participation.analysis.models import REDACTION_NAMES, approval_refused
from participation.analysis.pictured import posted_words_worry
from participation.analysis.redaction import redact
from participation.analysis.services import known_places, themes_for
from participation.audit import services as audit
from participation.boards import periods
from participation.boards import services as boards
from participation.boards.forms import revision_seen
from participation.boards.models import ACTION_STATUS_NAMES
from participation.distribution import services as distribution
from participation.i18n import current_language
from participation.limits import client_address, council_of, keeps_typed, limiter
from participation.polls import services as polls
from participation.pseudonyms import keyed_hash, new_token
from participation.reporting import figures
from participation.responses import pages
from participation.sessions import services
from participation.sessions.forms import ActivityForm, ChangeSessionForm, NoteForm, SessionForm
from participation.sessions.models import ACTIVITY_NAMES, ActivityKind, GroupSession, NoteSource, SessionNote
from participation.sessions.pack import steps_note, totals_note, where_said
from participation.sessions.room import SAVED, RoomNoteForm
from participation.surveys import services as surveys
from participation.surveys.models import BAND_NAMES
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("sessions", __name__, url_prefix="/staff")
# The shared screen in the room, for young people: no staff session on it.
room_bp = Blueprint("session_room", __name__)
ROOM = ROOM_KEY  # this device's key to a session's shared screen (services.open_room)


def _session(session_id: uuid.UUID) -> GroupSession:
    return services.get_session_or_404(g.staff.session.organisation_id, session_id)


def _note(found: GroupSession, note_id: uuid.UUID) -> SessionNote:
    """One of the session's notes; a note of another session (or none) answers as missing."""
    note = services.get_note(found, note_id)
    if note is None:
        abort(404)
    return note


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
            organisation_id,
            group.id,
            form.held_on.data,
            form.run_by.data or "",
            form.topic_lines(),
            form.attendance(),
            recorded_by_id=g.staff.user.id,
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


@bp.route("/to-read")
@requires(BUILDERS)
def to_read() -> ResponseReturnValue:
    """Everything young people typed in a room that no named person has read yet, in one list, oldest deadline first:
    notes from the shared screen (each session's page has its own) and words from one-word polls, late ones
    included. Each was promised a reader within one working day; the console's first page counts them."""
    organisation_id = g.staff.session.organisation_id
    return render_template(
        "sessions/to_read.html",
        notes=services.unread_notes(organisation_id),
        words=polls.unread_words(organisation_id),
        groups=services.group_names(organisation_id),
    )


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
    return _session_page(found, form), 400 if form.errors else 200


def _session_page(found: GroupSession, form: NoteForm, quoting: dict[uuid.UUID, tuple[str, str]] | None = None) -> str:
    """The session's page. ``quoting``: a quote sent back with an error, by note (the words as typed, the error)."""
    notes = services.notes_of(found)
    known = known_places(found.organisation_id)
    return render_template(
        "sessions/session.html",
        session=found,
        group=services.group_names(found.organisation_id).get(found.group_id, ""),
        notes=notes,
        theme_names={theme.slug: theme.name for theme in themes_for(found.organisation_id)},
        notes_removed=services.notes_expire_on(found, current_app.config["HEARD_SESSION_NOTE_DAYS"]) <= date.today(),
        proposals={note.id: redact(note.text, known) for note in notes if services.quotable(note)},
        quoting=quoting or {},
        title_error=bool(quoting),
        redaction_names=REDACTION_NAMES,
        extra_errors=[
            {"text": error, "href": f"#quote-{note_id}"} for note_id, (_text, error) in (quoting or {}).items()
        ],
        room_open=services.room_is_open(found),
        unread={item.note.id: item.due for item in services.unread_notes(found.organisation_id, found.id)},
        bands=BAND_NAMES,
        form=form,
        actions=boards.actions_answering(session_id=found.id),
        status_names=ACTION_STATUS_NAMES,
        polls=polls.polls_of_session(found.organisation_id, found.id),
    )


@bp.route("/sessions/<uuid:session_id>/change", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def change(session_id: uuid.UUID) -> ResponseReturnValue:
    """Change a session's day, who ran it, its topics and attendance: a session started for tonight gets its
    attendance once the young people have come. Two workers saving at once never overwrite each other: the second
    is shown what the first saved, keeping what they typed. Notes are never touched here."""
    found = _session(session_id)
    data = None
    if request.method == "GET":
        data = {
            "held_on": found.held_on,
            "run_by": found.run_by,
            "topics": "\n".join(found.topics or []),
            "revision": str(found.revision),
        } | {f"band_{band.replace('-', '_')}": count for band, count in (found.attendance or {}).items()}
    form = ChangeSessionForm(data=data) if data else ChangeSessionForm()
    conflict = None
    if form.validate_on_submit():
        assert form.held_on.data is not None  # InputRequired
        try:
            changed = services.change_session(
                found,
                held_on=form.held_on.data,
                run_by=form.run_by.data or "",
                topics=form.topic_lines(),
                attendance=form.attendance(),
                seen_revision=revision_seen(form.revision),
            )
        except services.SessionChanged as clash:
            conflict = clash.current
        else:
            audit.record(
                "session-changed",
                organisation_id=found.organisation_id,
                user_id=g.staff.user.id,
                subject=str(found.id),
                changed=",".join(changed),
            )
            flash(_("Session saved."))
            return redirect(url_for(".session", session_id=found.id))
    return render_template(
        "sessions/change.html",
        session=found,
        group=services.group_names(found.organisation_id).get(found.group_id, ""),
        form=form,
        conflict=conflict,
        bands=BAND_NAMES,
    ), 409 if conflict else (400 if form.errors else 200)


@bp.route("/sessions/<uuid:session_id>/notes/<uuid:note_id>/quote/<any(approve, reject):decision>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def decide_quote(session_id: uuid.UUID, note_id: uuid.UUID, decision: str) -> ResponseReturnValue:
    """Quote a note's words (as the worker edits them: names and anything that points to someone taken out), or
    decide not to use them. Only notes whose writer agreed, and that the screen read and did not flag, are offered."""
    found = _session(session_id)
    note = _note(found, note_id)
    if not services.quotable(note):
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    text = (request.form.get("text") or "").replace("\x00", "").strip()
    error = None
    if decision == "approve" and not text:
        error = _("Write the words to quote, or choose not to use these words.")
    elif len(text) > services.MAX_NOTE:
        error = _("A quote must be 2,000 characters or fewer.")
    elif decision == "approve" and (refused := approval_refused(text, known_places(found.organisation_id))):
        error = refused
    if error:
        # Back on the session's page with the words as typed, and the note's form open at the error.
        return _session_page(found, NoteForm(formdata=None), {note.id: (text, error)}), 400
    services.decide_quote(note, approve=decision == "approve", text=text, user_id=g.staff.user.id)
    audit.record(
        "session-quote-approved" if decision == "approve" else "session-quote-rejected",
        organisation_id=found.organisation_id,
        user_id=g.staff.user.id,
        subject=str(note.id),
    )
    flash(_("Quote approved.") if decision == "approve" else _("These words will not be quoted."))
    return redirect(url_for(".session", session_id=found.id, _anchor=f"note-{note.id}"))


@bp.route("/sessions/<uuid:session_id>/notes/<uuid:note_id>/safeguarding", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def note_to_safeguarding(session_id: uuid.UUID, note_id: uuid.UUID) -> ResponseReturnValue:
    """A worker saw a worry the screen missed: one step puts the note in the safeguarding queue."""
    found = _session(session_id)
    note = _note(found, note_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    case = services.send_note_to_safeguarding(note, g.staff.user.id)
    services.mark_note_read(note, g.staff.user.id)  # seeing the worry was reading it
    if case is None:
        flash(_("These words are already with the safeguarding lead."))
        return redirect(url_for(".session", session_id=found.id, _anchor=f"note-{note.id}"))
    sent_by_a_person(case)
    return redirect(url_for(".session", session_id=found.id, _anchor=f"note-{note.id}"))


@bp.route("/sessions/<uuid:session_id>/notes/<uuid:note_id>/read", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def read_note(session_id: uuid.UUID, note_id: uuid.UUID) -> ResponseReturnValue:
    """A named person has read a note a young person typed on the shared screen (nothing is read by being shown)."""
    found = _session(session_id)
    note = _note(found, note_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if services.mark_note_read(note, g.staff.user.id):
        audit.record(
            "session-note-read", organisation_id=found.organisation_id, user_id=g.staff.user.id, subject=str(note.id)
        )
    if request.form.get("back") == "to-read":
        return redirect(url_for(".to_read", _anchor="notes"))
    return redirect(url_for(".session", session_id=found.id, _anchor=f"note-{note.id}"))


@bp.route("/sessions/<uuid:session_id>/room", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def open_room(session_id: uuid.UUID) -> ResponseReturnValue:
    """Hand this device to the room as the shared screen. The worker is signed out on it first: the young people
    typing on it must not be one press of Back from staff pages (safeguarding cases, contact requests). The device
    keeps the room's key in its cookie; opening the screen on another device closes it on this one."""
    found = _session(session_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    key = services.open_room(found)
    audit.record(
        "session-room-opened", organisation_id=found.organisation_id, user_id=g.staff.user.id, subject=str(found.id)
    )
    sign_out_here()
    cookie[ROOM] = key
    return redirect(url_for("session_room.room"))


@bp.route("/sessions/<uuid:session_id>/room/close", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def close_room(session_id: uuid.UUID) -> ResponseReturnValue:
    """Close the shared screen from the worker's own device: the device in the room takes no more notes."""
    found = _session(session_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    services.close_room(found)
    audit.record(
        "session-room-closed", organisation_id=found.organisation_id, user_id=g.staff.user.id, subject=str(found.id)
    )
    flash(_("The shared screen is closed."))
    return redirect(url_for(".session", session_id=found.id, _anchor="notes"))


def _room_or_address() -> str:
    """The shared screen's limit counts per room (the device's key), so nobody else on a care home's or school's
    network can use it up; a post with no key counts against its address."""
    key = cookie.get(ROOM)
    return keyed_hash("rate-limit-room", key) if isinstance(key, str) and key else client_address()


@room_bp.route("/room", methods=["GET", "POST"])
@public
@keeps_typed(RoomNoteForm)
@council_of(lambda: services.council_of_room(cookie.get(ROOM)))
@limiter.limit(
    "30 per minute;600 per hour", methods=["POST"], key_func=_room_or_address, exempt_when=posted_words_worry("text")
)
@commit_on_success
def room() -> ResponseReturnValue:
    """The shared screen in the room: young people type what they want to say themselves, one after another. Only
    the device a worker handed to the room, while the screen is open, holds its key. It never shows what anyone typed
    before (the screen is shared)."""
    # A worker signed in on this device ends its time as the room's screen: their staff pages are one press of Back
    # away from whoever types next.
    found = services.session_for_room(cookie.get(ROOM)) if g.staff is None else None
    if found is None:
        return _room_closed()
    g.organisation_name = surveys.organisation_name(found.organisation_id)
    g.helpline_organisation_id = found.organisation_id  # its own numbers beside the national helplines
    g.help_from = "room"  # the help page shows this council's lines while this device is the open screen
    form = RoomNoteForm()
    if form.validate_on_submit():
        assert form.text.data is not None  # InputRequired
        services.add_note(
            found,
            form.text.data,
            NoteSource.YOUNG_PERSON,
            bool(form.consent.data),
            current_language().code,
            once=form.once.data or None,
        )
        flash(str(SAVED))
        return redirect(url_for(".room"))
    if not form.once.data:
        form.once.data = new_token()
    # A token that expired while someone was typing: their words stay in the box and they press the button again.
    expired = pages.token_expired(form)
    failed = expired or bool(form.errors)
    return render_template("sessions/room.html", form=form, csrf_expired=expired), 400 if failed else 200


def _room_closed() -> ResponseReturnValue:
    """The shared screen is closed. Words someone was still typing when the worker closed it are kept, read and
    screened like any other note, if it closed less than ``ROOM_GRACE_HOURS`` ago; after that they are refused, but
    stay on the page so nothing typed is lost. A send with no words shows the closed page."""
    late = services.room_for_late_words(cookie.get(ROOM)) if g.staff is None else None
    typed = _strip_typed(request.form.get("text")) if request.method == "POST" else ""
    if late is None:
        cookie.pop(ROOM, None)
        return render_template("sessions/room_closed.html", typed=typed), 404
    g.organisation_name = surveys.organisation_name(late.organisation_id)
    g.helpline_organisation_id = late.organisation_id
    form = RoomNoteForm()
    if typed and form.validate_on_submit():
        assert form.text.data is not None  # DataRequired
        services.add_note(
            late,
            form.text.data,
            NoteSource.YOUNG_PERSON,
            bool(form.consent.data),
            current_language().code,
            once=form.once.data or None,
        )
        return render_template("sessions/room_kept.html")
    return render_template("sessions/room_closed.html", typed=typed), 404


def _strip_typed(value: str | None) -> str:
    return (value or "").replace("\x00", "").strip()


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
        where_said=where_said,
        quotes=services.quotes_in(g.staff.session.organisation_id, period.start, period.end, threshold),
        bands=BAND_NAMES,
        kinds=ACTIVITY_NAMES,
        threshold=threshold,
        steps=f"{steps_note(threshold)} {totals_note()}",
    )
