"""Reading the sample list the Care Inspectorate sends (CSV or .xlsx): references only.

The PIR guard's detector looks at every column first; a file with a column of names, dates of
birth, CHI numbers, addresses or any other identifier is refused whole, naming the columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.common.tabular_reader import ReadOptions
from inspection_desktop.documents.pir.pir_file_check import check_pir_file
from inspection_desktop.domain import clock
from inspection_desktop.domain.file_reading.sample import SampleLine, normalise_reference
from inspection_desktop.errors import UserFacingError

# Headings each field is known by, compared with spaces, dashes and case ignored.
_FIELDS: dict[str, tuple[str, ...]] = {
    "reference": (
        "reference",
        "ref",
        "casereference",
        "caseref",
        "recordreference",
        "caserecordreference",
        "caserecord",
        "localreference",
        "casenumber",
        "recordnumber",
        "swreference",
    ),
    "team": ("team", "teamname", "locality", "teamorlocality"),
    "service": ("service", "servicearea"),
    "child_protection": (
        "childprotection",
        "cp",
        "cpr",
        "cpregister",
        "oncpregister",
        "childprotectionregister",
        "onthechildprotectionregister",
        "onchildprotectionregister",
        "registered",
    ),
    "sibling_group": ("siblinggroup", "siblings", "sibling", "family", "familygroup"),
}
_YES = {"yes", "y", "true", "1", "x", "✓", "registered", "on register", "cp"}
_NO = {"", "no", "n", "false", "0", "not registered", "-"}


class IdentifierColumnsError(UserFacingError):
    """The file holds columns of personal identifiers: nothing was imported."""

    def __init__(self, path: Path, columns: list[tuple[str, str]]) -> None:
        self.columns = columns
        named = "; ".join(f"“{heading}” ({reason})" for heading, reason in columns)
        super().__init__(
            f"{path.name} was not imported: it holds personal identifiers in "
            f"{len(columns)} column{'s' if len(columns) != 1 else ''}: {named}. The sample "
            "needs case-record references only; ask for the list without these columns."
        )


@dataclass(frozen=True)
class SampleFile:
    """The records a sample file lists, and how it was read."""

    lines: tuple[SampleLine, ...]
    read_as: str
    duplicates: int


def read_sample_file(path: Path, options: ReadOptions | None = None) -> SampleFile:
    """Read a sample list; refuse it (IdentifierColumnsError) if any column holds identifiers."""
    checked = check_pir_file(path, options, today=clock.today())
    if checked.flagged:
        raise IdentifierColumnsError(
            path, [(v.heading, v.reason_without_values) for v in checked.flagged]
        )
    table = checked.table
    columns = _columns(table.headings)
    if "reference" not in columns:
        raise UserFacingError(
            f"{path.name} has no column of case-record references (a heading such as "
            "“Case reference”): nothing was imported."
        )
    lines: dict[str, SampleLine] = {}
    duplicates = 0
    for number, row in enumerate(table.rows, start=2):
        reference = row[columns["reference"]].strip()
        if not reference:
            continue

        def cell(field: str, row: tuple[str, ...] = row) -> str:
            return row[columns[field]].strip() if field in columns else ""

        key = normalise_reference(reference)
        if key in lines:
            duplicates += 1
        lines[key] = SampleLine(
            reference=reference,
            team=cell("team"),
            service=cell("service"),
            child_protection=_yes_no(cell("child_protection"), path, number),
            sibling_group=cell("sibling_group"),
        )
    return SampleFile(tuple(lines.values()), table.description, duplicates)


def _columns(headings: tuple[str, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        key = re.sub(r"[\W_]+", "", heading.casefold())
        for field, names in _FIELDS.items():
            if key in names and field not in found:
                found[field] = index
    return found


def _yes_no(text: str, path: Path, line: int) -> bool:
    value = " ".join(text.casefold().split())
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise UserFacingError(
        f"{path.name}, row {line}: “{text}” in the child protection column is not yes or no; "
        "nothing was imported."
    )
