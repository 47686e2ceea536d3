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

from cryptography.fernet import Fernet

from participation.languages import codes
from participation.links import LOCAL_BASE_URL, trusted_hosts
from participation.ops.private_files import make_private_folder


def _new_secrets() -> dict[str, str]:
    return {
        "SECRET_KEY": secrets.token_hex(32),
        "PSEUDONYM_KEY": secrets.token_hex(32),
        # Encrypts staff TOTP secrets and printable invite codes; separate from the pseudonym key.
        "ACCOUNT_SECRETS_KEY": Fernet.generate_key().decode(),
        # Encrypts the identity vault; separate from both, so neither opens it.
        "VAULT_KEY": Fernet.generate_key().decode(),
    }


def _instance_secrets(instance_path: Path) -> dict[str, str]:
    """Read instance/secrets.json, creating it (0600) or adding keys a newer version of Heard needs."""
    # 0700: the keys, the default SQLite database and the backups live here (participation/ops/private_files.py).
    make_private_folder(instance_path)
    path = instance_path / "secrets.json"
    values = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    missing = {key: value for key, value in _new_secrets().items() if key not in values}
    if missing:
        values.update(missing)
        write_instance_secrets(path, values)
    return values


def write_instance_secrets(path: Path, values: dict[str, str]) -> None:
    """Replace instance/secrets.json in one step with a file that is 0600 from the moment it exists."""
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(values, handle)
    os.replace(temporary, path)


