"""Live polls: the worker's pages (create, run, projector, tablet) and the young person's answer pages."""

from __future__ import annotations

import uuid

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import format_date
from flask_babel import gettext as _

from participation.accounts.access import (
    BUILDERS,
    EVERY_ROLE,
    POLL_DEVICES_KEY,
    TABLET_KEY,
    public,
    requires,
    sign_out_here,
)
from participation.accounts.forms import ConfirmForm
from participation.analysis.case_page import sent_by_a_person
from participation.analysis.pictured import posted_words_worry
from participation.audit import services as audit
from participation.boards import public as board_public
from participation.boards import services as boards
from participation.boards import sources
from participation.boards.models import ACTION_STATUS_NAMES
from participation.distribution import services as distribution
from participation.distribution.models import may_be_named
from participation.distribution.routes import qr_svg
from participation.i18n import LANGUAGES, current_language, translation_languages
from participation.limits import council_of, limiter
from participation.links import external_url
from participation.polls import services
from participation.polls.answering import (
    CODE_NOT_FOUND,
    FACE_LABELS,
    FACE_SYMBOLS,
    WORDS_CHANGED,
    answer_form,
    answered,
    face_items,
    words_shown,
)
from participation.polls.forms import (
    NewPollForm,
    WordDecisionForm,
    refuse,
    translation_form,
    translations_given,
    translations_seen,
)
from participation.polls.models import KIND_NAMES, Poll, PollKind, PollStatus
from participation.pseudonyms import format_code, new_token
from participation.reporting import figures
from participation.responses import device, pages
from participation.responses.forms import CodeForm
from participation.sessions import services as sessions
from participation.sessions.models import GroupSession
from participation.surveys import services as surveys
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("polls", __name__, url_prefix="/staff/polls")
answer_bp = Blueprint("poll_answers", __name__)

DEVICES = POLL_DEVICES_KEY  # this phone's random token for each poll it answered: {code: token}
TABLET = TABLET_KEY  # polls this device answers as a tablet passed round the room: each answer is a new one

# A room of thirty behind one school address opens, sends and sees the thank-you page within a minute, more than once
# on a tablet passed round; a guesser of six-letter codes (29 ** 6, about 600 million) needs millions of tries.
code_limit = limiter.limit("300 per minute;3000 per hour", exempt_when=posted_words_worry("answer"))
SESSIONS_OFFERED = (
    30  # the newest sessions a new poll can be asked in (a session's own page offers it, whatever its age)
)
# How often a projector page without JavaScript reloads itself (its script reads the results every 4 seconds).
NO_SCRIPT_REFRESH = 10


def _poll(poll_id: uuid.UUID) -> Poll:
    return services.get_or_404(g.staff.session.organisation_id, poll_id)


def _session_choices(organisation_id: uuid.UUID, names: dict[uuid.UUID, str]) -> list[SelectChoice]:
    """The sessions a new poll can be asked in: the newest, each named by its group and day."""
    return [
        SelectChoice("", _("No session")),
        *(
            SelectChoice(str(held.id), _session_name(held, names))
            for held in sessions.sessions_for(organisation_id)[:SESSIONS_OFFERED]
        ),
    ]


def _session_name(held: GroupSession, names: dict[uuid.UUID, str]) -> str:
    day = format_date(held.held_on, "d MMMM yyyy")
    return str(_("%(group)s, %(date)s", group=names.get(held.group_id, ""), date=day))


def _chosen_session(organisation_id: uuid.UUID, value: str | None) -> GroupSession | None:
    """The session a form or link names, if it is one of the organisation's (an id from elsewhere is None)."""
    try:
        return sessions.get_session(organisation_id, uuid.UUID(str(value)))
    except ValueError:
        return None


def _audit(action: str, poll: Poll) -> None:
    # Named by its id: the code is the way in to answer, and no code goes into a log.
    audit.record(action, organisation_id=poll.organisation_id, user_id=g.staff.user.id, subject=str(poll.id))


def answer_url(poll: Poll) -> str:
    return external_url("poll_answers.answer", code=poll.code)


def face_names() -> list[str]:
    return [str(label) for label in FACE_LABELS]


def _results(poll: Poll) -> services.Results:
    return services.results(poll, figures.threshold())


