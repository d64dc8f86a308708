"""Read one sheet of an .xlsx straight from its XML, within limits: faster than openpyxl, and safe.

Every part is unpacked no further than its limit (a zip bomb of a few KB stops at the cap, not
at 8 GB); the sheet's declared dimension, each cell's column, each cell's length, the number of
rows and the shared-string table are checked as they are met, before any row is padded.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import IO
from xml.etree.ElementTree import Element, fromstring, iterparse

from inspection_desktop.documents.common import xlsx_sheet_text as sheet_text
from inspection_desktop.documents.common.input_limits import (
    MB,
    POPULATION_LIST_LIMITS,
    TableLimits,
)
from inspection_desktop.documents.common.xlsx_sheet_text import CellParts
from inspection_desktop.domain.pir.population_check import (
    CheckCancelled,
    ProgressCallback,
    StopRequested,
)
from inspection_desktop.errors import UserFacingError

_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_STRICT_REL_NS = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"
_BUILTIN_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_QUOTED_OR_BRACKETED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_PROGRESS_EVERY = 2000
_DIGITS = "0123456789"
_NAMESPACES = (
    "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
    "{http://purl.oclc.org/ooxml/spreadsheetml/main}",
)
_ROW, _CELL, _VALUE, _INLINE, _DIMENSION, _TEXT, _RUN, _SHEET_DATA, _SHARED_STRING, _SST = (
    frozenset(ns + name for ns in _NAMESPACES)
    for name in ("row", "c", "v", "is", "dimension", "t", "r", "sheetData", "si", "sst")
)
# Workbook, relationships and styles parts: a few KB in real workbooks.
_SMALL_PART_LIMIT = 16 * MB

# A sheet this size (uncompressed) or smaller is parsed in one go, which is about twice as fast
# as streaming; bigger ones are streamed to keep memory down.
_WHOLE_PARSE_LIMIT = 64 * 1024 * 1024


class UnexpectedWorkbook(Exception):
    """The workbook is damaged or laid out in a way no spreadsheet program writes."""


class _BoundedReader:
    """A file-like view of a zip member that refuses to unpack more than ``limit`` bytes."""

    def __init__(self, handle: IO[bytes], limit: int, on_overflow: Callable[[], None]) -> None:
        self._handle = handle
        self._left = limit
        self._on_overflow = on_overflow

    def read(self, size: int = -1) -> bytes:
        want = self._left + 1 if size < 0 else min(size, self._left + 1)
        data = self._handle.read(want)
        self._left -= len(data)
        if self._left < 0:
            self._on_overflow()
        return data


def _part_too_big(name: str, part: str, limit: int) -> Callable[[], None]:
    def refuse() -> None:
        raise UserFacingError(
            f"{name} unpacks to more than {limit // MB:,} MB in {posixpath.basename(part)}, "
            "far more than a population list needs. Check it is the right file."
        )

    return refuse


@contextmanager
def _open_part(
    archive: zipfile.ZipFile, part: str, limit: int, name: str
) -> Iterator[_BoundedReader]:
    """A zip member opened for reading, refusing (by its header, then as it unpacks) past limit."""
    refuse = _part_too_big(name, part, limit)
    if archive.getinfo(part).file_size > limit:
        refuse()
    with archive.open(part) as handle:
        yield _BoundedReader(handle, limit, refuse)


def _read_part(archive: zipfile.ZipFile, part: str, limit: int, name: str) -> bytes:
    with _open_part(archive, part, limit, name) as handle:
        return handle.read()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _parse(handle: _BoundedReader) -> Iterator[Element]:
    for _, element in iterparse(handle, events=("end",)):
        yield element


def _small_part(archive: zipfile.ZipFile, part: str) -> Element:
    return fromstring(_read_part(archive, part, _SMALL_PART_LIMIT, "The workbook"))


def _relationships(archive: zipfile.ZipFile) -> list[tuple[str, str, str]]:
    """The workbook's relationships: id, type and the part's path inside the archive."""
    found = []
    for element in _small_part(archive, "xl/_rels/workbook.xml.rels"):
        if _local(element.tag) == "Relationship":
            target = element.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            kind = element.get("Type", "").rpartition("/")[2]
            found.append((element.get("Id", ""), kind, posixpath.normpath(path)))
    return found


def _related_part(archive: zipfile.ZipFile, kind: str, usual: str) -> str | None:
    """The part of one kind (shared strings, styles) the workbook names, if it is there."""
    named = [path for _, found, path in _relationships(archive) if found == kind]
    for path in [*named, usual]:
        if path in archive.NameToInfo:
            return path
    return None


def sheet_names(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Each sheet's name and the path of its XML inside the archive, in workbook order."""
    targets = {rel: path for rel, _, path in _relationships(archive)}
    sheets: list[tuple[str, str]] = []
    for element in _small_part(archive, "xl/workbook.xml").iter():
        if _local(element.tag) == "sheet":
            rel = element.get(_REL_NS) or element.get(_STRICT_REL_NS) or ""
            if rel not in targets:
                raise UnexpectedWorkbook("a sheet without a part")
            sheets.append((element.get("name", ""), targets[rel]))
    return sheets


