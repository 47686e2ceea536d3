"""gunicorn's settings for Heard: read by ``make run`` and by ``gunicorn wsgi:app`` started in this folder (gunicorn
reads ./gunicorn.conf.py); the command line adds the address, workers and threads."""

# The longest request line gunicorn reads (8190 is its maximum; its default, 4094, answered a long search with its
# own bare 414 page before Heard could say anything). Anything longer gets Heard's page from the worker below.
limit_request_line = 8190

# gunicorn's thread worker, with Heard's page instead of gunicorn's bare one for an address too long to read.
worker_class = "participation.ops.gunicorn_worker.HeardWorker"

# Access-log lines without invite, resume or receipt codes or tokens (TRUST.md, private at rest).
logger_class = "participation.ops.gunicorn_logger.AccessLogger"

# gunicorn 27's control socket (gunicornc) is not used: `systemctl reload heard` (a HUP) starts new workers. Left on,
# it would sit in the service user's home, which deploy/heard.service keeps read-only, and two gunicorns on one
# machine (bench/multi_node.py) would fight over it. Older gunicorns ignore the setting.
control_socket_disable = True
