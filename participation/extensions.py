"""Extensions, created unbound; ``create_app`` calls ``init_app`` on each."""

from __future__ import annotations

from flask_babel import Babel
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from govuk_frontend_wtf.main import WTFormsHelpers

from participation.csrf import PerResponseCSRFProtect
from participation.db import Base
from participation.limits import limiter

__all__ = ["babel", "csrf", "db", "limiter", "migrate", "wtforms_helpers"]

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
# A CSRF token different in every response, as pages are compressed (participation/csrf.py).
csrf = PerResponseCSRFProtect()
babel = Babel()
wtforms_helpers = WTFormsHelpers()
