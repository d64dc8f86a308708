"""Words for the timeline: kinds, statuses, week headings and an item's description."""

from __future__ import annotations

from datetime import date

from inspection_desktop.domain.plan.items import ItemKind
from inspection_desktop.domain.plan.timeline import TimelineEntry, TimelineWeek

KIND_NAMES = {kind: kind.label for kind in ItemKind}

STATUS_NAMES = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "not_applicable": "Not applicable",
}

# Fixed English names: the system locale must not change what the user reads.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Shown beside each label so status never depends on colour alone.
STATUS_SYMBOLS = {"not_started": "", "in_progress": "◐", "done": "✓", "not_applicable": "–"}
OVERDUE_SYMBOL = "!"
MOVED_SYMBOL = "↷"


def long_date(day: date) -> str:
    """A date the way the app shows it, such as "28 November 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """A compact date for a week heading, such as "2 Mar"."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def week_heading(week: TimelineWeek) -> str:
    """The first line of a week's heading: "Week 4", or "Holiday" for an uncounted week."""
    return f"Week {week.number}" if week.number is not None else "Holiday"


def week_dates(week: TimelineWeek, *, compact: bool = False) -> str:
    """The week's dates, "2 Mar – 8 Mar"; compact gives "2–8 Mar" when the month is the same."""
    if compact and week.starts_on.month == week.ends_on.month:
        return f"{week.starts_on.day}–{short_date(week.ends_on)}"
    return f"{short_date(week.starts_on)} – {short_date(week.ends_on)}"


def status_words(entry: TimelineEntry) -> str:
    """The entry's status in words, with overdue and moved if they apply."""
    words = [STATUS_NAMES.get(entry.status, entry.status.replace("_", " ").capitalize())]
    if entry.overdue:
        words.append("overdue")
    if entry.moved:
        words.append("moved from its usual week")
    return ", ".join(words)


def label_prefix(entry: TimelineEntry) -> str:
    """The status symbols shown before an entry's label, such as "! ◐"."""
    symbols = [OVERDUE_SYMBOL] if entry.overdue else []
    if STATUS_SYMBOLS.get(entry.status):
        symbols.append(STATUS_SYMBOLS[entry.status])
    return " ".join(symbols)


def entry_label(entry: TimelineEntry) -> str:
    """The text drawn beside an entry's mark: status symbols, title, and a moved sign."""
    parts = [label_prefix(entry), entry.title, MOVED_SYMBOL if entry.moved else ""]
    return " ".join(part for part in parts if part)


def entry_dates(entry: TimelineEntry) -> str:
    """The entry's date or date range in words."""
    if entry.has_duration:
        return f"{long_date(entry.starts_on)} to {long_date(entry.ends_on)}"
    return long_date(entry.starts_on)


def entry_description(entry: TimelineEntry) -> str:
    """Several lines describing an entry, for its tooltip and for screen readers."""
    kind = KIND_NAMES.get(entry.kind, entry.kind)
    lines = [
        entry.title,
        f"{kind}, week {entry.week}: {entry_dates(entry)}",
        f"Owner: {entry.owner or 'nobody yet'}",
        f"Status: {status_words(entry)}",
    ]
    return "\n".join(lines)


def timeline_summary(weeks: list[TimelineWeek], entry_count: int) -> str:
    """One sentence saying what the timeline covers, for screen readers."""
    if not weeks:
        return "The timeline is empty."
    counted = sum(1 for week in weeks if week.counted)
    holidays = len(weeks) - counted
    text = (
        f"{counted} {'week' if counted == 1 else 'weeks'} from {long_date(weeks[0].starts_on)}"
        f" to {long_date(weeks[-1].ends_on)}"
    )
    if holidays:
        text += f", with {holidays} holiday {'week' if holidays == 1 else 'weeks'} not counted"
    return f"{text}; {entry_count} {'item' if entry_count == 1 else 'items'}."
