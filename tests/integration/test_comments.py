"""A worker reads what young people wrote, themed; corrects a theme; adopts an emerging topic."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from participation.accounts.models import Role
from participation.analysis.models import AnswerTheme, Theme
from participation.extensions import db
from tests import factories
from tests.journey import Journey
from tests.pages import fetch

COMMENTS = [
    "I want to see my little brother more",
    "can we have recycling bins",
    "recycling bins would be good",
    "recycling bins please",
    "my sw never rings me back",
]


def test_comments_themed_corrected_and_topic_adopted(app, client):
    with app.app_context():
        org = factories.organisation()
        consultation = factories.consultation(org, code="talk")
        user, secret = factories.staff(org, Role.PARTICIPATION_WORKER)
    for text in COMMENTS:
        journey = Journey(app.test_client(), "talk")
        journey.start("12-17")
        while not journey.page.select_one("textarea#answer"):
            journey.answer_current("skip")
        journey.submit_current({"answer": text})
        while not journey.path.endswith("/check"):
            journey.answer_current("skip")
        journey.submit_current()
    factories.sign_in(client, user, secret)
    url = f"/staff/consultations/{consultation.id}/comments"
    page = fetch(client, url)
    texts = [p.get_text(strip=True) for p in page.select(".heard-comment__text")]
    assert sorted(texts) == sorted(COMMENTS)
    brother = next(li for li in page.select(".heard-comment") if "brother" in li.get_text())
    assert "Family time" in brother.get_text()

    # Correct: take family time off, add being heard.
    token = page.find("input", {"name": "csrf_token"})["value"]
    answer_id = brother["id"][2:]
    client.post(f"{url}/{answer_id}/remove", data={"slug": "family-time", "csrf_token": token})
    added = client.post(f"{url}/{answer_id}/add", data={"slug": "being-heard", "csrf_token": token})
    assert added.status_code == 302, added.get_data(as_text=True)[:300]
    page = fetch(client, url + "?theme=being-heard")
    item = page.select_one(".heard-comment")
    assert "brother" in item.get_text() and "added by a worker" in item.get_text()
    assert "Family time removed by a worker" in item.get_text()

    # The emerging phrase, adopted into money and work, themes the comments that use it.
    page = fetch(client, url)
    assert any("recycling bins" in t.get_text() for t in page.select(".heard-topic"))
    response = client.post(
        f"/staff/consultations/{consultation.id}/topics",
        data={"phrase": "recycling bins", "slug": "activities-and-friends", "new_name": "", "csrf_token": token},
    )
    assert response.status_code == 302
    page = fetch(client, url + "?theme=activities-and-friends")
    assert len([p for p in page.select(".heard-comment__text") if "recycling bins" in p.get_text()]) == 3
    with app.app_context():
        theme = db.session.scalar(
            select(Theme).where(Theme.slug == "activities-and-friends", Theme.organisation_id == org.id)
        )
        assert theme.keywords == ["recycling bins"]
        # The worker's correction survived the re-analysis adopting the topic ran.
        rows = {
            t.slug: t
            for t in db.session.scalars(select(AnswerTheme).where(AnswerTheme.answer_id == uuid.UUID(answer_id)))
        }
        assert rows["family-time"].removed and not rows["being-heard"].removed
    # Start a new theme from a phrase.
    client.post(
        f"/staff/consultations/{consultation.id}/topics",
        data={"phrase": "recycling", "slug": "new", "new_name": "Green issues", "csrf_token": token},
    )
    page = client.get(url + "?theme=green-issues").get_data(as_text=True)
    assert "recycling bins please" in page
