"""Extensions, created unbound; ``create_app`` calls ``init_app`` on each."""

from __future__ import annotations

from flask_babel import Babel
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers

from participation.db import Base
from participation.limits import limiter

__all__ = ["babel", "csrf", "db", "limiter", "migrate", "wtforms_helpers"]

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
wtforms_helpers = WTFormsHelpers()
