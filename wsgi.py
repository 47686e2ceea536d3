"""The WSGI entry point: ``gunicorn wsgi:app`` and ``flask --app wsgi ...``."""

import logging

from participation import create_app
from participation.demo.cli import demo_cli
from participation.ops.private_files import use_private_umask

# Whatever this process writes (the SQLite database and its -wal and -shm files, backups, exports, temporary files)
# is readable by Heard's own user only (TRUST.md, "Private at rest").
use_private_umask()

# Warnings and errors (a refused lookup, the database going away, the rate limiter falling back to memory) reach the
# server's log: gunicorn passes stderr to its error log. Never answers, codes or identifiers: those are not logged.
logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

app = create_app()
# `flask --app wsgi demo load` (`make demo`): the demo stays apart from the app, which never imports it (an import
# contract in pyproject.toml), so the command is offered here, beside the app, rather than by create_app.
app.cli.add_command(demo_cli)
