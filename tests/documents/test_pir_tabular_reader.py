"""Tests for reading population lists in the encodings, separators and formats people export."""

from __future__ import annotations

import contextlib
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspection_desktop.documents.common.tabular_reader import ReadOptions, read_population_table
from inspection_desktop.domain.pir.population_check import CheckCancelled
from inspection_desktop.errors import UserFacingError
from tests import pir_synthetic as synth

# tmp_path is shared by a test's examples; each example overwrites the one file it uses.
FIXTURE_REUSED = HealthCheck.function_scoped_fixture
HEADINGS = ["Case ref", "Team", "Gender"]
ROWS = [["SW100001", "Locality Nörth", "Female"], ["SW100002", "Locality South", "Male"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_read(tmp_path: Path, encoding: str) -> None:
    """UTF-8, UTF-8 with BOM, Windows-1252 and UTF-16 text all read back the same."""
    path = synth.write_csv(tmp_path / "list.csv", HEADINGS, ROWS, encoding=encoding)
    table = read_population_table(path)
    assert table.headings == tuple(HEADINGS)
    assert table.rows[0][1] == "Locality Nörth"


def test_windows_1252_detected(tmp_path: Path) -> None:
    """A Windows-1252 file is reported as such."""
    path = synth.write_csv(tmp_path / "list.csv", HEADINGS, ROWS, encoding="cp1252")
    assert read_population_table(path).encoding == "cp1252"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_sniffed(tmp_path: Path, delimiter: str) -> None:
    """Comma, semicolon, tab and bar separators are found without being told."""
    path = synth.write_csv(tmp_path / "list.csv", HEADINGS, ROWS, delimiter=delimiter)
    table = read_population_table(path)
    assert table.delimiter == delimiter
    assert table.rows[1] == tuple(ROWS[1])


def test_delimiter_override(tmp_path: Path) -> None:
    """A separator chosen by the user wins over the sniffed one."""
    path = synth.write_csv(tmp_path / "list.csv", ["a;b", "c"], [["1;2", "3"]], delimiter=",")
    table = read_population_table(path, ReadOptions(delimiter=";"))
    assert table.headings == ("a", "b,c")


def test_encoding_override_that_does_not_fit(tmp_path: Path) -> None:
    """Asking for UTF-8 on a Windows-1252 file gives a plain message."""
    path = synth.write_csv(tmp_path / "list.csv", HEADINGS, ROWS, encoding="cp1252")
    with pytest.raises(UserFacingError, match="is not utf-8 text"):
        read_population_table(path, ReadOptions(encoding="utf-8"))


def test_xlsx_first_sheet_read(tmp_path: Path) -> None:
    """The first sheet of a workbook is read, with dates and numbers as text."""
    rows: list[list[object]] = [["SW100001", dt.datetime(2014, 3, 14), 2709151259.0]]
    path = synth.write_xlsx(tmp_path / "list.xlsx", ["Ref", "Born", "Num"], rows, sheets=("A", "B"))
    table = read_population_table(path)
    assert table.sheet == "A" and table.sheets == ("A", "B")
    assert table.rows == (("SW100001", "2014-03-14", "2709151259"),)


def test_xlsx_chosen_sheet_read(tmp_path: Path) -> None:
    """A sheet chosen by name is read instead of the first."""
    path = synth.write_xlsx(
        tmp_path / "list.xlsx", HEADINGS, [list(r) for r in ROWS], sheets=("A", "B")
    )
    table = read_population_table(path, ReadOptions(sheet="b"))
    assert table.sheet == "B" and table.headings == ("Note",)


def test_missing_sheet_named(tmp_path: Path) -> None:
    """Asking for a sheet that is not there lists the sheets that are."""
    path = synth.write_xlsx(tmp_path / "list.xlsx", HEADINGS, [list(r) for r in ROWS])
    with pytest.raises(UserFacingError, match=r"no sheet called 'Summary'.*'Population'"):
        read_population_table(path, ReadOptions(sheet="Summary"))


def test_workbook_with_csv_name_read_as_workbook(tmp_path: Path) -> None:
    """A workbook saved with a .csv name is still read as a workbook."""
    path = synth.write_xlsx(tmp_path / "list.xlsx", HEADINGS, [list(r) for r in ROWS])
    renamed = path.rename(tmp_path / "list.csv")
    assert read_population_table(renamed).is_workbook


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "is empty"),
        (b"Case ref,Team\r\n", "no rows of data"),
        (b"\x00\x01\x02\x03binary\x00\x00\x10\x11", "binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old-style Excel"),
        (b"%PDF-1.7 whatever", "is a PDF"),
        (b"a,b\r\n1,2\r\n3,4,5\r\n", "ragged: row 3 has 3 values"),
        (b'a,b\r\n1,"unclosed\r\n', "stray quotation mark"),
    ],
)
def test_broken_files_give_plain_messages(tmp_path: Path, content: bytes, message: str) -> None:
    """Empty, binary, old Excel, PDF, ragged and badly quoted files each get a clear message."""
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(UserFacingError, match=message):
        read_population_table(path)


