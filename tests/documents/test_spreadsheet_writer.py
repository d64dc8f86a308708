"""Tests for the shared writer of CSV and .xlsx files that Excel opens without running anything."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from inspection_desktop.documents.common.spreadsheet_writer import (
    csv_bytes,
    neutralise_cell,
    write_spreadsheet,
    xlsx_bytes,
)

HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "+1+1", "-2+3", "@SUM(A1)", "#N/A"]


@pytest.mark.parametrize("value", ["=1+1", "+441314960000", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(value: str) -> None:
    """Cells Excel would run as formulas get a leading quote mark."""
    assert neutralise_cell(value) == "'" + value


def test_ordinary_cells_are_left_alone() -> None:
    """Names, emails and phone numbers starting with 0 are written as they are."""
    assert neutralise_cell("0131 496 0000") == "0131 496 0000"


def test_csv_neutralises_text_and_headings_but_not_numbers() -> None:
    """Text and headings that could run are quoted; a real negative number stays a number."""
    data = csv_bytes(["=Heading", "Count"], [["=1+1", -4]])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["'=Heading", "Count"], ["'=1+1", "-4"]]


def test_xlsx_text_cells_are_strings_never_formulas(tmp_path: Path) -> None:
    """Every text cell of the workbook reads back as a string, data type s, unchanged."""
    path = tmp_path / "out.xlsx"
    path.write_bytes(xlsx_bytes(["Notes"], [[value] for value in HOSTILE]))
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.data_type for cell in cells] == ["s"] * len(HOSTILE)
    assert [cell.value for cell in cells] == HOSTILE


def test_xlsx_drops_characters_a_workbook_cannot_hold(tmp_path: Path) -> None:
    """A control character in the text is replaced instead of breaking the export."""
    path = tmp_path / "out.xlsx"
    path.write_bytes(xlsx_bytes(["Notes"], [["bell\x07here"]]))
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].value == "bell\ufffdhere"


def test_suffix_chooses_the_format(tmp_path: Path) -> None:
    """A .xlsx name gets a workbook; any other name gets CSV."""
    write_spreadsheet(tmp_path / "a.xlsx", ["A"], [["x"]])
    write_spreadsheet(tmp_path / "a.csv", ["A"], [["x"]])
    assert (tmp_path / "a.xlsx").read_bytes().startswith(b"PK")
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfA")
