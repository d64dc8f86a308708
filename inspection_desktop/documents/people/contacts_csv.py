"""Contact spreadsheets: read CSV of any usual encoding and delimiter; write CSV safe for Excel."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.documents.common.input_limits import (
    CONTACT_LIST_LIMITS,
    read_limited_bytes,
    shown_name,
)
from inspection_desktop.documents.common.spreadsheet_writer import csv_bytes
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError

EXPORT_HEADERS = (
    "Name",
    "Job title",
    "Organisation",
    "Email",
    "Phone",
    "Address",
    "Group",
    "Roles",
    "Notes",
)
_SNIFF_CHARS = 64 * 1024


class TextEncoding(StrEnum):
    """The text encodings contact files come in; the value is Python's codec name."""

    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-sig"
    UTF16 = "utf-16"
    WINDOWS_1252 = "cp1252"

    @property
    def label(self) -> str:
        """How the encoding reads on screen."""
        return {
            TextEncoding.UTF8: "UTF-8",
            TextEncoding.UTF8_BOM: "UTF-8 with BOM",
            TextEncoding.UTF16: "UTF-16 (Excel Unicode text)",
            TextEncoding.WINDOWS_1252: "Windows-1252 (Western European)",
        }[self]


class Delimiter(StrEnum):
    """The characters that separate columns in contact files."""

    COMMA = ","
    SEMICOLON = ";"
    TAB = "\t"

    @property
    def label(self) -> str:
        """How the delimiter reads on screen."""
        return {Delimiter.COMMA: "Comma", Delimiter.SEMICOLON: "Semicolon", Delimiter.TAB: "Tab"}[
            self
        ]


@dataclass(frozen=True)
class ContactTable:
    """A contact file as read: its headers and rows, unmapped, with how it was read."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # rows[i] is spreadsheet row i + 2 (row 1 is the header)
    encoding: TextEncoding
    delimiter: Delimiter


def read_contact_table(
    path: Path, encoding: TextEncoding | None = None, delimiter: Delimiter | None = None
) -> ContactTable:
    """Read a contact CSV, detecting the encoding and delimiter unless they are given."""
    limits = CONTACT_LIST_LIMITS
    data = read_limited_bytes(path, limits.max_bytes, limits.what)
    chosen = encoding or _detect_encoding(data, path)
    text = _decode(data, chosen, path)
    if "\x00" in text:
        raise UserFacingError(f"{path.name} doesn't look like a CSV file: it holds binary data.")
    text, declared = _strip_separator_line(text)
    chosen_delimiter = delimiter or declared or _detect_delimiter(text)
    records = _records(path, text, chosen_delimiter)
    while records and not any(cell.strip() for cell in records[-1]):
        records.pop()
    if not records or not any(cell.strip() for cell in records[0]):
        raise UserFacingError(f"{path.name} is empty: there is no header row with column names.")
    headers = tuple(
        cell.strip() or f"Column {number}" for number, cell in enumerate(records[0], start=1)
    )
    rows = tuple(tuple(record) for record in records[1:])
    return ContactTable(path, headers, rows, chosen, Delimiter(chosen_delimiter))


def _records(path: Path, text: str, delimiter: str) -> list[list[str]]:
    """The CSV's rows, stopping at the first past the caps on rows, columns and cell length."""
    limits, name = CONTACT_LIST_LIMITS, shown_name(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            limits.check_row(name, reader.line_num, record)
            records.append(record)
            if len(records) > limits.max_rows + 1:  # the header row is not a contact
                limits.check_row_count(name, len(records) - 1)
    except csv.Error as error:
        raise UserFacingError(
            f"{name} can't be read as CSV at line {reader.line_num}: {error}."
        ) from None
    return records


def _detect_encoding(data: bytes, path: Path) -> TextEncoding:
    if data.startswith(codecs.BOM_UTF8):
        return TextEncoding.UTF8_BOM
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextEncoding.UTF16
    if not data.strip():
        raise UserFacingError(f"{path.name} is empty.")
    if data.startswith(b"PK\x03\x04"):
        raise UserFacingError(
            f"{path.name} is an Excel workbook or other zipped file, not CSV. "
            "Open it in Excel and save it as CSV first."
        )
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise UserFacingError(f"{path.name} doesn't look like a CSV file: it holds binary data.")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return TextEncoding.WINDOWS_1252
    return TextEncoding.UTF8


def _decode(data: bytes, encoding: TextEncoding, path: Path) -> str:
    try:
        return data.decode(encoding.value)
    except UnicodeDecodeError as error:
        raise UserFacingError(
            f"{path.name} can't be read as {encoding.label}: byte {error.start + 1} isn't valid "
            "there. Try another encoding."
        ) from error


def _strip_separator_line(text: str) -> tuple[str, str | None]:
    """Excel writes and honours a first line such as "sep=;" naming the delimiter."""
    first, _, rest = text.partition("\n")
    candidate = first.strip().casefold()
    if candidate.startswith("sep=") and len(candidate) == 5 and candidate[4] in ",;\t":
        return rest, candidate[4]
    return text, None


def _detect_delimiter(text: str) -> str:
    """Pick the delimiter that splits the header row into the most columns (comma on a tie)."""
    header = text[:_SNIFF_CHARS]
    best, best_count = ",", 1
    for candidate in (",", ";", "\t"):
        try:
            first = next(csv.reader(io.StringIO(header, newline=""), delimiter=candidate), [])
        except csv.Error:
            continue
        if len(first) > best_count:
            best, best_count = candidate, len(first)
    return best


def contacts_csv_bytes(contacts: Iterable[ContactDraft], roles: RoleCatalogue) -> bytes:
    """The contacts as CSV bytes: UTF-8 with a BOM so Excel reads accents, formulas neutralised."""
    rows = [
        (
            contact.name,
            contact.job_title,
            contact.organisation,
            contact.email,
            contact.phone,
            contact.address,
            contact.group,
            "; ".join(roles.name_of(key) for key in contact.roles),
            contact.notes,
        )
        for contact in contacts
    ]
    return csv_bytes(EXPORT_HEADERS, rows)


def write_contacts_csv(contacts: Iterable[ContactDraft], path: Path, roles: RoleCatalogue) -> None:
    """Export contacts to a CSV file that is safe to open in Excel, written atomically."""
    write_bytes_atomically(path, contacts_csv_bytes(contacts, roles))
