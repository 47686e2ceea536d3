"""``flask --app wsgi analysis evaluate`` on a labelled CSV, and ``classify`` on Arabic and Urdu in Latin letters."""

from __future__ import annotations

import openpyxl

LABELLED = (
    "id,language,script,kind,safeguarding,text\n"
    "e1,en,native,abuse,1,my step dad hits me when hes drunk\n"
    "e2,en,native,cry-for-help,1,please help me\n"
    "e3,en,native,look-alike,0,can you help me with my cv\n"
    "e4,ur,latin,abuse,1,abbu mjhe roz maarte hain\n"
    "e5,ar,latin,forced-marriage,1,ahli bedhom yjawzouni w ana ma bade\n"
    "e6,ar,native,none,0,أريد أن أرى أخي أكثر\n"
    "e7,en,native,neglect,1,everything is fine thanks\n"
)


def test_evaluate_prints_figures_and_ids_never_words(runner, tmp_path):
    source = tmp_path / "labelled.csv"
    source.write_text(LABELLED, encoding="utf-8")
    result = runner.invoke(args=["analysis", "evaluate", str(source)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Recall: 0.80 (4/5)" in out and "Precision: 1.00 (4/4)" in out
    assert "  abuse: 1.00 (2/2)" in out and "  neglect: 0.00 (0/1)" in out
    assert "  ar latin: 1.00 (1/1)" in out and "  ur latin: 1.00 (1/1)" in out
    assert "Arabic and Urdu in Latin letters: 1.00 (2/2)" in out
    assert "Missed disclosures (1): e7" in out and "False alarms (0): none" in out
    for row in LABELLED.splitlines()[1:]:
        assert row.split(",", 5)[5] not in out


def test_evaluate_without_kind_or_script_columns(runner, tmp_path):
    source = tmp_path / "plain.csv"
    source.write_text("id,language,text,safeguarding,note\n1,en,he hits me,1,x\n2,en,all good,0,y\n", encoding="utf-8")
    result = runner.invoke(args=["analysis", "evaluate", str(source)])
    assert result.exit_code == 0, result.output
    assert "Recall: 1.00 (1/1)" in result.stdout and "(no kind): 1.00 (1/1)" in result.stdout


def test_evaluate_reads_windows_1252_and_says_so(runner, tmp_path):
    source = tmp_path / "excel.csv"
    source.write_bytes("id,language,text,safeguarding\n1,en,caf\u00e9 is shut and he hits me,1\n".encode("cp1252"))
    result = runner.invoke(args=["analysis", "evaluate", str(source)])
    assert result.exit_code == 0 and "not UTF-8" in result.stderr and "Recall: 1.00 (1/1)" in result.stdout


def test_evaluate_refuses_a_malformed_file_with_a_clear_error(runner, tmp_path):
    cases = {
        "columns.csv": ("id,text\n1,hi\n", "missing: language, safeguarding"),
        "flag.csv": ("id,language,text,safeguarding\n1,en,hi,maybe\n", "Line 2 (id 1): safeguarding must be 1 or 0"),
        "short.csv": ("id,language,text,safeguarding\n1,en,hi\n", "Line 2: expected 4 columns, found 3"),
        "twice.csv": ("id,language,text,safeguarding\n1,en,hi,0\n1,en,ho,1\n", "the id '1' is used twice"),
        "empty.csv": ("", "The file is empty"),
    }
    for name, (content, message) in cases.items():
        source = tmp_path / name
        source.write_text(content, encoding="utf-8")
        result = runner.invoke(args=["analysis", "evaluate", str(source)])
        assert result.exit_code == 1, name
        assert message in result.output and "Traceback" not in result.output, (name, result.output)
    # A file that is not there is a bad argument, as for every command that reads a file (test_command_paths.py).
    result = runner.invoke(args=["analysis", "evaluate", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_classify_reports_roman_urdu_and_arabizi_as_urdu_and_arabic(runner, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(
        "id,text\n1,abbu mjhe roz maarte hain\n2,baba byedrabni kel yom w mama ma bt2ol shi\n"
        "3,mujhe apne bhai se milna hai\n4,ana mabsout hon w el 3ayle kteer mni7a ma3i\n",
        encoding="utf-8",
    )
    result = runner.invoke(args=["analysis", "classify", str(source)])
    assert result.exit_code == 0, result.output
    rows = {line.split(",")[0]: line.split(",") for line in result.stdout.strip().splitlines()[1:]}
    assert rows["1"][1] == "ur" and rows["1"][4] == "1"
    assert rows["2"][1] == "ar" and rows["2"][4] == "1"
    assert rows["3"][1] == "ur" and rows["3"][4] == "0" and "family-time" in rows["3"][3]
    assert rows["4"][1] == "ar" and rows["4"][4] == "0"


def test_classify_reads_an_excel_workbook_and_standard_input(runner, tmp_path):
    book = openpyxl.Workbook()
    for row in (["Comments, autumn 2026"], [], ["Text", "ID"], ["he hits me", 1], ["I like my foster carer", "002"]):
        book.active.append(row)
    book.save(tmp_path / "comments.xlsx")
    result = runner.invoke(args=["analysis", "classify", str(tmp_path / "comments.xlsx")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "id,language,sentiment,themes,safeguarding"
    assert [line.split(",")[0] for line in lines[1:]] == ["1", "002"]
    assert lines[1].split(",")[4] == "1" and lines[2].split(",")[4] == "0"
    # The same rows as CSV through standard input give the same lines.
    piped = runner.invoke(
        args=["analysis", "classify", "-"], input="id,text\n1,he hits me\n002,I like my foster carer\n"
    )
    assert piped.exit_code == 0 and piped.stdout == result.stdout
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes((tmp_path / "comments.xlsx").read_bytes()[:300])
    refused = runner.invoke(args=["analysis", "classify", str(broken)])
    assert refused.exit_code == 1 and "could not be read as an Excel workbook" in refused.output
    assert "Traceback" not in refused.output and refused.stdout == ""
