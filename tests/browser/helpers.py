from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()
# The live server's app, set by the live_server fixture: the browser reads what Heard "emailed" from its outbox.
LIVE_APP: Any = None


def emailed_path(to: str, marker: str) -> str:
    """The path of the newest link containing ``marker`` that Heard emailed to ``to``."""
    import re

    from sqlalchemy import select

    from participation.extensions import db
    from participation.notifications.models import OutboxMessage

    with LIVE_APP.app_context():
        bodies = [
            message.body
            for message in db.session.scalars(
                select(OutboxMessage).where(OutboxMessage.to == to).order_by(OutboxMessage.created_at)
            )
        ]
    links = [
        match.group(1)
        for body in bodies
        for match in re.finditer(r"https?://[^/\s]+(/\S*)", body)
        if marker in match.group(1)
    ]
    assert links, f"no {marker} link emailed to {to}"
    return links[-1]


def axe_violations(page: Any) -> list[dict[str, Any]]:
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results.response["violations"]
    ]


def region_violations(page: Any) -> list[Any]:
    """axe's "region" rule (best practice, not a WCAG tag): everything sits in a landmark, but a leading skip link."""
    results = _axe.run(page, options={"runOnly": {"type": "rule", "values": ["region"]}})
    return [[node["target"] for node in violation["nodes"]] for violation in results.response["violations"]]


def assert_accessible(page: Any, state: str) -> None:
    violations = axe_violations(page)
    assert violations == [], f"axe violations on {state} ({page.url}): {violations}"


def tab_to(page: Any, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"could not reach {selector} with the keyboard on {page.url}")


def choose_radio(page: Any, name: str, value: str, limit: int = 10) -> None:
    """Tab into a radio group, then arrow to the wanted option (arrow keys also select it, as in every browser)."""
    tab_to(page, f"input[type=radio][name='{name}']")
    arrow = "ArrowLeft" if page.evaluate("getComputedStyle(document.body).direction") == "rtl" else "ArrowRight"
    for _ in range(limit):
        if page.evaluate("(v) => document.activeElement.value === v", value):
            page.keyboard.press("Space")
            return
        page.keyboard.press(arrow)
    raise AssertionError(f"could not arrow to {value} in {name} on {page.url}")


def click_and_wait(page: Any, locator: Any) -> None:
    """Click something that loads a new page and wait until that page has loaded."""
    with page.expect_navigation():
        locator.click()
    page.wait_for_load_state()


def _type_credentials(page: Any, email: str, password: str) -> None:
    """Type the email address and password with the keyboard, then press Enter on the sign-in button."""
    tab_to(page, "#email")
    page.keyboard.type(email)
    tab_to(page, "#password")
    page.keyboard.type(password)
    tab_to(page, "form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def sign_in_by_keyboard(page: Any, email: str) -> None:
    """Sign in as a demo account with the keyboard only, setting up the authenticator on first sign-in."""
    from participation.accounts import totp
    from participation.demo.council import DEMO_PASSWORD

    page.goto("/staff/sign-in")
    assert_accessible(page, "sign in")
    _type_credentials(page, email, DEMO_PASSWORD)
    if page.locator("h1", has_text="Check your email to set up sign-in").count():
        # No authenticator yet: only the owner of the address, through the emailed link, may set one up.
        assert_accessible(page, "check your email to set up sign-in")
        page.goto(emailed_path(email, "/staff/sign-in/set-up/"))
        assert_accessible(page, "authenticator set-up link")
        tab_to(page, "form button[type=submit]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        _type_credentials(page, email, DEMO_PASSWORD)
    if page.url.endswith("/set-up"):
        assert_accessible(page, "set up authenticator")
        secret = page.locator("code.heard-receipt").inner_text().replace(" ", "")
        tab_to(page, "#code")
        page.keyboard.type(totp.code_for(secret))
        with page.expect_navigation():
            page.keyboard.press("Enter")
    elif page.url.endswith("/sign-in/code"):
        # Signed in before in this run: the authenticator's code, as the person's phone would show it.
        tab_to(page, "#code")
        page.keyboard.type(_authenticator_code(email))
        with page.expect_navigation():
            page.keyboard.press("Enter")


def _authenticator_code(email: str) -> str:
    """The code an enrolled account's authenticator shows now; or, if this step's code was used by an earlier
    sign-in (a code is never accepted twice), the next step's, which the server allows for clock drift."""
    from sqlalchemy import select

    from participation.accounts import credentials, totp
    from participation.accounts.models import User
    from participation.extensions import db

    with LIVE_APP.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        assert user is not None and user.totp_secret, f"{email} has no authenticator"
        secret = credentials.decrypt_secret(user.totp_secret)
        last = user.totp_last_step
    assert secret is not None
    step = max(totp.current_step(), (last or 0) + 1)
    return totp.code_for(secret, now=step * totp.STEP_SECONDS)


def demo_staff_signed_in(browser: Any, live_server: str, role: Any, email: str, *links: str) -> tuple[Any, str]:
    """A new member of the demo council's staff with ``role``, signed in once (an account of the caller's own: an
    authenticator code is spent once used), who follows ``links`` from the staff home. Returns the browser's
    signed-in state and the address reached, without its query."""
    from sqlalchemy import select

    from participation.accounts import totp
    from participation.extensions import db
    from participation.organisations.models import Organisation
    from tests import factories

    with LIVE_APP.app_context():
        council = db.session.scalar(select(Organisation).where(Organisation.slug == "northshire"))
        _user, secret = factories.staff(council, role, email=email)
    context = browser.new_context(base_url=live_server)
    try:
        page = context.new_page()
        page.goto("/staff/sign-in")
        page.fill("#email", email)
        page.fill("#password", factories.STAFF_PASSWORD)
        click_and_wait(page, page.locator("form button[type=submit]"))
        page.fill("#code", totp.code_for(secret))
        click_and_wait(page, page.locator("form button[type=submit]"))
        assert page.url.endswith("/staff/"), page.url
        for link in links:
            click_and_wait(page, page.locator("a", has_text=link))
        return context.storage_state(), page.url.split("?")[0].rstrip("/")
    finally:
        context.close()
