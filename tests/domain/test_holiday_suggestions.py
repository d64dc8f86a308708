"""The holiday weeks offered when an inspection starts: Christmas and New Year inside the phase."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.plan.holiday_suggestions import festive_weeks
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod

D = dt.date


def test_a_november_start_is_offered_the_christmas_and_new_year_weeks() -> None:
    """Notified on 30 November 2026, the weeks of 21 and 28 December are offered as one period."""
    (period,) = festive_weeks(D(2026, 11, 30), 11)
    assert (period.starts_on, period.ends_on) == (D(2026, 12, 21), D(2027, 1, 1))


def test_a_september_start_is_offered_nothing() -> None:
    """Eleven weeks from 1 September end in November: no festive week falls inside."""
    assert festive_weeks(D(2026, 9, 1), 11) == []


def test_new_year_brought_inside_by_the_christmas_week_is_offered_too() -> None:
    """Taking the Christmas week out moves the phase on, so New Year's week is offered as well."""
    # Eleven weeks from 12 October 2026 end on 27 December; the Christmas week pushes them on.
    periods = festive_weeks(D(2026, 10, 12), 11)
    assert [p.starts_on for p in periods] == [D(2026, 12, 21)]
    assert periods[0].ends_on == D(2027, 1, 1)


def test_a_christmas_on_a_saturday_offers_the_week_of_the_substitute_holidays() -> None:
    """25 December 2027 is a Saturday: the week of Monday 27 December is offered."""
    periods = festive_weeks(D(2027, 11, 29), 11)
    assert periods[0].starts_on == D(2027, 12, 27)


def test_a_week_already_recorded_as_a_holiday_is_not_offered_again() -> None:
    """The council's own Christmas holidays, already recorded, leave nothing to offer."""
    recorded = [HolidayPeriod(D(2026, 12, 21), D(2027, 1, 1), "School holidays")]
    assert festive_weeks(D(2026, 11, 30), 11, recorded) == []


def test_week_one_is_never_offered() -> None:
    """Notified in the week of Christmas, that week is week 1 and counts; New Year's is offered."""
    periods = festive_weeks(D(2026, 12, 22), 11)
    assert [(p.starts_on, p.ends_on) for p in periods] == [(D(2026, 12, 28), D(2027, 1, 1))]
