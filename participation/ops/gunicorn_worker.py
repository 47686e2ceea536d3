"""gunicorn's thread worker, answering an address too long to read with Heard's own page, and refusing to serve with
keys other than the ones Heard's database was written with.

gunicorn refuses a request line longer than ``limit_request_line`` (``gunicorn.conf.py`` sets it to 8190, the most
gunicorn allows) before the app sees anything, and would answer with its own bare "414 Request-URI Too Long" text.
This worker sends Heard's page instead (``participation.errors.address_too_long_response``); every other error it
leaves to gunicorn.

Before it serves, the worker compares its keys with the fingerprints in the database (``participation.ops.same_keys``):
a machine whose keys differ from the others' would sign sessions, receipts and pseudonyms the others cannot read, so
the worker exits as gunicorn's "worker failed to boot" (status 3), which stops gunicorn with the reason in its log
(and systemd's unit with it) instead of serving.
"""

from __future__ import annotations

import sys
from typing import Any

from flask import Flask
from gunicorn.arbiter import Arbiter
from gunicorn.http.errors import LimitRequestLine
from gunicorn.workers.gthread import ThreadWorker

from participation.errors import address_too_long_response
from participation.ops.same_keys import refusal


class HeardWorker(ThreadWorker):
    """``worker_class = "participation.ops.gunicorn_worker.HeardWorker"`` (threads as ``--threads`` says)."""

    def load_wsgi(self) -> None:
        super().load_wsgi()
        # Only a Heard app has keys and a database to compare (bench/_bare_app.py is a bare Flask app, without them).
        heard = isinstance(self.wsgi, Flask) and "sqlalchemy" in self.wsgi.extensions
        refused = refusal(self.wsgi) if heard else None
        if refused:
            self.log.critical("Heard will not serve: %s", refused)
            sys.exit(Arbiter.WORKER_BOOT_ERROR)

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
