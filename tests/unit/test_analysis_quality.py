"""Precision and recall on the labelled development sets (tests/data/analysis_dev.csv and, for the wider screen,
tests/data/analysis_screen_dev.csv) and on later sets, against stated floors.

The set was written independently of the word lists: comments in all six languages over every theme, disclosures
written in many ways, and safe look-alikes. Recall of disclosures matters most.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from participation.analysis.engine import classify
from participation.analysis.evaluation import evaluate, format_report, read_labelled

DATA = Path(__file__).resolve().parents[1] / "data" / "analysis_dev.csv"

# Stated floors (the measured figures are in the issue notes and printed with -s).
SAFEGUARDING_RECALL = 0.95
SAFEGUARDING_RECALL_PER_LANGUAGE = 0.85
SAFEGUARDING_PRECISION = 0.70
THEME_PRECISION = 0.68
THEME_RECALL = 0.75
LANGUAGE_ACCURACY = 0.95


@pytest.fixture(scope="module")
def scored() -> list[tuple[dict[str, str], object]]:
    with open(DATA, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(row, classify(row["text"])) for row in rows]


def test_the_development_set_is_big_and_broad(scored):
    assert len(scored) >= 300
    assert {row["language"] for row, _ in scored} == {"en", "cy", "pl", "ro", "ar", "ur"}
    assert sum(row["safeguarding"] == "1" for row, _ in scored) >= 60


def test_safeguarding_recall_and_precision(scored):
    missed = [row["text"] for row, result in scored if row["safeguarding"] == "1" and not result.safeguarding]
    flagged = [(row, result) for row, result in scored if result.safeguarding]
    true = [row for row, result in scored if row["safeguarding"] == "1"]
    recall = 1 - len(missed) / len(true)
    precision = sum(row["safeguarding"] == "1" for row, _ in flagged) / max(1, len(flagged))
    print(f"\nsafeguarding recall {recall:.3f} precision {precision:.3f}; missed: {missed}")
    assert recall >= SAFEGUARDING_RECALL, missed
    assert precision >= SAFEGUARDING_PRECISION


def test_safeguarding_recall_in_every_language(scored):
    by_language: dict[str, list[bool]] = defaultdict(list)
    for row, result in scored:
        if row["safeguarding"] == "1":
            by_language[row["language"]].append(result.safeguarding)
    for language, hits in sorted(by_language.items()):
        recall = sum(hits) / len(hits)
        print(f"{language}: safeguarding recall {recall:.2f} of {len(hits)}")
        assert recall >= SAFEGUARDING_RECALL_PER_LANGUAGE, language


def test_theme_precision_and_recall(scored):
    true_positive = false_positive = false_negative = 0
    for row, result in scored:
        expected = {slug for slug in row["themes"].split(";") if slug}
        found = set(result.themes)
        true_positive += len(expected & found)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / max(1, true_positive + false_negative)
    print(f"\nthemes micro precision {precision:.3f} recall {recall:.3f}")
    assert precision >= THEME_PRECISION and recall >= THEME_RECALL


def test_language_detection(scored):
    judged = [(row, result) for row, result in scored if len(row["text"]) >= 20]
    right = sum(result.language == row["language"] for row, result in judged)
    print(f"\nlanguage accuracy {right / len(judged):.3f} on {len(judged)} comments of 20+ characters")
    assert right / len(judged) >= LANGUAGE_ACCURACY


def test_sentiment_only_where_honest(scored):
    for _row, result in scored:
        if result.language != "en":
            assert result.sentiment is None
        elif result.sentiment is not None:
            assert -1 <= result.sentiment <= 1


def test_held_out_disclosures_in_the_demo_comments():
    """The demo's comments were written by someone else and never used to tune the word lists."""
    from participation.demo.content import COMMENTS

    disclosures = [comment for comment in COMMENTS if comment["safeguarding"]]
    # Caught: flagged, or in a language with no word list, which a person reads first ("Not screened in Tigrinya").
    results = {comment["text"]: classify(comment["text"]) for comment in disclosures}
    caught = [c for c in disclosures if results[c["text"]].safeguarding or not results[c["text"]].listed]
    false_alarms = [c for c in COMMENTS if not c["safeguarding"] and classify(c["text"]).safeguarding]
    print(f"\nheld out: recall {len(caught)}/{len(disclosures)}, false alarms {len(false_alarms)}/{len(COMMENTS)}")
    assert len(caught) / len(disclosures) >= 0.95
    assert len(false_alarms) / len(COMMENTS) <= 0.10


