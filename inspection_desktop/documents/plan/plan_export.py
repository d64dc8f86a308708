"""The plan as a table for paper and spreadsheets: one row per item, owners as people when known."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import week_span
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemKind, PlanRow
from inspection_desktop.usecases.services import Services

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"
EXPORT_HEADERS = (
    "Week",
    "Title",
    "Kind",
    "Owner",
    "Due",
    "Status",
    "Completed",
    "Notes",
    "Where it came from",
)
FORMATS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class ExportRow:
    """One checklist item as the exports write it."""

    week: int
    title: str
    kind: str
    owner: str
    due: dt.date
    status: str
    completed_on: dt.date | None
    notes: str
    origin: str
    attention: str
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    """A window's span (a survey open for weeks); None for an item on one day."""


@dataclass(frozen=True)
class PlanExport:
    """Everything an export of the plan needs: whose plan, its weeks and its rows."""

    area: str
    calendar: InspectionCalendar
    rows: tuple[ExportRow, ...]
    today: dt.date

    def week_label(self, week: int) -> str:
        """ "Week 3 · 9–13 November 2026", as the checklist heads a week."""
        calendar_week = self.calendar.week(week)
        return f"Week {week} · {week_span(calendar_week.starts_on, calendar_week.friday)}"

    @property
    def weeks(self) -> list[int]:
        """Every week from 1 to the plan's last, with or without items (an empty week shows)."""
        last = max([self.calendar.week_count, *(row.week for row in self.rows)])
        return list(range(1, last + 1))


def plan_export(services: Services, inspection_id: int) -> PlanExport:
    """Read the plan of an inspection for exporting (three reads, whatever its size)."""
    store = services.inspections
    inspection = store.get_inspection(inspection_id)
    calendar = store.calendar(inspection_id)
    people = services.contacts.owner_names(inspection_id)
    today = clock.today()
    rows = [
        _export_row(row, people.get(row.id, row.owner_name), today)
        for row in store.plan_rows(inspection_id, calendar)
    ]
    rows += _action_rows(services, inspection_id, calendar, today)
    rows.sort(key=lambda row: (row.week, row.due))
    return PlanExport(inspection.area, calendar, tuple(rows), today)


def _action_rows(
    services: Services, inspection_id: int, calendar: InspectionCalendar, today: dt.date
) -> list[ExportRow]:
    """Open meeting actions with a due date that are not on the checklist: plan work too, so a
    colleague handed the plan sees them in their week."""
    from inspection_desktop.usecases.plan.plan_work import open_actions_off_checklist

    rows = []
    for action in open_actions_off_checklist(services, inspection_id):
        if action.due is None:
            continue
        week = _week_of(calendar, action.due)
        rows.append(
            ExportRow(
                week=week,
                title=action.description,
                kind="Meeting action",
                owner=action.owner,
                due=action.due,
                status="Not started",
                completed_on=None,
                notes="",
                origin=f"From the meeting: {action.meeting_title}",
                attention=action.attention(today),
            )
        )
    return rows


def _week_of(calendar: InspectionCalendar, day: dt.date) -> int:
    """The inspection week holding ``day``: the counted week before it in a holiday, week 1
    before the phase, the weeks after it counted on."""
    counted = [w.number for w in calendar.weeks if w.number is not None and w.starts_on <= day]
    if not counted:
        return 1
    last = calendar.weeks[-1]
    if day > last.ends_on:
        return calendar.week_count + (day - last.ends_on).days // 7 + 1
    return max(counted)


def _export_row(row: PlanRow, owner: str, today: dt.date) -> ExportRow:
    from inspection_desktop.domain.plan.checklist_views import attention_text

    return ExportRow(
        week=row.week,
        title=row.title,
        kind=ItemKind(row.kind).label,
        owner=owner,
        due=row.due,
        status=row.status.label,
        completed_on=row.completed_on,
        notes=row.notes,
        origin=row.origin.label,
        attention=attention_text(row, today),
        starts_on=row.starts_on if row.duration_weeks else None,
        ends_on=row.ends_on if row.duration_weeks else None,
    )
