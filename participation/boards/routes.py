""" "You said, we did" for workers: what young people raised, and the actions that answer it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, current_app, flash, g, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from markupsafe import Markup, escape

from participation.accounts.access import BUILDERS, EVERY_ROLE, requires
from participation.accounts.forms import ConfirmForm
from participation.analysis.services import themes_for
from participation.audit import services as audit
from participation.boards import figure_import, outputs, pack, periods, services, sources, yousaid
from participation.boards.forms import (
    ActionForm,
    FigureImportForm,
    ReferenceFigureForm,
    reference_figure_form,
    revision_seen,
)
from participation.boards.models import ACTION_STATUS_NAMES, Action, ActionSource, ActionStatus
from participation.distribution.services import get_group
from participation.i18n import LANGUAGES, translation_languages
from participation.polls import services as polls
from participation.reporting import figures
from participation.reporting.figures import OTHER_WAYS_IN
from participation.sessions import services as sessions
from participation.surveys import builder
from participation.surveys import services as surveys
from participation.surveys.models import BAND_NAMES, Consultation
from participation.titles import staff_title
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("boards", __name__, url_prefix="/staff/consultations")


def _consultation(consultation_id: uuid.UUID) -> Consultation:
    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


def _title(consultation: Consultation) -> str:
    return surveys.consultation_view(consultation, "en", "12-17").title.text or consultation.code


@bp.route("/<uuid:consultation_id>/you-said-we-did")
@requires(EVERY_ROLE)
def overview(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    view = yousaid.you_said(consultation)
    names = {theme.slug: theme.name for theme in themes_for(consultation.organisation_id)}
    return render_template(
        "boards/overview.html",
        consultation=consultation,
        title=staff_title(consultation),
        view=view,
        actions=view.actions,
        theme_names=names,
        status_names=ACTION_STATUS_NAMES,
        can_edit=bool(BUILDERS & g.staff.roles),
        language_names={code: language.native_name for code, language in LANGUAGES.items()},
        previous_title=staff_title(view.previous) if view.previous else None,
    )


def _form(
    organisation_id: uuid.UUID, action: Action | None, first: Sequence[str] = (), prefill: dict[str, str] | None = None
) -> ActionForm:
    """The action form, as stored or as posted. ``first``: themes to offer before the rest (a session's notes'),
    marked as raised there; ``prefill``: a new action's starting words (a poll's question and result)."""
    data = None
    if action is not None and request.method == "GET":
        english = (action.texts or {}).get("en", {})
        data = {
            "themes": action.themes,
            "what": english.get("what", ""),
            "reason": english.get("reason", ""),
            "owner": action.owner,
            "status": action.status.value,
            "due_on": action.due_on,
            "done_on": action.done_on,
            "evidence_url": action.evidence_url,
            "evidence_note": action.evidence_note,
            "revision": str(action.revision),
        }
    form = ActionForm(data=data) if data else ActionForm()
    if action is None and request.method == "GET":
        form.status.data = ActionStatus.PLANNED.value
        wanted = request.args.get("theme")
        if wanted:
            form.themes.data = [wanted]
        for name, value in (prefill or {}).items():
            getattr(form, name).data = value
    themes = themes_for(organisation_id)
    raised = [theme for slug in first for theme in themes if theme.slug == slug]
    form.themes.choices = [
        *(SelectChoice(theme.slug, _("%(theme)s (raised here)", theme=theme.name)) for theme in raised),
        *(SelectChoice(theme.slug, theme.name) for theme in themes if theme not in raised),
    ]
    return form


def _translations(action: Action | None) -> dict[str, dict[str, str]]:
    """The translation boxes as posted, or as stored."""
    result: dict[str, dict[str, str]] = {}
    for language in translation_languages():
        if request.method == "POST":
            result[language.code] = {
                field: (request.form.get(f"{field}_{language.code}") or "")[:1000] for field in ("what", "reason")
            }
        elif action is not None:
            result[language.code] = dict((action.texts or {}).get(language.code, {}))
    return result


@dataclass(frozen=True)
class ActionPage:
    """Where an action page sits: what a new action answers, its caption, where Back, Delete and Save go, and
    what young people said there (shown above the form)."""

    # What a new action answers; None on the page of an existing action, which keeps what it answers.
    where: Consultation | services.Origin | None
    caption: str
    back: str
    delete: str | None = None
    said: str = ""
    said_lines: Sequence[str] = ()
    first_themes: Sequence[str] = ()
    prefill: dict[str, str] | None = None


def action_page(page: ActionPage, found: Action | None) -> ResponseReturnValue:
    """The one "we did" form, for an action of any source: the revision check, translations per language and
    evidence, saved through ``services.save_action``."""
    organisation_id = g.staff.session.organisation_id
    form = _form(organisation_id, found, page.first_themes, page.prefill)
    translations = _translations(found)
    conflict = None
    if form.validate_on_submit():
        data = services.ActionInput(
            themes=form.themes.data or [],
            what=form.what.data or "",
            owner=form.owner.data or "",
            status=ActionStatus(form.status.data),
            reason=form.reason.data or "",
            due_on=form.due_on.data,
            done_on=form.done_on.data,
            evidence_url=form.evidence_url.data or "",
            evidence_note=form.evidence_note.data or "",
            translations=translations,
        )
        seen = revision_seen(form.revision)
        try:
            saved = services.save_action(
                page.where,
                data,
                user_id=g.staff.user.id,
                action=found,
                seen_revision=seen if found is not None else None,
            )
        except services.EditConflict as clash:
            conflict = clash.current
        else:
            audit.record(
                "we-did-saved",
                organisation_id=organisation_id,
                user_id=g.staff.user.id,
                subject=str(saved.id),
                status=saved.status.value,
                source=saved.source.value,
            )
            flash(_saved_message(saved))
            return redirect(page.back)
    status = 409 if conflict else (400 if form.errors else 200)
    return render_template(
        "boards/action.html",
        title=page.caption,
        back_href=page.back,
        delete_href=page.delete if found is not None else None,
        said=page.said,
        said_lines=page.said_lines,
        form=form,
        action=found,
        conflict=conflict,
        translations=translations,
        languages=translation_languages(),
        status_names=ACTION_STATUS_NAMES,
        confirm=ConfirmForm(formdata=None),
        theme_names={theme.slug: theme.name for theme in themes_for(organisation_id)},
    ), status


def _saved_message(saved: Action) -> str | Markup:
    """What a worker is told after saving an action: where young people will read it. Not a survey's action is on
    the page of what changed (which says where it was said), linked so the worker can see it as young people will;
    it opens through any published survey's code, and says so where none is published yet."""
    if saved.source == ActionSource.SURVEY:
        return str(_("Saved. Young people will see it on the “you said, we did” page."))
    published = services.published_consultations(saved.organisation_id)
    if not published:
        return str(
            _(
                "Saved. Young people will see it on the page “What changed because of what you said” once a survey "
                "is published: the page opens from a survey’s link."
            )
        )
    link = Markup('<a class="govuk-link" href="{}">{}</a>').format(
        url_for("respond.what_changed", code=published[0].code), _("What changed because of what you said")
    )
    # The sentence as translated, escaped (a translation is text, never markup), with the link put in its place.
    return escape(_("Saved. Young people will see it on the page %(page)s.")) % {"page": link}


