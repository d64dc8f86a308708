"""The checklist's views (by week, this week, overdue, by owner) as pure selections and groups."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from inspection_desktop.domain.dates import week_span
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar, monday_of
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow


class ChecklistView(StrEnum):
    """Which items the checklist shows and how it groups them."""

    BY_WEEK = "by_week"
    THIS_WEEK = "this_week"
    OVERDUE = "overdue"
    BY_OWNER = "by_owner"

    @property
    def label(self) -> str:
        """How the view is named in the window."""
        return {
            ChecklistView.BY_WEEK: "All items by week",
            ChecklistView.THIS_WEEK: "Due this week",
            ChecklistView.OVERDUE: "Overdue",
            ChecklistView.BY_OWNER: "By owner",
        }[self]


@dataclass(frozen=True)
class ChecklistGroup:
    """A heading in the checklist and the items under it."""

    key: str
    label: str
    rows: tuple[PlanRow, ...]
    whole: tuple[PlanRow, ...] | None = None
    """Every item of the group, when a filter shows only some of them (the counts use these)."""

    @property
    def done_count(self) -> int:
        """How many of the group's items are closed (done or not applicable)."""
        return sum(1 for row in self._counted if row.status.is_closed)

    @property
    def size(self) -> int:
        """How many items the group holds, shown or not."""
        return len(self._counted)

    @property
    def _counted(self) -> tuple[PlanRow, ...]:
        return self.rows if self.whole is None else self.whole


def row_group_key(row: PlanRow, view: ChecklistView, today: dt.date, owner: str) -> str | None:
    """The key of the heading a view puts a row under (as ``group_rows`` makes them), or None
    when the view leaves the row out."""
    if view is ChecklistView.THIS_WEEK and not row.is_due_this_week(today):
        return None
    if view is ChecklistView.OVERDUE and not row.is_overdue(today):
        return None
    return f"owner:{owner}" if view is ChecklistView.BY_OWNER else f"week:{row.week}"


def item_words(row: PlanRow, owner: str) -> str:
    """What an item is found by, folded for a caseless match: title, owner, notes, description.

    Both the person and the role, so "co-ordinator" still finds Ailsa Grant's items.
    """
    return " ".join((row.title, owner, row.owner_name, row.notes, row.description)).casefold()


def filter_groups(
    groups: Sequence[ChecklistGroup], words: str, words_of: Callable[[PlanRow], str]
) -> list[ChecklistGroup]:
    """The groups cut down to the items whose words hold ``words`` (caseless); empty ones go."""
    wanted = words.strip().casefold()
    if not wanted:
        return list(groups)
    kept = []
    for group in groups:
        rows = tuple(row for row in group.rows if wanted in words_of(row))
        if rows:
            kept.append(replace(group, rows=rows, whole=group.rows))
    return kept


def _week_label(calendar: InspectionCalendar, week: int) -> str:
    calendar_week = calendar.week(week)
    return f"Week {week} · {week_span(calendar_week.starts_on, calendar_week.friday)}"


def group_rows(
    rows: Sequence[PlanRow],
    view: ChecklistView,
    calendar: InspectionCalendar,
    today: dt.date,
    owner_name: Callable[[PlanRow], str] | None = None,
) -> list[ChecklistGroup]:
    """Select the rows a view shows and group them under headings."""
    if view is ChecklistView.THIS_WEEK:
        chosen = [row for row in rows if row.is_due_this_week(today)]
    elif view is ChecklistView.OVERDUE:
        chosen = [row for row in rows if row.is_overdue(today)]
    else:
        chosen = list(rows)
    # One pass over the rows, whatever the number of owners or weeks (never a scan per group).
    if view is ChecklistView.BY_OWNER:
        name_of = owner_name or (lambda row: row.owner_name)
        by_owner: dict[str, list[PlanRow]] = defaultdict(list)
        for row in chosen:
            by_owner[name_of(row)].append(row)
        return [
            ChecklistGroup(
                key=f"owner:{owner}",
                label=owner,
                rows=tuple(sorted(by_owner[owner], key=lambda r: r.due)),
            )
            for owner in sorted(by_owner, key=str.casefold)
        ]
    by_week: dict[int, list[PlanRow]] = defaultdict(list)
    for row in chosen:
        by_week[row.week].append(row)
    weeks = set(by_week)
    if view is ChecklistView.BY_WEEK:
        # Every week of the phase shows, so a week with nothing in it reads as such (week 5 of
        # the guide) rather than vanishing from the count.
        weeks |= set(range(1, calendar.week_count + 1))
    return [
        ChecklistGroup(
            key=f"week:{week}", label=_week_label(calendar, week), rows=tuple(by_week[week])
        )
        for week in sorted(weeks)
    ]


