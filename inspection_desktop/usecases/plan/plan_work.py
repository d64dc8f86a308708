"""The co-ordinator's work as the header and the "due this week" and "overdue" views count it:
checklist items and the open meeting actions that were never put on the checklist."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.plan.checklist_views import (
    action_is_due_this_week,
    action_is_overdue,
    items_done_line,
    plan_summary,
)
from inspection_desktop.usecases.meetings.pack_data import owner_as_person
from inspection_desktop.usecases.services import Services


@dataclass(frozen=True)
class OpenAction:
    """A meeting action still open and not on the checklist: plan work all the same."""

    action_id: int
    meeting_id: int
    meeting_title: str
    description: str
    owner: str
    due: dt.date | None

    def is_overdue(self, today: dt.date) -> bool:
        """Past its due date; an undated action is never overdue."""
        return action_is_overdue(self.due, today)

    def is_due_this_week(self, today: dt.date) -> bool:
        """Due in the calendar week holding ``today`` and not yet late."""
        return action_is_due_this_week(self.due, today)

    def attention(self, today: dt.date) -> str:
        """Words that flag it, as the checklist flags an item."""
        if self.due is not None and self.is_overdue(today):
            days = (today - self.due).days
            return f"Overdue by {days} day{'s' if days != 1 else ''}"
        if self.is_due_this_week(today):
            return "Due this week"
        return ""


def open_actions_off_checklist(services: Services, inspection_id: int) -> list[OpenAction]:
    """Every open action not on the checklist, owners shown as people where the role is filled."""
    reading = services.meetings.inspection_meetings(inspection_id)
    titles = {summary.id: summary.title for summary in reading.summaries}
    person = owner_as_person(reading, services.inspections.roles)
    return [
        OpenAction(
            action.id,
            action.meeting_id,
            titles.get(action.meeting_id, ""),
            action.description,
            person(action.owner),
            action.due,
        )
        for action in reading.actions
        if action.plan_item_id is None and not action.done
    ]


def open_action_dues(services: Services, inspection_id: int) -> list[dt.date | None]:
    """The due dates of the open actions not on the checklist (one read, for the header)."""
    return services.meetings.open_action_dues(inspection_id)


def plan_header(services: Services, inspection_id: int, today: dt.date) -> str:
    """Where the preparation stands and how much is overdue or due this week, actions counted."""
    return plan_heading(services, inspection_id, today)[0]


def plan_heading(services: Services, inspection_id: int, today: dt.date) -> tuple[str, str]:
    """The window's line on the plan (``plan_header``) and its status bar's line, which also
    counts the items done: read afresh, for a window whose Plan tab is not yet filled."""
    store = services.inspections
    calendar = store.calendar(inspection_id)
    rows = store.plan_rows(inspection_id, calendar)
    summary = plan_summary(rows, calendar, today, open_action_dues(services, inspection_id))
    return summary, items_done_line(rows, summary)
