"""What changed, as the demo shows it to young people: a promise reads the same on the promises page and on
"you said, we did"; last year's wave is dated from the day the demo is loaded and says what was done; each quote and
action sits under a theme it is about; and the pages a young person starts from link to all of it."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from sqlalchemy import select

from participation.analysis.models import AnswerTheme, Quote
from participation.boards import pledges
from participation.boards.models import Action, Pledge
from participation.demo import boards as demo_boards
from participation.demo import content
from participation.demo.loader import load_demo
from participation.extensions import db
from participation.surveys.models import Consultation

DAY = date(2026, 12, 6)
PAGES = ("/s/demo/you-said-we-did", "/s/demo-2025/you-said-we-did")


def _load(app, today: date = DAY) -> None:
    with app.app_context():
        load_demo(today=today)
        db.session.commit()


def _page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.get_data(as_text=True), "html.parser")


def _actions_shown(page: BeautifulSoup) -> dict[str, list[tuple[str, str]]]:
    """Each theme's section -> (what, tag) of every action under it."""
    shown: dict[str, list[tuple[str, str]]] = {}
    for section in page.select("section.heard-ysdw__theme"):
        slug = section.h2["id"].removeprefix("theme-")
        shown[slug] = [
            (item.select_one("p[lang]").get_text(strip=True), item.select_one(".govuk-tag").get_text(strip=True))
            for item in section.select(".heard-ysdw__actions > li")
        ]
    return shown


def test_every_promise_reads_the_same_on_both_pages_and_names_councillors_in_full(app, client):
    _load(app)
    with app.app_context():
        every = db.session.scalars(select(Pledge)).all()
        texts = [pledges.text_of(pledge)[0] for pledge in every]
    assert len(texts) == len(demo_boards.COMMITMENTS)
    promises = _page(client, "/s/demo/promises")
    on_promises = {
        section.h2.get_text(strip=True): (
            section.select_one(".govuk-tag").get_text(strip=True),
            section.select("p.govuk-body")[1].get_text(strip=True),
        )
        for section in promises.select("section.heard-ysdw__theme")
    }
    for url in PAGES:
        shown = _actions_shown(_page(client, url))
        for text in texts:
            tags = {tag for actions in shown.values() for what, tag in actions if what == text}
            # Each promise is on the page, under its themes, with the promises page's tag and no other.
            assert tags == {on_promises[text][0]}, (url, text, tags, on_promises[text])
    # Young people are not expected to know "Cllr".
    for url in ("/s/demo/promises", *PAGES):
        assert "Cllr" not in _page(client, url).get_text(), url
    assert any(text.startswith("Councillor ") for text in promises.stripped_strings)


def test_last_years_wave_is_dated_from_the_load_day_and_says_what_was_done(app, client):
    later = date(2029, 5, 20)
    _load(app, later)
    with app.app_context():
        previous = db.session.scalar(select(Consultation).where(Consultation.code == "demo-2025"))
        assert previous.closes_on is not None and previous.feedback_due_on is not None
        # Closed about a year before the load day, its "come back by" date already past: never a date from 2026.
        assert 330 <= (later - previous.closes_on).days <= 400
        assert previous.feedback_due_on < later
        due = [action.due_on for action in db.session.scalars(select(Action)) if action.due_on is not None]
        assert min(due).year >= 2028
    page = _page(client, "/s/demo-2025/you-said-we-did")
    text = page.get_text(" ", strip=True)
    assert "Come back by" not in text and "2026" not in text
    # The themes most young people raised each have something done about them.
    sections = page.select("section.heard-ysdw__theme")
    for section in sections[:8]:
        assert section.select(".heard-ysdw__actions > li"), section.h2.get_text(strip=True)
        assert "still working out" not in section.get_text()


