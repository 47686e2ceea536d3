"""Extensions, created unbound; ``create_app`` calls ``init_app`` on each."""

from __future__ import annotations

from flask import request
from flask_babel import Babel
from flask_limiter import Limiter
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers

from participation.db import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
wtforms_helpers = WTFormsHelpers()


def _client_address() -> str:
    # Behind the council's proxy, configure ProxyFix so remote_addr is the client's; never trust headers blindly here.
    return request.remote_addr or "unknown"


# Storage comes from RATELIMIT_STORAGE_URI: memory by default, Redis when configured (counts are then shared by
# every worker).
limiter = Limiter(key_func=_client_address)
