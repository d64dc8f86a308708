"""The one writer of everything the app hands to Excel: CSV and .xlsx in which no cell can run.

Excel and LibreOffice treat a CSV cell starting with ``= + - @`` (or a tab or carriage return
before one) as a formula: such cells get a leading apostrophe, which Excel shows as text. In a
workbook every piece of text is written as a string cell (data type ``s``), never as a formula or
an error code, whatever it starts with. Every export of the app goes through here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

Cell = str | int | float | dt.date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel's own limit on the text of one cell; longer text is cut there rather than refused.
EXCEL_CELL_CHARACTERS = 32_767
# Characters a workbook's XML cannot hold (control characters other than tab and line breaks).
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def neutralise_cell(value: str) -> str:
    """Text a spreadsheet shows as it is: a quote mark in front of anything that could run."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return str(value)  # a number is a number, even a negative one: nothing to run
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise_cell(str(value))


def write_csv(
    out: TextIO,
    headings: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    line_end: str = "\r\n",
) -> None:
    """Write a heading row and the rows to ``out`` as CSV, every text cell neutralised."""
    writer = csv.writer(out, lineterminator=line_end)
    writer.writerow([neutralise_cell(heading) for heading in headings])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])


def csv_bytes(headings: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """CSV as UTF-8 with a byte-order mark, so that Excel reads accented names correctly."""
    buffer = io.StringIO(newline="")
    write_csv(buffer, headings, rows)
    return buffer.getvalue().encode("utf-8-sig")


def workbook_text(value: str) -> str:
    """Text as a workbook can hold it: no control characters, at most Excel's cell length."""
    return _NOT_IN_XML.sub("\ufffd", value)[:EXCEL_CELL_CHARACTERS]


def xlsx_bytes(
    headings: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet_name: str = "Sheet1"
) -> bytes:
    """An .xlsx workbook of one sheet in which every text cell is a string, never a formula."""
    import openpyxl  # kept out of start-up: it is slow to import
    from openpyxl.cell import WriteOnlyCell

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(workbook_text(sheet_name)[:31] or "Sheet1")

    def cells(values: Sequence[Cell]) -> list[WriteOnlyCell]:
        row = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, workbook_text(value))
                # openpyxl makes "=…" a formula and "#N/A" an error; text stays text here.
                cell.data_type = "s"
            else:
                cell = WriteOnlyCell(sheet, value)
            row.append(cell)
        return row

    sheet.append(cells(list(headings)))
    for values in rows:
        sheet.append(cells(values))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def is_workbook_path(path: Path) -> bool:
    """True when the file name asks for a workbook rather than CSV."""
    return path.suffix.casefold() in WORKBOOK_SUFFIXES


def write_spreadsheet(
    path: Path,
    headings: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_name: str = "Sheet1",
) -> None:
    """Write CSV or .xlsx by the file's suffix, atomically, with no cell that can run."""
    if is_workbook_path(path):
        data = xlsx_bytes(headings, rows, sheet_name=sheet_name)
    else:
        data = csv_bytes(headings, rows)
    write_bytes_atomically(path, data)
