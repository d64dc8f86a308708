"""How dates read in the app: "28 November 2026", UK English."""

from __future__ import annotations

import datetime as dt


def long_date(value: dt.date) -> str:
    """Format a date as "28 November 2026"."""
    return f"{value.day} {value:%B %Y}"


def short_date(value: dt.date) -> str:
    """Format a date as "Sat 28 Nov"."""
    return f"{value:%a} {value.day} {value:%b}"


def week_span(starts_on: dt.date, ends_on: dt.date) -> str:
    """Format a span of days as "2 – 8 March 2026" or "28 Feb – 6 Mar 2026"."""
    if starts_on.month == ends_on.month and starts_on.year == ends_on.year:
        return f"{starts_on.day} – {ends_on.day} {ends_on:%B %Y}"
    if starts_on.year == ends_on.year:
        return f"{starts_on.day} {starts_on:%b} – {ends_on.day} {ends_on:%b %Y}"
    return f"{starts_on.day} {starts_on:%b %Y} – {ends_on.day} {ends_on:%b %Y}"