def test_damaged_workbook_message(tmp_path: Path) -> None:
    """A .xlsx that is a zip of something else is reported as not readable as a workbook."""
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(UserFacingError, match="could not be read as an Excel workbook"):
        read_population_table(path)


def test_missing_file_message(tmp_path: Path) -> None:
    """A file that does not exist is named in the message."""
    with pytest.raises(UserFacingError, match="does not exist"):
        read_population_table(tmp_path / "nowhere.csv")


def test_short_rows_padded_and_headings_made_unique(tmp_path: Path) -> None:
    """Rows missing trailing cells are padded; blank and repeated headings get names."""
    path = tmp_path / "list.csv"
    path.write_text("Ref,,Ref\nSW1\nSW2,x,y,\n", encoding="utf-8")
    table = read_population_table(path)
    assert table.headings == ("Ref", "Column 2", "Ref (2)")
    assert table.rows == (("SW1", "", ""), ("SW2", "x", "y"))


def test_stop_request_cancels_reading(tmp_path: Path) -> None:
    """Asking to stop while a long file is read raises CheckCancelled."""
    headings, rows = synth.population(5000)
    path = synth.write_csv(tmp_path / "list.csv", headings, rows)
    with pytest.raises(CheckCancelled):
        read_population_table(path, should_stop=lambda: True)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_reader_never_crashes_on_arbitrary_bytes(
    tmp_path: Path, content: bytes, suffix: str
) -> None:
    """Any bytes at all either read as a table or raise UserFacingError, never anything else."""
    path = tmp_path / f"any{suffix}"
    path.write_bytes(content)
    try:
        table = read_population_table(path)
    except UserFacingError:
        return
    assert all(len(row) == len(table.headings) for row in table.rows)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cells=st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=12)
)
def test_reader_never_crashes_on_arbitrary_text_tables(
    tmp_path: Path, cells: list[list[str]]
) -> None:
    """Any text written as CSV either reads back or raises UserFacingError."""
    path = tmp_path / "any.csv"
    lines = [",".join(row) for row in cells]
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    with contextlib.suppress(UserFacingError):
        read_population_table(path)


def test_title_lines_above_headings_skipped(tmp_path: Path) -> None:
    """A title and an "as at" line above the headings are not taken for headings."""
    path = tmp_path / "export.csv"
    lines = ["Population list", "As at 31 July 2026,,", "Case ref,Team,Gender"]
    lines += [f"SW10000{i},Locality North,Female" for i in range(5)]
    path.write_text("\n".join(lines), encoding="utf-8")
    table = read_population_table(path)
    assert table.headings == ("Case ref", "Team", "Gender") and len(table.rows) == 5


def test_missing_headings_reported_not_skipped(tmp_path: Path) -> None:
    """Headings missing for the last columns make the file ragged, not a title line."""
    path = tmp_path / "export.csv"
    lines = ["Case ref,Team,Gender"] + [f"SW10000{i},North,Female,Col4,x" for i in range(5)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(UserFacingError, match="ragged: row 2 has 5 values"):
        read_population_table(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[FIXTURE_REUSED])
@given(
    parts=st.dictionaries(
        st.sampled_from(
            [
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml",
                "xl/sharedStrings.xml",
                "xl/styles.xml",
                "[Content_Types].xml",
            ]
        ),
        st.binary(max_size=300) | st.text(max_size=300).map(str.encode),
        max_size=6,
    )
)
def test_reader_never_crashes_on_broken_workbooks(tmp_path: Path, parts: dict[str, bytes]) -> None:
    """A zip holding workbook parts full of junk reads or raises UserFacingError, nothing else."""
    path = tmp_path / "junk.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    with contextlib.suppress(UserFacingError):
        read_population_table(path)
