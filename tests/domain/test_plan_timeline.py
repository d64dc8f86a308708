"""The plan as the timeline sees it: every calendar week, holiday weeks shaded, moved items kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod, InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.domain.plan.timeline_rows import timeline_entries, timeline_weeks

D = dt.date


def row(**changes: object) -> PlanRow:
    """A plan row with sensible defaults."""
    base = PlanRow(
        id=1, inspection_id=1, key="w2-x", week=2, title="Item", description="", kind="task",
        lead="partnership", owner_role="inspection_coordinator",
        owner_name="Inspection co-ordinator",
        status=ItemStatus.NOT_STARTED, notes="", completed_on=None, due=D(2026, 12, 11),
        starts_on=D(2026, 12, 11), ends_on=D(2026, 12, 11), moved=False, duration_weeks=None,
        attendees=(), agenda=(), guide_notes="", position=0,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_holiday_weeks_appear_unnumbered_with_their_label() -> None:
    """Christmas shows as shaded, uncounted weeks between counted ones."""
    calendar = InspectionCalendar(
        D(2026, 11, 30), [HolidayPeriod(D(2026, 12, 21), D(2027, 1, 1), "Christmas")], 5
    )
    weeks = timeline_weeks(calendar, [])
    assert [w.number for w in weeks] == [1, 2, 3, None, None, 4, 5]
    assert weeks[3].holiday_label == "Christmas"


def test_an_item_moved_past_the_last_week_stretches_the_timeline() -> None:
    """A hand-moved date after week N still gets a column to sit in."""
    calendar = InspectionCalendar(D(2026, 11, 30), [], 2)
    moved = row(due=D(2026, 12, 23), starts_on=D(2026, 12, 23), ends_on=D(2026, 12, 23), moved=True)
    weeks = timeline_weeks(calendar, [moved])
    assert weeks[-1].starts_on == D(2026, 12, 21)
    assert weeks[-1].number is None


def test_entries_carry_overdue_and_person_names() -> None:
    """Overdue is worked out against today; a person's name replaces the role when known."""
    [entry] = timeline_entries([row()], D(2026, 12, 14), {1: "Morag Lennox"})
    assert entry.overdue and entry.owner == "Morag Lennox"
