"""Time until the first question is usable on an emulated slow 3G phone (issue 16: goal under 2 s).

Heard runs as `make run` runs it: gunicorn with gunicorn.conf.py (the bench's app factory, bench/_bench_wsgi.py, on a
temporary database with the demo and its English and Arabic read-aloud clips) on a free 127.0.0.1 port, so pages are
compressed by the app and static files come from WhiteNoise with their real headers. Debian's Chromium
(/usr/bin/chromium, driven by Playwright; never `playwright install`) plays a phone: a 360 x 640 CSS-pixel touch
screen, and Chromium's own network throttling through the DevTools protocol (Network.emulateNetworkConditions:
400 kbit/s down, 400 kbit/s up, 400 ms added to every request: issue 16's slow 3G). Every run is a new browser
context, so the cache starts empty.

"Usable" means: the page has painted (first contentful paint) and its first answer field (the first input, textarea or
select of the question's form that is not hidden) is laid out (has a size), visible and not disabled. Nothing waits
for the script (a module, run after parsing), the pictures or the read-aloud clips (not fetched until pressed). Times
are read inside the page (performance.now(), from the start of the navigation, redirects included), checked at every
frame.

For every age band (4-7, 8-11, 12-17, care leavers, parents and carers) and for band 12-17 in Arabic:

- **first question, empty cache**: the first question page opened with nothing cached (its draft started first
  through the context's own requests, neither throttled nor cached, so only the page is timed): the page
  `bench/page_weight.py` weighs.
- **start page**: a child opens the link (`/s/demo?band=...`) with nothing cached, until "Start now" is usable.
- **first question after Start**: "Start now" pressed as soon as it is usable; from that press (the POST, its
  redirect and the first question page, with what the start page cached) until the first answer field is usable.
- **journey**: start page plus first question after Start, with no reading time: the whole wait from opening the
  link to answering.

Each is the median of --runs runs (default 3), with the slowest; the goal (under 2 s) is judged on the first question
figures, PASS or OVER. Requests and bytes are as the browser saw them (headers included). Nothing is asserted.

    .venv/bin/python bench/slow_3g.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
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
GUNICORN_CONF = common.ROOT / "gunicorn.conf.py"
GOAL_MS = 2000
DOWN_KBIT, UP_KBIT, LATENCY_MS = 400, 400, 400
THROTTLE = {
    "offline": False,
    "latency": LATENCY_MS,
    "downloadThroughput": DOWN_KBIT * 1000 / 8,  # bytes per second
    "uploadThroughput": UP_KBIT * 1000 / 8,
}
PHONE: dict[str, Any] = {
    "viewport": {"width": 360, "height": 640},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "en-GB",
}
PAGES = [
    ("4-7", None),
    ("8-11", None),
    ("12-17", None),
    ("care-leavers", None),
    ("parents-carers", None),
    ("12-17", "ar"),
]
TIMEOUT_MS = 60_000

# The first answer field of the question's form (not the easy version's switch), usable once the page has painted.
FIRST_FIELD_USABLE = """() => {
  const painted = performance.getEntriesByName("first-contentful-paint").length > 0;
  const form = [...document.querySelectorAll("main form")].find((f) => !f.closest(".heard-easy-switch"));
  const field = form && form.querySelector('input:not([type="hidden"]), textarea, select');
  if (!painted || !field || field.disabled) return false;
  const box = field.getBoundingClientRect();
  const style = getComputedStyle(field);
  if (!box.width || !box.height || style.display === "none" || style.visibility === "hidden") return false;
  return performance.now();
}"""

START_USABLE = """() => {
  const painted = performance.getEntriesByName("first-contentful-paint").length > 0;
  const button = document.querySelector("main form button.govuk-button--start");
  if (!painted || !button || button.disabled) return false;
  const box = button.getBoundingClientRect();
  return box.width && box.height && getComputedStyle(button).visibility !== "hidden" ? performance.now() : false;
}"""


@dataclass
class Figure:
    """One measure over several runs: milliseconds, requests and bytes the browser saw."""

    times: list[float] = field(default_factory=list)
    requests: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)

    def add(self, ms: float, traffic: tuple[int, int]) -> None:
        self.times.append(ms)
        self.requests.append(traffic[0])
        self.sizes.append(traffic[1])

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def row(self, name: str, judged: bool) -> str:
        verdict = ("PASS" if self.median < GOAL_MS else "OVER") if judged else ""
        requests, size = statistics.median(self.requests), statistics.median(self.sizes) / 1024
        return (
            f"  {name:<28} {self.median:>7,.0f} ms  (slowest {max(self.times):>6,.0f})"
            f"  {requests:>3.0f} req  {size:>5.1f} KB  {verdict}"
        )


class Traffic:
    """What each page (each document the tab loads) fetched over the network, from the DevTools protocol: requests
    and bytes received, headers included. A file the cache held is not counted; a redirect is a request of its own,
    counted with the page it led to."""

    def __init__(self, session: Any) -> None:
        # requestId -> [the page's loaderId, bytes received, whether it went over the network]
        self._loads: dict[str, list[Any]] = {}
        self._redirects: list[tuple[str, int]] = []
        self._pages: list[str] = []
        session.on("Network.requestWillBeSent", self._request)
        session.on("Network.requestServedFromCache", self._from_cache)
        session.on("Network.loadingFinished", self._finished)

    def _request(self, event: dict[str, Any]) -> None:
        loader = str(event.get("loaderId", ""))
        redirect = event.get("redirectResponse")
        if redirect:
            self._redirects.append((loader, int(redirect.get("encodedDataLength", 0))))
        if event.get("type") == "Document" and loader not in self._pages:
            self._pages.append(loader)
        self._loads.setdefault(event["requestId"], [loader, 0, True])

    def _from_cache(self, event: dict[str, Any]) -> None:
        if event["requestId"] in self._loads:
            self._loads[event["requestId"]][2] = False

    def _finished(self, event: dict[str, Any]) -> None:
        if event["requestId"] in self._loads:
            self._loads[event["requestId"]][1] = int(event.get("encodedDataLength", 0))

    def page(self, index: int = -1) -> tuple[int, int]:
        """Requests and bytes of one page the tab loaded (the last by default), its redirects included."""
        loader = self._pages[index]
        loads = [size for page, size, network in self._loads.values() if page == loader and network and size > 0]
        redirects = [size for page, size in self._redirects if page == loader]
        return len(loads) + len(redirects), sum(loads) + sum(redirects)


def phone(browser: Any, base: str) -> tuple[Any, Any, Traffic]:
    """A new context (empty cache) and page on a throttled network."""
    context = browser.new_context(base_url=base, **PHONE)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", THROTTLE)
    return context, page, Traffic(session)


def wait_for(page: Any, check: str) -> float:
    """Milliseconds from the start of the page's navigation until ``check`` first holds (checked every frame)."""
    return float(page.wait_for_function(check, polling="raf", timeout=TIMEOUT_MS).json_value())


