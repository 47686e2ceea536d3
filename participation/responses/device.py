"""What this device keeps in its session while answering: a random token per consultation (never answers), the age
band chosen, an invite code or assisted session in use, and the receipt code waiting to be shown once."""

from __future__ import annotations

import time
from datetime import date

from flask import session

from participation.accounts.access import POLL_DEVICES_KEY, ROOM_KEY, TABLET_KEY
from participation.responses import services
from participation.responses.models import Draft

# How long after sending the done page may still show the receipt code once (a slow network, a double tap).
RECEIPT_SHOWN_WITHIN_SECONDS = 15 * 60


def tokens() -> dict[str, str]:
    return dict(session.get("drafts") or {})


def known_codes() -> set[str]:
    """The consultations this device has opened: a draft's token or a chosen age band (never what was answered)."""
    return set(tokens()) | set(session.get("bands") or {})


def poll_codes() -> list[str]:
    """The live polls this device answered, on its own or as a tablet passed round (``polls.routes``)."""
    held = {*(session.get(POLL_DEVICES_KEY) or {}), *(session.get(TABLET_KEY) or [])}
    return sorted(code for code in held if isinstance(code, str))


def room_key() -> str | None:
    """The key to a session's shared screen, where this device is that screen (``sessions.routes.room``)."""
    key = session.get(ROOM_KEY)
    return key if isinstance(key, str) else None


def token(code: str) -> str | None:
    return tokens().get(code)


def remember_token(code: str, value: str) -> None:
    held = tokens()
    held[code] = value
    session["drafts"] = held
    session.permanent = True


def drop_token(code: str) -> None:
    held = tokens()
    held.pop(code, None)
    session["drafts"] = held


def forget_sent(code: str, value: str) -> None:
    """After sending: this device's session no longer points at the draft, only at a one-shot slot the done page
    empties as it shows the receipt code (nothing on a shared phone reopens sent answers)."""
    drop_token(code)
    sent = dict(session.get("sent") or {})
    sent[code] = {"token": value, "at": int(time.time())}
    session["sent"] = sent
    mark_sent_here(code)
    # A used invite card is spent: the next person on this device must not answer under its pseudonym.
    pop_flag("invites", code)


def let_go_of_sent(code: str, value: str, draft: Draft) -> bool:
    """This device still holds the token of answers already sent (a double tap or a lost connection kept the old
    cookie). The same day, the done page may still show the receipt code once; later, nothing is shown and the
    token stops working, so a phone picked up days later reopens nothing. Says whether the receipt is still to
    be shown."""
    if draft.last_active_on >= date.today():
        forget_sent(code, value)
        return True
    drop_token(code)
    services.forget_device(draft)
    mark_sent_here(code)
    return False


def mark_sent_here(code: str) -> None:
    """Answers to this consultation were sent from this device: the done page may thank it again after the receipt
    code has gone (a reload, the back button), and only then. Nothing else: not the answers, not when."""
    thanked = dict(session.get("thanked") or {})
    thanked[code] = True
    session["thanked"] = thanked


def sent_here(code: str) -> bool:
    return bool((session.get("thanked") or {}).get(code))


def forget_sent_here(code: str) -> None:
    """Someone else on the same device starts afresh: they have sent nothing yet."""
    thanked = dict(session.get("thanked") or {})
    if thanked.pop(code, None):
        session["thanked"] = thanked


def take_sent(code: str) -> str | None:
    """The token of the answers this device has just sent, once, and only within a few minutes of sending."""
    sent = dict(session.get("sent") or {})
    entry = sent.pop(code, None)
    if entry is None:
        return None
    session["sent"] = sent
    if not isinstance(entry, dict) or time.time() - float(entry.get("at") or 0) > RECEIPT_SHOWN_WITHIN_SECONDS:
        return None
    return str(entry.get("token") or "") or None


def forget_everything() -> None:
    """Quick exit: this device forgets every draft, choice and code it held (answers already saved stay on the
    server; a resume code still finds them)."""
    for name in ("drafts", "sent", "thanked", "bands", "invites", "assisted", "reassure", "easy"):
        session.pop(name, None)


def chosen_band(code: str) -> tuple[str | None, bool]:
    chosen = (session.get("bands") or {}).get(code) or {}
    return chosen.get("band"), bool(chosen.get("fixed"))


def remember_band(code: str, band: str, fixed: bool) -> None:
    bands = dict(session.get("bands") or {})
    bands[code] = {"band": band, "fixed": fixed}
    session["bands"] = bands
    session.permanent = True


def forget_band_unless_fixed(code: str) -> None:
    """Someone else on the same device starts afresh: they choose their own band, unless the link fixed it."""
    bands = dict(session.get("bands") or {})
    kept = bands.get(code) if (bands.get(code) or {}).get("fixed") else None
    bands.pop(code, None)
    if kept:
        bands[code] = kept
    session["bands"] = bands


def chose_easy(code: str) -> bool:
    """Whether this device asked for the easy version of the consultation at ``code`` before it had a draft (on the
    start page, or with an invite card that opens it)."""
    return bool(flag("easy", code))


def flag(name: str, code: str, value: object | None = None) -> object | None:
    """A per-consultation value kept in this device's session: an invite code being used, an assisted session."""
    values = dict(session.get(name) or {})
    if value is not None:
        values[code] = value
        session[name] = values
        session.permanent = True
    return values.get(code)


def pop_flag(name: str, code: str) -> bool:
    values = dict(session.get(name) or {})
    found = bool(values.pop(code, None))
    if found:
        session[name] = values
    return found
