from __future__ import annotations

import os
import stat
import uuid

from participation.config import load_config
from participation.pseudonyms import CODE_ALPHABET, derived_code, format_code, keyed_hash, new_code, normalise_code


def test_codes_avoid_confusable_characters():
    assert not set("01ILOUV") & set(CODE_ALPHABET)
    code = new_code(8)
    assert len(code) == 8 and set(code) <= set(CODE_ALPHABET)
    assert format_code("K7PX3MQD") == "K7PX-3MQD"
    assert normalise_code(" k7px 3mqd ") == normalise_code("K7PX-3MQD") == "K7PX3MQD"


def test_keyed_hash_depends_on_key_organisation_and_purpose(app):
    org_a, org_b = uuid.uuid4(), uuid.uuid4()
    with app.app_context():
        base = keyed_hash("invite", "ID-123", org_a)
        assert base == keyed_hash("invite", "ID-123", org_a)
        assert base != keyed_hash("invite", "ID-123", org_b)
        assert base != keyed_hash("resume", "ID-123", org_a)
        app.config["PSEUDONYM_KEY"], saved = "another-key", app.config["PSEUDONYM_KEY"]
        try:
            assert base != keyed_hash("invite", "ID-123", org_a)
        finally:
            app.config["PSEUDONYM_KEY"] = saved
        assert derived_code("receipt", "token") == derived_code("receipt", "token")


def test_instance_secrets_are_created_once_with_0600(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("HEARD_PSEUDONYM_KEY", raising=False)
    first = load_config(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "secrets.json").st_mode)
    assert mode == 0o600
    assert load_config(tmp_path)["PSEUDONYM_KEY"] == first["PSEUDONYM_KEY"]
    monkeypatch.setenv("HEARD_PSEUDONYM_KEY", "from-environment")
    assert load_config(tmp_path)["PSEUDONYM_KEY"] == "from-environment"


def test_database_url_gets_the_psycopg_driver(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    assert load_config(tmp_path)["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("DATABASE_URL")
    assert load_config(tmp_path)["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")


def test_production_passwords_use_argon2id_at_full_strength():
    from participation import create_app
    from participation.accounts import credentials

    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://", "ARGON2_FAST": False})
    with app.app_context():
        hashed = credentials.hash_password("correct horse battery staple")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
