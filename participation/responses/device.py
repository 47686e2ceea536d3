"""What this device keeps in its session while answering: a random token per consultation (never answers), the age
band chosen, an invite code or assisted session in use, and the receipt code waiting to be shown once.

The session is a signed cookie, not an encrypted one: anyone holding the phone can decode it. So everything kept per
survey or poll except the drafts' tokens is filed under a keyed digest of its code (``slot``), never the code, and
the age band chosen is kept only as a keyed digest too (``chosen_band`` tries the five): the cookie does not say which
polls this phone answered or how old the person using it is (fourth outside review, N3). A draft's token is filed
the same way, with its survey's code beside it masked under the server's key (``_masked``): the quick exit needs the
code to stop the token working on the server, and the cookie still does not say which survey (so which council)."""

from __future__ import annotations

import time
from datetime import date

from flask import session

from participation.accounts.access import POLL_DEVICES_KEY, ROOM_KEY, TABLET_KEY
from participation.pseudonyms import keyed_hash, new_token, normalise_code
from participation.responses import services
from participation.responses.models import Draft
from participation.surveys.models import AgeBand

# How long after sending the done page may still show the receipt code once (a slow network, a double tap).
RECEIPT_SHOWN_WITHIN_SECONDS = 15 * 60


SALT = "device_salt"


def _salt(create: bool) -> str:
    """This device's own random salt for its digests, made the first time it keeps anything (``create``). Without
    it the digest of a code was the same on every phone, so anyone could open a survey or poll once on their own
    phone and recognise it in a shared phone's cookie (fifth outside review, M4). "" until made: nothing kept yet
    can match a digest taken with it."""
    value = session.get(SALT)
    if isinstance(value, str) and value:
        return value
    if not create:
        return ""
    value = new_token()[:16]
    session[SALT] = value
    return value


def slot(code: str, create: bool = False) -> str:
    """Where this session files what it keeps for a survey or poll: a keyed digest of the code and this device's
    salt, never the code (the server's key, so a decoded cookie cannot be checked against a list of codes either;
    the device's salt, so not against another phone's cookie). ``create``: about to keep something. 96 bits: the
    cookie stays small."""
    return keyed_hash("device-session", f"{_salt(create)}:{code}")[:24]


def _mask(place: str, length: int) -> bytes:
    stream = b""
    counter = 0
    while len(stream) < length:
        stream += bytes.fromhex(keyed_hash("device-draft-code", f"{place}:{counter}"))
        counter += 1
    return stream[:length]


def _masked(code: str, place: str) -> str:
    raw = code.encode()
    return bytes(a ^ b for a, b in zip(raw, _mask(place, len(raw)), strict=True)).hex()


