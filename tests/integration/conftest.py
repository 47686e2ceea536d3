"""Fixtures shared by the integration tests of one domain and its neighbours."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from participation.accounts.models import Role
from tests import factories


@pytest.fixture()
def askshire(app: Flask) -> tuple[Any, Any, Any, str]:
    """A council with a published survey at /s/askme (asking for an advocate from it) and a participation worker,
    who handles its requests: (organisation, consultation, worker, the worker's authenticator secret)."""
    with app.app_context():
        org = factories.organisation("Askshire Council")
        consultation = factories.consultation(org, code="askme")
        worker, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    return org, consultation, worker, secret
