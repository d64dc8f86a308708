"""A meeting or deadline that lands on a Scottish bank holiday moves to the working day before."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.plan.bank_holidays import previous_working_day
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import item_dates

D = dt.date
# Week 4 of an inspection notified on 30 November 2026 ends on Friday 25 December.
CALENDAR = InspectionCalendar(D(2026, 11, 30), [], 11)


def test_a_meeting_on_christmas_day_moves_to_christmas_eve() -> None:
    """The week-4 meeting is due on Thursday 24 December, and says where it came from."""
    dates = item_dates(CALENDAR, 4, None, None, "meeting")
    assert dates.due == D(2026, 12, 24)
    assert dates.shifted_from == D(2026, 12, 25)


def test_a_task_stays_on_its_friday() -> None:
    """Only meetings and deadlines are moved: a task keeps its week's Friday."""
    dates = item_dates(CALENDAR, 4, None, None, "task")
    assert (dates.due, dates.shifted_from) == (D(2026, 12, 25), None)


def test_an_item_pinned_by_hand_stays_on_the_bank_holiday() -> None:
    """A date chosen by the co-ordinator wins over the default."""
    dates = item_dates(CALENDAR, 4, None, D(2026, 12, 25), "deadline")
    assert (dates.due, dates.shifted_from) == (D(2026, 12, 25), None)


def test_the_working_day_before_new_year_skips_the_weekend_and_boxing_day() -> None:
    """Before Monday 28 December 2026 (Boxing Day observed) comes Thursday 24 December."""
    assert previous_working_day(D(2026, 12, 28)) == D(2026, 12, 24)