def attention_text(row: PlanRow, today: dt.date) -> str:
    """Words that flag an item needing attention, so colour is never the only signal."""
    parts: list[str] = []
    if row.is_overdue(today):
        days = (today - row.due).days
        parts.append(f"Overdue by {days} day{'s' if days != 1 else ''}")
    elif row.is_due_this_week(today):
        parts.append("Due this week")
    if row.from_meeting:
        parts.append("From a meeting")
    elif row.moved:
        parts.append("Moved by hand")
    warning = row.bank_holiday_warning
    if warning and row.status is not ItemStatus.DONE:
        parts.append(warning)
    return " · ".join(parts)


def action_is_overdue(due: dt.date | None, today: dt.date) -> bool:
    """An open meeting action is overdue once its due date has passed; undated, never."""
    return due is not None and due < today


def action_is_due_this_week(due: dt.date | None, today: dt.date) -> bool:
    """An open meeting action due in the calendar week holding ``today`` (and not yet late)."""
    monday = monday_of(today)
    return due is not None and today <= due <= monday + dt.timedelta(days=6)


def plan_summary(
    rows: Sequence[PlanRow],
    calendar: InspectionCalendar,
    today: dt.date,
    action_dues: Sequence[dt.date | None] = (),
) -> str:
    """Where the preparation stands today, and how many items are overdue or due this week.

    ``action_dues`` are the due dates of open meeting actions not on the checklist: they are
    plan work too, so they count (an undated one never does).
    """
    overdue = sum(1 for row in rows if row.is_overdue(today))
    overdue += sum(1 for due in action_dues if action_is_overdue(due, today))
    due_soon = sum(1 for row in rows if row.is_due_this_week(today))
    due_soon += sum(1 for due in action_dues if action_is_due_this_week(due, today))
    week = calendar.current_week(today)
    if week is not None:
        calendar_week = calendar.week(week)
        where = (
            f"Week {week} of {calendar.week_count} "
            f"({week_span(calendar_week.starts_on, calendar_week.friday)})"
        )
    elif today < calendar.weeks[0].starts_on:
        where = "Before week 1"
    elif today > calendar.weeks[-1].ends_on:
        where = "Preparation phase over"
    else:
        where = "Holiday week (not counted)"
    return f"{where} · {overdue} overdue · {due_soon} due this week"


def items_done_line(rows: Sequence[PlanRow], summary: str) -> str:
    """The status bar's line: how many items are done, then the plan's summary."""
    done = sum(1 for row in rows if row.status.is_closed)
    return f"{done} of {len(rows)} items done · {summary}"


def checklist_notice(
    view: ChecklistView,
    shown: int,
    search: str,
    action_dues: Sequence[dt.date | None],
    today: dt.date,
) -> str:
    """What the checklist says under its rows: why it is empty and what to do, and the meeting
    actions off the checklist that the "due this week" and "overdue" views would otherwise hide.
    """
    search = search.strip()
    if search and not shown:
        return f"No match for “{search}” — Esc clears the search."
    parts: list[str] = []
    if view is ChecklistView.THIS_WEEK:
        if not shown:
            parts.append("No items due this week.")
        actions = sum(1 for due in action_dues if action_is_due_this_week(due, today))
        when = "due this week"
    elif view is ChecklistView.OVERDUE:
        if not shown:
            parts.append("Nothing is overdue.")
        actions = sum(1 for due in action_dues if action_is_overdue(due, today))
        when = "overdue"
    else:
        if not shown:
            parts.append("This plan has no items: Item › Add an item of your own adds one.")
        return " ".join(parts)
    if actions:
        noun = "action" if actions == 1 else "actions"
        parts.append(
            f"{'Also ' if shown else ''}{actions} meeting {noun} not on the checklist "
            f"{'is' if actions == 1 else 'are'} {when}: see the Meetings tab, where "
            "Add to the checklist puts one here."
        )
    return " ".join(parts)
