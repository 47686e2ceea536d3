"""Reading comments to classify from a council's export: CSV a row at a time, or the first sheet of a workbook."""

from __future__ import annotations

import io

import openpyxl
import pytest

from participation.analysis import comment_files
from participation.analysis.comment_files import Comment, CommentFileError, Skipped


def _read(name: str, raw: bytes) -> tuple[list[Comment | Skipped], bool]:
    fell_back: list[bool] = []
    with comment_files.comments(name, io.BytesIO(raw), lambda: fell_back.append(True)) as items:
        return list(items), bool(fell_back)


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.create_sheet("Other")["A1"] = "ignored"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_csv_rows_with_their_problems_by_line() -> None:
    raw = (
        "\ufeffText,ID,where\n"
        '"I miss my\nbrother",a1,home\n'
        "\n"
        "too,few\n"
        "   ,  ,  \n"
        '"ok",a2,school\n'
        "extra,a3,x,y\n"
        "café,a4,\n"
    ).encode()
    items, fell_back = _read("comments.csv", raw)
    assert not fell_back
    assert items == [
        Comment("a1", "I miss my\nbrother"),
        Skipped(5, "expected 3 columns, found 2"),
        Comment("a2", "ok"),
        Skipped(8, "expected 3 columns, found 4"),
        Comment("a4", "café"),
    ]


def test_a_windows_csv_is_read_as_windows_1252_and_said_so() -> None:
    items, fell_back = _read("-", "id,text\n1,Zoë’s café\n".encode("cp1252"))
    assert fell_back and items == [Comment("1", "Zoë’s café")]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "The file is empty"),
        (b"id,comment\n1,hello\n", "Line 1 must name the columns id and text; it has: id, comment"),
    ],
)
def test_a_csv_that_cannot_be_used_is_refused_before_any_row(raw: bytes, message: str) -> None:
    with pytest.raises(CommentFileError, match=message):
        _read("in.csv", raw)


def test_a_large_csv_is_read_a_row_at_a_time() -> None:
    """The first comment arrives after reading a small part of the file: memory does not grow with its size."""

    class Counting(io.BytesIO):
        taken = 0

        def read(self, size: int | None = -1) -> bytes:
            block = super().read(size)
            self.taken += len(block)
            return block

        def read1(self, size: int = -1) -> bytes:
            block = super().read1(size)
            self.taken += len(block)
            return block

    raw = b"id,text\n" + b"".join(b"%d,comment number %d\n" % (n, n) for n in range(400_000))
    source = Counting(raw)
    with comment_files.comments("big.csv", source, lambda: None) as items:
        source.taken = 0  # the UTF-8 check reads the whole file once, a block at a time
        first = next(items)
        assert first == Comment("0", "comment number 0")
        assert source.taken < len(raw) // 10


def test_a_workbooks_first_sheet_from_its_first_filled_row() -> None:
    raw = _workbook(
        [
            [],
            ["Comment export"],
            [None],
            ["ID", "Where", "Text"],
            [7, "home", "I want to see my sister"],
            [None, None, None],
            ["008", "school", None],
        ]
    )
    items, fell_back = _read("export.xlsx", raw)
    assert items == [Comment("7", "I want to see my sister"), Comment("008", "")]
    assert not fell_back
    # Told by its first bytes when the name does not say (standard input).
    assert _read("-", raw)[0] == items


def test_a_broken_workbook_is_refused() -> None:
    raw = _workbook([["id", "text"], [1, "hello"]])
    with pytest.raises(CommentFileError, match="could not be read as an Excel workbook"):
        _read("export.xlsx", raw[: len(raw) // 2])
    with pytest.raises(CommentFileError, match="first sheet is empty"):
        _read("export.xlsx", _workbook([]))
