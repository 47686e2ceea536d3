from participation.surveys.checks import DEFAULT_TERMS, find_terms, reading_age, syllables


def found(text):
    return [(warning.term, warning.found) for warning in find_terms(text, DEFAULT_TERMS)]


def test_avoided_words_are_found_with_suggestions():
    assert found("How is your placement?") == [("placement", "placement")]
    assert found("Moving placements was hard") == [("placement", "placements")]
    assert found("Do you get enough contact with your mum?") == [("contact", "contact")]
    warning = find_terms("Before your LAC review", DEFAULT_TERMS)
    assert [(w.term, w.suggestion) for w in warning] == [("LAC review", "my review, or my meeting")]
    assert found("I felt vulnerable") == [("vulnerable", "vulnerable")]


def test_look_alikes_are_not_flagged():
    assert found("I lack nothing") == []
    assert found("Replacement phone") == []
    assert found("Family time at home") == []


def test_syllables_and_reading_age():
    assert syllables("cat") == 1 and syllables("happy") == 2 and syllables("listened") == 2
    assert syllables("communication") == 5
    simple = reading_age(["Do you feel safe?", "Yes", "No", "Is your home nice?"])
    hard = reading_age(
        [
            "To what extent do you consider that the accommodation arrangements facilitate your "
            "independence and personal development?"
        ]
    )
    assert simple is not None and hard is not None
    assert simple < 8 < 12 < hard
    assert reading_age(["", "  "]) is None
