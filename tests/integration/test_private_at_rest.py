"""TRUST.md invariant "Private at rest": database files 0600 in a 0700 folder; no code, token or young person's words in
access or audit logs. Each part walks every surface it covers: every route of the URL map that carries a code or a
token, every audit row a run of the staff and young people's flows writes."""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import subprocess
import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, text

from participation import ROOT, create_app
from participation.accounts.models import Role
from participation.audit.models import AuditEvent
from participation.config import TEST_OVERRIDES
from participation.extensions import db
from participation.ops import access_log
from participation.ops.gunicorn_logger import AccessLogger
from tests import factories
from tests.journey import Journey
from tests.pages import fetch

SECRET = "SECRETABCD2345"
# Every way gunicorn can be told to write an address: the request line, path, query, referrer, raw environ values,
# request headers and a redirect's Location.
EVERY_ADDRESS_ATOM = (
    "%(r)s | %(U)s | %(q)s | %(f)s | %({raw_uri}e)s | %({request_uri}e)s | %({path_info}e)s | "
    "%({query_string}e)s | %({referer}i)s | %({location}o)s | %({heard.logged_path}e)s"
)


# --- database files 0600 in a 0700 folder ---------------------------------------------------------------------------


@pytest.fixture()
def usual_umask():
    """The umask most servers start with (022), under which SQLite used to make the database 0644."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _write_through_the_app(url: str) -> None:
    application = create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": url})
    with application.app_context():
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE IF NOT EXISTS note (x INTEGER)"))
            connection.execute(text("INSERT INTO note VALUES (1)"))
        # Keep a connection open so the -wal and -shm files exist while we look at them.
        connection = db.engine.connect()
        connection.execute(text("SELECT count(*) FROM note")).scalar()
        try:
            database = Path(url.removeprefix("sqlite:///"))
            assert database.with_name(database.name + "-wal").exists()
            assert database.with_name(database.name + "-shm").exists()
            for item in (
                database,
                database.with_name(database.name + "-wal"),
                database.with_name(database.name + "-shm"),
            ):
                assert _mode(item) == 0o600, (item, oct(_mode(item)))
        finally:
            connection.close()
            db.engine.dispose()


def test_a_fresh_sqlite_database_and_its_wal_are_0600_in_a_0700_folder(usual_umask, caplog):
    base = Path(tempfile.mkdtemp(prefix="heard-perm-"))
    _write_through_the_app(f"sqlite:///{base / 'heard.sqlite3'}")
    # The instance folder (keys, the default database, backups) is made 0700 even if it was left open.
    os.chmod(ROOT / "instance", 0o755)
    _write_through_the_app(f"sqlite:///{ROOT / 'instance' / f'test-{uuid.uuid4().hex}.sqlite3'}")
    assert _mode(ROOT / "instance") == 0o700
    assert _mode(ROOT / "instance" / "secrets.json") == 0o600
    for item in (ROOT / "instance").glob("test-*.sqlite3*"):
        item.unlink()
    # A folder chosen elsewhere may be shared, so it is not changed, but whoever runs Heard is told.
    os.chmod(base, 0o755)
    with caplog.at_level(logging.WARNING):
        _write_through_the_app(f"sqlite:///{base / 'heard.sqlite3'}")
    assert any("Other users can open the database folder" in record.getMessage() for record in caplog.records)


def test_an_existing_database_left_readable_by_an_older_version_is_made_private(usual_umask):
    base = Path(tempfile.mkdtemp(prefix="heard-perm-"))
    database = base / "heard.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        database.with_name(database.name + suffix).touch(mode=0o644)
        os.chmod(database.with_name(database.name + suffix), 0o644)
    database.with_name(database.name + "-wal").unlink()
    database.with_name(database.name + "-shm").unlink()
    _write_through_the_app(f"sqlite:///{database}")


def test_the_served_process_writes_private_files():
    """``wsgi.py`` (gunicorn and every ``flask --app wsgi`` command) sets the umask to 077."""
    base = Path(tempfile.mkdtemp(prefix="heard-umask-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{base / 'heard.sqlite3'}", "HEARD_DEMO": "1"}
    script = "import os, wsgi; print(oct(os.umask(0o022)))"
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "0o77"


# --- no code or token in access logs --------------------------------------------------------------------------------


def _hidden_arguments(rule: Any) -> set[str]:
    """Arguments of a route that a log must not show: everything but ids and the few named safe parts."""
    hidden = set()
    for match in access_log.PLACEHOLDER.finditer(rule.rule):
        converter, name = match.group(1) or "default", match.group(2)
        if converter not in access_log.SAFE_CONVERTERS and name not in access_log.SAFE_ARGUMENTS:
            hidden.add(name)
    return hidden


def _example(rule: Any, hidden: set[str]) -> tuple[str, str]:
    """A URL for ``rule`` with SECRET in each hidden part, and the address the log should show for it."""
    values: dict[str, Any] = {}
    for match in access_log.PLACEHOLDER.finditer(rule.rule):
        converter, name = match.group(1) or "default", match.group(2)
        if name in hidden:
            values[name] = SECRET
        elif converter == "uuid":
            values[name] = uuid.uuid4()
        elif converter == "int":
            values[name] = 1
        elif converter == "any":
            values[name] = re.search(r"any\(([^,)]+)", match.group(0)).group(1).strip()
        else:
            values[name] = "cy"
    url = rule.rule
    expected = rule.rule
    for match in access_log.PLACEHOLDER.finditer(rule.rule):
        name = match.group(2)
        url = url.replace(match.group(0), str(values[name]), 1)
        expected = expected.replace(match.group(0), f"<{name}>" if name in hidden else str(values[name]), 1)
    return url, expected


def _gunicorn_line(environ: dict[str, Any], status: str, headers: list[tuple[str, str]]) -> str:
    from gunicorn.config import Config

    config = Config()
    config.set("access_log_format", EVERY_ADDRESS_ATOM)
    logger = AccessLogger(config)
    response = SimpleNamespace(status=status, headers=headers, sent=0, response_length=0)
    request = SimpleNamespace(
        headers=[(key[5:].replace("_", "-"), value) for key, value in environ.items() if key.startswith("HTTP_")]
    )
    atoms = logger.atoms_wrapper_class(logger.atoms(response, request, environ, timedelta(milliseconds=3)))
    return EVERY_ADDRESS_ATOM % atoms


@pytest.fixture()
def served_environ(app, monkeypatch):
    """The environ the app itself received, as gunicorn keeps it for the access log (the test client passes the app
    a copy, so the app's own entries would not be seen on ``response.request``)."""
    seen: list[dict[str, Any]] = []
    inner = app.wsgi_app

    def keep(environ: dict[str, Any], start_response: Any) -> Any:
        seen.append(environ)
        return inner(environ, start_response)

    monkeypatch.setattr(app, "wsgi_app", keep)
    return seen


def test_every_route_with_a_code_or_token_leaves_none_in_the_access_log(app, served_environ):
    rules = [(rule, _hidden_arguments(rule)) for rule in app.url_map.iter_rules()]
    rules = [(rule, hidden) for rule, hidden in rules if hidden]
    # The walk covers the codes and tokens Heard hands out: a new one is covered the day its route is added.
    assert {"code", "typed", "token"} <= set().union(*(hidden for _rule, hidden in rules))
    checked = 0
    for rule, hidden in rules:
        url, expected = _example(rule, hidden)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            client = app.test_client()
            full = f"{url}?next=/s/{SECRET}/check&code={SECRET}&lang=cy"
            response = client.open(
                full,
                method=method,
                headers={"Referer": f"http://localhost{url}"},
                environ_overrides={"RAW_URI": full, "REQUEST_URI": full},
            )
            line = _gunicorn_line(served_environ[-1], response.status, list(response.headers.items()))
            assert SECRET not in line, (rule.rule, method, line)
            assert f"{method} {expected}?next=<redacted>&code=<redacted>&lang=cy HTTP/1.1" in line, line
            checked += 1
    assert checked >= len(rules)


def test_an_address_no_route_matches_keeps_only_its_first_segment(app, served_environ):
    for path, shown in (
        (f"/s/{SECRET}/no/such/page", "/s/<unmatched>"),
        (f"/{SECRET}", "/<unmatched>"),
        (f"/staff/invitation/{SECRET}/x", "/staff/<unmatched>"),
    ):
        response = app.test_client().get(path, environ_overrides={"RAW_URI": path})
        line = _gunicorn_line(served_environ[-1], response.status, list(response.headers.items()))
        assert SECRET not in line and f"GET {shown} HTTP/1.1" in line, line
    # A request gunicorn answers without reaching the app keeps no address at all.
    line = _gunicorn_line(
        {
            "REQUEST_METHOD": "GET",
            "RAW_URI": f"/s/{SECRET}",
            "PATH_INFO": f"/s/{SECRET}",
            "SERVER_PROTOCOL": "HTTP/1.1",
        },
        "400 Bad Request",
        [],
    )
    assert SECRET not in line


def test_the_development_server_and_flask_lines_carry_no_code(app, caplog):
    caplog.set_level(logging.INFO)
    # As werkzeug's development server writes a request line (coloured for a redirect) and an error.
    logging.getLogger("werkzeug").info(
        '"%s" %s %s', f"\x1b[32mGET /s/{SECRET}/check?code={SECRET} HTTP/1.1\x1b[0m", "302", "-"
    )
    logging.getLogger("werkzeug").error("code %d, message %s", 400, f"Bad request syntax ('POST /i/{SECRET}')")
    messages = [record.getMessage() for record in caplog.records]
    assert all(SECRET not in message for message in messages), messages
    assert "GET /s/<code>/check?code=<redacted>" in messages[0] and "POST /i/<typed>" in messages[1]


def test_make_run_and_the_production_example_use_the_redacting_logger():
    from gunicorn.glogging import Logger

    assert issubclass(AccessLogger, Logger)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile[makefile.index("\nrun:") :].split("\n\n", 1)[0]
    assert "--access-logfile -" in run and "$(GUNICORN_LOGGER)" in run
    assert "GUNICORN_LOGGER := --logger-class participation.ops.gunicorn_logger.AccessLogger" in makefile
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--logger-class participation.ops.gunicorn_logger.AccessLogger" in readme


# --- no code or young person's words in the audit log ---------------------------------------------------------------

MARKER = "zanzibar marmalade"


def _answer(app: Flask, code: str, words: str, consent: str = "yes") -> str:
    """A young person answers with ``words`` and agrees to be quoted; returns their receipt code."""
    journey = Journey(app.test_client(), code)
    journey.start("care-leavers")
    while not journey.page.select_one("textarea#answer"):
        journey.answer_current("skip")
    journey.submit_current({"answer": words})
    while not journey.path.endswith("/check"):
        if journey.page.select_one("input[value=yes]") and "words without your name" in journey.h1():
            journey.submit_current({"answer": consent})
        elif journey.page.select_one("textarea#answer"):
            journey.submit_current({"answer": f"more about {MARKER} please"})
        else:
            journey.answer_current("skip")
    journey.submit_current()
    receipt = journey.page.select_one(".heard-receipt")
    return receipt.get_text(strip=True) if receipt else ""


def _token(client: Any, url: str) -> str:
    page = fetch(client, url)
    return str(page.find("input", {"name": "csrf_token"})["value"])


def test_no_young_persons_words_or_codes_in_any_audit_row(app):
    with app.app_context():
        org = factories.organisation("Auditshire")
        consultation = factories.consultation(org, code="aud")
        worker = factories.staff(org, Role.ORGANISATION_ADMIN, Role.PARTICIPATION_WORKER)
        lead = factories.staff(org, Role.SAFEGUARDING_LEAD)
        consultation_id = consultation.id
    receipts = [_answer(app, "aud", f"we need {MARKER} at the youth club") for _ in range(4)]
    receipts.append(_answer(app, "aud", f"my carer hits me and the {MARKER} is gone"))
    assert all(receipts)

    staff = app.test_client()
    factories.sign_in(staff, *worker)
    comments = f"/staff/consultations/{consultation_id}/comments"
    page = fetch(staff, comments)
    assert MARKER in page.get_text(" ")  # the words are there for staff to read
    token = str(page.find("input", {"name": "csrf_token"})["value"])
    # Adopt the young people's phrase into a theme, and start a new theme from it.
    assert (
        staff.post(
            f"/staff/consultations/{consultation_id}/topics",
            data={"phrase": MARKER, "slug": "activities-and-friends", "new_name": "", "csrf_token": token},
        ).status_code
        == 302
    )
    assert (
        staff.post(
            f"/staff/consultations/{consultation_id}/topics",
            data={"phrase": f"{MARKER} club", "slug": "new", "new_name": "Youth club", "csrf_token": token},
        ).status_code
        == 302
    )
    answer_id = page.select_one(".heard-comment")["id"][2:]
    staff.post(f"{comments}/{answer_id}/add", data={"slug": "being-heard", "csrf_token": token})
    # Approve a quote in the young person's words; export the board pack.
    quotes = f"/staff/consultations/{consultation_id}/quotes"
    page = fetch(staff, quotes)
    block = page.select_one("main .heard-topic")
    assert block is not None
    staff.post(f"{quotes}/{block['id'][2:]}/approve", data={"text": f"we need {MARKER}", "csrf_token": token})
    assert staff.get(f"/staff/consultations/{consultation_id}/board-pack.xlsx").status_code == 200
    # The safeguarding lead reads and updates the case.
    lead_client = app.test_client()
    factories.sign_in(lead_client, *lead)
    queue = fetch(lead_client, "/staff/safeguarding/")
    case_link = next(
        a["href"]
        for a in queue.select("main a[href]")
        if "/staff/safeguarding/" in a["href"] and len(a["href"].rstrip("/").split("/")[-1]) == 36
    )
    lead_client.get(case_link)
    # A young person deletes their answers with their receipt code; a stranger tries someone else's.
    young = app.test_client()
    young.post("/receipt/delete", data={"code": receipts[0], "csrf_token": _token(young, "/receipt")})
    young.post("/receipt", data={"code": f"{SECRET}", "csrf_token": _token(young, "/receipt")})
    young.get(f"/i/{SECRET}")
    staff.get(f"/staff/invitation/{SECRET}")

    with app.app_context():
        rows = db.session.scalars(
            select(AuditEvent).where((AuditEvent.organisation_id == org.id) | (AuditEvent.organisation_id.is_(None)))
        ).all()
        actions = {row.action for row in rows}
        assert {"topic-adopted", "quote-approved", "board-pack-exported", "safeguarding-case-viewed"} <= actions
        words = MARKER.split()
        for row in rows:
            stored = json.dumps(
                {"action": row.action, "subject": row.subject, "detail": row.detail}, ensure_ascii=False
            ).lower()
            assert not any(word in stored for word in words), stored
            assert SECRET.lower() not in stored, stored
            for receipt in receipts:
                bare = re.sub(r"[^a-z0-9]", "", receipt.lower())
                assert receipt.lower() not in stored and bare not in re.sub(r"[^a-z0-9]", "", stored), stored


def test_a_database_error_in_the_log_names_no_value(app):
    """An error the database raises is logged with its statement (errors.py), never the values sent with it."""
    from sqlalchemy.exc import DBAPIError

    with app.app_context():
        with pytest.raises(DBAPIError) as raised:
            db.session.execute(text("INSERT INTO no_such_table (words) VALUES (:words)"), {"words": MARKER})
        db.session.rollback()
    assert MARKER not in str(raised.value) and "no_such_table" in str(raised.value)


def test_a_young_persons_request_leaves_no_address_or_browser_in_the_access_log(app, served_environ):
    """Found from outside: the line for sending answers held the phone's address and the time to the second, which a
    flagged answer could be matched to. Staff lines keep the address, for security."""
    from gunicorn.config import Config

    config = Config()
    config.set("access_log_format", '%(h)s %(r)s "%(a)s" %({x-forwarded-for}i)s')
    logger = AccessLogger(config)
    for path, kept in (("/s/demo", False), ("/help", False), ("/staff/sign-in", True)):
        client = app.test_client()
        response = client.get(
            path,
            environ_overrides={"REMOTE_ADDR": "203.0.113.9"},
            headers={"User-Agent": "PhoneBrowser/1.0", "X-Forwarded-For": "198.51.100.7"},
        )
        environ = served_environ[-1]
        request = SimpleNamespace(
            headers=[(key[5:].replace("_", "-"), value) for key, value in environ.items() if key.startswith("HTTP_")]
        )
        reply = SimpleNamespace(
            status=response.status, headers=list(response.headers.items()), sent=0, response_length=0
        )
        line = config.access_log_format % logger.atoms_wrapper_class(
            logger.atoms(reply, request, environ, timedelta(milliseconds=3))
        )
        for value in ("203.0.113.9", "PhoneBrowser", "198.51.100.7"):
            assert (value in line) == kept, (path, line)
