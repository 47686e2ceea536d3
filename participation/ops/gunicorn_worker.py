"""gunicorn's thread worker, answering an address too long to read with Heard's own page.

gunicorn refuses a request line longer than ``limit_request_line`` (``gunicorn.conf.py`` sets it to 8190, the most
gunicorn allows) before the app sees anything, and would answer with its own bare "414 Request-URI Too Long" text.
This worker sends Heard's page instead (``participation.errors.address_too_long_response``); every other error it
leaves to gunicorn.
"""

from __future__ import annotations

from typing import Any

from gunicorn.http.errors import LimitRequestLine
from gunicorn.workers.gthread import ThreadWorker

from participation.errors import address_too_long_response


class HeardWorker(ThreadWorker):
    """``worker_class = "participation.ops.gunicorn_worker.HeardWorker"`` (threads as ``--threads`` says)."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        if isinstance(exc, LimitRequestLine):
            page = address_too_long_response(self.wsgi)
            if page is not None:
                self.log.warning("Refused an address longer than %s bytes", exc.max_size)
                try:
                    client.sendall(page)
                except OSError:
                    self.log.debug("Could not send the address-too-long page")
                return
        super().handle_error(req, client, addr, exc)
