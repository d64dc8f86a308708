"""Read dates written the ways UK systems and people write them, and exact ages."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_NUMERIC_DMY = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DAY_MONTH_NAME = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s\-/.]*({_MONTH_NAMES})\.?[\s\-/.,]*(\d{{4}}|\d{{2}})",
    re.IGNORECASE,
)
_MONTH_NAME_DAY = re.compile(
    rf"({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE
)
_TRAILING_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")

_EXACT_AGE = re.compile(
    r"\d{1,2}\s*(?:y|yr|yrs|years?)\b[\s,]*(?:and\s+)?\d{1,2}\s*(?:m|mth|mths|months?)\b"
    r"|\d{1,2}y\s*\d{1,2}m",
    re.IGNORECASE,
)


def _full_year(year_text: str, today: dt.date) -> int:
    year = int(year_text)
    if len(year_text) == 4:
        return year
    # Two-digit years: the most recent year not in the future, as a date of birth would be.
    century = today.year - today.year % 100
    return century + year if century + year <= today.year else century - 100 + year


def parse_uk_date(value: str, today: dt.date) -> dt.date | None:
    """Parse a UK-style date (day first), ISO date or named-month date; None when it is not one."""
    text = _TRAILING_TIME.sub("", value.strip())
    if len(text) < 6 or len(text) > 30:
        return None
    try:
        if match := _ISO.fullmatch(value.strip()):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _NUMERIC_DMY.fullmatch(text):
            year = _full_year(match.group(4), today)
            return dt.date(year, int(match.group(3)), int(match.group(1)))
        if match := _DAY_MONTH_NAME.fullmatch(text):
            month = _MONTHS[match.group(2).casefold()]
            return dt.date(_full_year(match.group(3), today), month, int(match.group(1)))
        if match := _MONTH_NAME_DAY.fullmatch(text):
            month = _MONTHS[match.group(1).casefold()]
            return dt.date(int(match.group(3)), month, int(match.group(2)))
    except ValueError:
        return None
    return None


def is_exact_age(value: str) -> bool:
    """True for an age given to the month, such as "11 years 4 months" or "11y 4m"."""
    return _EXACT_AGE.fullmatch(value.strip()) is not None
