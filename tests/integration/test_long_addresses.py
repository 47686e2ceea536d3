"""A long address never reaches a person as gunicorn's bare "414 Request-URI Too Long" page: the search box takes no
more than the server accepts, gunicorn reads addresses up to its maximum (8190 bytes) so the app answers a long search
itself, and Heard's worker answers anything longer with Heard's own page."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from participation.accounts.models import Role
from participation.analysis.comment_filters import SEARCH_MAX
from participation.paths import ROOT
from tests import factories


def test_the_search_box_takes_no_more_than_the_server_accepts(app, client):
    with app.app_context():
        org = factories.organisation("Searchshire")
        made = factories.consultation(org, code="search")
        person = factories.staff(org, Role.PARTICIPATION_WORKER)
        consultation_id = made.id
    factories.sign_in(client, *person)
    url = f"/staff/consultations/{consultation_id}/comments"
    page = BeautifulSoup(client.get(url).get_data(as_text=True), "html.parser")
    box = page.find("input", {"name": "q"})
    assert box is not None and box.get("maxlength") == str(SEARCH_MAX)
    # One character more than the box takes is refused by the server with a sentence, not an error page.
    response = client.get(url, query_string={"q": "a" * (SEARCH_MAX + 1)})
    assert response.status_code == 400
    summary = BeautifulSoup(response.get_data(as_text=True), "html.parser").select_one(".govuk-error-summary")
    assert summary is not None and f"{SEARCH_MAX} characters" in summary.get_text()


def _gunicorn_settings() -> dict[str, object]:
    from gunicorn.config import Config

    config = Config()
    namespace: dict[str, object] = {}
    exec(compile((ROOT / "gunicorn.conf.py").read_text(encoding="utf-8"), "gunicorn.conf.py", "exec"), namespace)
    for name, value in namespace.items():
        if name in config.settings:
            config.set(name, value)
    return {"limit_request_line": config.limit_request_line, "worker_class": config.worker_class_str}


def test_gunicorn_reads_the_longest_address_it_can_with_heards_worker():
    settings = _gunicorn_settings()
    assert settings["limit_request_line"] == 8190
    assert settings["worker_class"] == "participation.ops.gunicorn_worker.HeardWorker"
    # `make run` and the production command in the README both use the file.
    run = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "--config gunicorn.conf.py" in run
    assert "--config gunicorn.conf.py" in (ROOT / "README.md").read_text(encoding="utf-8")
    # The example proxy passes addresses longer than gunicorn reads, so Heard answers them rather than nginx.
    nginx = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    buffers = re.search(r"^\s*large_client_header_buffers\s+\d+\s+(\d+)k;", nginx, re.MULTILINE)
    assert buffers is not None and int(buffers.group(1)) * 1024 > 8190


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ask(port: int, path: str) -> tuple[int, dict[str, str], str]:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def served() -> Iterator[int]:
    """Heard under gunicorn with gunicorn.conf.py, as `make run` starts it."""
    port = _free_port()
    base = Path(tempfile.mkdtemp(prefix="heard-long-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{base / 'heard.sqlite3'}",
        "HEARD_DEMO": "1",
        "HEARD_INSECURE_COOKIES": "1",
        "HEARD_BASE_URL": f"http://127.0.0.1:{port}",
        "HEARD_READ_ALOUD": "off",
    }
    command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*command, "--workers", "1", "--threads", "2", "wsgi:app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
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
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)
        if server.stderr:
            server.stderr.close()


def test_a_5000_character_search_is_answered_by_heard_not_gunicorn(served):
    status, headers, body = _ask(served, "/staff/consultations/x/comments?q=" + "a" * 5000)
    assert status != 414 and "Request-URI Too Long" not in body and "URI Too Long" not in body
    assert "content-security-policy" in headers  # the app answered (here: sign in first)


def test_an_address_longer_than_gunicorn_reads_gets_heards_page(served):
    status, headers, body = _ask(served, "/staff/consultations/x/comments?q=" + "a" * 9000)
    assert status == 414
    page = BeautifulSoup(body, "html.parser")
    assert page.find("h1").get_text(strip=True) == "That web address is too long"
    assert page.find("html")["lang"] == "en"
    assert "default-src" in headers.get("content-security-policy", "")
    assert headers.get("content-type", "").startswith("text/html")
    assert headers.get("content-length") == str(len(body.encode()))
