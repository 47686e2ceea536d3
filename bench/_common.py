"""Shared set-up for the bench scripts: a throwaway database with the demo loaded, and the app built on it.

Every script gets its own database:

- by default a temporary SQLite file (WAL mode, as the app configures it), deleted afterwards;
- with ``BENCH_DATABASE_URL=postgresql://...`` a scratch PostgreSQL database. The bench never touches the
  ``public`` schema there: it drops and recreates a schema of its own (``heard_bench_<pid>``), points every connection
  at it with ``search_path`` and drops it at the end, so a test run using the same database is not disturbed.

The schema is built by the Alembic migrations (``flask_migrate.upgrade()``) and the demo is loaded by
``participation.demo.loader.load_demo()``, exactly as ``make run`` does.
"""

from __future__ import annotations

import html
import html.parser
import http.client
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CODE = "demo"
HOST = "127.0.0.1"


# --- the database --------------------------------------------------------------------------------------------------


def sqlalchemy_url(url: str) -> str:
    """postgres:// and postgresql:// URLs name psycopg 3, as the app's own config does."""
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


@dataclass
class BenchDatabase:
    """Where a bench run keeps its data. ``url`` is a SQLAlchemy URL; ``schema`` is set for PostgreSQL."""

    url: str
    tmpdir: Path
    schema: str | None = None
    extra_files: list[Path] = field(default_factory=list)

    @property
    def dialect(self) -> str:
        return "postgresql" if self.url.startswith("postgresql") else "sqlite"

    def engine_options(self) -> dict[str, Any]:
        """The app's own engine options plus, on PostgreSQL, the bench schema as search_path."""
        options: dict[str, Any] = {"pool_pre_ping": True}
        if self.schema:
            options["connect_args"] = {"options": f"-c search_path={self.schema}"}
        return options

    def env(self) -> dict[str, str]:
        """How a server process started by the bench finds this database (read by bench/_bench_wsgi.py)."""
        values = {"BENCH_WSGI_DATABASE_URL": self.url}
        if self.schema:
            values["BENCH_WSGI_SCHEMA"] = self.schema
        return values

    def describe(self) -> str:
        if self.schema:
            from sqlalchemy.engine import make_url

            return f"postgresql ({make_url(self.url).render_as_string(hide_password=True)}, schema {self.schema})"
        return f"sqlite ({self.url.removeprefix('sqlite:///')}, WAL)"


def new_database() -> BenchDatabase:
    tmpdir = Path(tempfile.mkdtemp(prefix="heard-bench-"))
    url = os.environ.get("BENCH_DATABASE_URL", "").strip()
    if url:
        url = sqlalchemy_url(url)
        if not url.startswith("postgresql"):
            raise SystemExit(f"BENCH_DATABASE_URL must be a PostgreSQL URL, not {url.split(':', 1)[0]}")
        return BenchDatabase(url=url, tmpdir=tmpdir, schema=f"heard_bench_{os.getpid()}")
    return BenchDatabase(url=f"sqlite:///{tmpdir / 'bench.sqlite3'}", tmpdir=tmpdir)


def kept_database(name: str) -> BenchDatabase:
    """A bench database to keep between runs (``--keep NAME``): the PostgreSQL schema ``heard_bench_NAME``, or the
    SQLite file ``heard-bench-NAME/bench.sqlite3`` in the temporary folder. A run that finds it already loaded
    (``is_loaded``) upgrades it to the newest migration and times what is there, so old and new code can be timed on
    the very same rows. Never dropped by the bench: drop it with ``--drop``."""
    if not re.fullmatch(r"[a-z0-9_]{1,40}", name):
        raise SystemExit("--keep takes a short name of lower-case letters, digits and underscores")
    url = os.environ.get("BENCH_DATABASE_URL", "").strip()
    tmpdir = Path(tempfile.gettempdir()) / f"heard-bench-{name}"
    if url:
        return BenchDatabase(url=sqlalchemy_url(url), tmpdir=tmpdir, schema=f"heard_bench_{name}")
    tmpdir.mkdir(mode=0o700, exist_ok=True)
    return BenchDatabase(url=f"sqlite:///{tmpdir / 'bench.sqlite3'}", tmpdir=tmpdir)


