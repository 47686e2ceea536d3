"""Polish and Romanian parents and carers are addressed formally (Państwo / dumneavoastră), as their questions are:
every page a parent or carer meets on the demo's journey, in Polish and Romanian, is walked and read, and none may say
"ty" / "tu" to them. Strings every band shares are worded so they read for a child and a parent alike (impersonal
forms, "można" / "se poate", nouns on buttons); what differs by band is already worded per band
(participation/responses/wording.py, templates/macros.html)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup

from participation.demo.cli import demo_cli
from participation.helplines import registry
from tests.journey import Journey

BAND = "parents-carers"
# A possible disclosure, so the question after it and the check page show the "where to get help now" box; in English,
# so nothing in it is Polish or Romanian.
DISCLOSURE = "my partner hits me and the children are scared at home"
CALM = "More help with school"

# Informal second person singular, as whole words (case-folded): each is "ty" / "tu" only, never what the formal or a
# neutral text says. The formal address is "Państwo" with third person plural verbs ("mogą Państwo"), "dumneavoastră"
# with second person plural ones ("puteți"); the neutral one is impersonal ("można", "prosimy" / "se poate", "trebuie")
# or a noun or first person on a button ("Wysyłam odpowiedzi" / "Trimit răspunsurile mele").
INFORMAL = {
    "pl": {
        # The pronoun "ty" in every case, and the possessive "twój" in every case and gender. ("Ci" as "those people"
        # would be a false alarm; no page says it.)
        "pronoun": r"ty|ciebie|cię|ci|tobie|tobą|"
        r"twój|twoja|twoje|twojego|twojej|twojemu|twoim|twoją|twoi|twoich|twoimi",
        # Present tense, second person singular (możesz, chcesz, masz, wyślesz, potrzebujesz), but not "nasz" / "wasz"
        # ("our" / "your", plural); "jesteś"; and the past tense's -łeś / -łaś (zacząłeś, wpisałaś).
        "verb": r"(?!nasz\b|wasz\b)\w+(?:esz|isz|ysz|asz)|jesteś|\w+(?:łeś|łaś)",
        # Imperatives, second person singular, that sentences and buttons used to say.
        "imperative": r"zadzwoń|wybierz|wpisz|sprawdź|wyślij|zapisz|powiedz|napisz|poczekaj|odczekaj|spróbuj|wróć|zrób|"
        r"zeskanuj|skontaktuj|przejdź|kontynuuj|usuń|zmień|wyjdź|zobacz|otwórz|pomiń|uzyskaj|zacznij|dokończ|"
        r"odpowiadaj|zaznacz|pokaż|zachowaj|skróć|użyj|naciśnij|uszereguj",
    },
    "ro": {
        # The pronoun "tu" in every case (te, ți / îți, ție, tine) and the possessive "tău / ta / tăi / tale".
        "pronoun": r"tu|te|ți|îți|ție|tine|tău|ta|tăi|tale",
        # Second person singular verbs whose form is no other person's (a second person singular imperative such as
        # "alege" or "trimite" is also the third person, as in "se alege", and is left to the next rule).
        "verb": r"ești|poți|vrei|știi|spui|scrii|trimiți|alegi|primești|folosești|începi|citești|ștergi|vezi|aștepți|"
        r"încerci|răspunzi|ceri|ai|fii|vei",
        # Imperatives: one with a pronoun after it (notează-l, fă-i, spune-i, dă-mi, șterge-mi), and those with a
        # form of their own (revino, fă, dă, ieși, sari).
        # ("într-o", "dintr-o" are "in a", "from a").
        "imperative": r"(?!(?:într|dintr|printr)-)\w{3,}-(?:l|o|i|mi|le|ne)|revino|fă|dă|ieși|sari",
    },
}


@pytest.fixture()
def demo(app, runner):
    result = runner.invoke(demo_cli, ["load", "--responses", "0"])
    assert result.exit_code == 0, result.output


def page_text(page: BeautifulSoup) -> str:
    """What the page says in its own language: everything in the body but the language list (each language's own
    name) and text marked as another language."""
    language = page.find("html")["lang"]
    body = BeautifulSoup(str(page.body), "html.parser")
    for element in body.select(".heard-languages, [lang]"):
        if not element.decomposed and (element.name == "nav" or element.get("lang") != language):
            element.decompose()
    return body.get_text(" ", strip=True)


def without_childline(page: BeautifulSoup) -> BeautifulSoup:
    """The help page for everyone without its part for under-19s (Childline), which speaks to a young person."""
    childline = page.select_one(f'main a.heard-phone[href="{registry.tel_href("0800 1111")}"]')
    assert childline is not None, "the help page gives Childline's number"
    section = childline.find_parent("ul")
    section.find_previous_sibling("h2").decompose()
    section.decompose()
    return page


def parents_pages(app, language: str) -> Iterator[tuple[str, str]]:
    """(where, what it says) for every page a parent or carer meets, errors, disclosures, saving, sending, receipts,
    deleting, help and "you said, we did" included."""
    journey = Journey(app.test_client(), "demo", language=language)
    # Before anyone has said who they are, the consultation's name is its general one (the young people's); the
    # page's own words must still suit a parent.
    title = journey.get(f"/s/demo?lang={language}").select_one("main p.govuk-body-l").get_text(strip=True)
    yield "who", page_text(journey.page).replace(title, "")
    yield "who, nothing chosen", page_text(journey.submit_current({})).replace(title, "")
    yield "start", page_text(journey.submit_current({"band": BAND}))
    yield "start, band in link", page_text(journey.get(f"/s/demo?band={BAND}&lang={language}"))
    journey.submit_current()
    yield "question 1", page_text(journey.page)
    yield "question 1, unanswered", page_text(journey.submit_current({}))
    first = journey.path
    yield "save", page_text(journey.get("/s/demo/save"))
    yield "saved", page_text(journey.submit_current())
    journey.get(first)
    worried = False
    while not journey.path.endswith("/check"):
        where = journey.path
        kinds = {field.get("type") for field in journey.page.select("form input, form textarea")}
        if journey.page.find("textarea") or "text" in kinds:
            if not worried:
                yield f"{where}, too long", page_text(journey.submit_current({"answer": "x" * 5000}))
            journey.answer_current(text=CALM if worried else DISCLOSURE)
            worried = True
        else:
            journey.answer_current()
        yield f"after {where}", page_text(journey.page)
    journey.submit_current()
    receipt = journey.page.select_one(".heard-receipt")
    yield "done", page_text(journey.page)
    assert receipt is not None, "the done page gives a receipt code"
    other = Journey(app.test_client(), "demo", language=language)
    yield "receipt", page_text(other.get(f"/receipt?lang={language}"))
    yield "receipt, wrong code", page_text(other.submit_current({"code": "ABCDE-FGHJK"}))
    yield "receipt, no code", page_text(other.submit_current({"code": ""}))
    yield "receipt answers", page_text(other.submit_current({"code": receipt.get_text(strip=True)}))
    form = other.page.find("form", action="/receipt/delete")
    yield "delete?", page_text(other.post("/receipt/delete", {"code": form.find("input", {"name": "code"})["value"]}))
    confirm = other.page.find("form", action="/receipt/delete")
    fields = {name: confirm.find("input", {"name": name})["value"] for name in ("code", "confirmed")}
    yield "deleted", page_text(other.submit_current(fields))
    visitor = Journey(app.test_client(), "demo", language=language)
    visitor.get(f"/?lang={language}")
    yield "/help", page_text(without_childline(visitor.get("/help")))
    for url in ("/", "/s/nope", "/resume"):
        yield url, page_text(visitor.get(url))
    yield "resume, wrong code", page_text(visitor.submit_current({"code": "ABCD-EFGH"}))


def informal_forms(language: str, text: str) -> list[str]:
    found = []
    for kind, words in INFORMAL[language].items():
        # Romanian joins pronouns with a hyphen ("ți-a dat", "nu-ți", "șterge-ți"): a hyphen is a word's edge.
        for match in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", text.casefold()):
            found.append(f"{kind}: {match.group(0)}")
    return found


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_parents_and_carers_are_never_addressed_informally(app, demo, language):
    wrong = {}
    for where, text in parents_pages(app, language):
        forms = informal_forms(language, text)
        if forms:
            wrong[where] = (forms, text)
    assert not wrong, "\n".join(f"{where}: {forms}\n    {text}" for where, (forms, text) in wrong.items())
