"""Changing the inspection itself: its name and notification date, archiving, deleting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import item_dates
from inspection_desktop.usecases.changes import CALENDAR, INSPECTIONS, PLAN, Change
from inspection_desktop.usecases.services import Services


@dataclass(frozen=True)
class DateMove:
    """An item whose due date a new notification date would move."""

    item_id: int
    title: str
    week: int
    due: dt.date
    new_due: dt.date


def date_moves(services: Services, inspection_id: int, notified_on: dt.date) -> list[DateMove]:
    """Which items' due dates move, and to where, if the notification date becomes this one.

    Items pinned to a date by hand (and meeting actions) stay where they are.
    """
    store = services.inspections
    inspection = store.get_inspection(inspection_id)
    calendar = store.calendar(inspection_id)
    moved = InspectionCalendar(notified_on, calendar.holidays, inspection.weeks)
    moves = []
    for row in store.plan_rows(inspection_id, calendar):
        if row.moved:
            continue
        new_due = item_dates(moved, row.week, row.duration_weeks, None, str(row.kind)).due
        if new_due != row.due:
            moves.append(DateMove(row.id, row.title, row.week, row.due, new_due))
    return moves


def edit_inspection(
    services: Services, inspection_id: int, area: str, notified_on: dt.date
) -> Change:
    """Rename the partnership or change the notification date; every plan date follows."""
    store = services.inspections
    before = store.get_inspection(inspection_id)
    store.update_inspection(inspection_id, area, notified_on)
    after = store.get_inspection(inspection_id)
    return _inspection_change(
        services, after.id, (after.area, after.notified_on), (before.area, before.notified_on)
    )


def _inspection_change(
    services: Services,
    inspection_id: int,
    now: tuple[str, dt.date],
    back: tuple[str, dt.date],
) -> Change:
    kinds = {INSPECTIONS}
    if now[1] != back[1]:
        kinds |= {CALENDAR, PLAN}

    def undo() -> Change:
        services.inspections.update_inspection(inspection_id, *back)
        return _inspection_change(services, inspection_id, back, now)

    return Change("edit the inspection", frozenset(kinds), undo=undo)


def archive_inspection(services: Services, inspection_id: int, archived: bool = True) -> Change:
    """Archive an inspection (it stays in the file, no longer opened), or bring it back."""
    services.inspections.set_archived(inspection_id, archived)
    name = services.inspections.get_inspection(inspection_id).area

    def undo() -> Change:
        return archive_inspection(services, inspection_id, not archived)

    verb = "archive" if archived else "bring back"
    return Change(f"{verb} the inspection of {name}", frozenset({INSPECTIONS}), undo=undo)


def delete_inspection(services: Services, inspection_id: int) -> Change:
    """Delete an inspection and all its plan, people and meetings: it cannot be undone."""
    name = services.inspections.get_inspection(inspection_id).area
    services.inspections.delete_inspection(inspection_id)
    return Change(f"delete the inspection of {name}", frozenset({INSPECTIONS}))
