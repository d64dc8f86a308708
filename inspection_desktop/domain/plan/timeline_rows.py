"""The plan's weeks and items turned into what the timeline draws."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.domain.plan.timeline import TimelineEntry, TimelineWeek


def timeline_weeks(calendar: InspectionCalendar, rows: Sequence[PlanRow]) -> list[TimelineWeek]:
    """Every calendar week of the phase, holiday weeks included, stretched to hold moved items."""
    weeks = [
        TimelineWeek(week.number, week.starts_on, week.ends_on, week.holiday_label)
        for week in calendar.weeks
    ]
    last_day = max((row.ends_on for row in rows), default=weeks[-1].ends_on)
    first_day = min((row.starts_on for row in rows), default=weeks[0].starts_on)
    while last_day > weeks[-1].ends_on:
        monday = weeks[-1].starts_on + dt.timedelta(days=7)
        weeks.append(TimelineWeek(None, monday, monday + dt.timedelta(days=6), "After the phase"))
    while first_day < weeks[0].starts_on:
        monday = weeks[0].starts_on - dt.timedelta(days=7)
        weeks.insert(0, TimelineWeek(None, monday, monday + dt.timedelta(days=6), "Before week 1"))
    return weeks


def timeline_entries(
    rows: Sequence[PlanRow], today: dt.date, owner_names: dict[int, str] | None = None
) -> list[TimelineEntry]:
    """One timeline mark (or bar) per plan item."""
    names = owner_names or {}
    return [
        TimelineEntry(
            item_id=row.id,
            title=row.title,
            kind=row.kind,
            week=row.week,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            status=row.status.value,
            overdue=row.is_overdue(today),
            moved=row.moved_by_hand,
            owner=names.get(row.id, row.owner_name),
        )
        for row in rows
    ]
