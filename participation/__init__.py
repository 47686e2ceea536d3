"""Heard: surveys and participation for children's services."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, current_app, has_request_context, request
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError

# Every model is mapped before any blueprint is imported, whatever order the domains import each other in.
import participation.models  # noqa: F401
from participation import assets, errors, i18n, security, templating
from participation.accounts import routes as account_routes
from participation.accounts.access import load_signed_in
from participation.analysis import routes as safeguarding_routes
from participation.analysis.cli import analysis_cli
from participation.audio import making as read_aloud_making
from participation.audio import routes as read_aloud_routes
from participation.audio.cli import audio_cli
from participation.boards import pledge_routes
from participation.boards import routes as board_routes
from participation.boards.cli import boards_cli
from participation.config import load_config
from participation.contact import routes as contact_routes
from participation.contact.cli import contact_cli
from participation.distribution import routes as distribution_routes
from participation.extensions import babel, csrf, db, migrate, wtforms_helpers
from participation.helplines import routes as helpline_routes
from participation.limits import limiter
from participation.notifications.services import mail_cli
from participation.ops import access_log, private_files, proxies
from participation.ops.backup import backup_cli
from participation.paths import ROOT
from participation.polls import routes as poll_routes
from participation.privacy import routes as privacy_routes
from participation.privacy.cli import keys_cli, retention_cli
from participation.ratelimits import SCHEME, storage_options
from participation.reporting import routes as reporting_routes
from participation.responses import routes as respond_routes
from participation.sessions import routes as session_routes
from participation.surveys import routes as consultation_routes
from participation.transactions import is_only_reading

__all__ = ["ROOT", "create_app"]

# Requests that only read (RFC 9110's safe methods): on SQLite their transactions begin without the write lock.
READING_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_WRITE_STATEMENT = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build a Heard app. ``config`` overrides settings read from the environment (tests pass their own)."""
    app = Flask(__name__, instance_path=str(Path(ROOT / "instance").resolve()), instance_relative_config=False)
    app.config.update(load_config(Path(app.instance_path)))
    if config:
        app.config.update(config)

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(ROOT / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    # First, so that compressing a page is the last thing done to it (Flask runs after_request hooks last-in first).
    assets.init_app(app)
    # Outside everything else, so every part of the app (the limits first) sees the client's own address.
    proxies.init_app(app)

    _ping_only_idle_connections(app)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale)
    i18n.register_template_translations(app)
    wtforms_helpers.init_app(app)
    _rate_limit_storage(app)
    limiter.init_app(app)
    with app.app_context():
        private_files.tighten_sqlite_database(db.engine.url, Path(app.instance_path))
        _configure_engine(db.engine)

    app.before_request(load_signed_in)
    app.register_blueprint(respond_routes.bp)
    app.register_blueprint(account_routes.bp)
    app.register_blueprint(consultation_routes.bp)
    app.register_blueprint(distribution_routes.bp)
    app.register_blueprint(reporting_routes.bp)
    app.register_blueprint(safeguarding_routes.bp)
    app.register_blueprint(safeguarding_routes.comments_bp)
    app.register_blueprint(privacy_routes.bp)
    app.register_blueprint(privacy_routes.erasure_bp)
    app.register_blueprint(board_routes.bp)
    app.register_blueprint(board_routes.figures_bp)
    app.register_blueprint(board_routes.periods_bp)
    app.register_blueprint(board_routes.we_did_bp)
    app.register_blueprint(pledge_routes.bp)
    app.register_blueprint(helpline_routes.bp)
    app.register_blueprint(read_aloud_routes.bp)
    app.register_blueprint(poll_routes.bp)
    app.register_blueprint(poll_routes.answer_bp)
    app.register_blueprint(session_routes.bp)
    app.register_blueprint(session_routes.room_bp)
    app.register_blueprint(contact_routes.young_bp)
    app.register_blueprint(contact_routes.bp)
    # Respondent forms check their own CSRF token so an expired one re-shows the answer instead of losing it.
    csrf.exempt(respond_routes.bp)
    csrf.exempt(poll_routes.answer_bp)
    csrf.exempt(contact_routes.young_bp)
    # So does the shared screen in the room: a young person's words stay on their page, not a staff one.
    csrf.exempt(session_routes.room_bp)

    app.cli.add_command(analysis_cli)
    app.cli.add_command(boards_cli)
    app.cli.add_command(keys_cli)
    app.cli.add_command(retention_cli)
    app.cli.add_command(backup_cli)
    app.cli.add_command(mail_cli)
    app.cli.add_command(i18n.translate_cli)
    app.cli.add_command(audio_cli)
    app.cli.add_command(contact_cli)

    i18n.register_language_cookie(app)
    i18n.register_form_messages(app)
    access_log.init_app(app)
    security.init_security(app)
    errors.register(app)
    templating.register(app)
    read_aloud_making.init_app(app)
    return app


