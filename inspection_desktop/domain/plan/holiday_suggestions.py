"""Holiday weeks to offer at the start: those holding Christmas Day and New Year's Day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from inspection_desktop.domain.plan.inspection_calendar import (
    HolidayPeriod,
    InspectionCalendar,
    monday_of,
)

CHRISTMAS_LABEL = "Christmas holidays"
NEW_YEAR_LABEL = "New Year holidays"


def festive_weeks(
    notified_on: dt.date, weeks: int, recorded: Sequence[HolidayPeriod] = ()
) -> list[HolidayPeriod]:
    """The Monday-to-Friday weeks holding 25 December and 1 January that fall inside the phase.

    Offered, never added silently: the co-ordinator confirms or edits them. A week already
    covered by a recorded holiday is not offered again; week 1 always counts, so it never is.
    Adding the Christmas week moves the phase on, which can bring New Year's Day inside it, so
    the offer is worked out with the earlier suggestions in place.
    """
    suggested: list[HolidayPeriod] = []
    for _ in range(4):  # each pass can only add a week; two days, so two passes settle it
        calendar = InspectionCalendar(notified_on, [*recorded, *suggested], weeks)
        first, last = calendar.weeks[0].starts_on, calendar.weeks[-1].ends_on
        added = False
        for year in range(first.year, last.year + 1):
            for day, label in _festive_days(year):
                monday = monday_of(day)
                if not first <= day <= last or monday == calendar.weeks[0].starts_on:
                    continue
                period = HolidayPeriod(monday, monday + dt.timedelta(days=4), label)
                week_is_out = any(
                    week.starts_on == monday and week.number is None for week in calendar.weeks
                )
                if not week_is_out and period not in suggested:
                    suggested.append(period)
                    added = True
        if not added:
            break
    return _merge(sorted(suggested, key=lambda period: period.starts_on))


def _festive_days(year: int) -> list[tuple[dt.date, str]]:
    """Christmas Day and New Year's Day, or the Monday after when one falls at a weekend (the
    substitute bank holiday is then in the next week)."""
    days = []
    for day, label in (
        (dt.date(year, 1, 1), NEW_YEAR_LABEL),
        (dt.date(year, 12, 25), CHRISTMAS_LABEL),
    ):
        if day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())
        days.append((day, label))
    return days


def _merge(periods: list[HolidayPeriod]) -> list[HolidayPeriod]:
    """One period for weeks next to each other (Christmas and New Year in a row)."""
    merged: list[HolidayPeriod] = []
    for period in periods:
        if merged and (period.starts_on - merged[-1].ends_on).days <= 3:
            last = merged[-1]
            merged[-1] = HolidayPeriod(
                last.starts_on, period.ends_on, "Christmas and New Year holidays"
            )
        elif not merged or period.starts_on > merged[-1].ends_on:
            merged.append(period)
    return merged
