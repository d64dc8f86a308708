"""Tests for the timeline's plain data: week columns, dates to positions, and lanes."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspection_desktop.domain.plan.timeline import (
    TimelineEntry,
    TimelineWeek,
    build_scale,
    lane_count,
    place_entries,
)

FIRST_MONDAY = date(2026, 12, 14)
CHRISTMAS = (date(2026, 12, 21), date(2026, 12, 28))


def christmas_weeks(count: int = 11) -> list[TimelineWeek]:
    """Eleven counted weeks from 14 December 2026 with the two Christmas weeks not counted."""
    weeks: list[TimelineWeek] = []
    day, number = FIRST_MONDAY, 1
    while number <= count:
        if day in CHRISTMAS:
            weeks.append(TimelineWeek(None, day, day + timedelta(days=6), "Christmas holidays"))
        else:
            weeks.append(TimelineWeek(number, day, day + timedelta(days=6)))
            number += 1
        day += timedelta(days=7)
    return weeks


def entry(item_id: int, starts_on: date, days: int = 1, title: str = "Item") -> TimelineEntry:
    """A synthetic task lasting ``days`` days."""
    return TimelineEntry(
        item_id,
        title,
        "task",
        1,
        starts_on,
        starts_on + timedelta(days=days - 1),
        "not_started",
        False,
        False,
        "Test owner",
    )


def fixed_label(width: float):  # type: ignore[no-untyped-def]
    """A label measurer giving every label the same width."""
    return lambda _entry: width


def test_uncounted_holiday_week_is_a_narrow_column_with_its_label() -> None:
    """The Christmas weeks are columns of their own, narrower, uncounted and labelled."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    holidays = [c for c in scale.columns if not c.week.counted]
    assert [c.week.starts_on for c in holidays] == list(CHRISTMAS)
    assert all(c.week.holiday_label == "Christmas holidays" and c.width == 40 for c in holidays)
    assert len(scale.columns) == 13


def test_weeks_must_run_monday_to_sunday() -> None:
    """A week that starts on a Tuesday is refused."""
    tuesday = date(2026, 12, 15)
    with pytest.raises(ValueError, match="Monday to Sunday"):
        build_scale(
            [TimelineWeek(1, tuesday, tuesday + timedelta(days=6))],
            week_width=100,
            holiday_width=40,
        )


def test_weeks_must_follow_one_another() -> None:
    """A gap between weeks is refused."""
    weeks = christmas_weeks()
    with pytest.raises(ValueError, match="does not follow"):
        build_scale([weeks[0], weeks[3]], week_width=100, holiday_width=40)


def test_today_line_lies_within_todays_week() -> None:
    """Today's x position falls inside the column of the week holding today."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40, left=8)
    today = date(2027, 1, 27)  # a Wednesday in week 5
    x = scale.today_x(today)
    week_five = next(c for c in scale.columns if c.week.number == 5)
    assert x is not None
    assert week_five.x < x < week_five.right


def test_today_outside_the_timeline_has_no_line() -> None:
    """A date before the first week gives no "Today" line."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    assert scale.today_x(date(2026, 11, 28)) is None


def test_dates_in_a_holiday_week_map_into_the_narrow_column() -> None:
    """Boxing Day sits within the first Christmas column."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    column = scale.columns[1]
    assert column.x <= scale.day_centre(date(2026, 12, 26)) < column.right


def test_overlapping_entries_go_in_different_lanes() -> None:
    """Two items on the same day are given two lanes."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    placed = place_entries(
        [entry(1, FIRST_MONDAY), entry(2, FIRST_MONDAY)],
        scale,
        label_width=fixed_label(60),
        marker_size=14,
    )
    assert sorted(p.lane for p in placed) == [0, 1]