def is_loaded(database: BenchDatabase) -> bool:
    """Whether a kept database already holds a bench's rows (its migrations ran and it has responses)."""
    from sqlalchemy import create_engine, inspect, text

    options = database.engine_options()
    options.pop("pool_pre_ping", None)
    engine = create_engine(database.url, **options)
    try:
        with engine.connect() as connection:
            if database.schema and not connection.scalar(
                text("SELECT count(*) FROM information_schema.schemata WHERE schema_name = :name"),
                {"name": database.schema},
            ):
                return False
            if not inspect(connection).has_table("response"):
                return False
            return bool(connection.scalar(text("SELECT count(*) FROM response")))
    finally:
        engine.dispose()


def upgrade_database(database: BenchDatabase) -> None:
    """Bring a kept database to the newest migration (an index added since it was loaded, say)."""
    from flask_migrate import upgrade

    from participation.extensions import db

    app = make_app(database, TESTING=True)
    with app.app_context():
        try:
            upgrade()
        finally:
            db.session.remove()
            db.engine.dispose()


def _recreate_schema(database: BenchDatabase, create: bool = True) -> None:
    if not database.schema:
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(database.url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{database.schema}" CASCADE'))
            if create:
                connection.execute(text(f'CREATE SCHEMA "{database.schema}"'))
    finally:
        engine.dispose()


def drop_database(database: BenchDatabase) -> None:
    """Delete everything the bench created: the PostgreSQL schema or the SQLite file (and its -wal/-shm)."""
    try:
        _recreate_schema(database, create=False)
    except Exception as error:  # noqa: BLE001 - report, then still remove the temp files
        print(f"warning: could not drop schema {database.schema}: {error}", file=sys.stderr)
    shutil.rmtree(database.tmpdir, ignore_errors=True)


# Fixed per run so every app instance and every gunicorn worker of one run signs and hashes alike.
_RUN_SECRET = secrets.token_hex(32)
_RUN_PSEUDONYM_KEY = secrets.token_hex(32)


def app_config(database: BenchDatabase, **overrides: Any) -> dict[str, Any]:
    config: dict[str, Any] = {
        "SQLALCHEMY_DATABASE_URI": database.url,
        "SQLALCHEMY_ENGINE_OPTIONS": database.engine_options(),
        "SESSION_COOKIE_SECURE": False,
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", _RUN_SECRET),
        "PSEUDONYM_KEY": os.environ.get("BENCH_PSEUDONYM_KEY", _RUN_PSEUDONYM_KEY),
    }
    config.update(overrides)
    return config


def server_env(database: BenchDatabase) -> dict[str, str]:
    """Environment for a gunicorn started by the bench: the database and this run's keys."""
    env = dict(os.environ)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
    env.update(database.env())
    env["BENCH_SECRET_KEY"] = os.environ.get("BENCH_SECRET_KEY", _RUN_SECRET)
    env["BENCH_PSEUDONYM_KEY"] = os.environ.get("BENCH_PSEUDONYM_KEY", _RUN_PSEUDONYM_KEY)
    env["HEARD_INSECURE_COOKIES"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def make_app(database: BenchDatabase, **overrides: Any):  # type: ignore[no-untyped-def]
    from participation import create_app

    return create_app(app_config(database, **overrides))


def migrate_and_load_demo(app: Any) -> list[str]:
    """``make demo`` on an app: the migrations, then the demo, committed. Returns the loader's summary."""
    from flask_migrate import upgrade

    from participation.demo import loader
    from participation.extensions import db

    with app.app_context():
        try:
            upgrade()
            summary = loader.load_demo()
            db.session.commit()
            return summary
        finally:
            db.session.remove()
            db.engine.dispose()


def make_read_aloud(app: Any, languages: list[str]) -> str:
    """espeak-ng's clips for the demo's pages in these languages, as `make demo` makes them; what was done."""
    if shutil.which("espeak-ng") is None:
        return "none (espeak-ng is not installed, so the pages have no players)"
    from participation.audio import making
    from participation.extensions import db

    with app.app_context():
        demo = next(consultation for consultation in making.to_read() if consultation.code == CODE)
        made = making.make(demo, languages)
        db.session.remove()
    return f"espeak-ng clips for {', '.join(languages)} ({made.made + made.already} clips)"


def prepare_database(database: BenchDatabase) -> list[str]:
    """Build the schema with the migrations and load the demo; commit. Returns the loader's summary."""
    if database.dialect == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(database.url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    _recreate_schema(database)
    # TESTING keeps Alembic's env.py from reconfiguring logging (it would print every migration step).
    return migrate_and_load_demo(make_app(database, TESTING=True))


def app_with_data(database: BenchDatabase, keep: bool, fill: Callable[[Any], None]) -> Any:
    """The app on ``database``: with ``keep`` (``--keep NAME``) and data already there, that data upgraded to the
    newest migration and timed as it is; otherwise the demo loaded and ``fill(app)`` run on it."""
    if keep and is_loaded(database):
        print("kept data found: upgraded to the newest migration and timed as it is (nothing generated)")
        upgrade_database(database)
        return make_app(database)
    prepare_database(database)
    app = make_app(database)
    fill(app)
    return app


# --- gunicorn ------------------------------------------------------------------------------------------------------


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def gunicorn_command() -> list[str]:
    for candidate in (ROOT / ".venv" / "bin" / "gunicorn", Path(sys.executable).parent / "gunicorn"):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "gunicorn"]


class Server:
    """One gunicorn master started by the bench on 127.0.0.1 and a free port; stopped by its own process id
    (terminate, then kill). ``config``: a gunicorn config file to read first (gunicorn.conf.py is what `make run`
    reads), the command line adding the address, workers and threads."""

    def __init__(
        self,
        name: str,
        target: str,
        env: dict[str, str],
        log_dir: Path,
        health_path: str,
        workers: int,
        threads: int,
        config: Path | None = None,
    ) -> None:
        self.name = name
        self.workers = workers
        self.port = free_port(HOST)
        self.base = f"http://{HOST}:{self.port}"
        self.log = log_dir / f"{name}.log"
        self.health_path = health_path
        command = [
            *gunicorn_command(),
            *(["--config", str(config)] if config else []),
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--chdir",
            str(ROOT),
            "--pythonpath",
            str(BENCH),
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            "--log-level",
            "warning",
            "--error-logfile",
            str(self.log),
            target,
        ]
        self.process = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            cwd=str(ROOT),
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} server exited with {self.process.returncode}\n{self.log_tail()}")
            try:
                with opener.open(self.base + self.health_path, timeout=5) as response:
                    if response.status == 200:
                        # Every worker should be up: ask a few more times, each answer warms one of them.
                        for _ in range(self.workers * 2):
                            opener.open(self.base + self.health_path, timeout=5).close()
                        return
            except (OSError, urllib.error.URLError) as error:
                last = error
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} server did not answer within {timeout:.0f} s ({last})\n{self.log_tail()}")

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) used so far by the gunicorn master and its live workers, read from /proc
        (Linux); None where /proc cannot be read. Take it just before and just after a load: workers that exit in
        between would take their time with them, and the bench's servers keep theirs for the whole run."""
        return process_tree_cpu(self.process.pid)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self) -> None:
        stop_process(self.process)