def _unmasked(value: str, place: str) -> str | None:
    try:
        raw = bytes.fromhex(value)
        code = bytes(a ^ b for a, b in zip(raw, _mask(place, len(raw)), strict=True)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    return code if slot(code) == place else None


def tokens() -> dict[str, str]:
    """Every draft token this device holds, by its survey's code (the quick exit stops each on the server)."""
    found = {}
    for place, entry in (session.get("drafts") or {}).items():
        if isinstance(entry, list) and len(entry) == 2 and all(isinstance(part, str) for part in entry):
            code = _unmasked(entry[1], place)
            if code is not None:
                found[code] = entry[0]
        elif isinstance(entry, str):
            found[place] = entry  # kept before codes were masked: filed under the code itself
    return found


def poll_token(code: str) -> str | None:
    """This phone's random token for the live poll at ``code``, if it opened it (``polls.routes.answer``)."""
    value = (session.get(POLL_DEVICES_KEY) or {}).get(slot(code))
    return value if isinstance(value, str) else None


def remember_poll_token(code: str, value: str) -> None:
    devices = dict(session.get(POLL_DEVICES_KEY) or {})
    devices[slot(code, create=True)] = value
    session[POLL_DEVICES_KEY] = dict(list(devices.items())[-20:])
    session.permanent = True


def on_tablet(code: str) -> bool:
    """Whether this device is a tablet passed round the room for the live poll at ``code``."""
    return slot(code) in (session.get(TABLET_KEY) or [])


def hand_round(code: str) -> None:
    """Make this device a tablet passed round for the live poll at ``code`` (the last ten polls)."""
    mine = slot(code, create=True)
    held = [value for value in session.get(TABLET_KEY) or [] if value != mine]
    session[TABLET_KEY] = [*held, mine][-10:]


def opened_poll(code: str) -> bool:
    """Whether this device opened the live poll at ``code`` (typed in any form): it holds a token for it, or passes
    it round as a tablet."""
    typed = normalise_code(code)
    return poll_token(typed) is not None or on_tablet(typed)


def room_key() -> str | None:
    """The key to a session's shared screen, where this device is that screen (``sessions.routes.room``)."""
    key = session.get(ROOM_KEY)
    return key if isinstance(key, str) else None


def token(code: str) -> str | None:
    drafts = session.get("drafts") or {}
    entry = drafts.get(slot(code))
    if isinstance(entry, list) and entry and isinstance(entry[0], str):
        return entry[0]
    legacy = drafts.get(code)
    return legacy if isinstance(legacy, str) else None


def remember_token(code: str, value: str) -> None:
    held = dict(session.get("drafts") or {})
    held.pop(code, None)
    place = slot(code, create=True)
    held[place] = [value, _masked(code, place)]
    session["drafts"] = held
    session.permanent = True


def drop_token(code: str) -> None:
    held = dict(session.get("drafts") or {})
    held.pop(code, None)
    held.pop(slot(code), None)
    session["drafts"] = held


def forget_sent(code: str, value: str) -> None:
    """After sending: this device's session no longer points at the draft, only at a one-shot slot the done page
    empties as it shows the receipt code (nothing on a shared phone reopens sent answers)."""
    drop_token(code)
    sent = dict(session.get("sent") or {})
    sent[slot(code, create=True)] = {"token": value, "at": int(time.time())}
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
    thanked[slot(code, create=True)] = True
    session["thanked"] = thanked


def sent_here(code: str) -> bool:
    return bool((session.get("thanked") or {}).get(slot(code)))


def forget_sent_here(code: str) -> None:
    """Someone else on the same device starts afresh: they have sent nothing yet."""
    thanked = dict(session.get("thanked") or {})
    if thanked.pop(slot(code), None):
        session["thanked"] = thanked


def take_sent(code: str) -> str | None:
    """The token of the answers this device has just sent, once, and only within a few minutes of sending."""
    sent = dict(session.get("sent") or {})
    entry = sent.pop(slot(code), None)
    if entry is None:
        return None
    session["sent"] = sent
    if not isinstance(entry, dict) or time.time() - float(entry.get("at") or 0) > RECEIPT_SHOWN_WITHIN_SECONDS:
        return None
    return str(entry.get("token") or "") or None


def forget_everything() -> None:
    """Quick exit: this device forgets every draft, choice and code it held (answers already saved stay on the
    server; a resume code still finds them)."""
    for name in (
        "drafts",
        "sent",
        "thanked",
        "bands",
        "invites",
        "assisted",
        "reassure",
        "easy",
        POLL_DEVICES_KEY,
        TABLET_KEY,
        ROOM_KEY,
        SALT,
    ):
        session.pop(name, None)


def _band_seal(code: str, band: str, fixed: bool) -> str:
    return keyed_hash("device-band", f"{_salt(False)}\n{code}\n{band}\n{int(fixed)}")[:24]


def chosen_band(code: str) -> tuple[str | None, bool]:
    """The age band this device chose for the survey at ``code``, and whether its link fixed it: kept only as a
    keyed digest, found again by trying each band."""
    sealed = (session.get("bands") or {}).get(slot(code))
    if not isinstance(sealed, str):
        return None, False
    for band in AgeBand:
        for fixed in (True, False):
            if _band_seal(code, band.value, fixed) == sealed:
                return band.value, fixed
    return None, False


def remember_band(code: str, band: str, fixed: bool) -> None:
    bands = dict(session.get("bands") or {})
    place = slot(code, create=True)  # first: the seal is taken with the salt this makes
    bands[place] = _band_seal(code, band, fixed)
    session["bands"] = bands
    session.permanent = True


def forget_band_unless_fixed(code: str) -> None:
    """Someone else on the same device starts afresh: they choose their own band, unless the link fixed it."""
    bands = dict(session.get("bands") or {})
    if not chosen_band(code)[1]:
        bands.pop(slot(code), None)
    session["bands"] = bands


def chose_easy(code: str) -> bool:
    """Whether this device asked for the easy version of the consultation at ``code`` before it had a draft (on the
    start page, or with an invite card that opens it)."""
    return bool(flag("easy", code))


def flag(name: str, code: str, value: object | None = None) -> object | None:
    """A per-consultation value kept in this device's session: an invite code being used, an assisted session."""
    values = dict(session.get(name) or {})
    if value is not None:
        values[slot(code, create=True)] = value
        session[name] = values
        session.permanent = True
    return values.get(slot(code))


def pop_flag(name: str, code: str) -> bool:
    values = dict(session.get(name) or {})
    found = bool(values.pop(slot(code), None))
    if found:
        session[name] = values
    return found
