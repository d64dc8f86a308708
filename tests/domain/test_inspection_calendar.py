"""Week arithmetic: week 1 holds the notification date; full holiday weeks are not counted."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod, InspectionCalendar
from inspection_desktop.errors import UserFacingError

D = dt.date


def test_week_one_is_the_calendar_week_holding_the_notification_date() -> None:
    """A letter dated on a Wednesday makes that week's Monday the start of week 1."""
    calendar = InspectionCalendar(D(2026, 3, 4), [], 11)
    assert calendar.week(1).starts_on == D(2026, 3, 2)
    assert calendar.week(11).starts_on == D(2026, 5, 11)
    assert calendar.due_date(4) == D(2026, 3, 27)


def test_christmas_weeks_across_the_new_year_are_not_counted() -> None:
    """Two full holiday weeks over the new year push every later week two weeks on."""
    christmas = HolidayPeriod(D(2026, 12, 21), D(2027, 1, 3), "Christmas")
    calendar = InspectionCalendar(D(2026, 11, 30), [christmas], 11)
    assert calendar.week(3).starts_on == D(2026, 12, 14)
    assert calendar.week(4).starts_on == D(2027, 1, 4)
    assert calendar.week(11).starts_on == D(2027, 2, 22)
    skipped = [week for week in calendar.weeks if week.number is None]
    assert [week.starts_on for week in skipped] == [D(2026, 12, 21), D(2026, 12, 28)]
    assert {week.holiday_label for week in skipped} == {"Christmas"}


def test_a_week_only_partly_on_holiday_still_counts() -> None:
    """A holiday covering Monday to Thursday leaves Friday working, so the week counts."""
    partial = HolidayPeriod(D(2026, 3, 9), D(2026, 3, 12), "Long weekend")
    calendar = InspectionCalendar(D(2026, 3, 2), [partial], 3)
    assert calendar.week(2).starts_on == D(2026, 3, 9)


def test_two_adjacent_holiday_periods_together_cover_a_week() -> None:
    """Holidays that between them cover every working day take the week out of the count."""
    first = HolidayPeriod(D(2026, 3, 9), D(2026, 3, 11), "A")
    second = HolidayPeriod(D(2026, 3, 12), D(2026, 3, 13), "B")
    calendar = InspectionCalendar(D(2026, 3, 2), [first, second], 3)
    assert calendar.week(2).starts_on == D(2026, 3, 16)


def test_week_one_counts_even_in_a_holiday() -> None:
    """The week of the letter is week 1 whatever the holidays say."""
    holiday = HolidayPeriod(D(2026, 3, 30), D(2026, 4, 10), "Easter")
    calendar = InspectionCalendar(D(2026, 4, 1), [holiday], 2)
    assert calendar.week(1).starts_on == D(2026, 3, 30)
    assert calendar.week(2).starts_on == D(2026, 4, 13)


def test_week_number_of_a_day_in_a_skipped_week_is_none() -> None:
    """A day inside an uncounted holiday week belongs to no inspection week."""
    holiday = HolidayPeriod(D(2026, 3, 9), D(2026, 3, 13), "Spring")
    calendar = InspectionCalendar(D(2026, 3, 2), [holiday], 3)
    assert calendar.week_number_of(D(2026, 3, 10)) is None
    assert calendar.week_number_of(D(2026, 3, 17)) == 2
    assert calendar.week_number_of(D(2026, 2, 27)) is None


def test_a_holiday_that_ends_before_it_starts_is_refused() -> None:
    """Reversed dates are a clear error, not a silent empty period."""
    with pytest.raises(UserFacingError, match="before it starts"):
        HolidayPeriod(D(2026, 3, 13), D(2026, 3, 9))


def test_holidays_covering_years_are_refused_with_a_message() -> None:
    """A holiday spanning years cannot push the plan out forever."""
    endless = HolidayPeriod(D(2026, 3, 9), D(2036, 1, 1), "Mistake")
    with pytest.raises(UserFacingError, match="holiday dates"):
        InspectionCalendar(D(2026, 3, 2), [endless], 11)
