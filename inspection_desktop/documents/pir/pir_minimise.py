"""Write the minimised population list beside the original, with a record of what was removed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.documents.common.spreadsheet_writer import write_spreadsheet
from inspection_desktop.documents.common.tabular_reader import PopulationTable
from inspection_desktop.domain.pir.verdicts import ColumnVerdict
from inspection_desktop.errors import UserFacingError

MINIMISED_SUFFIX = " (minimised)"


@dataclass(frozen=True)
class MinimisedFile:
    """Where the minimised list and its removal record were written, and what was kept."""

    path: Path
    record_path: Path
    kept: tuple[str, ...]
    removed: tuple[str, ...]


def default_minimised_path(original: Path, as_workbook: bool | None = None) -> Path:
    """A free name beside the original: "list (minimised).csv", then "list (minimised 2).csv"."""
    workbook = (
        original.suffix.casefold() in (".xlsx", ".xlsm") if as_workbook is None else as_workbook
    )
    suffix = ".xlsx" if workbook else ".csv"
    candidate = original.with_name(f"{original.stem}{MINIMISED_SUFFIX}{suffix}")
    number = 2
    while candidate.exists():
        candidate = original.with_name(f"{original.stem} (minimised {number}){suffix}")
        number += 1
    return candidate


def record_path_for(output: Path) -> Path:
    """The removal record's path beside the minimised file."""
    return output.with_name(f"{output.stem} - removal record.txt")


def write_minimised(
    table: PopulationTable,
    verdicts: Sequence[ColumnVerdict],
    keep: Sequence[str],
    output: Path | None = None,
    *,
    now: dt.datetime | None = None,
) -> MinimisedFile:
    """Write only the kept columns to ``output`` (CSV or .xlsx by suffix) and a removal record."""
    target = output or default_minimised_path(table.path)
    if not target.suffix:
        target = target.with_name(target.name + ".csv")  # a name typed without an extension
    if _same_file(target, table.path):
        raise UserFacingError(
            f"The minimised list cannot be written over the original {table.path.name}; "
            "choose another name"
        )
    unknown = [heading for heading in keep if heading not in table.headings]
    if unknown:
        raise ValueError(f"not headings of this table: {unknown}")
    wanted = set(keep)
    indexes = [i for i, heading in enumerate(table.headings) if heading in wanted]
    kept = tuple(table.headings[i] for i in indexes)
    removed = tuple(h for h in table.headings if h not in wanted)
    rows = [[row[i] for i in indexes] for row in table.rows]
    # Through the shared writer: a "=HYPERLINK(…)" in the list must not become a live formula.
    write_spreadsheet(target, kept, rows, sheet_name="Population")
    record = record_path_for(target)
    text = removal_record(table, verdicts, kept, target, now or dt.datetime.now())
    write_bytes_atomically(record, text.encode("utf-8"))
    return MinimisedFile(target, record, kept, removed)


def removal_record(
    table: PopulationTable,
    verdicts: Sequence[ColumnVerdict],
    kept: Sequence[str],
    output: Path,
    now: dt.datetime,
) -> str:
    """The short record of what was removed and why; headings and reasons only, never values."""
    by_heading = {v.heading: v for v in verdicts}
    lines = [
        "PIR population list: record of columns removed before sending",
        "",
        f"Original file: {table.path.name}",
        f"Minimised file: {output.name}",
        f"Written: {now.day} {now:%B %Y at %H:%M}",
        f"Rows: {len(table.rows)}",
        "",
        "Columns removed:",
    ]
    removed = [h for h in table.headings if h not in set(kept)]
    for heading in removed:
        verdict = by_heading.get(heading)
        why = verdict.reason_without_values if verdict and verdict.flagged else "not needed"
        lines.append(f"- {heading}: {why}")
    if not removed:
        lines.append("- none")
    lines += ["", "Columns kept:"]
    for heading in kept:
        verdict = by_heading.get(heading)
        note = (
            " (kept although flagged: " + verdict.reason_without_values + ")"
            if (verdict and verdict.flagged)
            else ""
        )
        lines.append(f"- {heading}{note}")
    lines += ["", "This record holds no values from the list."]
    return "\n".join(lines) + "\n"


def _same_file(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()
