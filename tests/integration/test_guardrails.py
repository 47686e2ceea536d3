"""Guard rails: one migration head that matches the models; no route appears or disappears unnoticed."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import Config

from participation.extensions import db

# Every route and who may use it. Issue 3 adds staff roles; until then everything is public and respondent-facing.
PUBLIC_ROUTES = {
    "respond.home", "respond.help_now", "respond.start", "respond.who", "respond.begin", "respond.question",
    "respond.check", "respond.done", "respond.again", "respond.save", "respond.resume", "respond.begin_resumed",
    "respond.receipt", "respond.delete_answers", "respond.you_said_we_did", "static",
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
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints == PUBLIC_ROUTES


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
