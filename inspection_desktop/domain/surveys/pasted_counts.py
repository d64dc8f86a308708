"""Response counts pasted from a survey tool's export or a spreadsheet.

Two shapes are understood. Lines that each hold a date and a number are totals on those days
("08/02/2027, 45"). Lines that each hold only a date, or a date and a time, are one response
each (a column of "Date submitted" values): they are added up day by day into running totals.
Lines with no date (headings) are skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from inspection_desktop.domain.surveys.surveys import MAX_RESPONSES, ResponseCount
from inspection_desktop.errors import UserFacingError

MAX_PASTED_LINES = 200_000
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})")
_UK = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_WORDS = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_TIME = re.compile(
    r"T?\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?"
)
_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.])\d+(?![\d.])")


@dataclass(frozen=True)
class PastedCounts:
    """The totals read from pasted text, and how many lines were skipped."""

    counts: tuple[ResponseCount, ...]
    skipped_lines: int
    one_per_line: bool


def _find_date(line: str) -> tuple[dt.date, str] | None:
    """The first date in a line and the line with it taken out."""
    for pattern, order in ((_ISO, "ymd"), (_UK, "dmy"), (_WORDS, "dMy")):
        found = pattern.search(line)
        if found is None:
            continue
        parts = found.groups()
        try:
            if order == "ymd":
                day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            elif order == "dmy":
                day = dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
            else:
                month = _MONTHS.get(parts[1].casefold())
                if month is None:
                    continue
                day = dt.date(int(parts[2]), month, int(parts[0]))
        except ValueError:
            raise UserFacingError(f"“{found.group(0)}” is not a real date.") from None
        return day, line[: found.start()] + " " + line[found.end() :]
    return None


def read_pasted_counts(text: str) -> PastedCounts:
    """Read dated totals (or one dated response per line) from pasted text."""
    lines = text.splitlines()
    if len(lines) > MAX_PASTED_LINES:
        raise UserFacingError(
            f"That is {len(lines):,} lines; paste at most {MAX_PASTED_LINES:,} at a time."
        )
    totals: dict[dt.date, int] = {}
    singles: Counter[dt.date] = Counter()
    skipped = 0
    for line in lines:
        found = _find_date(line)
        if found is None:
            skipped += 1 if line.strip() else 0
            continue
        day, rest = found
        numbers = _NUMBER.findall(_TIME.sub(" ", rest))
        if numbers:
            value = int(numbers[0].replace(",", ""))
            if value > MAX_RESPONSES:
                raise UserFacingError(f"{value:,} is too many responses for one survey.")
            totals[day] = value
        else:
            singles[day] += 1
    if totals and singles:
        raise UserFacingError(
            "Some lines give a number of responses and some do not: paste either a date and a "
            "total on each line, or one response (its date) on each line."
        )
    if not totals and not singles:
        raise UserFacingError("No dates were found in the pasted text.")
    if totals:
        counts = tuple(ResponseCount(day, totals[day]) for day in sorted(totals))
        return PastedCounts(counts, skipped, one_per_line=False)
    running = 0
    cumulative = []
    for day in sorted(singles):
        running += singles[day]
        cumulative.append(ResponseCount(day, running))
    return PastedCounts(tuple(cumulative), skipped, one_per_line=True)