def start_url(band: str, lang: str | None) -> str:
    return f"/s/{common.CODE}?band={band}" + (f"&lang={lang}" if lang else "")


def first_question_empty_cache(
    browser: Any, base: str, band: str, lang: str | None
) -> tuple[float, tuple[int, int], str]:
    """The first question page with an empty cache: the draft started through the context's own requests (cookies
    shared, nothing cached, not throttled), then the page opened on the throttled network."""
    context, page, traffic = phone(browser, base)
    try:
        start = context.request.get(start_url(band, lang))
        form = common.csrf_form(common.parse_page(start.text()))
        action = urljoin(start.url, form["action"] or start.url)
        started = context.request.post(action, form={"csrf_token": common.csrf_token(form)}, max_redirects=0)
        if started.status != 302:
            raise SystemExit(f"POST {action} answered {started.status}, expected a redirect to the first question")
        question = urljoin(action, started.headers["location"])
        page.goto(question, wait_until="commit")
        usable = wait_for(page, FIRST_FIELD_USABLE)
        page.wait_for_load_state("networkidle")  # so the figures count all the page fetches, not only the first
        return usable, traffic.page(), page.url
    finally:
        context.close()


def from_the_start_page(
    browser: Any, base: str, band: str, lang: str | None
) -> tuple[float, tuple[int, int], float, tuple[int, int]]:
    """The start page opened with an empty cache until Start is usable; then Start pressed at once, until the first
    question's first field is usable. Requests and bytes: what the start page fetched before Start was pressed, and
    what pressing it fetched (the POST, its redirect, the first question page and anything the cache did not hold)."""
    context, page, traffic = phone(browser, base)
    try:
        page.goto(start_url(band, lang), wait_until="commit")
        start_ms = wait_for(page, START_USABLE)
        with page.expect_navigation(wait_until="commit"):
            page.locator("main form button.govuk-button--start").click()
        question_ms = wait_for(page, FIRST_FIELD_USABLE)
        if "/q/" not in page.url:
            raise SystemExit(f"Start led to {page.url}, not the first question")
        page.wait_for_load_state("networkidle")
        return start_ms, traffic.page(0), question_ms, traffic.page(1)
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs of each measure (median and slowest shown)")
    arguments = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(
            f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package (never `playwright install`)"
        )
    from playwright.sync_api import sync_playwright

    database = common.new_database()
    audio = Path(tempfile.mkdtemp(prefix="heard-bench-audio-"))
    server: common.Server | None = None
    try:
        common.prepare_database(database)
        app = common.make_app(database, HEARD_AUDIO_DIR=str(audio), HEARD_READ_ALOUD="off")
        read_aloud = common.make_read_aloud(app, ["en", "ar"])
        with app.app_context():
            from participation.extensions import db

            db.engine.dispose()
        env = common.server_env(database)
        env.update({"HEARD_AUDIO_DIR": str(audio), "HEARD_READ_ALOUD": "off"})
        # As `make run` serves it: gunicorn.conf.py (Heard's worker and logger), 2 workers of 4 threads.
        health = f"/s/{common.CODE}?band=12-17"
        server = common.Server("heard", "_bench_wsgi:create()", env, database.tmpdir, health, 2, 4, GUNICORN_CONF)
        server.wait_ready()

        print("Heard on an emulated slow 3G phone: time until the first question is usable")
        print(f"server: gunicorn with gunicorn.conf.py, {server.base}; database: {database.describe()}")
        print(
            f"network: Chromium throttling, {DOWN_KBIT} kbit/s down, {UP_KBIT} kbit/s up, {LATENCY_MS} ms per request;"
            f" phone: {PHONE['viewport']['width']} x {PHONE['viewport']['height']} CSS px, touch; empty cache each run"
        )
        print(f"read-aloud: {read_aloud}; runs: {arguments.runs} (median, slowest); goal: under {GOAL_MS:,} ms")
        summary = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            print(f"browser: Chromium {browser.version}")
            try:
                # One untimed run first, so the server's first requests (its caches) are not in a figure.
                first_question_empty_cache(browser, server.base, "12-17", None)
                from_the_start_page(browser, server.base, "12-17", None)
                for band, lang in PAGES:
                    direct, start, after_start, journey = Figure(), Figure(), Figure(), Figure()
                    page_url = ""
                    for _ in range(arguments.runs):
                        ms, traffic, page_url = first_question_empty_cache(browser, server.base, band, lang)
                        direct.add(ms, traffic)
                        start_ms, start_traffic, question_ms, question_traffic = from_the_start_page(
                            browser, server.base, band, lang
                        )
                        start.add(start_ms, start_traffic)
                        after_start.add(question_ms, question_traffic)
                        both = (start_traffic[0] + question_traffic[0], start_traffic[1] + question_traffic[1])
                        journey.add(start_ms + question_ms, both)
                    title = f"Band {band}" + (f", ?lang={lang}" if lang else "")
                    common.heading(title)
                    print(f"  first question page: {page_url.removeprefix(server.base)}")
                    print(direct.row("first question, empty cache", judged=True))
                    print(start.row("start page (Start usable)", judged=False))
                    print(after_start.row("first question after Start", judged=True))
                    print(journey.row("journey (no reading time)", judged=False))
                    summary.append((title, direct, after_start, journey))
            finally:
                browser.close()

        common.heading(f"Summary: first question usable, median of {arguments.runs} (goal under {GOAL_MS:,} ms)")
        print(f"{'page':<26} {'empty cache':>12} {'':4}  {'after Start':>12} {'':4}  {'journey':>9}")
        for title, direct, after_start, journey in summary:
            verdicts = ["PASS" if figure.median < GOAL_MS else "OVER" for figure in (direct, after_start)]
            print(
                f"{title:<26} {direct.median:>9,.0f} ms {verdicts[0]:4}  {after_start.median:>9,.0f} ms {verdicts[1]:4}"
                f"  {journey.median:>6,.0f} ms"
            )
    finally:
        if server is not None:
            server.stop()
            log = server.log_tail()
            if log.strip() and log != "(no server log)":
                print("\ngunicorn error log:\n" + log)
        common.drop_database(database)
        shutil.rmtree(audio, ignore_errors=True)


if __name__ == "__main__":
    started = time.monotonic()
    main()
    print(f"\n({time.monotonic() - started:.0f} s)")
