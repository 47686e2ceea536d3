"""The worker console's consultation pages: list, create, edit, translate, preview, publish."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import Any

from flask import Blueprint, abort, flash, g, get_flashed_messages, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from participation.accounts.access import BUILDERS, EVERY_ROLE, requires
from participation.accounts.forms import ConfirmForm
from participation.accounts.models import Role
from participation.analysis import reading
from participation.audio import services as read_aloud
from participation.audit import services as audit
from participation.i18n import (
    LANGUAGES,
    current_language,
    enabled_languages,
    language_label,
    translation_languages,
    young_peoples_page,
)
from participation.links import external_url
from participation.polls import services as polls
from participation.reporting import figures
from participation.responses import pages as respond_pages
from participation.responses import services as respond_services
from participation.responses import wording
from participation.responses.forms import EmptyForm, question_form
from participation.sessions import services as sessions
from participation.surveys import builder, plain_words, publishing, questions, services, translations
from participation.surveys.bank import bank_questions
from participation.surveys.forms import (
    DatesForm,
    DetailsForm,
    NewConsultationForm,
    QuestionForm,
    WordsForm,
)
from participation.surveys.models import BAND_NAMES, Consultation, Question, QuestionKind, by_age
from participation.surveys.services import consultation_view, valid_band
from participation.surveys.wordings import BAND_WORDINGS
from participation.transactions import commit_on_success
from participation.widgets import SelectChoice

bp = Blueprint("consultations", __name__, url_prefix="/staff")

STATUS_LABELS = {"draft": _l("Draft"), "published": _l("Open"), "closed": _l("Closed")}
PROBLEMS = {
    "no-questions": _l("Add at least one question"),
    "no-title": _l("Give the consultation a title"),
    "few-options": _l("Give ‘%(question)s’ at least two answers"),
    "no-bands": _l("Choose who sees ‘%(question)s’"),
}


def _consultation(consultation_id: uuid.UUID) -> Consultation:
    return builder.get_or_404(g.staff.session.organisation_id, consultation_id)


def _audit(action: str, consultation: Consultation, **detail: Any) -> None:
    audit.record(
        action,
        organisation_id=consultation.organisation_id,
        user_id=g.staff.user.id,
        subject=consultation.code,
        **detail,
    )


@bp.route("/")
@requires(EVERY_ROLE)
def index() -> ResponseReturnValue:
    """Every consultation of the signed-in member's organisation, with how many have answered."""
    organisation_id = g.staff.session.organisation_id
    rows = services.consultations_for(organisation_id)
    # How many answered, as every other page publishes it (the protected tables), never the raw count.
    totals = figures.respondent_totals(organisation_id, figures.threshold())
    # What young people typed in a room and nobody has read yet (every session's and poll's): the first page says
    # how much waits, so it is never found only by opening each session and poll in turn.
    to_read = (
        sessions.unread_note_count(organisation_id) + polls.unread_word_count(organisation_id)
        if g.staff.roles & BUILDERS
        else 0
    )
    return render_template(
        "consultations/index.html",
        rows=rows,
        status_labels=STATUS_LABELS,
        totals=totals,
        today=date.today(),
        to_read=to_read,
    )


