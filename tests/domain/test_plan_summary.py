"""The one-line summary of where the preparation stands, shown above the checklist."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.plan.checklist_views import plan_summary
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from tests.domain.test_plan_rules import make_row

D = dt.date


def test_summary_names_the_week_and_counts_overdue_and_due_items() -> None:
    """In week 2, an item due last week is overdue and one due on Friday is due this week."""
    calendar = InspectionCalendar(D(2026, 11, 16), (), 10)
    rows = [make_row(id=1, due=D(2026, 11, 18)), make_row(id=2, due=D(2026, 11, 27))]
    summary = plan_summary(rows, calendar, D(2026, 11, 24))
    assert summary.startswith("Week 2 of 10 (")
    assert summary.endswith(" · 1 overdue · 1 due this week")


def test_summary_before_the_first_week_says_so() -> None:
    """Before week 1 starts there is no week number to show."""
    calendar = InspectionCalendar(D(2026, 11, 16), (), 10)
    assert (
        plan_summary([], calendar, D(2026, 11, 1)) == "Before week 1 · 0 overdue · 0 due this week"
    )
