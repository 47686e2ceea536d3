from participation.analysis.redaction import redact


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
