"""Tests for the timeline's words: dates, headings, status and descriptions."""

from __future__ import annotations

from datetime import date

from inspection_desktop.domain.plan.timeline import TimelineEntry, TimelineWeek
from inspection_desktop.domain.plan.timeline_text import (
    entry_description,
    entry_label,
    long_date,
    timeline_summary,
    week_dates,
    week_heading,
)

SURVEY = TimelineEntry(
    7,
    "Staff survey open",
    "ci_work",
    4,
    date(2027, 1, 18),
    date(2027, 2, 14),
    "in_progress",
    True,
    True,
    "Morven Gillies",
)


def test_long_date_reads_the_uk_way() -> None:
    """Dates read like "28 November 2026"."""
    assert long_date(date(2026, 11, 28)) == "28 November 2026"


def test_week_dates_show_both_ends() -> None:
    """A week heading shows its Monday and Sunday, such as "28 Dec – 3 Jan"."""
    week = TimelineWeek(None, date(2026, 12, 28), date(2027, 1, 3), "Christmas holidays")
    assert week_dates(week) == "28 Dec – 3 Jan"
    assert week_heading(week) == "Holiday"


def test_description_gives_owner_dates_and_status_in_words() -> None:
    """The tooltip text names the owner, the dates and the status in words."""
    text = entry_description(SURVEY)
    assert "Owner: Morven Gillies" in text
    assert "18 January 2027 to 14 February 2027" in text
    assert "Status: In progress, overdue, moved from its usual week" in text
    assert "Care Inspectorate work, week 4" in text


def test_label_marks_status_with_symbols_not_only_colour() -> None:
    """An overdue item in progress that has moved carries "!", "◐" and "↷" in its label."""
    assert entry_label(SURVEY) == "! ◐ Staff survey open ↷"


def test_summary_counts_weeks_and_holidays() -> None:
    """The screen-reader summary counts counted weeks and the holiday weeks apart."""
    weeks = [
        TimelineWeek(1, date(2026, 12, 14), date(2026, 12, 20)),
        TimelineWeek(None, date(2026, 12, 21), date(2026, 12, 27), "Christmas holidays"),
    ]
    assert timeline_summary(weeks, 1) == (
        "1 week from 14 December 2026 to 27 December 2026, with 1 holiday week not counted; 1 item."
    )