# Later sets, each written by someone who never saw the word lists. "heldout" and "test" were measured once and
# then used to widen the lists (so they now guard against regressions); "final" was measured once, after the
# lists were finished, and is the honest figure for wording nobody has tuned for: recall 0.65, precision 0.88 on
# 2026-11-23, recall 0.75, precision 0.89 after the wider screen of 2026-12-06 (tuned on its own development set,
# below). Its floors sit just below that so any change that loses ground fails, and the set is not to be used for
# tuning: write a fresh one to measure the next round. "screen_heldout" is that fresh set for the wider screen,
# written later by someone else: until it is there its test is skipped, saying so. "screen_dev2" was the first
# held-out set for the wider screen (recall 0.80, precision 0.96 when measured once, 2026-12-06), now tuned on, by
# families of wording and kind-level weak-signal pairs rather than its rows: its floors keep that ground.
# "screen_dev3" was the second (recall 0.86, precision 0.93 when measured once; weakest unwilling visits 0.50, cries
# for help 0.70, trafficking 0.70), then tuned on the same way: relatives beside reluctance, short pleas, indirect
# suicidal ideation, papers kept and journeys owed, in all six languages. "screen_dev4" was the third (recall 0.88,
# precision 0.95 when measured once; weakest unwilling visits 0.55), then tuned the same way: reluctance towards a
# person counting alone in a short comment, beside insistence or a relative at any length, unless an ordinary reason
# cancels it; indirect suicidal ideation, destitution and neglect told obliquely, Arabizi and Roman Urdu threats.
# "screen_dev5" was the fourth (recall 0.82, precision 0.94 when measured once; weakest destitution 0.55, neglect
# 0.60, FGM 0.67), then tuned by strategy rather than rows: broad topic words per kind counting beside any cue of
# distress (screening.BROAD_TOPICS), spending precision on recall for unseen wording.


@dataclass(frozen=True)
class Floors:
    recall: float
    precision: float
    recall_per_kind: float | None = None  # for sets with a "kind" column
    min_rows: int = 150
    written_later: bool = False  # skipped (with the reason) until the file exists


LATER_SETS = {
    "analysis_heldout.csv": Floors(0.95, 0.85),
    "analysis_test.csv": Floors(0.95, 0.85),
    "analysis_final.csv": Floors(0.72, 0.80),
    "analysis_screen_dev2.csv": Floors(0.95, 0.75, recall_per_kind=0.90, min_rows=200),
    "analysis_screen_dev3.csv": Floors(0.95, 0.75, recall_per_kind=0.90, min_rows=200),
    "analysis_screen_dev4.csv": Floors(0.95, 0.75, recall_per_kind=0.90, min_rows=200),
    "analysis_screen_dev5.csv": Floors(0.95, 0.75, recall_per_kind=0.90, min_rows=200),
    # "screen_dev6" was the fifth held-out set (recall 0.93, precision 0.91 when measured once; weakest destitution
    # 0.70, all three misses sleeping rough in Arabizi, Urdu script and Roman Urdu; cries for help 0.82, suicidal
    # ideation 0.83), then tuned by families: sleeping out and nights spent out in every language and script,
    # stockpiled means, "ring me, I can't write it here", and look-alikes of hunger after sport, chores and idioms.
    "analysis_screen_dev6.csv": Floors(0.95, 0.75, recall_per_kind=0.90, min_rows=200),
    # Written after the sixth round by someone who had seen neither the lists nor any other set, and measured once
    # (2026-12-06): recall 0.92 (138/150), every kind 0.80 or more, precision 0.96; the engine before the wider
    # screen: recall 0.54, precision 0.91. The floors: 0.9 overall, 0.8 per kind. Not for tuning: write a
    # fresh set to measure the next round.
    "analysis_screen_heldout.csv": Floors(0.90, 0.85, recall_per_kind=0.80, min_rows=200),
}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_sets_written_without_seeing_the_lists(name):
    floors = LATER_SETS[name]
    path = DATA.parent / name
    if floors.written_later and not path.exists():
        pytest.skip(f"{name} is not there yet: it is written later by someone who has not seen the word lists")
    rows = read_labelled(path.read_text(encoding="utf-8"))
    assert len(rows) >= floors.min_rows and {row.language for row in rows} == {"en", "cy", "pl", "ro", "ar", "ur"}
    report = evaluate(rows)
    print(f"\n{name}: safeguarding recall {report.recall:.2f} precision {report.precision:.2f}")
    assert report.recall is not None and report.recall >= floors.recall, report.missed
    assert report.precision is not None and report.precision >= floors.precision, report.false_alarms
    if floors.recall_per_kind is not None:
        for kind, tally in sorted(report.by_kind.items()):
            print(f"  {kind}: {tally.caught}/{tally.total}")
            assert tally.rate is not None and tally.rate >= floors.recall_per_kind, kind