def _uses_1904_dates(archive: zipfile.ZipFile) -> bool:
    for element in _small_part(archive, "xl/workbook.xml").iter():
        if _local(element.tag) == "workbookPr":
            return element.get("date1904", "0").lower() in ("1", "true")
    return False


def _date_styles(archive: zipfile.ZipFile) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a date."""
    part = _related_part(archive, "styles", "xl/styles.xml")
    if part is None:
        return frozenset()
    custom: dict[int, str] = {}
    styles: list[int] = []
    with _open_part(archive, part, _SMALL_PART_LIMIT, "The workbook") as handle:
        for element in _parse(handle):
            name = _local(element.tag)
            if name == "numFmt":
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
            elif name == "cellXfs":
                styles = [int(xf.get("numFmtId", "0")) for xf in element]
    return frozenset(i for i, fmt in enumerate(styles) if _is_date_format(fmt, custom))


def _is_date_format(number_format: int, custom: dict[int, str]) -> bool:
    if number_format in custom:
        code = _QUOTED_OR_BRACKETED.sub("", custom[number_format]).casefold()
        return "d" in code or "y" in code
    return number_format in _BUILTIN_DATE_FORMATS


def _shared_strings(archive: zipfile.ZipFile, limits: TableLimits, name: str) -> list[str]:
    part = _related_part(archive, "sharedStrings", "xl/sharedStrings.xml")
    if part is None:
        return []
    strings: list[str] = []
    most = limits.max_rows * limits.max_columns
    with _open_part(archive, part, limits.max_shared_strings_bytes, name) as handle:
        for element in _parse(handle):
            if element.tag in _SHARED_STRING:
                text = _rich_text(element)
                element.clear()
                if len(text) > limits.max_cell_characters:
                    limits.check_cell(name, 1, len(text))
                strings.append(text)
                if len(strings) > most:
                    raise UserFacingError(
                        f"{name} holds more than {most:,} different pieces of text, more than "
                        f"{limits.what} can. Check it is the right file."
                    )
            elif element.tag in _SST:
                declared = element.get("uniqueCount") or "0"
                if declared.isdigit() and int(declared) > most:
                    raise UserFacingError(
                        f"{name} says it holds {int(declared):,} different pieces of text, more "
                        f"than {limits.what} can. Check it is the right file."
                    )
    return strings


def _rich_text(element: Element) -> str:
    # Plain <t>, or runs <r><t>; phonetic guides (<rPh>) are not part of the text.
    parts: list[str] = []
    for child in element:
        if child.tag in _TEXT:
            parts.append(child.text or "")
        elif child.tag in _RUN:
            parts.extend(t.text or "" for t in child if t.tag in _TEXT)
    return "".join(parts)


@cache
def _column_index(letters: str) -> int:
    if not letters or not letters.isascii() or not letters.isalpha() or not letters.isupper():
        raise UnexpectedWorkbook("a cell reference that is not a column")
    if len(letters) > 7:  # past any real column (Excel stops at XFD): damage, not a sheet
        raise UnexpectedWorkbook("a cell reference far past the last column")
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _number_text(raw: str) -> str:
    if "." not in raw and "E" not in raw and "e" not in raw:
        return raw
    number = float(raw)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else str(number)


def _date_text(raw: str, epoch: dt.datetime) -> str:
    moment = epoch + dt.timedelta(days=float(raw))
    moment = moment.replace(microsecond=0) if moment.microsecond < 500 else moment
    return moment.date().isoformat() if moment.time() == dt.time() else moment.isoformat(" ")


def read_sheet_rows(
    archive: zipfile.ZipFile,
    sheet_path: str,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
    limits: TableLimits = POPULATION_LIST_LIMITS,
    name: str = "The workbook",
) -> list[list[str]]:
    """All rows of one sheet as text, with dates as YYYY-MM-DD and whole numbers without ".0"."""
    strings = _shared_strings(archive, limits, name)
    date_styles = _date_styles(archive)
    epoch = dt.datetime(1904, 1, 1) if _uses_1904_dates(archive) else dt.datetime(1899, 12, 30)
    reader = _CellReader(strings, date_styles, epoch, limits, name)
    rows: list[list[str]] = []
    expected = 1
    for item in _sheet_rows(archive, sheet_path, limits, name):
        if isinstance(item, str):
            expected = _check_dimension(item, limits, name)
            continue
        rows.append(reader.row(item, len(rows) + 1))
        if len(rows) % _PROGRESS_EVERY == 0:
            limits.check_row_count(name, len(rows))
            if should_stop is not None and should_stop():
                raise CheckCancelled
            if progress is not None:
                progress(min(len(rows), expected), expected)
    limits.check_row_count(name, len(rows))
    return rows


def _sheet_rows(
    archive: zipfile.ZipFile, sheet_path: str, limits: TableLimits, name: str
) -> Iterator[str | list[CellParts]]:
    """The sheet's declared dimension (a str) and its rows of cell parts, in document order.

    A plainly written sheet is read by pattern, others with a whole parse, and one too big to
    hold in memory is streamed.
    """
    if sheet_path not in archive.NameToInfo:
        raise UnexpectedWorkbook("a sheet named in the workbook is missing")
    limit = limits.max_sheet_xml_bytes
    if archive.getinfo(sheet_path).file_size <= _WHOLE_PARSE_LIMIT:
        data = _read_part(archive, sheet_path, min(limit, _WHOLE_PARSE_LIMIT), name)
        text = sheet_text.plain_sheet_text(data)
        if text is not None:
            declared = sheet_text.dimension(text)
            if declared is not None:
                yield declared
            yield from sheet_text.rows(text)
            return
        root = fromstring(data)
        del data, text
        for child in root:
            if child.tag in _DIMENSION:
                yield child.get("ref", "")
            elif child.tag in _SHEET_DATA:
                for row in child:
                    if row.tag in _ROW:
                        yield _element_cells(row)
        return
    with _open_part(archive, sheet_path, limit, name) as handle:
        for element in _parse(handle):
            if element.tag in _ROW:
                yield _element_cells(element)
                element.clear()
            elif element.tag in _DIMENSION:
                yield element.get("ref", "")


def _element_cells(row: Element) -> list[CellParts]:
    cells: list[CellParts] = []
    for cell in row:
        if cell.tag not in _CELL:
            continue
        kind = cell.get("t", "n")
        value: str | None = None
        for child in cell:
            if kind == "inlineStr" and child.tag in _INLINE:
                value = _rich_text(child)
                break
            if child.tag in _VALUE:
                value = child.text or ""
                break
        cells.append((cell.get("r"), kind, cell.get("s", "0"), value))
    return cells


def _check_dimension(ref: str, limits: TableLimits, name: str) -> int:
    """The rows the sheet says it has, after refusing a sheet that says it is too big."""
    last = ref.rpartition(":")[2].upper()
    letters = last.rstrip(_DIGITS)
    digits = last[len(letters) :]
    if letters.isalpha() and letters.isascii():
        width = _column_index(letters) + 1
        if width > limits.max_columns:
            raise UserFacingError(
                f"{name} says its sheet is {width:,} columns wide; "
                f"{limits.what} may have at most {limits.max_columns:,}. "
                "Remove the columns that are not needed."
            )
    rows = int(digits) if digits.isdigit() else 1
    limits.check_row_count(name, rows - 1)  # the first row holds the headings
    return max(rows, 1)


class _CellReader:
    """Turns row elements into lists of text, refusing a cell past the column or length cap."""

    def __init__(
        self,
        strings: list[str],
        date_styles: frozenset[int],
        epoch: dt.datetime,
        limits: TableLimits,
        name: str,
    ) -> None:
        self._strings = strings
        self._date_styles = date_styles
        self._epoch = epoch
        self._limits = limits
        self._name = name

    def row(self, parts: list[CellParts], number: int) -> list[str]:
        """One row's cells as text, padded where cells are missing."""
        cells: list[str] = []
        max_columns, max_length = self._limits.max_columns, self._limits.max_cell_characters
        for reference, kind, style, value in parts:
            position = _column_index(reference.rstrip(_DIGITS)) if reference else len(cells)
            text = self._text(kind, style, value)
            if position >= max_columns:
                if not text:
                    continue  # an empty cell with only a format, far out: nothing to read
                self._limits.check_width(self._name, number, position + 1)
            if len(text) > max_length:
                self._limits.check_cell(self._name, number, len(text))
            if position < len(cells):
                cells[position] = text  # out of order: unusual, but it names its place
                continue
            if position > len(cells):
                cells.extend([""] * (position - len(cells)))
            cells.append(text)
        return cells

    def _text(self, kind: str, style: str, value: str | None) -> str:
        if value is None:
            return ""
        if kind == "s":
            index = int(value)
            if not 0 <= index < len(self._strings):
                raise UnexpectedWorkbook("a cell names text that is not in the workbook")
            return self._strings[index]
        if kind in ("inlineStr", "str", "e", "d"):
            return value
        if kind == "b":
            return "TRUE" if value.strip() == "1" else "FALSE"
        if style != "0" and int(style) in self._date_styles:
            return _date_text(value, self._epoch)
        return _number_text(value)
