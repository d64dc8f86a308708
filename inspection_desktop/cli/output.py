"""Printing rows as an aligned table, CSV or JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from inspection_desktop.documents.common.spreadsheet_writer import Cell, write_csv

FORMATS = ("table", "csv", "json")


def write_rows(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], fmt: str, out: TextIO
) -> None:
    """Write ``rows`` (dicts) to ``out`` in the chosen format."""
    if fmt == "json":
        json.dump([dict(row) for row in rows], out, indent=2, ensure_ascii=False, default=str)
        out.write("\n")
    elif fmt == "csv":
        # Often saved and opened in Excel: the shared writer keeps every cell inert.
        write_csv(out, columns, ([_csv_cell(row.get(key)) for key in columns] for row in rows))
    else:
        write_table(rows, columns, out)


def _csv_cell(value: Any) -> Cell:
    if value is None or isinstance(value, int | float | str):
        return value
    return _cell(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(part) for part in value)
    return str(value)


def write_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    """Write an aligned plain-text table with a header line."""
    cells = [[_cell(row.get(key)) for key in columns] for row in rows]
    widths = [max([len(col)] + [len(line[i]) for line in cells]) for i, col in enumerate(columns)]
    out.write("  ".join(col.ljust(widths[i]) for i, col in enumerate(columns)).rstrip() + "\n")
    for line in cells:
        out.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip() + "\n")