# --- the wider screen's development set ---------------------------------------------------------------------------
# tests/data/analysis_screen_dev.csv: exploitation in young people's words, minimal cries for help, unwilling
# visits, hopelessness, neglect and destitution, forced marriage, domestic servitude, FGM, radicalisation and
# trafficking, in all six languages, Arabic and Urdu in their own script and in Latin letters (columns
# id,language,script,kind,safeguarding,text,note). Written by someone who had not seen the lists, then used to tune
# them, so its floors guard against regressions. Measured before the wider screen (the engine of 9ecde30): recall
# 0.44, precision 0.84, language accuracy 0.81, Arabic and Urdu in Latin letters 0.00; after: recall 1.00, every
# kind 1.00, precision 0.99, language accuracy 0.99 (Latin-letter Arabic and Urdu 0.99).

SCREEN_DEV = DATA.parent / "analysis_screen_dev.csv"
SCREEN_KINDS = {
    "criminal-exploitation",
    "sexual-exploitation",
    "online-grooming",
    "cry-for-help",
    "unwilling-visit",
    "suicidal-ideation",
    "self-harm",
    "neglect",
    "destitution",
    "forced-marriage",
    "domestic-servitude",
    "fgm",
    "radicalisation",
    "trafficking",
    "abuse",
}
SCREEN_RECALL = 0.95
SCREEN_RECALL_PER_KIND = 0.90
SCREEN_RECALL_PER_LANGUAGE = 0.85
SCREEN_PRECISION = 0.70
ROMANISED_LANGUAGE_ACCURACY = 0.90


@pytest.fixture(scope="module")
def screen_dev():  # type: ignore[no-untyped-def]
    rows = read_labelled(SCREEN_DEV.read_text(encoding="utf-8"))
    report = evaluate(rows)
    print("\n" + "\n".join(format_report(report)))
    return rows, report


def test_the_screen_development_set_is_big_and_balanced(screen_dev):
    rows, _report = screen_dev
    assert len(rows) >= 400
    assert {row.language for row in rows} == {"en", "cy", "pl", "ro", "ar", "ur"}
    disclosures = Counter(row.kind for row in rows if row.safeguarding)
    assert set(disclosures) == SCREEN_KINDS
    assert min(disclosures.values()) >= 10, disclosures
    # Look-alikes share words with disclosures: enough of them to measure precision honestly.
    assert sum(row.kind == "look-alike" for row in rows) >= 100
    assert sum(row.safeguarding for row in rows) >= 200
    # Arabic and Urdu in both scripts, with disclosures in each; every language with several kinds of harm.
    for language in ("ar", "ur"):
        for script in ("native", "latin"):
            written = [row for row in rows if row.language == language and row.script == script]
            assert len(written) >= 30 and sum(row.safeguarding for row in written) >= 15, (language, script)
    for language in ("en", "cy", "pl", "ro", "ar", "ur"):
        assert len({row.kind for row in rows if row.language == language and row.safeguarding}) >= 8, language


def test_screen_development_set_recall_and_precision(screen_dev):
    _rows, report = screen_dev
    assert report.recall is not None and report.recall >= SCREEN_RECALL, report.missed
    assert report.precision is not None and report.precision >= SCREEN_PRECISION, report.false_alarms


