"""Read a population list as people export it: CSV (any common encoding, separator) or .xlsx."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from inspection_desktop.documents.common import tabular_sniffing as sniff
from inspection_desktop.documents.common.input_limits import (
    POPULATION_LIST_LIMITS,
    read_limited_bytes,
    shown_name,
)
from inspection_desktop.documents.common.table_shape import shape_table
from inspection_desktop.documents.common.tabular_xlsx import read_xlsx_rows
from inspection_desktop.domain.pir.population_check import (
    CheckCancelled,
    ProgressCallback,
    StopRequested,
)
from inspection_desktop.errors import UserFacingError

_PROGRESS_EVERY = 2000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class ReadOptions:
    """Overrides for what is otherwise sniffed: the text encoding, the separator, the sheet."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class PopulationTable:
    """A population list as read: unique headings and rows of text, all the same width."""

    path: Path
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    is_workbook: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = field(default=())

    def columns(self) -> list[list[str]]:
        """The values column by column, in heading order."""
        if not self.rows:
            return [[] for _ in self.headings]
        return [list(column) for column in zip(*self.rows, strict=True)]

    @property
    def description(self) -> str:
        """How the file was read, e.g. "UTF-8, semicolon-separated" or "Excel, sheet 'PIR'"."""
        if self.is_workbook:
            return f"Excel workbook, sheet '{self.sheet}'"
        return f"{sniff.encoding_label(self.encoding)}, {sniff.delimiter_label(self.delimiter)}"


def read_population_table(
    path: Path,
    options: ReadOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_stop: StopRequested | None = None,
) -> PopulationTable:
    """Read a CSV or .xlsx file; UserFacingError with a plain message when it cannot be read."""
    chosen = options or ReadOptions()
    raw = _read_bytes(path)
    kind = sniff.content_kind(raw)
    if kind == "xlsx" or (kind == "unknown" and path.suffix.casefold() in EXCEL_SUFFIXES):
        sheet_rows, sheet, sheets = read_xlsx_rows(path, raw, chosen.sheet, progress, should_stop)
        headings, rows = shape_table(path.name, sheet_rows)
        return PopulationTable(path, headings, rows, True, sheet=sheet, sheets=sheets)
    if kind != "unknown":
        raise UserFacingError(sniff.not_a_table_message(path, kind))
    text, encoding = sniff.decode(path, raw, chosen.encoding)
    if sniff.looks_binary(text):
        raise UserFacingError(
            f"{path.name} does not look like a CSV file: it holds binary data. "
            "Export the list again as CSV or .xlsx."
        )
    delimiter = chosen.delimiter or sniff.sniff_delimiter(text)
    text_rows = _parse_csv(path, text, delimiter, progress, should_stop)
    headings, rows = shape_table(path.name, text_rows)
    return PopulationTable(path, headings, rows, False, encoding=encoding, delimiter=delimiter)


def _read_bytes(path: Path) -> bytes:
    limits = POPULATION_LIST_LIMITS
    raw = read_limited_bytes(path, limits.max_bytes, limits.what)
    if not raw.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise UserFacingError(f"{shown_name(path)} is empty")
    return raw


def _parse_csv(
    path: Path,
    text: str,
    delimiter: str,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
) -> list[list[str]]:
    expected = max(text.count("\n"), 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    limits, name = POPULATION_LIST_LIMITS, shown_name(path)
    try:
        for row in reader:
            rows.append(row)
            limits.check_row(name, reader.line_num, row)
            if len(rows) % _PROGRESS_EVERY == 0:
                limits.check_row_count(name, len(rows))
                if should_stop is not None and should_stop():
                    raise CheckCancelled
                if progress is not None:
                    progress(min(reader.line_num, expected), expected)
    except csv.Error as exc:
        if "field limit" in str(exc):
            limits.check_cell(name, reader.line_num, csv.field_size_limit() + 1)
        raise UserFacingError(
            f"{path.name} could not be read at line {reader.line_num}: {exc}. "
            "Look for a stray quotation mark, or choose the separator yourself."
        ) from None
    limits.check_row_count(name, len(rows))
    return rows
