"""Plan rows: due dates, overdue and due-this-week, bank holiday warnings, status parsing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from inspection_desktop.domain.plan.checklist_views import (
    ChecklistView,
    attention_text,
    filter_groups,
    group_rows,
    item_words,
)
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow, item_dates

D = dt.date


def make_row(**changes: object) -> PlanRow:
    """A plan row with sensible defaults."""
    row = PlanRow(
        id=1, inspection_id=1, key="w4-x", week=4, title="Meet the lead", description="",
        kind="meeting", lead="partnership", owner_role="inspection_coordinator",
        owner_name="Inspection co-ordinator", status=ItemStatus.NOT_STARTED, notes="",
        completed_on=None, due=D(2026, 11, 20), starts_on=D(2026, 11, 20),
        ends_on=D(2026, 11, 20), moved=False, duration_weeks=None, attendees=(), agenda=(),
        guide_notes="", position=0,
    )  # fmt: skip
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


def test_open_item_past_its_due_date_is_overdue_and_says_so() -> None:
    """Overdue shows in words as well as colour."""
    row = make_row(due=D(2026, 11, 20))
    assert row.is_overdue(D(2026, 11, 28))
    assert attention_text(row, D(2026, 11, 28)) == "Overdue by 8 days"


def test_done_item_is_never_overdue() -> None:
    """Closing an item clears the overdue flag."""
    row = make_row(status=ItemStatus.DONE)
    assert not row.is_overdue(D(2026, 12, 28))


def test_item_due_later_this_week_is_due_this_week() -> None:
    """An item due on Friday is flagged on the Monday of the same week."""
    row = make_row(due=D(2026, 11, 27))
    assert row.is_due_this_week(D(2026, 11, 23))
    assert attention_text(row, D(2026, 11, 23)) == "Due this week"


def test_meeting_on_a_scottish_bank_holiday_is_warned() -> None:
    """St Andrew's Day 2026 is a bank holiday in Scotland."""
    row = make_row(due=D(2026, 11, 30))
    assert row.bank_holiday_warning == "Falls on a bank holiday: Saint Andrew's Day"
    assert make_row(kind="task", due=D(2026, 11, 30)).bank_holiday_warning is None


def test_item_with_a_duration_spans_its_weeks() -> None:
    """The staff survey, open four weeks from week 4, ends on the Friday of week 8."""
    calendar = InspectionCalendar(D(2026, 3, 2), [], 11)
    dates = item_dates(calendar, 4, 4, None)
    assert (dates.starts_on, dates.due, dates.ends_on) == (
        D(2026, 3, 23),
        D(2026, 3, 27),
        D(2026, 4, 24),
    )


def test_moved_item_keeps_its_hand_picked_date() -> None:
    """A date set by hand wins over the plan week."""
    calendar = InspectionCalendar(D(2026, 3, 2), [], 11)
    assert item_dates(calendar, 4, None, D(2026, 4, 1)).due == D(2026, 4, 1)


@pytest.mark.parametrize("text", ["done", "Done", "DONE", "not applicable", "not-applicable"])
def test_status_parses_keys_and_labels(text: str) -> None:
    """Statuses read from keys or labels, in any case."""
    assert ItemStatus.parse(text) in (ItemStatus.DONE, ItemStatus.NOT_APPLICABLE)


def test_unknown_status_names_the_choices() -> None:
    """A misspelt status lists the valid ones."""
    with pytest.raises(ValueError, match="not_started"):
        ItemStatus.parse("finished")


def test_overdue_view_holds_only_overdue_items() -> None:
    """The overdue view leaves out items still in time and closed ones."""
    calendar = InspectionCalendar(D(2026, 11, 2), [], 11)
    rows = [
        make_row(id=1, due=D(2026, 11, 20)),
        make_row(id=2, due=D(2026, 12, 4)),
        make_row(id=3, due=D(2026, 11, 13), status=ItemStatus.DONE),
    ]
    groups = group_rows(rows, ChecklistView.OVERDUE, calendar, D(2026, 11, 28))
    assert [row.id for group in groups for row in group.rows] == [1]