def test_screen_development_set_recall_for_every_kind_and_language(screen_dev):
    _rows, report = screen_dev
    assert set(report.by_kind) == SCREEN_KINDS
    for kind, tally in report.by_kind.items():
        assert tally.rate is not None and tally.rate >= SCREEN_RECALL_PER_KIND, kind
    for language, tally in report.by_language.items():
        assert tally.rate is not None and tally.rate >= SCREEN_RECALL_PER_LANGUAGE, language


def test_arabic_and_urdu_in_latin_letters_are_told_by_their_language(screen_dev):
    _rows, report = screen_dev
    romanised = report.romanised_language()
    assert romanised.total >= 60
    assert romanised.rate is not None and romanised.rate >= ROMANISED_LANGUAGE_ACCURACY
    # And the others are not taken for them (nor for each other).
    for (language, script), tally in report.language_by_script.items():
        assert tally.rate is not None and tally.rate >= 0.90, (language, script)


def test_the_screen_report_names_ids_not_words(screen_dev):
    rows, report = screen_dev
    lines = "\n".join(format_report(report))
    assert all(row.text not in lines for row in rows if len(row.text) >= 12)


# --- young people's own words: tablets by the load, jumping, a member of staff's kisses -----------------------------
# tests/data/analysis_screen_young.csv, after the outside review of issue 17 found "i took a load of tablets", "im going
# to jump" and "one of the staff kissed me" unflagged: English as teenagers write it (lower case, no apostrophes,
# text-speak, misspellings), with look-alikes that must stay ordinary, and in its notes the choices made ("decided:").
# Rows y001-y168 were written first and tuned on. Measured before the change (the engine of 9b24c1b): recall 0.22,
# precision 0.74. Rows z001-z060 were written after the tuning and measured once: recall 0.93 (37/40; "co-codamol",
# "a stupid amount of tablets" and "jumpp" missed), precision 1.00, against 0.28 and 0.92 for the engine before; the
# three misses were then added. The look-alikes the screen still flags were flagged before too, and their notes say
# why they stay: a worrying word reaching a person beats a missed one (TRUST.md).
YOUNG = DATA.parent / "analysis_screen_young.csv"


@pytest.fixture(scope="module")
def young():  # type: ignore[no-untyped-def]
    rows = read_labelled(YOUNG.read_text(encoding="utf-8"))
    report = evaluate(rows)
    print("\n" + "\n".join(format_report(report)))
    return rows, report


def test_young_peoples_own_words_are_flagged_in_every_kind(young):
    rows, report = young
    assert len(rows) >= 200 and sum(row.safeguarding for row in rows) >= 150
    assert set(report.by_kind) == {"overdose", "jumping", "kissed-or-touched-by-staff"}
    for kind, tally in report.by_kind.items():
        assert tally.total >= 40 and tally.rate is not None and tally.rate >= 0.95, kind
    assert report.recall is not None and report.recall >= 0.97, report.missed
    assert report.precision is not None and report.precision >= 0.93, report.false_alarms


def test_their_look_alikes_are_flagged_only_where_the_corpus_says_why(young):
    rows, report = young
    with open(YOUNG, encoding="utf-8", newline="") as handle:
        notes = {row["id"]: row["note"] for row in csv.DictReader(handle)}
    assert sum(not row.safeguarding for row in rows) >= 70
    assert all("still flagged" in notes[row_id] for row_id in report.false_alarms), report.false_alarms


# --- young people's own words, second review: ages, selling oneself, masked words, getting jumped, emoji -----------
# tests/data/analysis_screen_young2.csv, after the second outside review of issue 17 found "im 13 and my boyfriend is
# 19", "had to sell myself for somewhere to stay", "he r*ped me", "i want to d!e", "im getting jumped every day after
# school" and "🔪🩸 again tonight" unflagged. Measured before the change (the engine of 2ac268e): recall 0.17,
# precision 0.62 on rows v001-v099 (tuned on); after: 1.00 / 0.97, the two remaining false alarms flagged before too
# and kept on purpose. Rows w001-w017 were written after the tuning and measured once: recall 0.92 (12/13, "i want to
# dye tbh" missed), precision 0.86 ("dying my hair tonight", flagged before too, and "jumped me in the queue"); those
# three were then fixed.
YOUNG2 = DATA.parent / "analysis_screen_young2.csv"


