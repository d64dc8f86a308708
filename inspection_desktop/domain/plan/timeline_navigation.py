"""Moving the timeline's selection by keyboard: along the dates, or up and down the rows."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from inspection_desktop.domain.plan.timeline import PlacedEntry


class Move(StrEnum):
    """A step the selection can take."""

    PREVIOUS = "previous"
    NEXT = "next"
    FIRST = "first"
    LAST = "last"
    UP = "up"
    DOWN = "down"


def move_selection(placed: Sequence[PlacedEntry], current: int | None, move: Move) -> int | None:
    """The item to select after ``move`` from ``current``; ``placed`` must be in date order.

    With nothing selected any move but LAST starts at the first item. Up and down go to the
    item in the next row that starts nearest to where the current one starts, or nowhere.
    """
    ids = [p.entry.item_id for p in placed]
    if not ids:
        return None
    if move is Move.LAST:
        return ids[-1]
    if move is Move.FIRST or current not in ids:
        return ids[0]
    index = ids.index(current)
    if move is Move.PREVIOUS:
        return ids[max(index - 1, 0)]
    if move is Move.NEXT:
        return ids[min(index + 1, len(ids) - 1)]
    here = placed[index]
    lane = here.lane + (-1 if move is Move.UP else 1)
    candidates = [p for p in placed if p.lane == lane]
    if not candidates:
        return None
    return min(candidates, key=lambda p: abs(p.mark_left - here.mark_left)).entry.item_id