@bp.route("/consultations/new", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def new() -> ResponseReturnValue:
    organisation_id = g.staff.session.organisation_id
    form = NewConsultationForm()
    form.bank.choices = [SelectChoice(question["key"], question["title"]["en"]["*"]) for question in bank_questions()]
    earlier = services.consultations_for(organisation_id)
    form.source.choices = [SelectChoice("", _("Choose a consultation"))] + [
        SelectChoice(str(row.consultation.id), row.title) for row in earlier
    ]
    if not earlier:
        # Nothing to copy yet: no way to start that could only end in an error.
        form.start.choices = [choice for choice in NewConsultationForm.START_CHOICES if choice.value != "copy"]
    if request.method == "GET":
        form.bank.data = [question["key"] for question in bank_questions() if question.get("core")]
    if form.validate_on_submit() and not (form.bank.errors or form.source.errors):
        assert form.title.data is not None  # InputRequired, so set on a valid form
        if form.start.data == "bank":
            assert form.bank.data is not None  # validate() requires bank questions when starting from the bank
            consultation = builder.create_from_bank(organisation_id, form.title.data, form.bank.data)
        elif form.start.data == "copy":
            source = builder.get(organisation_id, uuid.UUID(form.source.data))
            if source is None:
                abort(404)
            consultation = builder.copy_wave(organisation_id, source, form.title.data)
        else:
            consultation = builder.create_blank(organisation_id, form.title.data)
        _audit("consultation-created", consultation, start=form.start.data)
        return redirect(url_for(".overview", consultation_id=consultation.id))
    failed = bool(form.errors or form.bank.errors or form.source.errors)
    return render_template("consultations/new.html", form=form), 400 if failed else 200


@bp.route("/consultations/<uuid:consultation_id>")
@requires(EVERY_ROLE)
def overview(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    asked = builder.questions_of(consultation)
    title = next((t.title for t in builder.texts_of(consultation) if t.language == "en" and not t.age_band), None)
    problems = [_problem(problem, asked) for problem in builder.readiness(consultation)]
    languages = translation_languages()
    readers = bool(g.staff.roles & (BUILDERS | {Role.SAFEGUARDING_LEAD}))
    return render_template(
        "consultations/overview.html",
        offers={action: publishing.can(consultation, action) for action in publishing.ACTIONS},
        today=date.today(),
        preview_languages=enabled_languages(),
        can_read=readers,
        reading=reading.figures(consultation.id, figures.threshold()) if readers else None,
        consultation=consultation,
        questions=asked,
        title=title or consultation.code,
        problems=problems,
        status_labels=STATUS_LABELS,
        band_names=BAND_NAMES,
        changed=builder.has_unpublished_changes(consultation),
        confirm=ConfirmForm(),
        languages=languages,
        completeness=translations.completeness(consultation, [language.code for language in languages]),
        warnings=plain_words.term_warnings(consultation),
        readings=plain_words.reading_ages(consultation),
        min_words=plain_words.MIN_WORDS_FOR_READING_AGE,
        read_aloud=read_aloud.readiness(consultation),
        can_edit=bool(g.staff.roles & BUILDERS),
        public_url=external_url("respond.start", code=consultation.code),
    )


def _problem(problem: str, asked: list[Question]) -> str:
    name, _sep, key = problem.partition(":")
    question = next((q for q in asked if q.key == key), None)
    label = next((t.title for t in question.texts if t.language == "en" and not t.age_band), key) if question else key
    return str(PROBLEMS[name]) % {"question": label} if key else str(PROBLEMS[name])


@bp.route("/consultations/<uuid:consultation_id>/details", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def details(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    english = next((t for t in builder.texts_of(consultation) if t.language == "en" and not t.age_band), None)
    form = DetailsForm(obj=english if request.method == "GET" else None)
    if form.validate_on_submit():
        builder.set_text(
            consultation, "en", "", title=form.title.data, about=form.about.data, next_steps=form.next_steps.data
        )
        flash(_("Saved."))
        return redirect(url_for(".overview", consultation_id=consultation.id))
    return render_template(
        "consultations/details.html", form=form, consultation=consultation
    ), 400 if form.errors else 200


def _question_form_from(question: Question) -> QuestionForm:
    english = {t.age_band: t for t in question.texts if t.language == "en"}
    data: dict[str, Any] = {
        "kind": question.kind.value,
        "title": english[""].title if "" in english else "",
        "hint": english[""].hint if "" in english else "",
        "bands": sorted(question.band_slugs),
        "core": question.is_core,
        "max_length": question.max_length,
        "seen": questions.fingerprint(question),
        "options": [
            {
                "key": o.key,
                "label": next((t.label for t in o.texts if t.language == "en" and not t.age_band), ""),
                "symbol": o.symbol or "",
                "positive": o.is_positive,
            }
            for o in question.options
        ],
    }
    for band, field in QuestionForm.BAND_FIELDS.items():
        data[field] = english[band].title if band in english else ""
    form = QuestionForm(formdata=None, data=data)
    for _blank in range(3):
        form.options.append_entry()
    return form


def _option_bands(question: Question) -> dict[str, str]:
    """For answers only some age bands see (the faces for 4 to 7), which bands: shown beside them in the editor."""
    return {
        option.key: ", ".join(
            str(BAND_NAMES[band]) for band in sorted(option.bands.split(","), key=by_age) if band in BAND_NAMES
        )
        for option in question.options
        if option.bands
    }


def _option_inputs(form: QuestionForm) -> list[questions.OptionInput]:
    return [
        questions.OptionInput(
            label=str(entry["label"]),
            symbol=str(entry["symbol"]) or None,
            positive=bool(entry["positive"]),
            key=str(entry["key"] or "") or None,
        )
        for entry in form.chosen_options()
    ]


@bp.route("/consultations/<uuid:consultation_id>/questions/new", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def add_question(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    form = QuestionForm()
    if request.method == "GET":
        form = QuestionForm(data={"bands": list(BAND_NAMES), "scale_points": "5"})
        for _blank in range(5):
            form.options.append_entry()
    if form.validate_on_submit() and not form.kind.errors:
        assert form.title.data is not None and form.bands.data is not None  # InputRequired, so set on a valid form
        kind = QuestionKind(form.kind.data)
        options = _option_inputs(form)
        if kind.spec.presets and not options:
            options = questions.preset_options(kind.spec, int(form.scale_points.data or 5))
        if len(options) < kind.spec.min_options:
            form.options.errors = [*form.options.errors, _("Enter at least two answers")]
        else:
            question = questions.add_question(
                consultation,
                kind,
                form.title.data,
                hint=form.hint.data,
                bands=form.bands.data,
                core=form.core.data,
                options=options,
                max_length=form.max_length.data,
                band_titles={band: getattr(form, field).data for band, field in QuestionForm.BAND_FIELDS.items()},
            )
            flash(_("Question added."))
            return redirect(url_for(".overview", consultation_id=consultation.id, _anchor=f"q-{question.key}"))
    return render_template(
        "consultations/question.html", form=form, consultation=consultation, question=None, conflict=None
    ), 400 if form.errors or form.options.errors else 200


@bp.route("/consultations/<uuid:consultation_id>/questions/<uuid:question_id>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def edit_question(consultation_id: uuid.UUID, question_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    question = questions.find_question(consultation, question_id, for_edit=request.method == "POST")
    if question is None:
        abort(404)
    if request.method == "GET":
        return render_template(
            "consultations/question.html",
            form=_question_form_from(question),
            consultation=consultation,
            question=question,
            conflict=None,
            option_bands=_option_bands(question),
        )
    form = QuestionForm()
    form.kind.data = question.kind.value
    conflict = None
    if form.validate_on_submit():
        assert form.title.data is not None and form.bands.data is not None  # InputRequired, so set on a valid form
        try:
            questions.update_question(
                consultation,
                question,
                seen=form.seen.data or "",
                title=form.title.data,
                hint=form.hint.data,
                bands=form.bands.data,
                core=form.core.data,
                max_length=form.max_length.data,
                band_titles={band: getattr(form, field).data for band, field in QuestionForm.BAND_FIELDS.items()},
                options=_option_inputs(form),
            )
        except questions.EditConflict:
            conflict = _question_form_from(question)
            form.seen.data = questions.fingerprint(question)
        else:
            flash(_("Question saved."))
            return redirect(url_for(".overview", consultation_id=consultation.id, _anchor=f"q-{question.key}"))
    return render_template(
        "consultations/question.html",
        form=form,
        consultation=consultation,
        question=question,
        conflict=conflict,
        option_bands=_option_bands(question),
    ), 409 if conflict else 400


@bp.route(
    "/consultations/<uuid:consultation_id>/questions/<uuid:question_id>/<any(up, down):direction>", methods=["POST"]
)
@requires(BUILDERS)
@commit_on_success
def move_question(consultation_id: uuid.UUID, question_id: uuid.UUID, direction: str) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    question = questions.find_question(consultation, question_id, for_edit=True)
    if question is None:
        abort(404)
    questions.move_question(consultation, question, -1 if direction == "up" else 1)
    return redirect(url_for(".overview", consultation_id=consultation.id, _anchor=f"q-{question.key}"))


@bp.route("/consultations/<uuid:consultation_id>/questions/<uuid:question_id>/delete", methods=["POST"])
@requires(BUILDERS)
@commit_on_success
def delete_question(consultation_id: uuid.UUID, question_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    question = questions.find_question(consultation, question_id, for_edit=True)
    if question is None:
        abort(404)
    questions.delete_question(consultation, question)
    flash(_("Question removed."))
    return redirect(url_for(".overview", consultation_id=consultation.id))


@bp.route("/consultations/<uuid:consultation_id>/<any(publish, close, reopen):action>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def change_status(consultation_id: uuid.UUID, action: str) -> ResponseReturnValue:
    """Publish, close or reopen: first a page saying what will happen (before publishing, which languages still show
    old or English wording), then the change when it is confirmed."""
    consultation = _consultation(consultation_id)
    form = ConfirmForm()
    if request.method == "GET":
        change = publishing.status_change(consultation, action, [language.code for language in translation_languages()])
        if not change.possible:
            return redirect(url_for(".overview", consultation_id=consultation.id))
        english = builder.english_text(builder.texts_of(consultation))
        return render_template(
            "consultations/status.html",
            consultation=consultation,
            title=(english.title if english else None) or consultation.code,
            change=change,
            problems=[_problem(problem, builder.questions_of(consultation)) for problem in change.problems],
            form=form,
            public_url=external_url("respond.start", code=consultation.code),
            today=date.today(),
        )
    if not form.validate_on_submit():
        abort(400)
    if action == "publish":
        try:
            changed = builder.publish(consultation)
        except builder.NotReady:
            flash(_("This consultation is not ready to publish yet."), "error")
            return redirect(url_for(".overview", consultation_id=consultation.id))
        if changed:
            _audit("consultation-published", consultation, version=consultation.live_version)
            flash(_("Published. Young people can now answer."))
    elif action == "close":
        if builder.close(consultation):
            _audit("consultation-closed", consultation)
            flash(_("Closed. The link now tells young people the survey has closed."))
    elif builder.reopen(consultation):
        _audit("consultation-reopened", consultation)
        flash(_("Reopened. Young people can answer again."))
    return redirect(url_for(".overview", consultation_id=consultation.id))


@bp.route("/consultations/<uuid:consultation_id>/dates", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def dates(consultation_id: uuid.UUID) -> ResponseReturnValue:
    consultation = _consultation(consultation_id)
    form = DatesForm(obj=consultation if request.method == "GET" else None)
    if form.validate_on_submit():
        builder.set_dates(consultation, form.opens_on.data, form.closes_on.data, form.feedback_due_on.data)
        _audit("consultation-dates-changed", consultation)
        flash(_("Dates saved."))
        return redirect(url_for(".overview", consultation_id=consultation.id))
    return render_template(
        "consultations/dates.html", form=form, consultation=consultation
    ), 400 if form.errors else 200


@bp.route("/consultations/<uuid:consultation_id>/translations/<language>", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def translate(consultation_id: uuid.UUID, language: str) -> ResponseReturnValue:
    """Each text beside its English, for one language, grouped by question and by age band; ticking 'checked' clears
    'needs review' for that one text. Saving comes back here, saying what changed."""
    consultation = _consultation(consultation_id)
    if language == "en" or language not in {item.code for item in enabled_languages()}:
        abort(404)
    form = ConfirmForm()
    items = translations.translation_items(consultation, language)
    progress = translations.progress_of(items)
    ticked = {item.name: bool(item.current and not item.needs_review) for item in items}
    errors: dict[str, str] = {}
    if request.method == "POST" and form.validate_on_submit():
        values = {item.name: request.form.get(item.name, "") for item in items}
        ticked = {item.name: request.form.get(f"{item.name}-checked") == "y" for item in items}
        for item in items:
            if len(values[item.name].strip()) > item.limit:
                errors[item.name] = _(
                    "%(label)s (%(where)s) must be %(limit)s characters or fewer",
                    label=item.label,
                    where=item.where,
                    limit=item.limit,
                )
        if not errors:
            saved = translations.save_translations(consultation, language, values, ticked)
            flash(_saved(language, saved))
            return redirect(url_for(".translate", consultation_id=consultation.id, language=language))
        # Everything typed and ticked stays as it was typed, beside the errors.
        items = [dataclasses.replace(item, current=values[item.name]) for item in items]
    start, groups = translations.question_groups(items)
    return render_template(
        "consultations/translate.html",
        consultation=consultation,
        start=start,
        groups=groups,
        band_wordings=BAND_WORDINGS,
        band_names=BAND_NAMES,
        start_progress=translations.progress_of(start),
        ticked=ticked,
        progress=progress,
        form=form,
        errors=errors,
        # The page's one error summary (base.html) links each error to its text; its title starts "Error:".
        extra_errors=[{"text": message, "href": f"#{name}"} for name, message in errors.items()],
        title_error=bool(errors),
        language=LANGUAGES[language],
    ), 400 if errors else 200


def _saved(language: str, saved: translations.Saved) -> str:
    """The banner after a save: which language, and what changed ("Polish translation saved: 12 texts changed")."""
    name = language_label(language)
    if not saved.changed and not saved.checked:
        return str(_("%(language)s translation saved: nothing changed", language=name))
    changes = ngettext("%(num)s text changed", "%(num)s texts changed", saved.changed)
    if not saved.checked:
        return str(_("%(language)s translation saved: %(changes)s", language=name, changes=changes))
    checked = ngettext("%(num)s marked as checked", "%(num)s marked as checked", saved.checked)
    return str(
        _("%(language)s translation saved: %(changes)s, %(checked)s", language=name, changes=changes, checked=checked)
    )


@bp.route("/consultations/<uuid:consultation_id>/preview")
@requires(BUILDERS)
@young_peoples_page
def preview(consultation_id: uuid.UUID) -> ResponseReturnValue:
    """The draft exactly as a young person in one band sees it, in one language (``?band=8-11&lang=pl``), and in the
    easy version (simpler words and pictures) with ``easy=1``. The banner names the band and the language and
    switches either; the language stays in the preview's links, never in the worker's own language cookie."""
    consultation = _consultation(consultation_id)
    asked_band = valid_band(request.args.get("band"))
    band = str(asked_band or "12-17")
    easy = request.args.get("easy") == "1"
    language = current_language()
    wrong_band = bool(request.args.get("band")) and asked_band is None
    wrong_language = bool(request.args.get("lang")) and request.args["lang"] != language.code
    if wrong_band or wrong_language:
        # A band or language the consultation does not offer (a typed or old link): say so, and show the preview
        # at an address whose every link carries only what it offers, with the choice in the banner (the sentence is
        # in templates/macros.html, so in every language a preview is shown in).
        if wrong_band:
            flash("band", "preview")
        if wrong_language:
            flash("language", "preview")
        return redirect(
            url_for(
                ".preview",
                consultation_id=consultation.id,
                band=band,
                n=request.args.get("n", type=int) or None,
                easy="1" if easy else None,
                lang=language.code,
            )
        )
    respond_pages.words_for(band, easy)
    view = consultation_view(consultation, language.code, band, version=consultation.draft_version, easy=easy)
    number = request.args.get("n", type=int) or 0
    if number > len(view.questions) or number < 0:
        number = 0

    def at(n: int, easy_version: bool = easy) -> str:
        return url_for(
            ".preview",
            consultation_id=consultation.id,
            band=band,
            n=n,
            easy="1" if easy_version else None,
            lang=language.code,
        )

    previous = at(max(0, number - 1))
    base: dict[str, Any] = {
        "consultation": view,
        "band": band,
        "preview": {
            "band": band,
            "band_name": BAND_NAMES[band],
            "bands": BAND_NAMES,
            "language": language,
            "languages": enabled_languages(),
            "easy": easy,
            "here": url_for(".preview", consultation_id=consultation.id),
            "number": number,
            "total": len(view.questions),
            "overview": url_for(".overview", consultation_id=consultation.id),
            "next": at(number + 1 if number < len(view.questions) else 0),
            "previous": previous,
            "switch": at(number, not easy),
            "problems": get_flashed_messages(category_filter=["preview"]),
        },
    }
    if number == 0:
        return render_template(
            "respond/start.html",
            promise=wording.start_page(
                band, len(view.questions), respond_services.reads_unsent(consultation.organisation_id), easy=easy
            ),
            band_fixed=True,
            in_progress=False,
            form=EmptyForm(),
            **base,
        )
    question = view.questions[number - 1]
    form = question_form(question, easy=easy, formdata=None)
    return render_template(
        "respond/question.html",
        question=question,
        number=number,
        total=len(view.questions),
        form=form,
        items=wording.answer_items(question, band, easy=easy),
        pictures=wording.picture_items(form),
        back=previous,
        changing=False,
        csrf_expired=False,
        **base,
    )


@bp.route("/words", methods=["GET", "POST"])
@requires(BUILDERS)
@commit_on_success
def words() -> ResponseReturnValue:
    """The organisation's list of words to avoid in anything young people read, one 'word = instead' a line."""
    organisation_id = g.staff.session.organisation_id
    form = WordsForm()
    if request.method == "GET":
        form.rules.data = "\n".join(
            f"{term} = {suggestion}" for term, suggestion in plain_words.term_rules(organisation_id)
        )
    if form.validate_on_submit():
        plain_words.save_term_rules(organisation_id, form.parsed)
        audit.record(
            "words-to-avoid-changed", organisation_id=organisation_id, user_id=g.staff.user.id, count=len(form.parsed)
        )
        flash(_("Words to avoid saved."))
        return redirect(url_for(".words"))
    return render_template("consultations/words.html", form=form), 400 if form.errors else 200
