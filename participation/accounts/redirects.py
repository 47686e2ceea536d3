"""Where a member of staff is sent after signing in: only ever a plain path of this site under /staff.

``next`` comes from the address bar, so anyone can write it. A value with CR or LF used to reach the Location
header and answer 500 after a correct password; one starting ``//`` or ``/\\`` (which browsers read as ``//``) would
leave the site. Anything but printable ASCII is refused outright rather than cleaned: ``request.full_path`` (which is
what ``next`` is built from) is already percent-encoded, so a real staff path never holds anything else.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Long enough for any staff page with its query string; a longer one is not a link Heard made.
MAX_NEXT_LENGTH = 2000
STAFF_PREFIX = "/staff"


def safe_staff_path(target: object) -> str | None:
    """``target`` when it is a plain path under /staff on this site (with an optional query string), else None."""
    if not isinstance(target, str) or not target or len(target) > MAX_NEXT_LENGTH:
        return None
    # Printable ASCII only: no CR, LF, NUL or other control characters, no spaces, nothing outside ASCII.
    if any(not "\x21" <= character <= "\x7e" for character in target) or "\\" in target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or parts.fragment:
        return None
    if parts.path != STAFF_PREFIX and not parts.path.startswith(STAFF_PREFIX + "/"):
        return None
    if parts.path.startswith("//"):
        return None
    return target