def _database_url(instance_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{instance_path / 'heard.sqlite3'}"
    # Hosting platforms still hand out postgres:// URLs; SQLAlchemy wants the driver named.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url[len("postgres://") :]
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def _rate_limit_settings() -> dict[str, Any]:
    """Flask-Limiter's settings. By default the counts are kept in Heard's own database (``participation.ratelimits``),
    so every worker shares one count with no other service to run; with Redis every worker shares one count too. If
    the store goes away, each worker falls back to counting in its own memory (the same limits, per worker) and
    checks now and then whether it is back, so sign-in stays limited and a young person can still answer. A storage
    fault never becomes an error page. ``memory://`` (one count per process) is for tests and single-process use."""
    uri = os.environ.get("RATELIMIT_STORAGE_URI", "").strip() or "heard-db://"
    settings: dict[str, Any] = {
        "RATELIMIT_STORAGE_URI": uri,
        # Keys in a Redis shared with other apps or environments carry this prefix.
        "RATELIMIT_KEY_PREFIX": os.environ.get("RATELIMIT_KEY_PREFIX", "heard").strip(),
        "RATELIMIT_HEADERS_ENABLED": False,
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
    }
    if uri.startswith(("redis://", "rediss://", "redis+unix://")):
        # Deferred: importing redis takes about 0.7 s, and only a Redis-backed rate limit needs it.
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # Redis answers in well under a millisecond or is treated as gone: a request never waits seconds on it
        # (redis-py would otherwise retry three times with backoff before the fallback takes over).
        settings["RATELIMIT_STORAGE_OPTIONS"] = {
            "socket_connect_timeout": 0.5,
            "socket_timeout": 0.5,
            "retry": Retry(NoBackoff(), 0),
        }
    return settings


def load_config(instance_path: Path) -> dict[str, Any]:
    """Build the configuration for one app from the environment and the instance folder."""
    stored = _instance_secrets(instance_path)
    base_url = os.environ.get("HEARD_BASE_URL", "").strip().rstrip("/") or LOCAL_BASE_URL
    # Every language in the registry (participation.languages) unless HEARD_LANGUAGES names them, in its order.
    named = os.environ.get("HEARD_LANGUAGES")
    languages = codes() if named is None else [code.strip() for code in named.split(",") if code.strip()]
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or stored["SECRET_KEY"],
        "PSEUDONYM_KEY": os.environ.get("HEARD_PSEUDONYM_KEY") or stored["PSEUDONYM_KEY"],
        "ACCOUNT_SECRETS_KEY": os.environ.get("HEARD_ACCOUNT_SECRETS_KEY") or stored["ACCOUNT_SECRETS_KEY"],
        "VAULT_KEY": os.environ.get("HEARD_VAULT_KEY") or stored["VAULT_KEY"],
        # How long an approved re-identification shows the identifier to the person who asked.
        "HEARD_REVEAL_MINUTES": int(os.environ.get("HEARD_REVEAL_MINUTES", "60")),
        # Staff must use a second factor, except in the demo where the printed accounts must just work.
        "REQUIRE_MFA": os.environ.get("REQUIRE_MFA", "0" if os.environ.get("HEARD_DEMO") == "1" else "1") == "1",
        **_rate_limit_settings(),
        "STAFF_SESSION_IDLE_MINUTES": int(os.environ.get("HEARD_STAFF_IDLE_MINUTES", "30")),
        "STAFF_SESSION_MAX_HOURS": int(os.environ.get("HEARD_STAFF_MAX_HOURS", "10")),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        # A database error names its statement but not the values (a young person's words, a code) in the log.
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, "hide_parameters": True},
        "HEARD_LANGUAGES": languages,
        "BABEL_DEFAULT_LOCALE": "en_GB",
        "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).resolve().parent.parent / "translations"),
        # A child may take an hour over one question: the CSRF token lives as long as the session cookie.
        "WTF_CSRF_TIME_LIMIT": None,
        # Flask-WTF would demand, on every form sent over HTTPS, a Referer naming this host; Heard's pages send none
        # (Referrer-Policy: no-referrer), so under gunicorn with TLS, or behind a proxy on the same machine that sends
        # X-Forwarded-Proto (which gunicorn believes from 127.0.0.1), no staff form could be sent. The token, bound to
        # the session, and SameSite cookies stand without it.
        "WTF_CSRF_SSL_STRICT": False,
        "PERMANENT_SESSION_LIFETIME": 60 * 60 * 24 * 30,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("HEARD_INSECURE_COOKIES", "") != "1"
        and os.environ.get("FLASK_DEBUG", "") != "1",
        "MAX_CONTENT_LENGTH": 256 * 1024,
        "MAX_FORM_MEMORY_SIZE": 256 * 1024,
        # Every link in an email, on a poster or a printed card starts here, never with the request's Host header;
        # requests for any other host are refused (Flask's TRUSTED_HOSTS; HEARD_TRUSTED_HOSTS adds more).
        "HEARD_BASE_URL": base_url,
        "TRUSTED_HOSTS": trusted_hosts(base_url, os.environ.get("HEARD_TRUSTED_HOSTS", "")),
        # The council's mail server, for `flask mail relay`: emails go to the address they are for, and only there.
        "HEARD_SMTP_HOST": os.environ.get("HEARD_SMTP_HOST", "").strip(),
        "HEARD_SMTP_PORT": int(os.environ.get("HEARD_SMTP_PORT", "587")),
        "HEARD_SMTP_STARTTLS": os.environ.get("HEARD_SMTP_STARTTLS", "1") == "1",
        "HEARD_SMTP_USERNAME": os.environ.get("HEARD_SMTP_USERNAME", ""),
        "HEARD_SMTP_PASSWORD": os.environ.get("HEARD_SMTP_PASSWORD", ""),
        "HEARD_MAIL_FROM": os.environ.get("HEARD_MAIL_FROM", "heard@localhost"),
        "HEARD_ORGANISATION_NAME": os.environ.get("HEARD_ORGANISATION_NAME", ""),
        "HEARD_QUICK_EXIT_URL": os.environ.get("HEARD_QUICK_EXIT_URL", "https://www.bbc.co.uk/weather"),
        "HEARD_RESUME_DAYS": int(os.environ.get("HEARD_RESUME_DAYS", "30")),
        # Retention outside consultations (``flask retention purge``): a live poll's answers, words included, go
        # this many days after the poll ended; a session's notes this many days after it was held (a consultation's
        # default retention period, so words said in a room are kept as long as words typed in a survey).
        "HEARD_POLL_ANSWER_DAYS": int(os.environ.get("HEARD_POLL_ANSWER_DAYS", "90")),
        "HEARD_SESSION_NOTE_DAYS": int(os.environ.get("HEARD_SESSION_NOTE_DAYS", "730")),
        "HEARD_DEMO": os.environ.get("HEARD_DEMO", "") == "1",
        # Read-aloud (participation/audio): the espeak-ng program, where clips and recordings are kept, and when the
        # clips a change needs are made (background: after the page has answered; now: in the request; off: only
        # by `flask audio make`).
        "HEARD_ESPEAK": os.environ.get("HEARD_ESPEAK", "espeak-ng").strip(),
        "HEARD_AUDIO_DIR": os.environ.get("HEARD_AUDIO_DIR", "").strip() or str(instance_path / "audio"),
        "HEARD_READ_ALOUD": os.environ.get("HEARD_READ_ALOUD", "background").strip(),
        # Counts below this are shown as "c" everywhere a number leaves Heard (TRUST.md).
        "HEARD_SUPPRESSION_THRESHOLD": int(os.environ.get("HEARD_SUPPRESSION_THRESHOLD", "5")),
        # Comparison averages need at least this many other opted-in councils (never fewer than 3).
        "HEARD_COMPARE_MIN_ORGANISATIONS": int(os.environ.get("HEARD_COMPARE_MIN_ORGANISATIONS", "3")),
        # How many reverse proxies in front append to X-Forwarded-For (1: nginx alone); 0 ignores the header
        # (participation/ops/proxies.py), so a client talking to gunicorn directly cannot choose its own address.
        "HEARD_PROXY_HOPS": int(os.environ.get("HEARD_PROXY_HOPS", "0") or "0"),
    }


TEST_OVERRIDES: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret-key",
    "PSEUDONYM_KEY": "test-pseudonym-key",
    "ACCOUNT_SECRETS_KEY": "dGVzdC1hY2NvdW50LXNlY3JldHMta2V5LTMyYnl0ZXM=",
    "VAULT_KEY": "dGVzdC12YXVsdC1rZXktMzItYnl0ZXMtbG9uZy0tLS0=",
    "REQUIRE_MFA": True,
    "ARGON2_FAST": True,
    "SESSION_COOKIE_SECURE": False,
    "HEARD_LANGUAGES": codes(),
    "HEARD_BASE_URL": "https://heard.example.org",
    "TRUSTED_HOSTS": ["heard.example.org", "localhost", "127.0.0.1"],
    # Each test's counts start at nought (conftest resets them); the shared database storage has its own tests.
    "RATELIMIT_STORAGE_URI": "memory://",
    # Audio is made only where a test asks for it (tests/integration/test_read_aloud.py), into its own folder.
    "HEARD_READ_ALOUD": "off",
}