def test_a_past_come_back_date_is_never_promised(app, client):
    _load(app)
    with app.app_context():
        previous = db.session.scalar(select(Consultation).where(Consultation.code == "demo-2025"))
        db.session.execute(db.delete(Action).where(Action.consultation_id == previous.id))
        previous.feedback_due_on = date(2026, 3, 31)
        db.session.commit()
    text = _page(client, "/s/demo-2025/you-said-we-did").get_text(" ", strip=True)
    assert "Come back by" not in text
    assert "We said we would tell you what changed by 31 March 2026" in text and "late" in text
    with app.app_context():
        previous = db.session.scalar(select(Consultation).where(Consultation.code == "demo-2025"))
        previous.feedback_due_on = date(2099, 3, 31)
        db.session.commit()
    assert "Come back by 31 March 2099" in _page(client, "/s/demo-2025/you-said-we-did").get_text(" ", strip=True)


def test_each_quote_and_action_sits_under_a_theme_it_is_about(app, client):
    _load(app)
    meant = {comment["text"]: set(comment["themes"]) for comment in content.COMMENTS}
    tagged: dict[tuple[str, str], set[str]] = {}
    with app.app_context():
        for quote, code in db.session.execute(
            select(Quote, Consultation.code).join(Consultation, Consultation.id == Quote.consultation_id)
        ).all():
            tagged[(code, quote.text)] = set(
                db.session.scalars(
                    select(AnswerTheme.slug).where(
                        AnswerTheme.answer_id == quote.answer_id, AnswerTheme.removed.is_(False)
                    )
                )
            )
        actions = {action.texts["en"]["what"]: set(action.themes) for action in db.session.scalars(select(Action))}
    assert {code for code, _text in tagged} == {"demo", "demo-2025"}
    shown = 0
    for url in PAGES:
        code = url.split("/")[2]
        page = _page(client, url)
        for section in page.select("section.heard-ysdw__theme"):
            slug = section.h2["id"].removeprefix("theme-")
            for figure in section.select("figure.heard-ysdw__quote"):
                text = figure.blockquote.get_text(strip=True).strip("“”")
                # Tagged with the theme it is shown under, and only with what the comment is about.
                assert slug in tagged[(code, text)], (url, slug, text, tagged[(code, text)])
                assert tagged[(code, text)] <= meant[text], (url, text, tagged[(code, text)], meant[text])
                shown += 1
            for what, _tag in _actions_shown(page).get(slug, []):
                assert slug in actions[what], (url, slug, what)
    assert shown >= 6


def test_the_pages_young_people_start_from_link_to_what_changed(app, client):
    _load(app)
    start = _page(client, "/s/demo?band=12-17")
    links = {link["href"] for link in start.select("#what-changed ~ ul a, .heard-what-changed a")}
    assert "/s/demo/promises" in links
    assert any(href.endswith("/you-said-we-did") for href in links)
    # Help, reached from the survey's own "Get help now" link: for that council. Never from what this device's
    # session holds (fourth outside review, N3): home, and help opened later, name no council's pages.
    page = _page(client, start.find("a", string="Get help now")["href"])
    hrefs = {link["href"] for link in page.select(".heard-what-changed a")}
    assert "/s/demo/promises" in hrefs and any(href.endswith("/you-said-we-did") for href in hrefs)
    for url in ("/", "/help"):
        assert not _page(client, url).select(".heard-what-changed"), url


def test_no_links_to_what_changed_when_there_is_nothing_to_show(app):
    _load(app)
    with app.app_context():
        db.session.execute(db.delete(Action))
        db.session.execute(db.delete(Pledge))
        db.session.commit()
    fresh = app.test_client()
    # The survey's own page links only to its page of what changed, which says nothing has changed yet.
    links = [link["href"] for link in _page(fresh, "/s/demo?band=12-17").select(".heard-what-changed a")]
    assert links == ["/s/demo/what-changed"]
    assert not _page(fresh, "/").select(".heard-what-changed")
    assert not _page(fresh, "/help").select(".heard-what-changed")
