"""Guard rails: one migration head that matches the models; no route appears or disappears unnoticed."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import Config

from participation.extensions import db

# Every route, so none appears or disappears unnoticed. Who may use each is declared on the view itself.
KNOWN_ROUTES = {
    "respond.home",
    "respond.help_now",
    "respond.choose_language",
    "respond.leave",
    "respond.start",
    "respond.who",
    "respond.begin",
    "respond.question",
    "respond.check",
    "respond.done",
    "respond.again",
    "respond.save",
    "respond.easy_version",
    "respond.resume",
    "respond.begin_resumed",
    "respond.receipt",
    "respond.delete_answers",
    "respond.you_said_we_did",
    "respond.promises",
    "respond.what_changed",
    "static",
    "accounts.sign_in",
    "accounts.second_factor",
    "accounts.set_up_second_factor",
    "accounts.sign_out",
    "accounts.accept_invitation",
    "accounts.reset_password",
    "accounts.choose_password",
    "accounts.team",
    "accounts.change_access",
    "accounts.audit_log",
    "accounts.platform_organisations",
    "consultations.index",
    "consultations.new",
    "consultations.overview",
    "consultations.details",
    "consultations.add_question",
    "consultations.edit_question",
    "consultations.move_question",
    "consultations.delete_question",
    "consultations.change_status",
    "consultations.dates",
    "consultations.translate",
    "consultations.preview",
    "consultations.words",
    "distribution.groups",
    "distribution.edit_group",
    "distribution.reach",
    "distribution.poster",
    "distribution.invites",
    "distribution.invite_sheet",
    "live.responses",
    "respond.invite",
    "respond.invite_link",
    "accounts.switch_organisation",
    "safeguarding.queue",
    "safeguarding.case",
    "comments.comments",
    "comments.correct",
    "comments.adopt",
    "comments.quotes",
    "comments.decide_quote",
    "accounts.settings",
    "reidentification.ask",
    "reidentification.requests",
    "reidentification.request",
    "reidentification.reveal",
    "reidentification.withdraw",
    "boards.overview",
    "boards.new_action",
    "boards.action",
    "boards.delete_action",
    "pledges.index",
    "pledges.new",
    "pledges.edit",
    "pledges.pledge",
    "pledges.update",
    "pledges.verdict",
    "pledges.import_pledges",
    "pledges.export",
    "boards.board_pack",
    "boards.board_pack_print",
    "boards.board_pack_pdf",
    "boards.board_pack_xlsx",
    "boards.board_pack_csv",
    "figures.reference_figures",
    "figures.import_reference_figures",
    "figures.reference_figures_template",
    "figures.delete_reference_figure",
    "accounts.data_protection_summary",
    "accounts.data_protection_summary_html",
    "accounts.data_protection_summary_csv",
    "accounts.data_protection_summary_pdf",
    "periods.index",
    "periods.period_pack",
    "periods.period_pack_print",
    "periods.period_pack_pdf",
    "periods.period_pack_xlsx",
    "periods.period_pack_csv",
    "erasure.erase_by_identifier",
    "accounts.enrol_link",
    "accounts.platform_accounts",
    "accounts.lock_account",
    "accounts.withdraw_invitation",
    "helplines.edit",
    "comments.mark_read",
    "comments.open_case",
    "safeguarding.mark_case_read",
    "safeguarding.found",
    "read_aloud.clip",
    "read_aloud.index",
    "read_aloud.in_language",
    "read_aloud.recording",
    "read_aloud.delete_recording",
    "polls.index",
    "sessions.index",
    "sessions.session",
    "sessions.change",
    "polls.translate",
    "sessions.open_room",
    "sessions.decide_quote",
    "sessions.note_to_safeguarding",
    "sessions.read_note",
    "polls.word_to_safeguarding",
    "sessions.close_room",
    "session_room.room",
    "sessions.activities",
    "sessions.summary",
    "sessions.to_read",
    "polls.poll",
    "polls.results",
    "polls.change_status",
    "polls.decide_word",
    "polls.projector",
    "polls.tablet",
    "poll_answers.enter",
    "poll_answers.answer",
    "poll_answers.done",
    "poll_answers.screen",
    "poll_answers.screen_page",
    "ask.ask",
    "ask.sent",
    "ask.council_ask",
    "ask.council_sent",
    "contact.queue",
    "contact.request_page",
    "we_did.index",
    "we_did.new_from_board",
    "we_did.new_from_session",
    "we_did.new_from_poll",
    "we_did.edit",
    "we_did.delete",
}
# Staff-area pages anyone may open: the ways in.
STAFF_PUBLIC = {
    "accounts.sign_in",
    "accounts.second_factor",
    "accounts.set_up_second_factor",
    "accounts.accept_invitation",
    "accounts.reset_password",
    "accounts.choose_password",
    "accounts.enrol_link",
}


def test_migrations_have_one_head(app):
    with app.app_context():
        config = Config()
        config.set_main_option("script_location", app.extensions["migrate"].directory)
        heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1


def test_migrations_match_the_models(app):
    with app.app_context():
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
            diff = compare_metadata(context, db.metadata)
    assert diff == []


def test_every_route_is_known(app):
    assert {rule.endpoint for rule in app.url_map.iter_rules()} == KNOWN_ROUTES


def test_every_route_declares_who_may_use_it(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        access = getattr(app.view_functions[rule.endpoint], "heard_access", None)
        assert access is not None, f"{rule.endpoint} does not declare who may use it"
        if rule.rule.startswith("/staff"):
            assert access.public == (rule.endpoint in STAFF_PUBLIC), rule.endpoint
        else:
            assert access.public, f"{rule.endpoint} is outside /staff but not public"


def test_foreign_keys_are_typed_however_the_app_is_imported():
    """Production imports wsgi, not the tests' fixtures: an untyped foreign key there came back as text on SQLite."""
    import subprocess
    import sys

    script = (
        "import wsgi\n"
        "from sqlalchemy import Uuid\n"
        "from participation.extensions import db\n"
        "bad = [f'{t.name}.{c.name}' for t in db.metadata.tables.values() for c in t.columns\n"
        "       if c.foreign_keys and not isinstance(c.type, Uuid)]\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