def _proc_stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, user + system CPU seconds) of one process from /proc/PID/stat, or None if it has gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # the name, in brackets, may hold spaces
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_of(chosen: Callable[[str, int], bool]) -> float | None:
    """CPU seconds used so far by every process ``chosen(pid, parent pid)`` picks; None where /proc cannot be read."""
    if not Path("/proc/self/stat").exists():
        return None
    total = 0.0
    for entry in os.listdir("/proc"):
        stat = _proc_stat(entry) if entry.isdigit() else None
        if stat is not None and chosen(entry, stat[0]):
            total += stat[1]
    return total


def process_tree_cpu(pid: int) -> float | None:
    """CPU seconds used by a process and its direct children (gunicorn's master and workers)."""
    return _cpu_of(lambda entry, parent: int(entry) == pid or parent == pid)


def _named(entry: str, name: str) -> bool:
    try:
        return Path(f"/proc/{entry}/comm").read_text().strip() == name
    except OSError:
        return False


def database_cpu() -> float | None:
    """CPU seconds used so far by every PostgreSQL server process on this machine (its backends serve the bench's
    connections; ``comm`` is "postgres"); None where /proc cannot be read. SQLite runs inside the app's own
    processes, so its work is in their figure."""
    return _cpu_of(lambda entry, _parent: _named(entry, "postgres"))


