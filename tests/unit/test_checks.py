from participation.surveys.checks import (
    DEFAULT_TERMS,
    MIN_WORDS_FOR_READING_AGE,
    band_reading,
    find_terms,
    is_long_word,
    reading_age,
    syllables,
)


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


def test_everyday_compounds_and_silent_endings_are_counted_as_a_reader_says_them():
    assert syllables("Sometimes") == 2 and syllables("something") == 2 and syllables("somewhere") == 2
    assert syllables("everyone") == 3 and syllables("grown-ups") == 2 and syllables("times") == 1
    assert syllables("places") == 2 and syllables("clothes") == 1
    # Long words are three syllables or more, less compounds of short words and -es/-ed/-ing forms of short ones.
    assert [w for w in ("family", "everyone", "nobody", "managing", "grandparents", "advocate") if is_long_word(w)] == [
        "family",
        "advocate",
    ]
    assert is_long_word("accommodation") and not is_long_word("listened")


def test_a_few_short_questions_get_no_reading_age_but_each_sentence_is_judged():
    # The bank's own question for 4 to 7s, which Flesch–Kincaid called "too hard" (7.6 against 7) on its 8 words.
    texts = ["Do you feel listened to?", "Yes", "Sometimes", "No"]
    reading = band_reading("4-7", texts)
    assert reading.words == 8 and reading.reading_age is None and reading.too_few_words
    assert not reading.too_hard
    hard = band_reading("4-7", ["Do you think the accommodation arrangements are appropriate for you?"])
    assert hard.too_hard
    assert hard.hard[0].long_words == ("accommodation", "arrangements", "appropriate")
    assert hard.hard[0].too_many_long_words and not hard.hard[0].too_long
    long = band_reading("4-7", ["Can you tell us what you like to do when you go out to play with your friends?"])
    assert long.too_hard and long.hard[0].too_long and long.hard[0].words == 18
    # The same sentence is fine for 12 to 17s, whose aim is longer.
    assert not band_reading(
        "12-17", ["Can you tell us what you like to do when you go out to play with your friends?"]
    ).too_hard


def test_a_long_text_gets_a_reading_age_against_its_band_aim():
    plain = ["Do you feel safe at home? Tell us what helps you feel safe and who you can talk to."] * 6
    reading = band_reading("8-11", plain)
    assert reading.words >= MIN_WORDS_FOR_READING_AGE and reading.reading_age is not None
    assert reading.reading_age <= 9 and not reading.too_hard
    dense = ["Consider how considerable organisational difficulties influence educational opportunity today."] * 12
    heavy = band_reading("parents-carers", dense)
    assert heavy.reading_age is not None and heavy.reading_age > 12 and heavy.too_hard