@bp.route("/<uuid:consultation_id>/we-did/new", methods=["GET", "POST"], endpoint="new_action")
@bp.route("/<uuid:consultation_id>/we-did/<uuid:action_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def action(consultation_id: uuid.UUID, action_id: uuid.UUID | None = None) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    found = None
    if action_id is not None:
        found = services.get_action(consultation, action_id)
        if found is None:
            abort(404)
    page = ActionPage(
        consultation,
        staff_title(consultation),
        url_for(".overview", consultation_id=consultation.id),
        url_for(".delete_action", consultation_id=consultation.id, action_id=action_id) if action_id else None,
    )
    return action_page(page, found)


@bp.route("/<uuid:consultation_id>/we-did/<uuid:action_id>/delete", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def delete_action(consultation_id: uuid.UUID, action_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    found = services.get_action(consultation, action_id)
    if found is None:
        abort(404)
    _delete(found)
    return redirect(url_for(".overview", consultation_id=consultation.id))


def _delete(found: Action) -> None:
    if ConfirmForm().validate_on_submit():
        action_id = found.id
        services.delete_action(found)
        audit.record(
            "we-did-deleted",
            organisation_id=g.staff.session.organisation_id,
            user_id=g.staff.user.id,
            subject=str(action_id),
        )
        flash(_("Deleted."))


# --- the board pack ------------------------------------------------------------------------------------------------


class NotAPart(Exception):
    """``?part=`` names no part of the pack (a band that does not exist, a group not of this council, a typo): the
    pack is never shown whole as if it were filtered."""

    def __init__(self, asked: str) -> None:
        super().__init__(asked)
        self.asked = asked


def _pack_part() -> tuple[str | None, str | None, str]:
    """The one filter a pack takes: ``part=band:<slug>`` or ``part=group:<id>`` (or ``group:other``), the id of one
    of this council's groups. Anything else raises ``NotAPart``."""
    part = request.args.get("part", "")
    if not part:
        return None, None, ""
    kind, _sep, value = part.partition(":")
    if kind == "band" and value in BAND_NAMES:
        return value, None, part
    if kind == "group" and (value == OTHER_WAYS_IN or get_group(g.staff.session.organisation_id, value) is not None):
        return None, value, part
    raise NotAPart(part)


def _not_a_part_download(asked: NotAPart, page_url: str) -> ResponseReturnValue:
    """A download or printable page asked for a part the pack does not have: nothing is made, and the way back is
    the pack's page, where the parts are listed."""
    return render_template(
        "staff/error.html",
        title=_("That choice is not one of the pack’s parts"),
        body=_(
            "Nothing was made: “%(part)s” is not an age band or one of your groups. Open the board pack and choose "
            "a part from its list.",
            part=asked.asked[:80],
        ),
        back_href=page_url,
        back_text=_("Open the board pack"),
    ), 400


def _pack_links(**where: Any) -> dict[str, str]:
    """Where a pack's page, printable page and downloads are, for a consultation or a period."""
    if "consultation_id" in where:
        names = {
            "page": "boards.board_pack",
            "print": "boards.board_pack_print",
            "pdf": "boards.board_pack_pdf",
            "xlsx": "boards.board_pack_xlsx",
            "zip": "boards.board_pack_csv",
        }
    else:
        names = {
            "page": "periods.period_pack",
            "print": "periods.period_pack_print",
            "pdf": "periods.period_pack_pdf",
            "xlsx": "periods.period_pack_xlsx",
            "zip": "periods.period_pack_csv",
        }
    return {kind: url_for(name, **where) for kind, name in names.items()}


def _built_pack(consultation_id: uuid.UUID) -> tuple[pack.Pack, str]:
    """The pack for the filter asked for, and that filter as it goes back into links ("" for everyone)."""
    consultation = _consultation(consultation_id)
    band, group, part = _pack_part()
    return pack.build(consultation, band=band, group=group), part


def show_pack(built: pack.Pack, part: str, back: str, refused: str = "", **where: object) -> ResponseReturnValue:
    """The pack's page. ``refused``: the part asked for that the pack does not have; the page then says so above
    everything, shows the pack for everyone under that heading, and answers 400."""
    links = _pack_links(**where)
    downloads = {kind: _with_part(url, part) for kind, url in links.items() if kind != "page"}
    return render_template(
        "boards/pack.html",
        pack=built,
        part=part,
        refused=refused[:80],
        back=back,
        page_url=links["page"],
        downloads=downloads,
        choices=[("", _("Everyone")), *built.parts],
        can_edit=bool(BUILDERS & g.staff.roles),
    ), 400 if refused else 200


def _with_part(url: str, part: str) -> str:
    return f"{url}?{urlencode({'part': part})}" if part else url


@bp.route("/<uuid:consultation_id>/board-pack")
@requires(EVERY_ROLE)
def board_pack(consultation_id: uuid.UUID) -> ResponseReturnValue:
    back = url_for("consultations.overview", consultation_id=consultation_id)
    try:
        built, part = _built_pack(consultation_id)
    except NotAPart as asked:
        built = pack.build(_consultation(consultation_id))
        return show_pack(built, "", back, refused=asked.asked, consultation_id=consultation_id)
    return show_pack(built, part, back, consultation_id=consultation_id)


@bp.route("/<uuid:consultation_id>/board-pack/print")
@requires(EVERY_ROLE)
def board_pack_print(consultation_id: uuid.UUID) -> ResponseReturnValue:
    try:
        return outputs.document(_built_pack(consultation_id)[0], inline_styles=False)
    except NotAPart as asked:
        return _not_a_part_download(asked, url_for(".board_pack", consultation_id=consultation_id))


def send_pack(built: pack.Pack, part: str, kind: str) -> ResponseReturnValue:
    stem = outputs.file_stem(built)
    if kind == "pdf":
        body, mimetype = outputs.pdf(built), "application/pdf"
    elif kind == "xlsx":
        body, mimetype = outputs.xlsx(built), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body, mimetype = outputs.csv_zip(built), "application/zip"
    if built.consultation is not None:
        subject = str(built.consultation.id)
    else:
        assert built.period is not None  # a pack is of a consultation or of a period
        subject = f"period {built.period.key}"
    audit.record(
        "board-pack-exported",
        organisation_id=built.organisation_id,
        user_id=g.staff.user.id,
        subject=subject,
        format=kind,
        part=part or "everyone",
    )
    response = current_app.response_class(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{stem}.{kind}"'
    return response


def _download(consultation_id: uuid.UUID, kind: str) -> ResponseReturnValue:
    try:
        built, part = _built_pack(consultation_id)
    except NotAPart as asked:
        return _not_a_part_download(asked, url_for(".board_pack", consultation_id=consultation_id))
    return send_pack(built, part, kind)


@bp.route("/<uuid:consultation_id>/board-pack.pdf")
@requires(EVERY_ROLE)
@commit_on_success
def board_pack_pdf(consultation_id: uuid.UUID) -> ResponseReturnValue:
    return _download(consultation_id, "pdf")


@bp.route("/<uuid:consultation_id>/board-pack.xlsx")
@requires(EVERY_ROLE)
@commit_on_success
def board_pack_xlsx(consultation_id: uuid.UUID) -> ResponseReturnValue:
    return _download(consultation_id, "xlsx")


@bp.route("/<uuid:consultation_id>/board-pack.zip")
@requires(EVERY_ROLE)
@commit_on_success
def board_pack_csv(consultation_id: uuid.UUID) -> ResponseReturnValue:
    return _download(consultation_id, "zip")


# --- board packs for a period --------------------------------------------------------------------------------------

periods_bp = Blueprint("periods", __name__, url_prefix="/staff/board-packs")


@periods_bp.route("/")
@requires(EVERY_ROLE)
def index() -> ResponseReturnValue:
    """Every year and quarter with a consultation in it, and each consultation's own pack."""
    organisation_id = g.staff.session.organisation_id
    found = periods.periods_for(organisation_id)
    years = []
    for year in (item for item in found if not item.is_quarter):
        quarters = sorted(
            (item for item in found if item.is_quarter and year.holds(item.start)), key=lambda item: item.start
        )
        consultations = [(item, staff_title(item)) for item in periods.consultations_in(organisation_id, year)]
        years.append((year, quarters, consultations))
    return render_template("boards/packs.html", years=years)


def _period_pack(key: str, *, whole: bool = False) -> tuple[pack.Pack, str]:
    """A period's pack for the filter asked for (``whole``: for everyone, whatever was asked)."""
    period = periods.parse(key)
    if period is None:
        abort(404)
    try:
        band, group, part = (None, None, "") if whole else _pack_part()
    except NotAPart:
        # An empty period is not found whatever the filter; only then is the filter's mistake the one to show.
        _period_pack(key, whole=True)
        raise
    try:
        return pack.build_period(g.staff.session.organisation_id, period, band=band, group=group), part
    except pack.EmptyPeriod:
        abort(404)


@periods_bp.route("/<key>")
@requires(EVERY_ROLE)
def period_pack(key: str) -> ResponseReturnValue:
    try:
        built, part = _period_pack(key)
    except NotAPart as asked:
        return show_pack(_period_pack(key, whole=True)[0], "", url_for(".index"), refused=asked.asked, key=key)
    return show_pack(built, part, url_for(".index"), key=key)


@periods_bp.route("/<key>/print")
@requires(EVERY_ROLE)
def period_pack_print(key: str) -> ResponseReturnValue:
    try:
        return outputs.document(_period_pack(key)[0], inline_styles=False)
    except NotAPart as asked:
        return _not_a_part_download(asked, url_for(".period_pack", key=key))


def _period_download(key: str, kind: str) -> ResponseReturnValue:
    try:
        built, part = _period_pack(key)
    except NotAPart as asked:
        return _not_a_part_download(asked, url_for(".period_pack", key=key))
    return send_pack(built, part, kind)


@periods_bp.route("/<key>/pdf")
@requires(EVERY_ROLE)
@commit_on_success
def period_pack_pdf(key: str) -> ResponseReturnValue:
    return _period_download(key, "pdf")


@periods_bp.route("/<key>/xlsx")
@requires(EVERY_ROLE)
@commit_on_success
def period_pack_xlsx(key: str) -> ResponseReturnValue:
    return _period_download(key, "xlsx")


@periods_bp.route("/<key>/zip")
@requires(EVERY_ROLE)
@commit_on_success
def period_pack_csv(key: str) -> ResponseReturnValue:
    return _period_download(key, "zip")


# --- reference figures ---------------------------------------------------------------------------------------------

figures_bp = Blueprint("figures", __name__, url_prefix="/staff/reference-figures")


def _figures_page(
    organisation_id: uuid.UUID,
    names: dict[str, str],
    form: ReferenceFigureForm,
    import_form: FigureImportForm,
    result: figure_import.ImportResult | None = None,
) -> ResponseReturnValue:
    return render_template(
        "boards/reference_figures.html",
        form=form,
        import_form=import_form,
        result=result,
        figures=services.reference_figures(organisation_id),
        question_names=names,
        band_names=BAND_NAMES,
        confirm=ConfirmForm(formdata=None),
    ), 400 if form.errors or import_form.errors else 200


@figures_bp.route("/", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def reference_figures() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    names = services.indicator_names(organisation_id)
    form = reference_figure_form(names)
    if form.validate_on_submit():
        figure = figure_import.add_checked(organisation_id, form)
        if figure is None:
            form.label.errors = [
                *form.label.errors,
                _(
                    "There is already a figure with this name for this indicator "
                    "and age band. Delete it first, or give this one another name"
                ),
            ]
        else:
            audit.record(
                "reference-figure-added",
                organisation_id=organisation_id,
                user_id=g.staff.user.id,
                subject=str(figure.id),
                question=figure.question_key,
            )
            flash(_("Reference figure added. Board packs show it beside the indicator."))
            return redirect(url_for(".reference_figures"))
    return _figures_page(organisation_id, names, form, FigureImportForm(formdata=None))


@figures_bp.route("/import", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def import_reference_figures() -> ResponseReturnValue:
    """Figures from a workbook or CSV file, in one transaction: good rows added, each other row reported."""
    organisation_id = g.staff.session.organisation_id
    import_form = FigureImportForm()
    result = None
    if import_form.validate_on_submit():
        upload = request.files.get("upload")
        raw = upload.read() if upload else b""
        if not raw:
            import_form.upload.errors = [_("Choose an Excel (.xlsx) or CSV file to import")]
        else:
            result = figure_import.import_spreadsheet(organisation_id, raw, upload.filename or "" if upload else "")
            if result.unreadable:
                import_form.upload.errors = [result.unreadable]
            elif result.missing_columns:
                import_form.upload.errors = [
                    _("The file needs the template’s columns: indicator, what the figure is, figure and source")
                ]
            audit.record(
                "reference-figures-imported",
                organisation_id=organisation_id,
                user_id=g.staff.user.id,
                created=len(result.created),
                problems=len(result.problems),
            )
    names = services.indicator_names(organisation_id)
    return _figures_page(organisation_id, names, reference_figure_form(names, formdata=None), import_form, result)


@figures_bp.route("/reference-figures-template.csv")
@requires(BUILDERS)
def reference_figures_template() -> ResponseReturnValue:
    return Response(
        figure_import.template_csv(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=reference-figures-template.csv"},
    )


@figures_bp.route("/<uuid:figure_id>/delete", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def delete_reference_figure(figure_id: uuid.UUID) -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    figure = services.get_reference_figure(organisation_id, figure_id)
    if figure is None:
        abort(404)
    if ConfirmForm().validate_on_submit():
        services.delete_reference_figure(figure)
        audit.record(
            "reference-figure-deleted", organisation_id=organisation_id, user_id=g.staff.user.id, subject=str(figure_id)
        )
        flash(_("Deleted."))
    return redirect(url_for(".reference_figures"))


# --- "we did" from any source ----------------------------------------------------------------------------------------

we_did_bp = Blueprint("we_did", __name__, url_prefix="/staff/we-did")


@we_did_bp.route("", endpoint="index")
@requires(EVERY_ROLE)
def every_action() -> ResponseReturnValue:
    """Every action of the organisation, whatever young people said it answers (a survey, a session, a live poll)
    or none (the board's own), with where and when it was said."""
    organisation_id = g.staff.session.organisation_id
    actions = services.actions_of(organisation_id)
    said = services.where_said(actions)
    # The workers who run the groups read their names; anyone else (a board member) reads them as the board pack
    # says them, a children's home by its kind (the fourth outside review, N9).
    threshold = None if BUILDERS & g.staff.roles else figures.threshold()
    return render_template(
        "boards/we_did.html",
        rows=[(action, sources.where(said[action.id], threshold), _edit_href(action)) for action in actions],
        theme_names={theme.slug: theme.name for theme in themes_for(organisation_id)},
        status_names=ACTION_STATUS_NAMES,
        can_edit=bool(BUILDERS & g.staff.roles),
        published=services.published_consultations(organisation_id),
    )


def _edit_href(action: Action) -> str:
    if action.source == ActionSource.SURVEY and action.consultation_id is not None:
        return url_for("boards.action", consultation_id=action.consultation_id, action_id=action.id)
    return url_for(".edit", action_id=action.id)


@we_did_bp.route("/new", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def new_from_board() -> ResponseReturnValue:
    """An action that answers nothing young people said here: the board decided it."""
    organisation_id = g.staff.session.organisation_id
    page = ActionPage(
        services.from_board(organisation_id),
        _("From the board"),
        url_for(".index"),
        said=_("The board decided this: young people will read “The board decided this” beside it."),
    )
    return action_page(page, None)


@we_did_bp.route("/from-session/<uuid:session_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def new_from_session(session_id: uuid.UUID) -> ResponseReturnValue:
    """What was done about what young people said at a session: the themes of the session's notes offered first."""
    organisation_id = g.staff.session.organisation_id
    found = sessions.get_session_or_404(organisation_id, session_id)
    origin = services.from_session(found)
    said = services.where_said_of(origin)
    themes = sessions.themes_raised(found)
    names = {theme.slug: theme.name for theme in themes_for(organisation_id)}
    lines = []
    if found.topics:
        lines.append(_("Topics the young people chose: %(topics)s", topics="; ".join(found.topics)))
    if themes:
        lines.append(_("Themes in the notes: %(themes)s", themes=", ".join(names.get(slug, slug) for slug in themes)))
    page = ActionPage(
        origin,
        sources.where(said),
        url_for("sessions.session", session_id=found.id),
        said=sources.where(said),
        said_lines=lines,
        first_themes=themes,
    )
    return action_page(page, None)


@we_did_bp.route("/from-poll/<uuid:poll_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def new_from_poll(poll_id: uuid.UUID) -> ResponseReturnValue:
    """Turn a live poll's result into an action: the question and the result as shown (suppressed as on the
    projector) are where it starts."""
    organisation_id = g.staff.session.organisation_id
    found = polls.get_or_404(organisation_id, poll_id)
    origin = services.from_poll(found)
    said = services.where_said_of(origin)
    result = sources.poll_result(found, figures.threshold())
    evidence = _(
        "Live poll: “%(question)s”. Result as shown: %(result)s", question=found.question, result="; ".join(result)
    )
    page = ActionPage(
        origin,
        sources.where(said),
        url_for("polls.poll", poll_id=found.id),
        said=sources.where(said),
        said_lines=result,
        prefill={"evidence_note": evidence[:2000]},
    )
    return action_page(page, None)


@we_did_bp.route("/<uuid:action_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def edit(action_id: uuid.UUID) -> ResponseReturnValue:
    """Change any of the organisation's actions; what it answers stays as it was."""
    organisation_id = g.staff.session.organisation_id
    found = services.get_organisation_action(organisation_id, action_id)
    if found is None:
        abort(404)  # another organisation's action answers exactly as a missing one
    said = services.where_said([found])[found.id]
    page = ActionPage(
        None,
        sources.where(said),
        url_for(".index"),
        url_for(".delete", action_id=found.id),
        said=sources.where(said),
    )
    return action_page(page, found)


@we_did_bp.route("/<uuid:action_id>/delete", methods=["POST"], endpoint="delete")
@requires(BUILDERS)
@commit_on_success
def delete_any_action(action_id: uuid.UUID) -> ResponseReturnValue:
    found = services.get_organisation_action(g.staff.session.organisation_id, action_id)
    if found is None:
        abort(404)
    _delete(found)
    return redirect(url_for(".index"))
