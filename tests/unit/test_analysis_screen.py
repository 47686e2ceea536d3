"""The wider screen's mechanics: Arabizi and Roman Urdu under one key, telling them from English, Welsh, Polish
and Romanian, saying when a comment is in a language with no word list, and the matcher's anchors, cries for help,
idioms and paired weak signals. (What the lists catch is measured in test_analysis_quality.py.)"""

from __future__ import annotations

import pytest

from participation.analysis import engine
from participation.analysis.detection import romanised_language
from participation.analysis.engine import Result, classify
from participation.analysis.evaluation import LabelledFileError, evaluate, format_report, read_labelled, script_of
from participation.analysis.lexicon import custom_matcher, find, load_roman
from participation.analysis.normalise import ages, arabizi_shaped, roman_key, tokens, unlisted_language, unmask
from participation.analysis.screening import weak_signals_suffice

# --- one key for the many spellings of Roman Urdu and Arabizi ----------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [
        ("5ayef", "khayef", "khaif"),  # 5 for خ
        ("7abibi", "habibi"),  # 7 for ح
        ("ta7arosh", "taharosh", "taharush"),
        ("3ayle", "ayle"),  # 3 for ع
        ("9a7bi", "sahbi"),  # 9 for ص
        ("6ayeb", "tayeb"),  # 6 for ط
        ("8aseb", "ghaseb"),  # 8 for غ/ق
        ("so2al", "soal"),  # 2 for hamza
        ("mujhe", "mujhay", "mujhy", "muje"),
        ("maar", "mar"),
        ("darr", "dar"),
        ("qarz", "karz"),
        ("wapas", "vapas"),
        ("khoon", "khun"),
        ("deen", "din"),
        ("paise", "paisay", "paisey"),
        ("chhup", "chup"),
        ("shaadi", "shadi"),
        ("bhook", "bhuk"),
    ],
)
def test_spellings_share_one_key(spellings):
    assert len({roman_key(spelling) for spelling in spellings}) == 1, [roman_key(s) for s in spellings]


def test_the_key_keeps_words_apart_that_mean_different_things():
    assert roman_key("mera") != roman_key("maar")  # my / hit
    assert roman_key("sadi") != roman_key("shadi")  # "sh" is kept
    assert roman_key("500") == "500" and roman_key("مار") == "مار"


@pytest.mark.parametrize(
    "written, meant",
    [
        ("nhi", "nahi"),
        ("nahin", "nahi"),
        ("bht", "bahut"),
        ("bohat", "bahut"),
        ("mjhe", "mujhe"),
        ("h", "hai"),
        ("krta", "karta"),
        ("rha", "raha"),
    ],
)
def test_roman_urdu_text_speak_brings_the_rest_together(written, meant):
    speak = load_roman("ur").text_speak
    assert speak[roman_key(written)] == (roman_key(meant),)


def test_arabizi_shape_is_a_digit_for_a_letter_not_english_text_speak():
    for token in ("ma3i", "7abibi", "la2", "2idi", "5ayef", "bi2afel"):
        assert arabizi_shaped(token), token
    for token in ("2day", "2nite", "gr8", "m8", "b4", "sum1", "y7", "yr10", "3pm", "2nd", "ps5", "4g"):
        assert not arabizi_shaped(token), token


# --- telling Roman Urdu and Arabizi from the other Latin-letter languages ----------------------------------------


@pytest.mark.parametrize(
    "text, language",
    [
        ("mjhe bht dar lagta h jab wo ghr aata h", "ur"),
        ("ammi kehti hain school ke baad seedha ghar aana", "ur"),
        ("meri madad karo", "ur"),
        ("ana mabsout hon, el 3ayle kteer mni7a ma3i", "ar"),
        ("baba bi drebni kel yom w mama ma bt2ol shi", "ar"),
        ("shu fi 3asha lyom", "ar"),
        # False friends: "main", "hai", "el", "fi", "ma", "la", "w", "na", "bas" are words of these languages too.
        ("the main road was closed so the bus was late", "en"),
        ("el ma bate la scoala si fi acasa", "ro"),
        ("w domu mama ma na mnie krzyczy", "pl"),
        ("fi a mam yn mynd i dre, ma fe yn neis", "cy"),
        ("bas dim ond fi sy na heddiw", "cy"),
    ],
)
def test_roman_urdu_and_arabizi_are_told_apart_from_the_other_languages(text, language):
    assert classify(text).language == language


def test_a_few_marker_words_in_a_long_comment_of_another_language_do_not_make_it_urdu():
    words = tokens("my carer says hai to everyone and the main thing is she listens to me about school and friends")
    assert romanised_language(words) is None