def stop_process(process: subprocess.Popen[bytes] | None, timeout: float = 15) -> None:
    """Stop a server the bench started: SIGTERM (gunicorn's and nginx's graceful stop), then, if it has not stopped
    within ``timeout`` seconds, SIGKILL for it and, when it leads a process group of its own (started with
    ``start_new_session``), its workers too."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        if os.getpgid(process.pid) == process.pid:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait(timeout=15)


def wait_for_page(
    process: subprocess.Popen[bytes], port: int, path: str, what: str, tail: Callable[[], str], timeout: float
) -> None:
    """Wait until the server on 127.0.0.1:``port`` answers ``path`` with 200; fail with its log's tail if it exits or
    does not answer within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}\n{tail()}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=10)
            connection.request("GET", path, headers={"Host": HOST})
            status = connection.getresponse().status
            connection.close()
            if status == 200:
                return
            last = RuntimeError(f"GET {path} answered {status}")
        except OSError as error:
            last = error
        time.sleep(0.25)
    raise RuntimeError(f"{what} did not answer within {timeout:.0f} s ({last})\n{tail()}")


def count_responses(database: BenchDatabase) -> int:
    """Responses stored for the demo consultation, read with a fresh engine."""
    from sqlalchemy import create_engine, func, select

    from participation.responses.models import Response
    from participation.surveys.models import Consultation

    options = database.engine_options()
    options.pop("pool_pre_ping", None)
    engine = create_engine(database.url, **options)
    try:
        with engine.connect() as connection:
            consultation_id = connection.scalar(select(Consultation.id).where(Consultation.code == CODE))
            return int(
                connection.scalar(
                    select(func.count()).select_from(Response).where(Response.consultation_id == consultation_id)
                )
                or 0
            )
    finally:
        engine.dispose()


# --- reading pages -------------------------------------------------------------------------------------------------


class PageParser(html.parser.HTMLParser):
    """What the bench needs from a page: forms with their inputs, and the sub-resources a browser would fetch."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, Any]] = []
        self._form: dict[str, Any] | None = None
        self.stylesheets: list[str] = []
        self.scripts: list[str] = []
        self.images: list[str] = []
        self.icons: list[str] = []
        self.inline_styles: list[str] = []
        self._in_style = False
        self.base_href: str | None = None
        self.html_attrs: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: (value or "") for name, value in attrs}
        if tag == "html":
            self.html_attrs = a
        elif tag == "form":
            self._form = {"action": a.get("action"), "method": a.get("method", "get").lower(), "inputs": []}
            self.forms.append(self._form)
        elif tag in ("input", "textarea", "button", "select") and self._form is not None:
            self._form["inputs"].append({"tag": tag, **a})
        elif tag == "link":
            rels = set(a.get("rel", "").lower().split())
            href = a.get("href", "")
            if "stylesheet" in rels and href:
                self.stylesheets.append(href)
            if "icon" in rels and href:
                self.icons.append(href)
        elif tag == "script" and a.get("src"):
            self.scripts.append(a["src"])
        elif tag == "img" and a.get("src"):
            self.images.append(a["src"])
        elif tag == "style":
            self._in_style = True
        elif tag == "base" and a.get("href"):
            self.base_href = a["href"]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.inline_styles.append(data)


def parse_page(text: str) -> PageParser:
    parser = PageParser()
    parser.feed(text)
    parser.close()
    return parser


_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S | re.I)
_FIELD = re.compile(r"<(input|textarea|button|select)\b([^>]*)>", re.I)
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-\w:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


@dataclass
class FormsOnly:
    """A page's forms read the quick way (bench/submissions.py's respondents): ``PageParser`` reads a page with
    html.parser in about 4 ms, more than the server spends drawing it, so a load of many such respondents on one
    machine measured the client's parsing as much as the server."""

    forms: list[dict[str, Any]]


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name = match.group(1).lower()
        value = next((group for group in match.groups()[1:] if group is not None), "")
        found.setdefault(name, html.unescape(value))
    return found


