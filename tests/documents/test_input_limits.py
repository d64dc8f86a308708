"""Tests that every limit on input files holds, each against a small hostile file the test makes."""

from __future__ import annotations

import dataclasses
import io
import os
import struct
import zipfile
from pathlib import Path

import pytest

from inspection_desktop.documents.common import xlsx_stream
from inspection_desktop.documents.common.input_limits import POPULATION_LIST_LIMITS
from inspection_desktop.documents.common.tabular_reader import read_population_table
from inspection_desktop.documents.people.contacts_csv import read_contact_table
from inspection_desktop.errors import UserFacingError

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
READERS = [read_population_table, read_contact_table]
SHEET_PART = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, sheet: str, shared: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
            '<sheet name="PIR" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml", f'<worksheet xmlns="{MAIN}">{sheet}</worksheet>'
        )
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}" {shared}</sst>')
    return path


@pytest.mark.parametrize("read", READERS)
def test_a_pipe_is_refused_without_blocking(tmp_path: Path, read: object) -> None:
    """A FIFO is refused by its kind before anything opens it (opening one would block)."""
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    with pytest.raises(UserFacingError, match="not an ordinary file"):
        read(fifo)  # type: ignore[operator]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
@pytest.mark.parametrize("read", READERS)
def test_a_device_is_refused(read: object) -> None:
    """/dev/zero, endless by nature, is refused instead of read."""
    with pytest.raises(UserFacingError, match="not an ordinary file"):
        read(Path("/dev/zero"))  # type: ignore[operator]


@pytest.mark.parametrize("read", READERS)
def test_a_folder_is_refused(tmp_path: Path, read: object) -> None:
    """A folder gets one plain line."""
    with pytest.raises(UserFacingError, match="is a folder"):
        read(tmp_path)  # type: ignore[operator]


def test_an_over_long_file_name_is_one_line(tmp_path: Path) -> None:
    """A name longer than the system allows is explained, shortened, not raised as OSError."""
    with pytest.raises(UserFacingError, match="could not be opened") as caught:
        read_population_table(tmp_path / ("x" * 5000 + ".csv"))
    assert len(str(caught.value)) < 200


def test_a_population_list_over_the_byte_cap_is_refused(tmp_path: Path) -> None:
    """A file bigger than the cap is refused by its size, which the message states."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(POPULATION_LIST_LIMITS.max_bytes + 1)  # sparse: costs no disk
    with pytest.raises(UserFacingError, match="the limit is 100 MB"):
        read_population_table(path)


def test_a_csv_with_a_million_columns_is_refused(tmp_path: Path) -> None:
    """A row far wider than the column cap stops the read at that row, cap in the message."""
    path = tmp_path / "wide.csv"
    path.write_text("a" + ",b" * 1_000_000 + "\n1,2\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="at most 500"):
        read_population_table(path)


def test_a_contact_file_past_the_row_cap_is_refused(tmp_path: Path) -> None:
    """A contact file of more rows than any register stops at the cap, which the message states."""
    path = tmp_path / "contacts.csv"
    path.write_text("Name\n" + "A\n" * 20_001, encoding="utf-8")
    with pytest.raises(UserFacingError, match="more than 20,000 rows"):
        read_contact_table(path)


def test_a_population_list_past_the_row_cap_is_refused(tmp_path: Path) -> None:
    """A CSV of more rows than the cap is refused, with the cap in the message."""
    path = tmp_path / "long.csv"
    path.write_text("a,b\n" + "1,2\n" * (POPULATION_LIST_LIMITS.max_rows + 1), encoding="utf-8")
    with pytest.raises(UserFacingError, match="more than 200,000 rows"):
        read_population_table(path)


@pytest.mark.parametrize("read", READERS)
def test_a_cell_past_the_length_cap_is_refused(tmp_path: Path, read: object) -> None:
    """One cell longer than Excel's own cell limit is refused, with the limit in the message."""
    path = tmp_path / "long-cell.csv"
    path.write_text("Name,Notes\nA," + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="longer than 32,767 characters"):
        read(path)  # type: ignore[operator]


def test_a_workbook_declaring_a_huge_dimension_is_refused(tmp_path: Path) -> None:
    """A sheet that says it runs to column ZZZ is refused before a single row is padded."""
    path = _workbook(
        tmp_path / "wide.xlsx",
        '<dimension ref="A1:ZZZ20"/><sheetData><row r="1"><c r="A1" t="inlineStr">'
        "<is><t>a</t></is></c></row></sheetData>",
    )
    with pytest.raises(UserFacingError, match="18,278 columns wide"):
        read_population_table(path)


