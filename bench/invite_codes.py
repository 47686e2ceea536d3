"""Time to create 1,000 invite codes and render their printable sheet (each card with its own QR code).

Signs in as the demo participation worker through the real sign-in page (second factor off for the bench) and uses
the console's own pages, so the figure is what a worker waits for.
"""

from __future__ import annotations

import gzip
import re
import sys
import time

from _common import drop_database, heading, make_app, new_database, prepare_database, python_version

COUNT = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def token(client, url: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get(url, follow_redirects=True).get_data(as_text=True)
    return (
        re.search(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"', page).group(1)
        or ""
    )


def main() -> None:
    from participation.demo.council import DEMO_PASSWORD

    database = new_database()
    try:
        prepare_database(database)
        app = make_app(database, REQUIRE_MFA=False, ARGON2_FAST=False)
        client = app.test_client()
        page = client.get("/staff/sign-in").get_data(as_text=True)
        csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        client.post(
            "/staff/sign-in", data={"email": "worker@northshire.example", "password": DEMO_PASSWORD, "csrf_token": csrf}
        )
        overview = client.get("/staff/").get_data(as_text=True)
        consultation = re.search(r"/staff/consultations/([0-9a-f-]{36})", overview)
        if consultation is None:
            raise SystemExit("could not find the demo consultation in the console")
        url = f"/staff/consultations/{consultation.group(1)}/invites"
        form = client.get(url).get_data(as_text=True)
        csrf = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)

        started = time.perf_counter()
        created = client.post(
            url, data={"csrf_token": csrf, "count": str(COUNT), "group": "", "band": "", "identifiers": ""}
        )
        generated = time.perf_counter() - started
        if created.status_code != 302:
            raise SystemExit(f"creating codes answered {created.status_code}")
        started = time.perf_counter()
        sheet = client.get(created.headers["Location"])
        rendered = time.perf_counter() - started
        body = sheet.get_data()
        cards = body.count(b'class="heard-card__code"')

        heading(f"{COUNT:,} invite codes ({python_version()}, {database.dialect})")
        print(f"create {COUNT:,} codes (hash, encrypt, one insert):  {generated * 1000:8.0f} ms")
        print(f"render the printable sheet with a QR per card:     {rendered * 1000:8.0f} ms")
        print(f"total, as a worker waits for it:                    {(generated + rendered) * 1000:8.0f} ms")
        print(f"sheet: {cards:,} cards, {len(body):,} bytes raw, {len(gzip.compress(body, 6)):,} bytes gzip")
    finally:
        drop_database(database)


if __name__ == "__main__":
    main()