def test_romanised_comments_are_screened_with_their_own_language_lists():
    hit = classify("abbu mjhe roz maarte hain")
    assert hit.language == "ur" and hit.safeguarding and hit.sentiment is None
    assert classify("baba byedrabni kel ma yiji sakran").language == "ar"
    assert classify("baba byedrabni kel ma yiji sakran").safeguarding
    # The same spelling-blind reading does not turn ordinary comments into disclosures.
    assert not classify("yaar ye homework ne maar diya, kal submit karna hai").safeguarding
    assert not classify("ana ba7eb el madrase w sa7bati kteer").safeguarding


# --- languages Heard has no word list for -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("ሰላም ኣለኹም ደሓን ዶ ኣለኹም", "ti"),  # Ethiopic (Tigrinya)
        ("Мне не нравится мой новый дом", "ru"),  # Cyrillic
        ("我不喜欢我的新家", "zh"),
        ("ฉันไม่ชอบบ้านใหม่", "th"),
        ("मुझे मेरा नया घर पसंद नहीं है", "hi"),  # Devanagari
        ("ਮੈਨੂੰ ਮੇਰਾ ਨਵਾਂ ਘਰ ਪਸੰਦ ਨਹੀਂ", "pa"),  # Gurmukhi
        ("আমার নতুন বাড়ি ভালো লাগে না", "bn"),
        ("زه ښه یم خو کور ته نه ځم", "ps"),  # Pashto by its own letters
        ("ئەمن لە ماڵەوە ناترسم", "ckb"),  # Sorani Kurdish by its own letters
        ("من خیلی خسته هستم و نمی خواهم برگردم", "prs"),  # Persian (Dari) by its words
        ("Tôi không muốn về nhà", "vi"),  # Vietnamese by its tone marks
        ("Unë nuk dua të shkoj në shtëpi", "sq"),  # Albanian
        ("une nuk dua te shkoj ne shtepi sepse kam frike", "sq"),  # Albanian typed without ë
        # Found from outside, typed on the English page: short, and without the letters that usually tell them.
        ("زما پلار ما وهي", "ps"),  # Pashto by its own words ("my father beats me")
        ("پدرم مرا میزند", "prs"),  # Dari by the letters Arabic lacks, with none of Urdu's own
        ("babai më rreh", "sq"),  # Albanian: ë and one word of its own
        ("dua te vras veten", "sq"),
        ("toi muon chet", "vi"),  # Vietnamese typed without accents
    ],
)
def test_comments_mainly_in_a_language_without_a_word_list_are_not_listed(text, code):
    assert unlisted_language(text) == code
    result = classify(text)
    assert result.listed is False and result.language == code


@pytest.mark.parametrize(
    "text",
    [
        "my social worker never rings back",
        "Dw i ddim yn hapus yn yr ysgol",
        "nie chce wracac do domu",
        "nu vreau sa merg acasa",
        "أريد أن أرى أخي",
        "میں اپنے بھائی سے ملنا چاہتا ہوں",
        "mjhe bht dar lagta h",
        "ana mabsout ktir",
        "👍🏽👍🏽",
        "",
        "ok",
    ],
)
def test_comments_in_the_six_languages_and_empty_ones_are_listed(text):
    assert classify(text).listed is True


def test_listed_is_a_field_of_the_result_defaulting_to_true():
    assert Result("en", None, (), False).listed is True


def test_an_unlisted_comment_is_still_screened_by_the_words_of_listed_languages_in_it():
    result = classify("Мне плохо дома, отчим бьёт меня. he hits me every night")
    assert result.listed is False and result.safeguarding


# --- anchors, cries for help, idioms, paired weak signals ----------------------------------------------------------


def test_anchors_tie_a_pattern_to_the_start_or_end_of_a_clause():
    matcher = custom_matcher({"cry": ["^help$"], "start": ["^please help"]})

    def labels(text: str) -> set[str]:
        return {match.pattern.label for match in find(matcher, tokens(text), clauses=[0] * len(tokens(text)))}

    assert labels("help") == {"cry"} and labels("help is hard to get") == set()
    assert labels("please help me") == {"start"} and labels("i said please help me") == set()


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("please help me", True),
        ("i need help", True),
        ("can someone ring me", True),
        ("help", True),
        ("help me with my cv", False),
        ("i need help with my homework", False),
        ("i need help to find a flat", False),
        ("can someone ring me back about my housing", False),
        ("i dont need help", False),
        ("ساعدوني", True),
        ("احتاج مساعده بالرياضيات", False),
        ("pomocy", True),
        ("potrzebuje pomocy z matma", False),
    ],
)
def test_cries_for_help_and_requests_for_ordinary_help(text, flagged):
    assert classify(text).safeguarding is flagged


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("my brother hit me with a pillow lol", False),
        ("my brother hit me", True),
        ("im scared of my exams", False),
        ("im scared of my stepdad", True),
        ("we learnt about fgm in pshe", False),
        ("they want to do fgm to me in the summer", True),
    ],
)
def test_idioms_cancel_the_disclosure_words_they_share_and_nothing_else(text, flagged):
    assert classify(text).safeguarding is flagged


