"""Roles the plan needs that nobody holds yet, and how close their week is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.roles import RoleCatalogue


@dataclass(frozen=True)
class RoleGap:
    """A role the plan needs by a given week that no contact holds yet."""

    role_key: str
    role_name: str
    needed_by_week: int
    overdue: bool  # the inspection has reached (or passed) the week it is needed by

    @property
    def message(self) -> str:
        """The gap in words, e.g. "Participation co-ordinator not yet named: needed by week 2"."""
        text = f"{self.role_name} not yet named: needed by week {self.needed_by_week}"
        return f"{text} (overdue)" if self.overdue else text


def week_reached(calendar: InspectionCalendar, today: dt.date) -> int:
    """The latest counted week that has begun by ``today`` (0 before week 1).

    Unlike the current week, this stays at the last week through a holiday and after the end.
    """
    reached = 0
    for week in calendar.weeks:
        if week.number is not None and week.starts_on <= today:
            reached = max(reached, week.number)
    return reached


def find_role_gaps(
    needed_by_week: Mapping[str, int],
    filled: Collection[str],
    roles: RoleCatalogue,
    current_week: int,
) -> list[RoleGap]:
    """Every needed role without a holder, soonest first; overdue once its week is reached."""
    gaps = [
        RoleGap(
            role_key=key,
            role_name=roles.name_of(key),
            needed_by_week=week,
            overdue=current_week >= week,
        )
        for key, week in needed_by_week.items()
        if key not in filled
    ]
    return sorted(gaps, key=lambda gap: (gap.needed_by_week, gap.role_name.casefold()))
