"""Every machine serving one Heard holds the same keys, or it does not start (participation/ops/same_keys.py).

Machines with different keys would each work but not together: sessions, receipt codes, authenticator secrets, the
vault and pseudonyms made on one would mean nothing on the other, silently. The first machine records a fingerprint
of each key; a gunicorn worker with other keys refuses to serve, naming the key and never showing it; a key being
rotated matches on any key listed; ``keys rotate`` and ``keys adopt`` record the keys they leave in use.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, delete, insert, select

from participation.extensions import db
from participation.ops import same_keys
from participation.ops.same_keys import KeyFingerprint, compare, fingerprint

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def nothing_recorded(app) -> None:
    with app.app_context():
        db.session.execute(delete(KeyFingerprint))
        db.session.commit()


def recorded_names(app) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(KeyFingerprint.name)))


def test_the_first_machine_records_its_keys_and_the_same_keys_then_pass(app, nothing_recorded):
    with app.app_context():
        first = compare()
        db.session.commit()
        assert set(first.recorded) == set(same_keys.KEYS) and first.different == ()
        stored = db.session.scalars(select(KeyFingerprint)).all()
        for row in stored:
            # A salted fingerprint, not the key.
            assert app.config[row.name] not in (row.digest, row.salt) and len(row.digest) == 64
        again = compare()
        assert again == same_keys.Comparison((), ())


def test_a_machine_with_another_key_is_named_and_the_key_never_shown(app, nothing_recorded, monkeypatch):
    with app.app_context():
        compare()
        db.session.commit()
    monkeypatch.setitem(app.config, "SECRET_KEY", "a key only this machine has")
    monkeypatch.setitem(app.config, "PSEUDONYM_KEY", "another key only this machine has")
    with app.app_context():
        comparison = compare()
    assert comparison.different == ("SECRET_KEY", "PSEUDONYM_KEY")
    message = same_keys.difference_message(comparison.different)
    assert "SECRET_KEY, HEARD_PSEUDONYM_KEY" in message and "keys adopt" in message
    assert "only this machine has" not in message
    assert same_keys.refusal(app) == message


def test_a_key_being_rotated_matches_on_any_key_listed(app, nothing_recorded, monkeypatch):
    old = app.config["VAULT_KEY"]
    with app.app_context():
        compare()
        db.session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setitem(app.config, "VAULT_KEY", f"{new},{old}")
    with app.app_context():
        assert compare().different == ()
    monkeypatch.setitem(app.config, "VAULT_KEY", new)
    with app.app_context():
        assert compare().different == ("VAULT_KEY",)


def test_rotating_a_key_records_the_new_one(app, nothing_recorded, runner, monkeypatch):
    old = app.config["VAULT_KEY"]
    with app.app_context():
        compare()
        db.session.commit()
    new = Fernet.generate_key().decode()
    monkeypatch.setenv("HEARD_VAULT_KEY", f"{new},{old}")
    monkeypatch.setitem(app.config, "VAULT_KEY", f"{new},{old}")
    result = runner.invoke(args=["keys", "rotate", "vault"])
    assert result.exit_code == 0, result.output
    assert "on every machine" in result.output
    monkeypatch.setitem(app.config, "VAULT_KEY", new)
    with app.app_context():
        assert compare().different == ()
    monkeypatch.setitem(app.config, "VAULT_KEY", old)  # a machine still on the retired key
    with app.app_context():
        assert compare().different == ("VAULT_KEY",)


def test_keys_check_names_what_differs_and_keys_adopt_records_a_deliberate_change(
    app, nothing_recorded, runner, monkeypatch
):
    result = runner.invoke(args=["keys", "check"])
    assert result.exit_code == 0 and "Recorded the fingerprints of SECRET_KEY" in result.output, result.output
    result = runner.invoke(args=["keys", "check"])
    assert result.exit_code == 0 and "the same keys" in result.output, result.output
    monkeypatch.setitem(app.config, "SECRET_KEY", "a new secret key on every machine")
    result = runner.invoke(args=["keys", "check"])
    assert result.exit_code == 1 and "SECRET_KEY differ" in result.output, result.output
    assert "a new secret key" not in result.output
    result = runner.invoke(args=["keys", "adopt"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(args=["keys", "check"])
    assert result.exit_code == 0 and "the same keys" in result.output, result.output


def test_a_database_not_migrated_yet_does_not_stop_a_worker(app, tmp_path):
    from participation import create_app
    from participation.config import TEST_OVERRIDES

    empty = create_app({**TEST_OVERRIDES, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'empty.sqlite3'}"})
    assert same_keys.refusal(empty) is None


# --- gunicorn, as systemd starts it on each machine ------------------------------------------------------------------

KEYS_ENV = {
    "SECRET_KEY": "the secret key every machine holds",
    "HEARD_PSEUDONYM_KEY": "the pseudonym key every machine holds",
    "HEARD_ACCOUNT_SECRETS_KEY": Fernet.generate_key().decode(),
    "HEARD_VAULT_KEY": Fernet.generate_key().decode(),
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _gunicorn(database: Path, keys: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("HEARD_", "RATELIMIT_"))}
    env.update(keys)
    env.update(
        DATABASE_URL=f"sqlite:///{database}",
        HEARD_INSECURE_COOKIES="1",
        HEARD_READ_ALOUD="off",
        HEARD_BASE_URL=f"http://127.0.0.1:{port}",
    )
    command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    return subprocess.Popen(
        [*command, "--workers", "1", "--threads", "2", "wsgi:app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def test_gunicorn_will_not_serve_with_keys_other_than_the_first_machines(tmp_path):
    database = tmp_path / "heard.sqlite3"
    engine = create_engine(f"sqlite:///{database}")
    KeyFingerprint.__table__.create(engine)
    salt = "00" * 16
    with engine.begin() as connection:
        connection.execute(
            insert(KeyFingerprint).values(
                name="SECRET_KEY",
                salt=salt,
                digest=fingerprint(KEYS_ENV["SECRET_KEY"], salt),
                recorded_at=datetime.now(UTC),
            )
        )

    # The same keys: it serves, and records the keys nobody had recorded yet.
    port = _free_port()
    server = _gunicorn(database, KEYS_ENV, port)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else ""
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        deadline = time.monotonic() + 30
        with engine.connect() as connection:
            while len(connection.execute(select(KeyFingerprint.name)).all()) < len(same_keys.KEYS):
                assert time.monotonic() < deadline, "the worker did not record the other keys"
                time.sleep(0.2)
        assert server.poll() is None
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()

    # Another SECRET_KEY: gunicorn stops with "worker failed to boot" (3) and says which key, never the key.
    other = _gunicorn(database, {**KEYS_ENV, "SECRET_KEY": "a secret key only this machine has"}, _free_port())
    try:
        status = other.wait(timeout=90)
        log = other.stderr.read().decode() if other.stderr else ""
    finally:
        if other.poll() is None:
            other.kill()
            other.wait()
        if other.stderr:
            other.stderr.close()
    engine.dispose()
    assert status == 3, log
    assert "Heard will not serve: This machine's SECRET_KEY differ" in log
    assert "only this machine has" not in log