def test_the_second_reviews_words_are_flagged_and_their_look_alikes_are_not():
    kinds = {"child-with-adult", "exploitation", "rape-slang", "suicidal-masked", "hopeless", "jumped", "knife-emoji"}
    assert_flagged_in_every_kind(YOUNG2, kinds, rows=90, disclosures=55)


def assert_flagged_in_every_kind(
    path: Path, kinds: set[str], rows: int, disclosures: int, look_alikes: int = 0, precision: float = 0.0
) -> None:
    """A review's set (at least ``rows`` rows, ``disclosures`` of them disclosures and ``look_alikes`` not): every
    disclosure of every kind flagged, precision at least ``precision``, and each look-alike the screen still flags
    saying why in its note."""
    labelled = read_labelled(path.read_text(encoding="utf-8"))
    report = evaluate(labelled)
    assert len(labelled) >= rows and sum(row.safeguarding for row in labelled) >= disclosures
    assert sum(not row.safeguarding for row in labelled) >= look_alikes
    assert set(report.by_kind) == kinds
    assert report.recall == 1.0, report.missed
    assert report.precision is not None and report.precision >= precision, report.false_alarms
    with open(path, encoding="utf-8", newline="") as handle:
        notes = {row["id"]: row["note"] for row in csv.DictReader(handle)}
    assert all("still flagged" in notes[row_id] for row_id in report.false_alarms), report.false_alarms


# --- young people's own words, third review: older partners at 16 and 17, "14yo", positions of trust, jumped -------
# tests/data/analysis_screen_young3.csv, after the third outside review of issue 17 found "im 16 and my boyfriend is
# 31", "me (17) and him 29", "hes 35 im 16", "14yo" and "got jumped on the bus home" unflagged. The rule for a much
# older partner: under 16, an adult or anyone four or more years older; 16 with 20 or over; 17 with 23 or over (Cook
# and Mott 2020); at any age, a relationship with an adult in a position of trust. Rows x001-x134 were written first
# and tuned on: before the change (the engine of fbd16e1) recall 0.28 (23/82), precision 0.92; after 1.00 (82/82),
# 0.96. Rows u001-u022 were written after the tuning and measured once: recall 0.73 (11/15; "hes 33 and i just turned
# 16", "me and my bf (hes 30) have been together since i was 15", "16yo me, 32yo him" and "my 14yo sister has a 19yo
# boyfriend" missed), precision 0.92 (u013, flagged before too), against 0.47 and 0.88 for the engine before; the
# four misses were then added. The look-alikes the screen still flags say why in their notes.
YOUNG3 = DATA.parent / "analysis_screen_young3.csv"


def test_the_third_reviews_words_are_flagged_and_their_look_alikes_are_not():
    kinds = {"older-partner", "age-shorthand", "trusted-adult", "jumped"}
    assert_flagged_in_every_kind(YOUNG3, kinds, rows=150, disclosures=90, look_alikes=55, precision=0.95)


# --- known misses after the third review: a robbery as teenagers tell it, harm done to a friend ---------------------
# tests/data/analysis_screen_young4.csv, after "they rushed me and took my phone" went unflagged (the idiom "my phone"
# beside the attack cancelled it) and harm done to a friend, a brother or a sister was read only in some words ("some
# lads battered my mate" and "my friend got stabbed" were caught, "they jumped my mate", "my mate got robbed" and "my
# friend got shot" were not). Rows t001-t089 were written first and tuned on: before the change (the engine of
# eef169a) recall 0.28 (14/50), precision 0.82; after 1.00 (50/50), 0.96. Rows s001-s024 were written after the
# tuning and measured once: recall 0.80 (12/15; "three lads cornered me and nicked my bike", "i keep getting my stuff
# taken by the same group" and "my mate got put in hospital by some lads" missed), precision 0.75, against 0.60 and
# 0.82 for the engine before; the three misses and one false alarm were then fixed. Every other labelled set gives
# the same verdict on every row as before. The look-alikes the screen still flags say why in their notes.
YOUNG4 = DATA.parent / "analysis_screen_young4.csv"


def test_a_robbery_and_harm_to_a_friend_are_flagged_and_their_look_alikes_are_not():
    kinds = {"robbed", "friend-harmed"}
    assert_flagged_in_every_kind(YOUNG4, kinds, rows=110, disclosures=60, look_alikes=45, precision=0.92)
