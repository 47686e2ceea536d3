"""The matching mechanics, independent of what the word lists contain."""

import pytest

from participation.analysis.detection import detect_language
from participation.analysis.engine import classify, may_disclose
from participation.analysis.lexicon import compile_pattern, custom_matcher, find
from participation.analysis.normalise import fold, script_language, tokens
from participation.analysis.screening import weak_signals, weak_signals_suffice


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


def test_alternatives_stand_for_one_place_anywhere_in_a_pattern():
    patterns = {"a": ["took ... load*|lots|all ... tablet*|pills"], "b": ["staff*|carer* ... kis* me"]}
    assert matches(patterns, "i took a load of tablets") == {"a"}
    assert matches(patterns, "took all my pills") == {"a"}
    assert matches(patterns, "i took my tablets") == set()
    assert matches(patterns, "i took a load of stuff") == set()
    # In first place: any of them starts it.
    assert matches(patterns, "one of the staff kissed me") == {"b"}
    assert matches(patterns, "my carer kisses me") == {"b"}
    assert matches(patterns, "my nan kisses me") == set()


def test_a_match_names_the_alternatives_that_matched_not_the_whole_list():
    [match] = find(custom_matcher({"a": ["took ... load*|lots|all ... tablet*|pills"]}), tokens("took loads of pills"))
    assert match.term == "took ... load* ... pills"
    [plain] = find(custom_matcher({"a": ["hit* ... me"]}), tokens("he hit me"))
    assert plain.term == "hit* ... me"
    assert classify("my carer kisses me").risk_terms == ("carer* ... kis* me",)


def test_an_alternative_must_be_one_word():
    with pytest.raises(ValueError, match="one word"):
        compile_pattern("took co-codamol|pills", "risk")
    # An organisation's keyword written that way is left out, not an error.
    assert matches({"a": ["took co-codamol|pills"], "b": ["pills"]}, "took pills") == {"b"}


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


def test_weak_signals_need_two_kinds_and_context_counts_half():
    cues = custom_matcher(
        {
            "hiding": ["under the bed", "hide"],
            "carer-state": ["pub", "drunk"],
            "night": ["at night"],
            "fear": ["scared"],
            "hunger": ["eat on my own"],
            "alone": ["on my own"],
        }
    )

    def found(text: str) -> dict[str, str]:
        toks = tokens(text)
        return weak_signals(toks, [0] * len(toks), frozenset({"not", "dont"}), cues)

    assert found("when he gets in from the pub we go under the bed") == {
        "carer-state": "pub",
        "hiding": "under the bed",
    }
    assert weak_signals_suffice(found("when he gets in from the pub we go under the bed"))
    # Two cues of one kind, or one kind with one context, are not enough; two contexts count as one kind.
    assert not weak_signals_suffice(found("he was drunk again at the pub"))
    assert not weak_signals_suffice(found("i was scared at night after the film"))
    assert weak_signals_suffice(found("i hide when i am scared at night"))
    # Words are counted once (the longest cue wins) and a negated cue does not count.
    assert found("i eat on my own") == {"hunger": "eat on my own"}
    assert not weak_signals_suffice(found("i dont hide from anyone at the pub"))


def test_weak_signals_are_reported_as_risk_terms():
    result = classify("when he gets back from the pub i put my headphones on")
    assert result.safeguarding
    assert {"pub", "headphones on"} <= set(result.risk_terms)
    assert not classify("we went to the pub for sunday dinner with my carers").safeguarding


def test_a_short_comment_pairs_a_relative_or_a_plea_with_fear():
    """dev3's unwilling visits and minimal cries: a relative beside fear, or a plea beside one cue, is enough in a
    few words, not in a long answer; a relative beside not wanting to go counts unless the reason is ordinary."""
    assert may_disclose("scared of my uncle")
    assert may_disclose("i hide when mums boyfriend is here pls")
    assert not may_disclose(
        "my uncle helped me with my homework and we went to the cinema which was scary "
        "because the film was a horror one and i was scared the whole time"
    )
    assert may_disclose("i dont want to go to my dads on saturdays anymore but they make me")
    assert not may_disclose("i dont want to go to my cousins wedding its boring")
    assert not may_disclose("please can we have more trips to the beach")
    assert not may_disclose("can you come to our football match")


def test_short_arabizi_and_roman_urdu_are_told_by_clear_markers():
    assert detect_language("baddi mout ma fi fayde") == "ar"
    assert detect_language("naya school acha hai") == "ur"
    assert detect_language("my mum is making dinner tonight") == "en"


@pytest.mark.parametrize(
    "text",
    [
        "my step dad hitz me n im scard 2 go home",
        "idk wot 2 do ne more",
        "dnt wanna go bk 2 foster",
        "i cnt sleep coz ov him",
        "more pocket money pls",
    ],
)
def test_english_text_speak_is_not_welsh(text):
    """The statistics read short text-speak as Welsh (or Romanian, or Vietnamese): a safeguarding lead saw a
    disclosure in English labelled Cymraeg. Welsh needs a Welsh word or letter; text-speak is English evidence."""
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    ["Dw i ddim yn hapus yn yr ysgol", "dwi angen help plis, ddim yn saff yn y ty", "dim byd", "mae fy mam yn sâl"],
)
def test_welsh_with_its_own_words_is_welsh(text):
    assert detect_language(text) == "cy"
