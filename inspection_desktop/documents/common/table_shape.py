"""Turn raw rows into a table: find the heading row, pad short rows, refuse ragged ones."""

from __future__ import annotations

from collections import Counter

from inspection_desktop.errors import UserFacingError

# Exports often start with a title or "as at" line or two; look this far for the heading row.
_MOST_TITLE_ROWS = 10
_ROWS_FOR_WIDTH = 50

Row = tuple[str, ...]


def _width(row: list[str]) -> int:
    """How many cells the row has up to its last non-empty one."""
    for index in range(len(row) - 1, -1, -1):
        if row[index].strip():
            return index + 1
    return 0


def heading_row_index(rows: list[list[str]]) -> int:
    """The index of the heading row: the first as wide as most rows, after any title lines."""
    widths = [_width(row) for row in rows[:_ROWS_FOR_WIDTH]]
    usual = Counter(widths).most_common(1)[0][0]
    for index, width in enumerate(widths[: _MOST_TITLE_ROWS + 1]):
        if width >= usual:
            return index
        if width > 2:
            break  # not a title line: perhaps headings missing for the last columns
    return 0


def shape_table(file_name: str, raw_rows: list[list[str]]) -> tuple[Row, tuple[Row, ...]]:
    """Unique headings and equal-width rows; UserFacingError when empty or ragged."""
    numbered = [(n, row) for n, row in enumerate(raw_rows, start=1) if _width(row)]
    if not numbered:
        raise UserFacingError(f"{file_name} is empty: it has no headings and no rows")
    start = heading_row_index([row for _, row in numbered])
    header = numbered[start][1][: _width(numbered[start][1])]
    body = numbered[start + 1 :]
    if not body:
        raise UserFacingError(f"{file_name} has headings but no rows of data")
    width = len(header)
    shaped: list[Row] = []
    for number, row in body:
        if _width(row) > width:
            raise UserFacingError(
                f"{file_name} is ragged: row {number} has {_width(row)} values but there are "
                f"only {width} headings. Check the separator, or that every column has a heading."
            )
        cells = row[:width]
        shaped.append(tuple(cells) + ("",) * (width - len(cells)))
    return unique_headings(header), tuple(shaped)


def unique_headings(header: list[str]) -> Row:
    """Headings with blanks named "Column N" and repeats numbered: "Ref", "Ref (2)"."""
    seen: dict[str, int] = {}
    headings: list[str] = []
    for index, raw in enumerate(header, start=1):
        heading = " ".join(raw.split()) or f"Column {index}"
        count = seen.get(heading.casefold(), 0) + 1
        seen[heading.casefold()] = count
        headings.append(heading if count == 1 else f"{heading} ({count})")
    return tuple(headings)
