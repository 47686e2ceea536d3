"""Rate limits on the young person's pages where a code is typed, so route modules never reach the extensions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app, request

from participation.extensions import limiter

View = TypeVar("View", bound=Callable[..., object])

# Receipt and resume codes typed at one address (shared by every worker: participation.ratelimits). A group session
# behind one address types a handful; a guesser needs millions.
CODE_LIMIT = "10 per minute;60 per hour"

# A resume code typed at one address.
resume_code_limit = limiter.limit(CODE_LIMIT, methods=["POST"])
# Seeing and deleting answers take the same receipt code: one count for both, so neither doubles the guesses.
receipt_code_limit = limiter.shared_limit(CODE_LIMIT, scope="receipt-code", methods=["POST"])
# An invite card's code, typed (posted) or scanned (its QR code is a link).
invite_typed_limit = limiter.limit("20 per minute", methods=["POST"])
invite_link_limit = limiter.limit("20 per minute")

NEVER_LIMITED = "heard_never_limited"


def never_limited(view: View) -> View:
    """The pages a young person answers on carry no limit (a group session answers from one address). Marked so, the
    limiter passes them at once (``_marked_never_limited``) instead of working out, on every page of every journey,
    that no limit applies (issue 16). Put it straight under the route, so the mark is on the view the route holds."""
    setattr(view, NEVER_LIMITED, True)
    return view


@limiter.request_filter
def _marked_never_limited() -> bool:
    endpoint = request.endpoint
    return endpoint is not None and getattr(current_app.view_functions.get(endpoint), NEVER_LIMITED, False)