def test_entries_far_apart_share_a_lane() -> None:
    """Items weeks apart sit in the same lane."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    placed = place_entries(
        [entry(1, FIRST_MONDAY), entry(2, date(2027, 2, 1))],
        scale,
        label_width=fixed_label(60),
        marker_size=14,
    )
    assert lane_count(placed) == 1


def test_a_bar_spans_its_days() -> None:
    """A four-week survey is a bar from its first day's start to its last day's end."""
    scale = build_scale(christmas_weeks(), week_width=70, holiday_width=40)
    start = date(2027, 1, 11)
    (placed,) = place_entries(
        [entry(1, start, days=28)], scale, label_width=fixed_label(60), marker_size=14
    )
    assert placed.is_bar
    assert placed.mark_left == scale.x_for_date(start)
    assert placed.mark_right == pytest.approx(scale.x_for_date(start + timedelta(days=28)))


def test_label_flips_left_near_the_right_edge() -> None:
    """An item on the last day puts its label before its mark so it stays on the timeline."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    (placed,) = place_entries(
        [entry(1, date(2027, 3, 14))], scale, label_width=fixed_label(150), marker_size=14
    )
    assert placed.label_before_mark
    assert placed.right <= scale.right


def test_a_label_stops_short_of_a_holiday_band() -> None:
    """A label that would run into the Christmas weeks ends before them (or goes the other side)."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    band = next(c for c in scale.columns if not c.week.counted)
    (placed,) = place_entries(
        [entry(1, date(2026, 12, 17))], scale, label_width=fixed_label(150), marker_size=14
    )
    assert placed.label_right <= band.x or placed.label_left >= band.x + 2 * band.width
    assert placed.label_right - placed.label_left > 0


def test_placed_entries_come_back_in_date_order() -> None:
    """Whatever the input order, entries come back ordered by date."""
    scale = build_scale(christmas_weeks(), week_width=100, holiday_width=40)
    later, earlier = entry(1, date(2027, 2, 1)), entry(2, FIRST_MONDAY)
    placed = place_entries([later, earlier], scale, label_width=fixed_label(60), marker_size=14)
    assert [p.entry.item_id for p in placed] == [2, 1]


@given(
    st.lists(
        st.tuples(st.integers(0, 90), st.integers(1, 30), st.integers(10, 220)),
        min_size=1,
        max_size=40,
    )
)
def test_marks_and_labels_in_a_lane_never_overlap(items: list[tuple[int, int, int]]) -> None:
    """For any set of items, no two entries in the same lane touch."""
    scale = build_scale(christmas_weeks(), week_width=90, holiday_width=40)
    entries = [
        entry(i, FIRST_MONDAY + timedelta(days=s), d, f"T{w}") for i, (s, d, w) in enumerate(items)
    ]
    widths = {e.item_id: float(items[e.item_id][2]) for e in entries}
    placed = place_entries(entries, scale, label_width=lambda e: widths[e.item_id], marker_size=14)
    by_lane: dict[int, list[tuple[float, float]]] = {}
    for p in placed:
        by_lane.setdefault(p.lane, []).append((p.left, p.right))
    for spans in by_lane.values():
        spans.sort()
        for (_left, right), (next_left, _right) in itertools.pairwise(spans):
            assert right < next_left


@given(
    st.lists(
        st.tuples(st.integers(0, 90), st.integers(1, 30), st.integers(10, 220)),
        min_size=1,
        max_size=60,
    )
)
def test_each_entry_takes_the_first_lane_with_room(items: list[tuple[int, int, int]]) -> None:
    """Lanes are given first-fit: no entry could have gone in a lower lane than it did."""
    scale = build_scale(christmas_weeks(), week_width=90, holiday_width=40)
    entries = [
        entry(i, FIRST_MONDAY + timedelta(days=s), d, f"T{w}") for i, (s, d, w) in enumerate(items)
    ]
    widths = {e.item_id: float(items[e.item_id][2]) for e in entries}
    placed = place_entries(entries, scale, label_width=lambda e: widths[e.item_id], marker_size=14)
    clearance = 8.0
    for p in placed:
        # Every lower lane holds an entry placed before it that ends too late to leave room.
        for lane in range(p.lane):
            blockers = [
                q
                for q in placed
                if q.lane == lane and q.left <= p.left and q.right + clearance > p.left
            ]
            assert blockers, f"entry {p.entry.item_id} could have gone in lane {lane}"


def test_a_label_with_room_after_its_mark_stays_after_it() -> None:
    """Away from holidays and the right-hand edge, every label follows its mark."""
    scale = build_scale(christmas_weeks(), week_width=103.3, holiday_width=48)
    entries = [entry(n, date(2027, 1, 4) + timedelta(days=n % 5)) for n in range(1, 6)]
    placed = place_entries(entries, scale, label_width=fixed_label(97.7), marker_size=14)
    assert not any(p.label_before_mark for p in placed)
