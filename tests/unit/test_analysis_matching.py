"""The matching mechanics, independent of what the word lists contain."""

from participation.analysis.lexicon import compile_pattern, custom_matcher, find
from participation.analysis.normalise import fold, script_language, tokens


def matches(patterns: dict[str, list[str]], text: str) -> set[str]:
    return {match.pattern.label for match in find(custom_matcher(patterns), tokens(text))}


def test_normalisation_folds_accents_apostrophes_and_arabic_script_letters():
    assert tokens("Don't ŁÓDŹ ştiu Ŵy") == ["dont", "lodz", "stiu", "wy"]
    assert fold("أخي") == fold("اخي")
    assert fold("ہمارا گھر") == fold("همارا گهر")
    assert fold("مدرسة") == fold("مدرسه")
    assert tokens("  👍🏽 !! ") == []


def test_script_tells_urdu_from_arabic():
    assert script_language("میں ٹھیک ہوں") == "ur"
    assert script_language("أنا بخير") == "ar"
    assert script_language("I'm fine") is None


def test_stems_plurals_phrases_and_gaps():
    patterns = {"a": ["carer*"], "b": ["social worker"], "c": ["hit* ... me"], "d": ["brother"]}
    assert matches(patterns, "my carers are nice") == {"a"}
    assert matches(patterns, "too many social workers") == {"b"}
    assert matches(patterns, "he hits me") == {"c"}
    assert matches(patterns, "he hit my sister and me") == {"c"}
    assert matches(patterns, "he hit the ball far away from me") == set()
    assert matches(patterns, "my brothers") == {"d"}


def test_one_letter_slips_are_forgiven_in_long_words_only():
    patterns = {"a": ["bullied"], "b": ["cat"]}
    assert matches(patterns, "i got bulied") == {"a"}
    assert matches(patterns, "i got bullyed") == {"a"}
    assert matches(patterns, "cot") == set()


def test_short_stems_are_refused():
    assert compile_pattern("me", "x") is not None
    pattern = compile_pattern("hurt* ... ", "risk")
    assert pattern is not None and pattern.words[-1] is not None


def test_emerging_topics_come_from_unthemed_comments():
    from participation.analysis.topics import emerging

    comments = [
        ("the bus pass costs too much", ()),
        ("I need a bus pass for college", ()),
        ("bus pass please!!", ()),
        ("bus pass", ("money-and-work",)),
        ("I like my carers", ("home-and-stability",)),
        ("they are nice", ()),
    ]
    topics = emerging(comments)
    assert topics[0].phrase == "bus pass" and topics[0].count == 3
    assert len(topics[0].examples) == 3
    assert "bus" not in [topic.phrase for topic in topics]