# The outside review of issue 17: tablets taken by the load, jumping said as an intent and a member of staff's kisses,
# as young people write them, and what must stay ordinary (tests/data/analysis_screen_young.csv holds many more).
@pytest.mark.parametrize(
    "text",
    [
        "i took a load of tablets",
        "I took a load of tablets last night",
        "took loads of pills",
        "i tuk loads of tablets",
        "i took like 20 tablets",
        "necked a load of tablits",
        "im gonna take all my pills",
        "im going to jump",
        "I'm going to jump.",
        "im gna jump",
        "ima jump",
        "gonna jump off the bridge",
        "i went to the bridge to jump",
        "one of the staff kissed me",
        "staff member touched me",
        "my carer kisses me",
        "the staff kised me",
        "one of the staff tuched me",
        "staff member sat on my bed and kissed me",
        # The look-alikes of jumping are narrow: disclosure words beside them still count.
        "im going to jump in front of a car",
        "im going to jump on the train tracks",
        "he jumped up and hit me",
        "he jumped on my bed and touched me",
    ],
)
def test_young_peoples_own_words_for_tablets_jumping_and_staffs_kisses_are_flagged(text):
    assert classify(text).safeguarding, text


@pytest.mark.parametrize(
    "text",
    [
        "we jumped on the trampoline",
        "I took my tablets like the nurse said",
        "i took my meds this morning",
        "im going to jump in the pool with my mates",
        "gonna jump on the bus to town",
        "i would jump at the chance to be on the interview panel",
        "i want to buy a jumper",
        "we jumped off the diving board at swimming",
        "my nan kisses me on the cheek",
        "my boyfriend kissed me at the party",
        "my carer kissed my little brother goodnight",
        "can we get tablets for the youth club",
        "im going to jump on the train to see my mum",
    ],
)
def test_their_look_alikes_stay_ordinary(text):
    assert not classify(text).safeguarding, text


def test_weak_groups_for_particular_harms_count_only_beside_their_partners():
    assert weak_signals_suffice({"chores", "restriction"})  # cleaning all day, not paid
    assert not weak_signals_suffice({"chores", "money-owed"})  # cleaning, and a debt to a sister
    assert weak_signals_suffice({"gifts", "older-people"})  # presents from an older man
    assert not weak_signals_suffice({"gifts", "meet"})  # presents from nan, who wants to see me
    assert weak_signals_suffice({"reluctant", "insist"})
    assert not weak_signals_suffice({"reluctant", "join"})
    assert weak_signals_suffice({"kiss", "staff"})  # a kiss, and a member of staff, further apart than a phrase
    assert not weak_signals_suffice({"kiss", "kin"})  # nan's kiss


def test_a_pattern_starting_with_a_negator_is_not_undone_by_another():
    assert classify("dim arian a dim bwyd ers dyddiau").safeguarding


def test_arabic_and_joined_to_the_first_word_of_a_phrase():
    assert classify("صاحبتي في رجل كبير وبيعطيها مصاري").safeguarding
    assert not classify("قصيت شعري قصير وعجبني").safeguarding  # "and I liked it" is not corrected into "tortured"


# --- reading a labelled file --------------------------------------------------------------------------------------

GOOD = (
    "id,language,text,safeguarding,kind\n"
    "a1,en,he hits me,1,abuse\n"
    "a2,en,my sw never rings back,0,none\n"
    "a3,ur,abbu mjhe roz maarte hain,1,abuse\n"
)