def read_forms(text: str) -> FormsOnly:
    """Every form with its action, method and fields, as ``PageParser`` gives them (a test compares the two)."""
    forms = []
    for form in _FORM.finditer(text):
        attributes = _attributes(form.group(1))
        fields = [{"tag": tag.lower(), **_attributes(rest)} for tag, rest in _FIELD.findall(form.group(2))]
        forms.append(
            {"action": attributes.get("action"), "method": attributes.get("method", "get").lower(), "inputs": fields}
        )
    return FormsOnly(forms)


def csrf_form(page: PageParser | FormsOnly, easy_switch: bool = False) -> dict[str, Any]:
    """The page's own form: the first one carrying a CSRF token that is not the easy version's switch (posted to
    /s/<code>/easy); or, with ``easy_switch``, that switch."""
    for form in page.forms:
        if any(field.get("name") == "csrf_token" for field in form["inputs"]):
            if str(form["action"] or "").endswith("/easy") == easy_switch:
                return form
    raise LookupError("page has no form with a CSRF token")


def csrf_token(form: dict[str, Any]) -> str:
    return next(field.get("value", "") for field in form["inputs"] if field.get("name") == "csrf_token")


def answer_fields(form: dict[str, Any]) -> list[tuple[str, str]]:
    """What a person would send: the first radio option, the first two checkboxes, or some short text."""
    fields = [field for field in form["inputs"] if field.get("name") == "answer"]
    radios = [field for field in fields if field.get("type") == "radio"]
    boxes = [field for field in fields if field.get("type") == "checkbox"]
    if radios:
        return [("answer", radios[0].get("value", ""))]
    if boxes:
        return [("answer", box.get("value", "")) for box in boxes[:2]]
    if fields:
        return [("answer", "Things are fine")]
    raise LookupError("question page has no answer field")


def answer_kind(form: dict[str, Any]) -> str:
    """radio, checkboxes, text or textarea: how the page asks for its answer."""
    fields = [field for field in form["inputs"] if field.get("name") == "answer"]
    types = {field.get("type") for field in fields}
    if "radio" in types:
        return "radio"
    if "checkbox" in types:
        return "checkboxes"
    if any(field["tag"] == "textarea" for field in fields):
        return "textarea"
    return "text"


def start_in_test_client(client: Any, band: str, lang: str | None = None, easy: bool = False) -> Any:
    """A new respondent: GET the start page (pressing "Simpler words and pictures" on it first if ``easy``), POST
    start with its CSRF token, follow the redirect.

    Returns the final response, which should be the first question page."""
    start_url = f"/s/{CODE}?band={band}" + (f"&lang={lang}" if lang else "")
    response = client.get(start_url)
    if response.status_code != 200:
        raise SystemExit(f"GET {start_url} answered {response.status_code}, expected the start page (200)")
    if easy:
        switch = csrf_form(parse_page(response.get_data(as_text=True)), easy_switch=True)
        data = {"csrf_token": csrf_token(switch), "easy": "on", "page": "start"}
        response = client.post(switch["action"], data=data, follow_redirects=True)
        opened = 'class="govuk-template__body heard-easy"' in response.get_data(as_text=True)
        if response.status_code != 200 or not opened:
            raise SystemExit(f"POST {switch['action']} did not open the easy version ({response.status_code})")
    form = csrf_form(parse_page(response.get_data(as_text=True)))
    action = form["action"] or start_url
    response = client.post(action, data={"csrf_token": csrf_token(form)}, follow_redirects=True)
    if response.status_code != 200 or not re.fullmatch(rf"/s/{CODE}/q/\d+", response.request.path):
        raise SystemExit(
            f"POST {action} ended on {response.request.path} ({response.status_code}), expected the first question page"
        )
    return response


CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""")


def css_references(css: str, base: str) -> list[str]:
    """Every url(...) and @import in a stylesheet that a browser could fetch, resolved against the sheet's URL."""
    found: list[str] = []
    for pattern in (CSS_URL, CSS_IMPORT):
        for match in pattern.finditer(css):
            ref = next((group for group in match.groups() if group is not None), "").strip()
            if not ref or ref.startswith(("data:", "#")):
                continue
            found.append(urljoin(base, ref))
    return found


# --- figures -------------------------------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (fraction 0.95 for the 95th)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(-(-fraction * len(ordered) // 1))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def python_version() -> str:
    return f"Python {platform.python_version()} ({platform.python_implementation()})"


def heading(title: str) -> None:
    print()
    print(title)
    print("=" * len(title))
