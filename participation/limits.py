"""The rate limiter that views decorate (``@limiter.limit(...)``), created unbound; ``create_app`` binds it.

Apart from the other extensions so that route modules can use it without reaching the database's extension.
"""

from __future__ import annotations

from flask import request
from flask_limiter import Limiter


def _client_address() -> str:
    # Behind the council's proxy, configure ProxyFix so remote_addr is the client's; never trust headers blindly here.
    return request.remote_addr or "unknown"


# Storage comes from RATELIMIT_STORAGE_URI: memory by default, Redis or Heard's own database when configured (counts
# are then shared by every worker).
limiter = Limiter(key_func=_client_address)
