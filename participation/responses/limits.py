"""Rate limits on the young person's pages where a code is typed, so route modules never reach the extensions."""

from __future__ import annotations

from participation.extensions import limiter

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