def _rate_limit_storage(app: Flask) -> None:
    """The default rate-limit storage is Heard's own database (shared by every worker); it needs to know where."""
    if not str(app.config.get("RATELIMIT_STORAGE_URI", "")).startswith(f"{SCHEME}:"):
        return
    try:
        app.config["RATELIMIT_STORAGE_OPTIONS"] = storage_options(
            app.config["SQLALCHEMY_DATABASE_URI"], app.config["PSEUDONYM_KEY"]
        )
    except ValueError:
        app.logger.warning("Rate limits are counted per process: an in-memory database cannot share them")
        app.config["RATELIMIT_STORAGE_URI"] = "memory://"


# A pooled PostgreSQL connection is checked (pinged) before use only if it has been idle this long (seconds).
PING_AFTER_IDLE = 1.0


def _ping_only_idle_connections(app: Flask) -> None:
    """``pool_pre_ping`` on PostgreSQL costs a round trip to the database on every request, on top of the request's
    own (a question page has one: issue 16). A connection back in the pool less than ``PING_AFTER_IDLE`` ago has just
    worked, so only a connection idle longer is pinged (``_configure_engine``); a dead one is replaced before use,
    as pre-ping does."""
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS") or {})
    url = str(app.config.get("SQLALCHEMY_DATABASE_URI") or "")
    if url.startswith("postgresql") and options.get("pool_pre_ping"):
        options["pool_pre_ping"] = False
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
        app.config["HEARD_PING_IDLE_CONNECTIONS"] = True


def _configure_engine(engine: Engine) -> None:
    if engine.dialect.name == "postgresql" and current_app.config.get("HEARD_PING_IDLE_CONNECTIONS"):
        _ping_when_idle(engine)
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "do_connect")
    def sqlite_private_file(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        # Made 0600 before SQLite would make it 0644 (participation/ops/private_files.py).
        private_files.create_sqlite_file(engine.url)

    @event.listens_for(engine, "connect")
    def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so SAVEPOINTs work (pysqlite's own transaction handling breaks them).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def sqlite_begin(connection: Connection) -> None:
        # A request that changes things (POST) takes SQLite's write lock up front, so concurrent submissions queue
        # (busy_timeout) instead of failing with "database is locked" when a read tries to become a write. A GET only
        # reads, so it never holds the lock while it renders; if it does write (the done page, an audited download),
        # sqlite_write_apart below takes the lock at that moment. So does a POST refused before it did anything
        # (transactions.only_reading: the "too many tries" page).
        writing = has_request_context() and request.method not in READING_METHODS and not is_only_reading()
        connection.info["heard_write_lock"] = writing
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    @event.listens_for(engine, "before_cursor_execute")
    def sqlite_write_apart(
        connection: Connection, _cursor: Any, statement: str, _parameters: Any, context: Any, _many: bool
    ) -> None:
        # The first write of a GET: SQLite cannot turn a read transaction into a write once another connection has
        # written since it began (it fails at once, whatever busy_timeout says). So the read transaction ends here and
        # a new one takes the write lock, waiting its turn: what the request read stays as read (PostgreSQL's READ
        # COMMITTED gives the same), and its writes commit with the request as before. Not inside a SAVEPOINT,
        # whose enclosing transaction must not end (the test suite runs each test inside one).
        if connection.info.get("heard_write_lock", True) or not has_request_context():
            return
        writes = bool(context is not None and (context.isinsert or context.isupdate or context.isdelete))
        if not (writes or _WRITE_STATEMENT.match(statement)) or connection.in_nested_transaction():
            return
        driver = connection.connection.driver_connection
        assert driver is not None  # a connection that is executing has its driver connection
        driver.execute("COMMIT")
        driver.execute("BEGIN IMMEDIATE")
        connection.info["heard_write_lock"] = True


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def note_idle(_dbapi_connection: Any, record: Any) -> None:
        record.info["heard_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("heard_idle_since")
        if since is not None and time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            # The pool throws this connection away and takes another (as pool_pre_ping does).
            raise DisconnectionError() from error
