import pytest

from participation.analysis.models import still_identifying
from participation.analysis.redaction import NOTHING_KNOWN, Known, Redaction, redact


def kinds(text):
    return [item.kind for item in redact(text)[1]]


def test_contact_details_are_taken_out():
    text, found = redact("ring me on 07700 900123 or email jay.smith@example.com")
    assert text == "ring me on [phone number] or email [email]"
    assert [(f.kind, f.original) for f in found] == [("email", "jay.smith@example.com"), ("phone", "07700 900123")]


def test_postcodes_addresses_and_schools():
    text, _found = redact("I live at 12 Acacia Road, NE1 4XY and go to St Mary's Catholic Primary School")
    assert "Acacia" not in text and "NE1" not in text and "Mary" not in text
    assert "[address]" in text and "[postcode]" in text and "[school]" in text


def test_names_introduced_by_a_relationship():
    text, found = redact("my sw Sarah never rings back and my brother Tom misses me")
    assert text == "my sw [name] never rings back and my brother [name] misses me"
    assert [f.original for f in found] == ["Sarah", "Tom"]
    assert redact("Mrs Patel helped me")[0] == "Mrs [name] helped me"


def test_ordinary_words_stay():
    text = "I want to see my little brother more, it is not fair"
    assert redact(text) == (text, [])


# --- the outside review of issue 17: what the redaction missed -----------------------------------------------------

HOMES = Known(homes=("Rosewood House", "Oak Lodge children's home"), schools=("Northshire High",))


def taken(text: str, known: Known = NOTHING_KNOWN) -> list[tuple[str, str]]:
    return [(item.kind, item.original) for item in redact(text, known)[1]]


@pytest.mark.parametrize(
    "text, shown, name",
    [
        ("my name is jamie smith", "my name is [name]", "jamie smith"),
        ("My name is Jamie Smith and im 15", "My name is [name] and im 15", "Jamie Smith"),
        ("im jamie", "im [name]", "jamie"),
        ("i'm jamie lol", "i'm [name] lol", "jamie"),
        ("I’m Priya", "I’m [name]", "Priya"),
        ("my names kai", "my names [name]", "kai"),
        ("call me kofi", "call me [name]", "kofi"),
        ("my brother tom misses me", "my brother [name] misses me", "tom"),
        ("my sw sarah never rings back", "my sw [name] never rings back", "sarah"),
    ],
)
def test_names_in_lower_case_and_after_im(text, shown, name):
    assert redact(text) == (shown, [Redaction("name", name)])


@pytest.mark.parametrize(
    "text",
    [
        "I'm happy",
        "I'm at school",
        "im knackered",
        "I'm Muslim and proud",
        "I'm British",
        "im so happy here",
        "my name is on the list",
        "my brother is annoying",
        "they called me names at school",
        "my insta is private",
        "add me on snap if you want",
        "we met at 3.30 in town",
        "i was at home. then i went out",
        "i was born in 2010 in leeds",
        "I went to Family Court",
        "my House is cold",
        "i stay at nans house at weekends",
        "the oak tree in the garden",
    ],
)
def test_ordinary_words_stay_ordinary(text):
    assert redact(text, HOMES) == (text, [])


@pytest.mark.parametrize(
    "text, shown, original",
    [
        ("@jamie_s99 on everything", "[username] on everything", "@jamie_s99"),
        ("add me on insta jamie.s", "add me on insta [username]", "jamie.s"),
        ("my snap is jamiexo", "my snap is [username]", "jamiexo"),
        ("my xbox gamertag is jamie99", "my xbox gamertag is [username]", "jamie99"),
    ],
)
def test_social_media_names(text, shown, original):
    assert redact(text) == (shown, [Redaction("handle", original)])


@pytest.mark.parametrize(
    "text",
    [
        "jamie at gmail dot com",
        "jamie(at)hotmail(dot)co(dot)uk",
        "jamie [at] outlook.com",
        "jamie at gmail",
        "jamie@gmail dot com",
    ],
)
def test_email_addresses_spelt_out(text):
    assert redact(f"email me {text} ok") == ("email me [email] ok", [Redaction("email", text)])


@pytest.mark.parametrize(
    "text, shown, home",
    [
        ("i live at oak lodge", "i live at [home]", "oak lodge"),
        ("the staff at OAK LODGE are kind", "the staff at [home] are kind", "OAK LODGE"),
        ("rosewood was better than my last home", "[home] was better than my last home", "rosewood"),
        ("i used to live at Rosewood House", "i used to live at [home]", "Rosewood House"),
    ],
)
def test_the_organisations_own_homes_in_any_case(text, shown, home):
    assert redact(text, HOMES) == (shown, [Redaction("home", home)])
    # "Oak" alone is an ordinary word: only the whole name is the home's.
    assert redact("we sat under the oak", HOMES)[1] == []


@pytest.mark.parametrize(
    "text, shown, home",
    [
        ("I was moved to Willow Court last year", "I was moved to [home] last year", "Willow Court"),
        ("Sea View is where i live now", "[home] is where i live now", "Sea View"),
        ("i was placed at sunny view", "i was placed at [home]", "sunny view"),
    ],
)
def test_homes_named_like_homes_that_the_organisation_has_not_listed(text, shown, home):
    assert redact(text) == (shown, [Redaction("home", home)])


@pytest.mark.parametrize(
    "text, shown, date",
    [
        ("born 03/04/2010", "born [date of birth]", "03/04/2010"),
        ("dob 3.4.10", "dob [date of birth]", "3.4.10"),
        ("my birthday is 3rd april 2011", "my birthday is [date of birth]", "3rd april 2011"),
        ("my bday is april 3rd", "my bday is [date of birth]", "april 3rd"),
        ("D.O.B: 03-04-2010", "D.O.B: [date of birth]", "03-04-2010"),
        ("born on the 3rd of April 2011", "born on the [date of birth]", "3rd of April 2011"),
    ],
)
def test_dates_of_birth(text, shown, date):
    assert redact(text) == (shown, [Redaction("birth", date)])


def test_the_organisations_schools_too():
    assert taken("i love it at northshire high", HOMES) == [("school", "northshire high")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("im jamie", "name"),
        ("insta jamie.s", "social media name"),
        ("jamie at gmail dot com", "email address"),
        ("the staff at oak lodge", "children's home"),
        ("born 03/04/2010", "date of birth"),
    ],
)
def test_approving_words_checks_them_again_for_each(app, text, kind):
    with app.test_request_context():
        assert still_identifying(text, HOMES) == kind
        assert still_identifying("I'm happy at school", HOMES) == ""