def test_a_labelled_file_is_read_and_the_report_names_ids_not_words():
    rows = read_labelled(GOOD)
    assert [row.id for row in rows] == ["a1", "a2", "a3"] and rows[2].script == "latin"
    report = evaluate(rows)
    assert report.recall == 1.0 and report.precision == 1.0
    lines = "\n".join(format_report(report))
    assert "Recall: 1.00 (2/2)" in lines and "ur latin: 1.00 (1/1)" in lines
    assert "hits" not in lines and "maarte" not in lines


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty"),
        ("id,text\n1,hi\n", "missing: language, safeguarding"),
        ("id,language,text,safeguarding\n1,en,hi,yes\n", "Line 2 (id 1): safeguarding must be 1 or 0"),
        ("id,language,text,safeguarding\n1,en,hi,0\n1,en,ho,0\n", "Line 3: the id '1' is used twice"),
        ("id,language,text,safeguarding\n1,en,hi,0,extra\n", "Line 2: expected 4 columns, found 5"),
        ("id,language,text,safeguarding,script\n1,ur,hi,0,roman\n", "script must be native or latin"),
        ("id,language,text,safeguarding\n", "no rows"),
    ],
)
def test_a_malformed_labelled_file_says_where_and_why(text, message):
    with pytest.raises(LabelledFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_labelled(text)


def test_the_script_is_worked_out_when_not_given():
    assert script_of("میں ٹھیک ہوں") == "native" and script_of("main theek hoon") == "latin"
    assert script_of("Dw i'n iawn") == "latin"


# --- the outside review of live polls (issue 17): words written past a filter -------------------------------------


@pytest.mark.parametrize("words", ["s3lf h4rm", "k.m.s", "k.y.s.", "i want to k1ll myself", "S3LF H4RM"])
def test_letters_written_as_digits_or_with_dots_between_them_are_read_as_words(words):
    assert engine.may_disclose(words), words


@pytest.mark.parametrize("words", ["i love 2day", "year 7 is fine", "pizza at 3pm", "e.g. more trips", "y10 trip"])
def test_numbers_times_and_year_groups_are_not_read_as_letters(words):
    assert not engine.may_disclose(words), words


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("he r*ped me", "he raped me"),
        ("R@PE", "rape"),
        ("s*icide", "suicide"),
        ("su**cidal", "suicidal"),
        ("i want to d!e", "i want to die"),
        ("k!ll", "kill"),
        ("i got SA'd", "i got sexually assaulted"),
        ("got sa'd", "got sexually assaulted"),
        ("🔪🩸", " knifeemoji  bloodemoji "),
        # Ordinary words and marks stay as written.
        ("so sad!", "so sad!"),
        ("SAD", "SAD"),
        ("d e", "d e"),
        ("dont!", "dont!"),
        ("r&b", "r&b"),
    ],
)
def test_masked_words_are_read_as_words(written, read):
    assert unmask(written).lower() == read.lower()  # case is folded later


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("14yo and my bf is 25", "14 year old and my bf is 25"),
        ("im 14y/o", "im 14 year old"),
        ("im 14 y.o. n pregnant", "im 14 year old n pregnant"),
        ("im 14yrs old", "im 14 year old"),
        ("im 12yr old", "im 12 year old"),
        ("i'm (15f) and my boyfriend (28m)", "i'm (15) and my boyfriend (28)"),
        ("im sixteen and hes twenty-eight", "im 16 and hes 28"),
        ("I’m Seventeen", "I’m 17"),
        ("a fourteen year old", "a 14 year old"),
        # Not ages: left as written.
        ("ten chłopak", "ten chłopak"),
        ("top ten", "top ten"),
        ("3yrs in care", "3yrs in care"),
        ("ran 16m", "ran 16m"),
        ("14 years old", "14 years old"),
        ("yo whats up", "yo whats up"),
    ],
)
def test_ages_are_written_one_way(written, read):
    assert ages(written) == read


@pytest.mark.parametrize(
    ("words", "flagged"),
    [
        # A much older partner: under 16, four or more years older or an adult; 16 with 20 or over; 17 with 23 or
        # over (Cook and Mott, Child Abuse Review 2020).
        ("im 13 and hes 17", True),
        ("im 13 and hes 16", False),
        ("im 16 and hes 20", True),
        ("im 16 and hes 19", False),
        ("im 17 and hes 23", True),
        ("im 17 and hes 22", False),
        ("hes 35 im 16", True),
        ("im 16 and my boyfriend is in his 30s", True),
        ("im 16 and hes 14 years older than me", True),
        ("im 17 and hes 5 years older than me", False),
        # Someone else's age: a brother's, a boyfriend's dad's.
        ("im 16 and my brother, hes 28, lives in leeds", False),
        ("im 16 and my boyfriends dad is 45", False),
        # A decade stays a number ("20s" was read as "2os", letters for digits, and "in his 20*" never matched).
        ("hes in his 20s", True),
    ],
)
def test_a_partner_is_much_older_from_four_years_under_16_and_six_at_17(words, flagged):
    assert engine.may_disclose(words) is flagged, words