@bp.route("", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def index() -> ResponseReturnValue:
    """The organisation's live polls, and a form to open a new one."""
    organisation_id = g.staff.session.organisation_id
    form = NewPollForm()
    groups = distribution.groups_for(organisation_id)
    form.group.choices = [
        SelectChoice("", _("No group")),
        *(SelectChoice(str(group.id), group.name) for group in groups),
    ]
    form.session.choices = _session_choices(organisation_id, {group.id: group.name for group in groups})
    if request.method == "GET" and request.args.get("session"):
        # Opened from a session's page: that session, and its group, are chosen.
        chosen = _chosen_session(organisation_id, request.args["session"])
        if chosen is not None:
            form.session.data, form.group.data = str(chosen.id), str(chosen.group_id)
            if all(choice.value != form.session.data for choice in form.session.choices):
                # An older session than the list offers, opened from its own page.
                form.session.choices.append(
                    SelectChoice(form.session.data, _session_name(chosen, {group.id: group.name for group in groups}))
                )
    valid = form.validate_on_submit()
    group = distribution.get_group(organisation_id, form.group.data) if valid else None
    held = _chosen_session(organisation_id, form.session.data) if valid and form.session.data else None
    if valid and ((form.group.data and group is None) or (form.session.data and held is None)):
        abort(400)  # a group or session id from another organisation, or tampered with
    if held is not None and group is not None and group.id != held.group_id:
        form.session.errors = [*form.session.errors, _("Choose a session of the group in the room, or no group")]
        valid = False
    if valid:
        assert form.question.data is not None  # InputRequired
        poll = services.create(
            organisation_id,
            form.question.data,
            PollKind(form.kind.data),
            form.option_lines(),
            group.id if group else (held.group_id if held else None),
            g.staff.user.id,
            session_id=held.id if held else None,
        )
        _audit("poll-opened", poll)
        flash(_("Poll opened. Young people can answer now."))
        return redirect(url_for(".poll", poll_id=poll.id))
    return render_template(
        "polls/index.html", form=form, polls=services.polls_for(organisation_id), kinds=KIND_NAMES
    ), 400 if form.errors else 200


@bp.route("/results")
@requires(EVERY_ROLE)
def results() -> ResponseReturnValue:
    """Closed polls' results for anyone in the organisation, board members included: read only, the figures as the
    projector showed them (suppressed), never a word: a one-word poll shows only how many answered."""
    organisation_id = g.staff.session.organisation_id
    threshold = figures.threshold()
    closed = [
        (poll, services.figures_only(services.results(poll, threshold)), _asked_at(poll, threshold))
        for poll in services.closed_for(organisation_id)
    ]
    return render_template("polls/results.html", closed=closed, faces=face_names(), symbols=FACE_SYMBOLS)


def _asked_at(poll: Poll, threshold: int) -> str:
    """Where and when a closed poll was asked, for the results page. The workers who run the group read its name
    and the day; anyone else (a board member) reads a group's name only where a quote from it may name it
    (``distribution.models.may_be_named``: a forum or council big enough), else its kind and the month, as the
    board pack says it (the fourth outside review, N9: a children's home was named here)."""
    day = str(format_date(poll.created_at, "d MMMM yyyy"))
    group = services.group_of(poll)
    if group is None:
        return day
    if g.staff.roles & BUILDERS or may_be_named(group.kind, group.cohort_size, threshold):
        return str(_("%(group)s, %(date)s", group=group.name, date=day))
    return sources.by_kind(group.kind, sources.month(poll.created_at.date()))


@bp.route("/<uuid:poll_id>")
@requires(BUILDERS)
def poll(poll_id: uuid.UUID) -> ResponseReturnValue:
    """One poll: its code and QR code, its results as anyone may see them, and the words waiting for approval."""
    found = _poll(poll_id)
    url = answer_url(found)
    words = services.words_to_review(found) if found.kind == PollKind.WORD else []
    return render_template(
        "polls/poll.html",
        poll=found,
        url=url,
        enter_url=external_url("poll_answers.enter"),
        code=format_code(found.code),
        qr=qr_svg(url, _("QR code to answer the poll")),
        results=_results(found),
        words=words,
        not_shown=services.words_not_to_show(found, words),
        unread={item.answer.id: item for item in services.unread_words(found.organisation_id, found.id)},
        group=services.group_name(found),
        kinds=KIND_NAMES,
        faces=face_names(),
        symbols=FACE_SYMBOLS,
        form=WordDecisionForm(),
        translated=[LANGUAGES[code].native_name for code in sorted(found.texts or {}) if code in LANGUAGES],
        actions=boards.actions_answering(poll_id=found.id),
        too_many=services.more_answers_than_people(found),
        status_names=ACTION_STATUS_NAMES,
    )


@bp.route("/<uuid:poll_id>/translate", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def translate(poll_id: uuid.UUID) -> ResponseReturnValue:
    """The poll's question and options in the organisation's other languages: a phone that chose one reads the poll
    in it, each string in English where a box is left empty. Results still count per option."""
    found = _poll(poll_id)
    languages = translation_languages()
    form = translation_form(found, languages)
    if form.validate_on_submit():
        done = services.translate(found, translations_given(form, found, languages), translations_seen(form))
        if not done.refused:
            audit.record(
                "poll-translated",
                organisation_id=found.organisation_id,
                user_id=g.staff.user.id,
                subject=str(found.id),
                languages=",".join(done.changed),
            )
            flash(_("Translations saved. Phones set to those languages show them."))
            return redirect(url_for(".poll", poll_id=found.id))
        refuse(form, found, languages, done.refused)
    failed = any(field.errors for field in form)
    return render_template(
        "polls/translate.html",
        poll=found,
        form=form,
        languages=languages,
        kinds=KIND_NAMES,
        answered=services.answered_in(found),
    ), 400 if failed else 200


@bp.route("/<uuid:poll_id>/<any(open, close):action>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def change_status(poll_id: uuid.UUID, action: str) -> ResponseReturnValue:
    found = _poll(poll_id)
    if not WordDecisionForm().validate_on_submit():
        abort(400)
    services.set_status(found, PollStatus.OPEN if action == "open" else PollStatus.CLOSED)
    _audit(f"poll-{action}", found)
    flash(_("Poll opened again.") if action == "open" else _("Poll closed. No more answers are taken."))
    return redirect(url_for(".poll", poll_id=found.id))


@bp.route("/<uuid:poll_id>/words/<uuid:answer_id>/<any(show, hide):decision>", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def decide_word(poll_id: uuid.UUID, answer_id: uuid.UUID, decision: str) -> ResponseReturnValue:
    """Show a word on the projector, or keep it off. A word the safeguarding screen flagged is never shown."""
    found = _poll(poll_id)
    if not WordDecisionForm().validate_on_submit():
        abort(400)
    if decision == "show" and (kinds := services.why_not_shown(found, answer_id)):
        # The page offers no Show for such a word; a request made anyway is refused here, with the reason.
        flash(not_shown_reason(kinds), "error")
        return redirect(url_for(".poll", poll_id=found.id, _anchor="words"))
    if not services.decide_word(found, answer_id, decision == "show"):
        abort(404)
    # Showing a young person's words on the projector publishes them: who did it, and when, is kept.
    audit.record(
        f"poll-word-{decision}", organisation_id=found.organisation_id, user_id=g.staff.user.id, subject=str(answer_id)
    )
    if request.form.get("back") == "to-read":
        return redirect(url_for("sessions.to_read", _anchor="words"))
    return redirect(url_for(".poll", poll_id=found.id, _anchor="words"))


def not_shown_reason(kinds: str) -> str:
    return str(_("Cannot be shown on the projector: it may have %(kinds)s in it.", kinds=kinds))


@bp.route("/<uuid:poll_id>/words/<uuid:answer_id>/safeguarding", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def word_to_safeguarding(poll_id: uuid.UUID, answer_id: uuid.UUID) -> ResponseReturnValue:
    """A worker saw a worry the screen missed: one step puts the word in the safeguarding queue, never shown."""
    found = _poll(poll_id)
    if not WordDecisionForm().validate_on_submit():
        abort(400)
    case = services.send_word_to_safeguarding(found, answer_id, g.staff.user.id)
    if case is None:
        abort(404)
    sent_by_a_person(case)
    return redirect(url_for(".poll", poll_id=found.id, _anchor="words"))


@bp.route("/<uuid:poll_id>/projector")
@requires(BUILDERS)
def projector(poll_id: uuid.UUID) -> ResponseReturnValue:
    """The page for the projector: the code, the QR code and the results in large type, refreshed every few
    seconds by a small script that reads them with the poll's screen key (so it keeps working after the worker's
    session ends); without the script, a link reloads them by the same key. It runs in the worker's signed-in
    browser in front of the room, so it carries no staff menu and no link back into the console. A closed poll's
    page shows its final results once, read with the worker's session: nothing on it reads them again by the key."""
    return _projector_page(_poll(poll_id), "polls/projector.html")


def _projector_page(found: Poll, template: str) -> ResponseReturnValue:
    ended = found.status != PollStatus.OPEN
    if ended and template != "polls/projector.html":
        # Closed: the screen key stops showing figures (a page left open, or its address kept, shows no more than
        # that the poll has ended). The worker, signed in, can still put the final results up from the poll's page.
        return render_template("polls/ended.html", poll=found)
    url = answer_url(found)
    return render_template(
        template,
        poll=found,
        url=url,
        enter_url=external_url("poll_answers.enter"),
        code=format_code(found.code),
        qr=qr_svg(url, _("QR code to answer the poll"), scale=8),
        results=_results(found),
        screen_url=url_for("poll_answers.screen", key=found.screen_key),
        refresh_seconds=NO_SCRIPT_REFRESH,
        ended=ended,
        faces=face_names(),
        symbols=FACE_SYMBOLS,
    )


@bp.route("/<uuid:poll_id>/tablet", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def tablet(poll_id: uuid.UUID) -> ResponseReturnValue:
    """Make this device a tablet passed round the room: every answer given on it counts, one after another. The
    worker is signed out on it first: the young people holding it must not be one press of Back away from staff
    pages (contact requests, words waiting for approval). Back on staff pages means signing in again."""
    found = _poll(poll_id)
    if not WordDecisionForm().validate_on_submit():
        abort(400)
    _audit("poll-tablet", found)
    sign_out_here()
    device.hand_round(found.code)
    return redirect(url_for("poll_answers.answer", code=found.code))


# --- young people's pages ---------------------------------------------------------------------------------------------


def _open_poll(code: str) -> Poll:
    found = services.by_code(code)
    if found is None:
        abort(404)
    g.organisation_name = surveys.organisation_name(found.organisation_id)
    g.helpline_organisation_id = found.organisation_id  # its own numbers beside the national helplines
    g.help_from = pages.help_from("p", found.code)
    return found


def _on_tablet(found: Poll) -> bool:
    return device.on_tablet(found.code)


def _device_token(found: Poll) -> str | None:
    return device.poll_token(found.code)


def _council_of_opened(code: str) -> uuid.UUID | None:
    """The council whose poll ``code`` opens, for its "too many tries" page: only if this device opened that poll
    before (it holds a token for it, or passes it round as a tablet). Past the limit, a page with a council's own
    numbers for a real code and none for a made-up one would tell a guesser which codes are real, as fast as they
    could ask: the very thing the limit is there to slow. A code this device never opened gets the national lines."""
    return services.council_of_code(code) if device.opened_poll(code) else None


@answer_bp.route("/p", methods=["GET", "POST"])
@public
@code_limit
def enter() -> ResponseReturnValue:
    """Where a young person types the code shown on the screen."""
    form = CodeForm()
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    if valid and form.code.data:
        found = services.by_code(form.code.data)
        if found is not None:
            return redirect(url_for(".answer", code=found.code))
        form.code.errors = [*form.code.errors, str(CODE_NOT_FOUND)]
    failed = expired or any(field.errors for field in form)
    return render_template("respond/polls/enter.html", form=form, csrf_expired=expired), 400 if failed else 200


@answer_bp.route("/p/<code>", methods=["GET", "POST"])
@public
@council_of(_council_of_opened)
@code_limit
@commit_on_success
def answer(code: str) -> ResponseReturnValue:
    """The poll's question, answered without signing in. One answer per phone; on a tablet passed round, one per
    turn."""
    found = _open_poll(code)
    if found.code != code:
        return redirect(url_for(".answer", code=found.code))
    tablet_mode = _on_tablet(found)
    if found.status != PollStatus.OPEN:
        return _closed(found, tablet_mode)
    token = _device_token(found)
    if not tablet_mode and services.has_answered(found, token):
        return render_template("respond/polls/already.html", poll=found)
    language = current_language().code
    view = services.view_in(found, language)
    form = answer_form(found, view=view)
    valid = form.validate_on_submit()
    expired = pages.token_expired(form)
    problem = None
    if not tablet_mode and token is None:
        # This phone's token for the poll is given with the question, never with the answer: an answer sent with a
        # cookie that holds none (a page kept from before, or a cookie sent again unchanged to answer many times)
        # is shown again, kept, to be sent once more with the token this response gives.
        token = new_token()
        device.remember_poll_token(found.code, token)
        expired = expired or request.method == "POST"
        valid = False
    if valid:
        choices, word, problem = answered(found, form)
        if problem is None and not services.same_words(found, language, words_shown(form)):
            # A worker changed the words since this page was drawn: the answer was given to words the poll no
            # longer has, so it is asked again, with the choice kept, before anything is counted.
            problem = str(WORDS_CHANGED)
            view = services.view_in(found, language)
        if problem is None:
            services.answer(found, new_token() if tablet_mode else str(token), choices, word, language)
            return redirect(url_for(".done", code=found.code))
    form["words"].data = services.words_key(view)
    failed = expired or problem is not None or any(field.errors for field in form)
    return render_template(
        "respond/polls/answer.html",
        poll=found,
        view=view,
        form=form,
        csrf_expired=expired,
        problem=problem,
        tablet=tablet_mode,
        faces=face_items(form) if found.kind == PollKind.FACES else [],
    ), 400 if failed else 200


def _closed(found: Poll, tablet_mode: bool) -> ResponseReturnValue:
    """A closed poll takes no answers. A word someone was still typing when it closed is kept if it closed less than
    ``services.LATE_WORD_HOURS`` ago (``services.keep_late_word``); a word not kept stays on the page, so nothing
    typed is lost. A send with no word shows the closed page."""
    typed = ""
    if request.method == "POST" and found.kind == PollKind.WORD:
        typed = (request.form.get("answer") or "").replace("\x00", "").strip()
    if typed and len(typed) <= services.MAX_WORD and ConfirmForm().validate_on_submit():
        token = None if tablet_mode else _device_token(found)
        if services.keep_late_word(found, typed, current_language().code, token):
            return render_template("respond/polls/kept.html", poll=found)
    return render_template("respond/polls/closed.html", poll=found, typed=typed)


@answer_bp.route("/p/<code>/done")
@public
@council_of(_council_of_opened)
@code_limit
def done(code: str) -> ResponseReturnValue:
    found = _open_poll(code)
    tablet = _on_tablet(found)
    change = None if tablet else board_public.what_changed(found.organisation_id)
    return render_template(
        "respond/polls/done.html", poll=found, tablet=tablet, changes=[change] if change is not None else []
    )


@answer_bp.route("/p/screen/<key>/page")
@public
def screen_page(key: str) -> ResponseReturnValue:
    """The projector page by the poll's screen key, for a projector without the script: its reload link works all
    day, whatever happens to the worker's session. Only what the room sees anyway: the code and suppressed results."""
    found = services.by_screen_key(key)
    if found is None:
        abort(404)
    g.organisation_name = surveys.organisation_name(found.organisation_id)
    return _projector_page(found, "polls/screen_page.html")


@answer_bp.route("/p/screen/<key>")
@public
def screen(key: str) -> ResponseReturnValue:
    """The results as an HTML fragment for the projector page's script: read with the poll's screen key, never with
    a staff session, so a projector left open all day keeps showing them while the poll is open. Once it is closed
    the key reads only that the poll has ended."""
    found = services.by_screen_key(key)
    if found is None:
        abort(404)
    if found.status != PollStatus.OPEN:
        # Closed: the key stops reading figures; the projector's script shows that the poll has ended.
        return render_template("polls/_ended.html", poll=found), 200, {"Cache-Control": "no-store"}
    fragment = render_template(
        "polls/_results.html",
        poll=found,
        results=_results(found),
        faces=face_names(),
        symbols=FACE_SYMBOLS,
        large=True,
    )
    return fragment, 200, {"Cache-Control": "no-store"}