def test_owner_view_groups_by_owner_name() -> None:
    """Each owner gets one heading with their items."""
    calendar = InspectionCalendar(D(2026, 11, 2), [], 11)
    rows = [make_row(id=1), make_row(id=2, owner_name="Participation co-ordinator")]
    groups = group_rows(rows, ChecklistView.BY_OWNER, calendar, D(2026, 11, 28))
    assert [group.label for group in groups] == [
        "Inspection co-ordinator",
        "Participation co-ordinator",
    ]


def test_an_action_from_a_meeting_is_not_called_moved_by_hand() -> None:
    """Items made from meeting actions are dated by the action and say where they came from."""
    row = make_row(key="meeting-action-3", moved=True, due=D(2026, 12, 4))
    assert row.from_meeting and not row.moved_by_hand
    assert attention_text(row, D(2026, 11, 28)) == "From a meeting"
    assert make_row(moved=True).moved_by_hand


def test_a_week_with_nothing_in_it_still_has_its_heading() -> None:
    """By week, every week of the phase is listed; week 5 of the guide is there, empty."""
    from inspection_desktop.domain.plan.template import default_template

    calendar = InspectionCalendar(D(2026, 11, 2), [], 11)
    template = default_template()
    rows = [
        make_row(week=item.week, key=item.key, due=calendar.due_date(item.week))
        for item in template.items
    ]
    groups = group_rows(rows, ChecklistView.BY_WEEK, calendar, D(2026, 11, 28))
    assert [g.key for g in groups] == [f"week:{n}" for n in range(1, 12)]
    assert next(g for g in groups if g.key == "week:5").rows == ()


@pytest.mark.parametrize(
    ("view", "shown", "search", "dues", "expected"),
    [
        (ChecklistView.BY_WEEK, 0, "xyz", [], "No match for “xyz” — Esc clears the search."),
        (ChecklistView.THIS_WEEK, 0, "", [], "No items due this week."),
        (ChecklistView.OVERDUE, 0, "", [], "Nothing is overdue."),
        (
            ChecklistView.OVERDUE,
            2,
            "",
            [D(2026, 11, 20), None],
            "Also 1 meeting action not on the checklist is overdue: see the Meetings tab, "
            "where Add to the checklist puts one here.",
        ),
        (ChecklistView.BY_WEEK, 5, "", [D(2026, 11, 20)], ""),
    ],
)
def test_the_checklist_says_why_it_is_empty_and_what_a_view_leaves_out(
    view: ChecklistView, shown: int, search: str, dues: list[dt.date | None], expected: str
) -> None:
    """Empty views speak; overdue meeting actions off the checklist are named in its views."""
    from inspection_desktop.domain.plan.checklist_views import checklist_notice

    assert checklist_notice(view, shown, search, dues, D(2026, 11, 28)) == expected


def test_owner_view_asks_each_row_its_owner_once() -> None:
    """Grouping by owner is one pass: the owner of each row is looked up once, not per owner."""
    calendar = InspectionCalendar(D(2026, 11, 2), [], 11)
    rows = [make_row(id=number, owner_name=f"Owner {number % 40}") for number in range(400)]
    asked: list[int] = []

    def owner_of(row: PlanRow) -> str:
        asked.append(row.id)
        return row.owner_name

    groups = group_rows(rows, ChecklistView.BY_OWNER, calendar, D(2026, 11, 28), owner_of)
    assert len(groups) == 40
    assert sorted(asked) == list(range(400))


def test_a_filter_keeps_matching_items_under_headings_that_count_the_whole_group() -> None:
    """Only items whose words match stay; their heading still counts every item of its week."""
    calendar = InspectionCalendar(D(2026, 11, 2), [], 11)
    rows = [
        make_row(id=1, title="Send the agenda", status=ItemStatus.DONE),
        make_row(id=2, title="Book the room"),
        make_row(id=3, week=5, title="Print papers"),
    ]
    groups = group_rows(rows, ChecklistView.BY_WEEK, calendar, D(2026, 11, 28))
    [week4] = filter_groups(groups, "AGENDA", lambda row: item_words(row, row.owner_name))
    assert [row.id for row in week4.rows] == [1]
    assert (week4.done_count, week4.size) == (1, 2)
