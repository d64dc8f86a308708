"""Inspection weeks: week 1 holds the notification date; holiday weeks are not counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from inspection_desktop.errors import UserFacingError

# A plan that would need more calendar weeks than this is a data-entry mistake (a holiday
# period spanning years), not a real inspection.
MAX_CALENDAR_WEEKS = 260
WORKING_DAYS = 5


@dataclass(frozen=True)
class HolidayPeriod:
    """Days, inclusive, when the partnership is on holiday (school holidays, Christmas)."""

    starts_on: dt.date
    ends_on: dt.date
    label: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            raise UserFacingError(
                f"The holiday ends ({self.ends_on.isoformat()}) before it starts "
                f"({self.starts_on.isoformat()})."
            )

    def covers(self, day: dt.date) -> bool:
        """True when ``day`` falls inside the period."""
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class CalendarWeek:
    """A Monday-to-Sunday week; ``number`` is None for a holiday week that is not counted."""

    number: int | None
    starts_on: dt.date
    holiday_label: str | None = None

    @property
    def ends_on(self) -> dt.date:
        """The Sunday that ends the week."""
        return self.starts_on + dt.timedelta(days=6)

    @property
    def friday(self) -> dt.date:
        """The last working day of the week."""
        return self.starts_on + dt.timedelta(days=4)

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls in this week."""
        return self.starts_on <= day <= self.ends_on


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the calendar week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


class InspectionCalendar:
    """Maps inspection week numbers to calendar weeks for one inspection."""

    def __init__(self, notified_on: dt.date, holidays: Sequence[HolidayPeriod], weeks: int) -> None:
        if weeks < 1:
            raise ValueError("an inspection spans at least one week")
        self.notified_on = notified_on
        self.holidays = tuple(sorted(holidays, key=lambda period: period.starts_on))
        self.week_count = weeks
        self._weeks = self._lay_out_weeks(weeks)

    def _holiday_label(self, monday: dt.date) -> str | None:
        """The label of the holiday that covers every working day of the week, if any."""
        days = [monday + dt.timedelta(days=offset) for offset in range(WORKING_DAYS)]
        covering = [p for p in self.holidays if any(p.covers(day) for day in days)]
        if covering and all(any(p.covers(day) for p in covering) for day in days):
            return next((p.label for p in covering if p.label), "Holiday")
        return None

    def _lay_out_weeks(self, weeks: int) -> list[CalendarWeek]:
        laid_out: list[CalendarWeek] = []
        monday = monday_of(self.notified_on)
        counted = 0
        for _ in range(MAX_CALENDAR_WEEKS):
            # Week 1 holds the notification date, so it is counted whatever the holidays say.
            label = self._holiday_label(monday) if counted else None
            if label is None:
                counted += 1
                laid_out.append(CalendarWeek(counted, monday))
                if counted == weeks:
                    return laid_out
            else:
                laid_out.append(CalendarWeek(None, monday, label))
            monday += dt.timedelta(days=7)
        raise UserFacingError(
            "The holiday periods cover so many weeks that the plan cannot be laid out; "
            "check the holiday dates."
        )

    @property
    def weeks(self) -> list[CalendarWeek]:
        """Every calendar week from week 1 to the last week, holiday weeks included."""
        return list(self._weeks)

    def week(self, number: int) -> CalendarWeek:
        """The calendar week of inspection week ``number`` (1-based)."""
        for week in self._weeks:
            if week.number == number:
                return week
        if number > self.week_count:
            extended = InspectionCalendar(self.notified_on, self.holidays, number)
            return extended.week(number)
        raise ValueError(f"no inspection week {number}")

    def due_date(self, number: int) -> dt.date:
        """The date an item of week ``number`` is due: that week's Friday."""
        return self.week(number).friday

    def week_number_of(self, day: dt.date) -> int | None:
        """The inspection week that holds ``day``; None before week 1, in a holiday or after."""
        for week in self._weeks:
            if week.contains(day):
                return week.number
        return None

    def current_week(self, today: dt.date) -> int | None:
        """The counted week that holds ``today``, or None outside the phase or in a holiday."""
        return self.week_number_of(today)
