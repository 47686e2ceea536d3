"""Browser tests: Debian's Chromium driven by Playwright against a live server on 127.0.0.1, with axe-core.

Never `playwright install`: it downloads a browser. Without /usr/bin/chromium these tests skip, except in CI
(CI=true), where they fail.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask_migrate import upgrade
from werkzeug.serving import make_server

from participation import create_app
from participation.config import TEST_OVERRIDES
from participation.extensions import db

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def live_server() -> Iterator[str]:
    _require((ROOT / "participation/static/build/manifest.json").exists(), "assets not built: run `make assets`")
    tmp = Path(tempfile.mkdtemp(prefix="heard-browser-"))
    app = create_app(
        {
            **TEST_OVERRIDES,
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'browser.sqlite3'}",
            "HEARD_QUICK_EXIT_URL": "https://quick-exit.invalid/weather",
            "HEARD_AUDIO_DIR": str(tmp / "audio"),
        }
    )
    with app.app_context():
        upgrade()
        from participation.demo.loader import load_demo
        from participation.surveys.models import ConsultationStatus
        from tests import factories

        load_demo()
        org = factories.organisation("Closedshire Council")
        factories.consultation(org, code="closed", status=ConsultationStatus.CLOSED)
        db.session.commit()
    from tests.browser import helpers

    helpers.LIVE_APP = app
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        with app.app_context():
            db.engine.dispose()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, live_server):  # type: ignore[no-untyped-def]
    """A phone-sized page. Requests to the quick-exit site are answered locally: there is no network here."""
    context = browser.new_context(viewport={"width": 375, "height": 740}, base_url=live_server)
    context.route(
        "https://quick-exit.invalid/**",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!doctype html><html lang=en><title>Weather</title><h1>Weather</h1>",
        ),
    )
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()
