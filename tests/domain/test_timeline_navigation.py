"""Tests for moving the timeline's selection by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

from inspection_desktop.domain.plan.timeline import PlacedEntry, TimelineEntry
from inspection_desktop.domain.plan.timeline_navigation import Move, move_selection


def placed(item_id: int, lane: int, x: float) -> PlacedEntry:
    """A synthetic placed entry at ``x`` in row ``lane``."""
    day = date(2027, 1, 4) + timedelta(days=item_id)
    entry = TimelineEntry(
        item_id, f"Item {item_id}", "task", 1, day, day, "not_started", False, False, "Owner"
    )
    return PlacedEntry(entry, lane, x, x + 14, x + 18, x + 80)


# In date order: 1 and 2 in row 0, 3 in row 1 under item 2, 4 in row 1 far right.
ROWS = [placed(1, 0, 10), placed(2, 0, 200), placed(3, 1, 190), placed(4, 1, 600)]


def test_next_and_previous_follow_date_order() -> None:
    """Next from item 2 is item 3; previous from item 3 is item 2."""
    assert move_selection(ROWS, 2, Move.NEXT) == 3
    assert move_selection(ROWS, 3, Move.PREVIOUS) == 2


def test_moves_stop_at_the_ends() -> None:
    """Previous from the first item stays there; next from the last stays there."""
    assert move_selection(ROWS, 1, Move.PREVIOUS) == 1
    assert move_selection(ROWS, 4, Move.NEXT) == 4


def test_down_goes_to_the_nearest_start_in_the_row_below() -> None:
    """Down from item 2 reaches item 3, which starts just before it, not item 4."""
    assert move_selection(ROWS, 2, Move.DOWN) == 3


def test_up_from_the_top_row_goes_nowhere() -> None:
    """There is no row above the first."""
    assert move_selection(ROWS, 1, Move.UP) is None


def test_with_nothing_selected_moves_start_at_the_first_item() -> None:
    """Any move but Last selects the first item; Last selects the last."""
    assert move_selection(ROWS, None, Move.NEXT) == 1
    assert move_selection(ROWS, None, Move.LAST) == 4


def test_an_empty_timeline_selects_nothing() -> None:
    """With no items there is nothing to move to."""
    assert move_selection([], None, Move.FIRST) is None
