"""Settings from the environment, with secrets kept outside the database.

Secrets (the Flask session key and the pseudonymisation key) come from the environment when set, otherwise from
``instance/secrets.json``, which is created on first run with 0600 permissions. A database dump plus the code is not
enough to recompute or reverse a pseudonym, a receipt code or a resume code.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGES = "en,cy,pl,ro,ar,ur"


def _instance_secrets(instance_path: Path) -> dict[str, str]:
    instance_path.mkdir(parents=True, exist_ok=True)
    path = instance_path / "secrets.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    values = {"SECRET_KEY": secrets.token_hex(32), "PSEUDONYM_KEY": secrets.token_hex(32)}
    # Create with 0600 from the start so the key is never readable by others, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(values, handle)
    return values


def _database_url(instance_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{instance_path / 'heard.sqlite3'}"
    # Hosting platforms still hand out postgres:// URLs; SQLAlchemy wants the driver named.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://"):]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def load_config(instance_path: Path) -> dict[str, Any]:
    """Build the configuration for one app from the environment and the instance folder."""
    stored = _instance_secrets(instance_path)
    languages = [code.strip() for code in os.environ.get("HEARD_LANGUAGES", DEFAULT_LANGUAGES).split(",") if code.strip()]
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or stored["SECRET_KEY"],
        "PSEUDONYM_KEY": os.environ.get("HEARD_PSEUDONYM_KEY") or stored["PSEUDONYM_KEY"],
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "HEARD_LANGUAGES": languages,
        "BABEL_DEFAULT_LOCALE": "en_GB",
        "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).resolve().parent.parent / "translations"),
        # A child may take an hour over one question: the CSRF token lives as long as the session cookie.
        "WTF_CSRF_TIME_LIMIT": None,
        "PERMANENT_SESSION_LIFETIME": 60 * 60 * 24 * 30,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("HEARD_INSECURE_COOKIES", "") != "1"
        and os.environ.get("FLASK_DEBUG", "") != "1",
        "MAX_CONTENT_LENGTH": 256 * 1024,
        "MAX_FORM_MEMORY_SIZE": 256 * 1024,
        "HEARD_ORGANISATION_NAME": os.environ.get("HEARD_ORGANISATION_NAME", ""),
        "HEARD_QUICK_EXIT_URL": os.environ.get("HEARD_QUICK_EXIT_URL", "https://www.bbc.co.uk/weather"),
        "HEARD_RESUME_DAYS": int(os.environ.get("HEARD_RESUME_DAYS", "30")),
        "HEARD_DEMO": os.environ.get("HEARD_DEMO", "") == "1",
    }


TEST_OVERRIDES: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key",
    "PSEUDONYM_KEY": "test-pseudonym-key",
    "SESSION_COOKIE_SECURE": False,
    "HEARD_LANGUAGES": DEFAULT_LANGUAGES.split(","),
}
