"""Role gaps: which needed roles are unfilled, and the week the inspection has reached."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.people.role_gaps import find_role_gaps, week_reached
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod, InspectionCalendar
from inspection_desktop.domain.roles import default_roles


def test_gaps_leave_out_filled_roles_and_come_soonest_first() -> None:
    """Filled roles are not gaps; the rest are ordered by the week they are needed by."""
    needed = {"local_file_reader": 7, "inspection_coordinator": 1, "participation_coordinator": 2}
    gaps = find_role_gaps(needed, {"inspection_coordinator"}, default_roles(), current_week=2)
    assert [(g.role_key, g.needed_by_week, g.overdue) for g in gaps] == [
        ("participation_coordinator", 2, True),
        ("local_file_reader", 7, False),
    ]


def test_week_reached_stays_on_the_last_week_through_a_holiday() -> None:
    """In an uncounted holiday week the inspection is still at the week before it."""
    notified = dt.date(2026, 12, 7)  # week 1; week 2 would start on 14 December
    holiday = HolidayPeriod(dt.date(2026, 12, 14), dt.date(2026, 12, 20))
    calendar = InspectionCalendar(notified, [holiday], 11)
    assert week_reached(calendar, dt.date(2026, 12, 16)) == 1
    assert week_reached(calendar, dt.date(2026, 12, 1)) == 0
    assert week_reached(calendar, dt.date(2027, 6, 1)) == 11