def test_a_workbook_declaring_thirty_million_rows_is_refused(tmp_path: Path) -> None:
    """A declared dimension past the row cap is refused from the dimension alone."""
    path = _workbook(tmp_path / "long.xlsx", '<dimension ref="A1:B30000000"/><sheetData/>')
    with pytest.raises(UserFacingError, match="more than 200,000 rows"):
        read_population_table(path)


def test_a_cell_far_out_without_a_dimension_is_refused(tmp_path: Path) -> None:
    """A value at column ZZZ, with no dimension to warn of it, is refused at that cell."""
    path = _workbook(
        tmp_path / "far.xlsx",
        '<sheetData><row r="1"><c r="ZZZ1" t="inlineStr"><is><t>a</t></is></c></row></sheetData>',
    )
    with pytest.raises(UserFacingError, match="18,278 columns in row 1"):
        read_population_table(path)


def test_huge_shared_strings_are_refused(tmp_path: Path) -> None:
    """A shared string longer than the cell cap is refused as it is read."""
    path = _workbook(
        tmp_path / "strings.xlsx",
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>',
        'uniqueCount="1"><si><t>' + "x" * 100_000 + "</t></si>",
    )
    with pytest.raises(UserFacingError, match="longer than 32,767 characters"):
        read_population_table(path)


def test_a_shared_string_table_declaring_too_many_is_refused(tmp_path: Path) -> None:
    """A table that says it holds more texts than the caps allow is refused from its header."""
    path = _workbook(tmp_path / "count.xlsx", "<sheetData/>", 'uniqueCount="999999999999">')
    with pytest.raises(UserFacingError, match="different pieces of text"):
        read_population_table(path)


def _zip_bomb(tmp_path: Path, sheet_bytes: int) -> bytes:
    return _workbook(tmp_path / "bomb.xlsx", " " * sheet_bytes).read_bytes()


def test_a_zip_bomb_stops_at_the_unpacked_cap(tmp_path: Path) -> None:
    """A few KB that unpack to megabytes are refused by their declared size, cap in the message."""
    limits = dataclasses.replace(POPULATION_LIST_LIMITS, max_sheet_xml_bytes=1024 * 1024)
    data = _zip_bomb(tmp_path, 8 * 1024 * 1024)
    assert len(data) < 20_000
    with (
        zipfile.ZipFile(io.BytesIO(data)) as archive,
        pytest.raises(UserFacingError, match="unpacks to more than 1 MB"),
    ):
        xlsx_stream.read_sheet_rows(archive, SHEET_PART, None, None, limits, "bomb.xlsx")


def test_a_zip_bomb_that_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    """A bomb whose headers claim a tiny size unpacks no further than it claims, then is refused."""
    data = bytearray(_zip_bomb(tmp_path, 8 * 1024 * 1024))
    real = 8 * 1024 * 1024 + len(f'<worksheet xmlns="{MAIN}"></worksheet>')
    for header, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(header)
        while struct.unpack_from("<I", data, at + offset)[0] != real:
            at = data.find(header, at + 1)  # the sheet's entry, not the workbook's
        struct.pack_into("<I", data, at + offset, 100)  # the uncompressed size, as claimed
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(UserFacingError, match="could not be read as an Excel workbook"):
        read_population_table(path)


def test_a_contact_file_past_the_column_cap_is_refused(tmp_path: Path) -> None:
    """A contact file wider than any export (Outlook's has about 90 columns) is refused."""
    path = tmp_path / "wide-contacts.csv"
    path.write_text(",".join(f"C{n}" for n in range(300)) + "\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="at most 250"):
        read_contact_table(path)


def test_a_shared_string_table_past_its_unpacked_cap_is_refused(tmp_path: Path) -> None:
    """A shared-string table that unpacks past its cap is stopped there, with the cap stated."""
    limits = dataclasses.replace(POPULATION_LIST_LIMITS, max_shared_strings_bytes=1024 * 1024)
    path = _workbook(
        tmp_path / "strings.xlsx",
        "<sheetData/>",
        ">" + "<si><t>abc</t></si>" * 200_000,
    )
    with (
        zipfile.ZipFile(path) as archive,
        pytest.raises(UserFacingError, match=r"unpacks to more than 1 MB in sharedStrings\.xml"),
    ):
        xlsx_stream.read_sheet_rows(archive, SHEET_PART, None, None, limits, "strings.xlsx")
