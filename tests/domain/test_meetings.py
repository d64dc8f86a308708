"""Tests for the meeting records and the pure functions the documents rely on."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from inspection_desktop.domain.meetings.examples import (
    example_deadlines,
    example_open_actions,
    example_week4_meeting,
)
from inspection_desktop.domain.meetings.meeting import (
    AgendaItem,
    DeadlineRow,
    Meeting,
    MeetingAction,
    WeekStatus,
    deadlines_within,
    open_actions,
    running_times,
)


def test_running_times_run_on_from_the_start() -> None:
    """Each item starts when the one before it ends."""
    agenda = [AgendaItem("Welcome", minutes=5), AgendaItem("PIR", minutes=20)]
    times = running_times(datetime(2026, 12, 1, 10, 0), agenda)
    assert times == [
        (datetime(2026, 12, 1, 10, 0), datetime(2026, 12, 1, 10, 5)),
        (datetime(2026, 12, 1, 10, 5), datetime(2026, 12, 1, 10, 25)),
    ]


def test_meeting_ends_after_the_agenda_when_no_duration_is_set() -> None:
    """Without a set duration the meeting ends when the last item does."""
    meeting = Meeting(
        "M", starts=datetime(2026, 12, 1, 9, 30), agenda=(AgendaItem("A", minutes=45),)
    )
    assert meeting.ends == datetime(2026, 12, 1, 10, 15)


def test_set_duration_wins_over_the_agenda_total() -> None:
    """A set duration decides the end time even if the items add up to less."""
    meeting = Meeting(
        "M", starts=datetime(2026, 12, 1, 9, 30), duration_minutes=90, agenda=(AgendaItem("A"),)
    )
    assert meeting.ends == datetime(2026, 12, 1, 11, 0)


def test_open_actions_leave_out_done_ones_and_sort_by_due_date() -> None:
    """Done actions drop out; dated ones come first, earliest first."""
    actions = [
        MeetingAction("Undated", "A"),
        MeetingAction("Later", "A", date(2026, 12, 9)),
        MeetingAction("Done", "A", date(2026, 11, 1), done=True),
        MeetingAction("Sooner", "A", date(2026, 12, 2)),
    ]
    assert [a.description for a in open_actions(actions)] == ["Sooner", "Later", "Undated"]


def test_an_open_action_past_its_due_date_is_overdue() -> None:
    """Overdue means open and due before today; a done action is never overdue."""
    today = date(2026, 11, 28)
    assert MeetingAction("X", "A", date(2026, 11, 27)).is_overdue(today)
    assert not MeetingAction("X", "A", date(2026, 11, 27), done=True).is_overdue(today)
    assert not MeetingAction("X", "A", date(2026, 11, 28)).is_overdue(today)


def test_deadlines_within_three_weeks_keeps_only_that_window() -> None:
    """Deadlines before today or three weeks or more ahead are left out."""
    rows = [
        DeadlineRow(3, date(2026, 11, 27), "Yesterday"),
        DeadlineRow(4, date(2026, 11, 28), "Today"),
        DeadlineRow(6, date(2026, 12, 18), "Last day in"),
        DeadlineRow(7, date(2026, 12, 19), "Three weeks on"),
    ]
    kept = deadlines_within(rows, date(2026, 11, 28))
    assert [row.title for row in kept] == ["Today", "Last day in"]


def test_week_progress_ignores_items_that_do_not_apply() -> None:
    """Not-applicable items do not count against a week's progress."""
    status = WeekStatus(2, date(2026, 11, 16), done=3, in_progress=1, not_applicable=4)
    assert status.percent_done == 75


def test_example_meeting_carries_the_guides_ten_agenda_items() -> None:
    """The week-4 example has the ten items the guide lists, starting with the methodology."""
    meeting = example_week4_meeting()
    assert len(meeting.agenda) == 10
    assert meeting.agenda[0].title == "The methodology and focus of each phase"
    assert meeting.agenda[-1].title == "Local file readers training"
    assert meeting.week == 4


def test_example_data_has_an_overdue_action_and_near_deadlines() -> None:
    """The example shows every state a pack can print: something overdue, something due soon."""
    today = date(2026, 11, 28)
    assert any(action.is_overdue(today) for action in example_open_actions())
    assert deadlines_within(example_deadlines(), today)


@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1)),
    lengths=st.lists(st.integers(min_value=0, max_value=240), max_size=30),
)
def test_running_times_are_contiguous_and_add_up(start: datetime, lengths: list[int]) -> None:
    """Items follow on without gaps, and the last ends after the sum of all their lengths."""
    agenda = [AgendaItem(f"Item {n}", minutes=m) for n, m in enumerate(lengths)]
    times = running_times(start, agenda)
    assert len(times) == len(agenda)
    for (_, end), (next_start, _) in itertools.pairwise(times):
        assert end == next_start
    if times:
        assert times[0][0] == start
        assert times[-1][1] == start + timedelta(minutes=sum(lengths))
