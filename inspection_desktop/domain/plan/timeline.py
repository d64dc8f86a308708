"""The preparation timeline as plain data: weeks across, plan items in rows that never clash."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from inspection_desktop.domain.plan.items import ItemKind

KINDS = ("task", "meeting", "deadline", "milestone", "ci_work")
STATUSES = ("not_started", "in_progress", "done", "not_applicable")


@dataclass(frozen=True)
class TimelineWeek:
    """One calendar week, Monday to Sunday; ``number`` is None for a holiday week not counted."""

    number: int | None
    starts_on: date
    ends_on: date
    holiday_label: str | None = None

    @property
    def counted(self) -> bool:
        """Whether this week counts towards the inspection's week numbers."""
        return self.number is not None


@dataclass(frozen=True)
class TimelineEntry:
    """One plan item as the timeline shows it: a one-day mark, or a bar when it lasts longer."""

    item_id: int
    title: str
    kind: ItemKind
    week: int
    starts_on: date
    ends_on: date
    status: str
    overdue: bool
    moved: bool
    owner: str

    @property
    def has_duration(self) -> bool:
        """Whether the item spans more than one day and so is drawn as a bar."""
        return self.ends_on > self.starts_on


def date_order(entry: TimelineEntry) -> tuple[date, date, int, str, int]:
    """Sort key putting entries in the order a co-ordinator reads the plan."""
    return (entry.starts_on, entry.ends_on, entry.week, entry.title.casefold(), entry.item_id)


@dataclass(frozen=True)
class WeekColumn:
    """Where one week sits across the timeline, in pixels from the left edge."""

    week: TimelineWeek
    x: float
    width: float

    @property
    def right(self) -> float:
        """The x position where the next week begins."""
        return self.x + self.width


@dataclass(frozen=True)
class TimelineScale:
    """Maps dates to x positions across a run of consecutive weeks."""

    columns: tuple[WeekColumn, ...]

    @property
    def left(self) -> float:
        """Where the first week begins."""
        return self.columns[0].x if self.columns else 0.0

    @property
    def right(self) -> float:
        """Where the last week ends."""
        return self.columns[-1].right if self.columns else 0.0

    @cached_property
    def _mondays(self) -> list[date]:
        return [column.week.starts_on for column in self.columns]

    def column_for(self, day: date) -> WeekColumn | None:
        """The week column holding this day, or None when the day is outside the timeline."""
        # The weeks run one after another, so the one holding the day is found by bisection.
        position = bisect.bisect_right(self._mondays, day) - 1
        if position < 0:
            return None
        column = self.columns[position]
        return column if day <= column.week.ends_on else None

    def x_for_date(self, day: date) -> float:
        """The x position where this day begins; days outside the timeline sit at its edges."""
        column = self.column_for(day)
        if column is None:
            if not self.columns or day < self.columns[0].week.starts_on:
                return self.left
            return self.right
        return column.x + column.width * (day - column.week.starts_on).days / 7

    def day_centre(self, day: date) -> float:
        """The x position of the middle of this day."""
        column = self.column_for(day)
        if column is None:
            return self.x_for_date(day)
        return self.x_for_date(day) + column.width / 14

    def today_x(self, today: date) -> float | None:
        """Where the "Today" line goes, or None when today is outside the timeline."""
        return self.day_centre(today) if self.column_for(today) is not None else None


def build_scale(
    weeks: Sequence[TimelineWeek], *, week_width: float, holiday_width: float, left: float = 0.0
) -> TimelineScale:
    """Lay weeks side by side; holiday weeks that are not counted get the narrower width."""
    columns: list[WeekColumn] = []
    x = left
    for previous, week in zip([None, *weeks], weeks, strict=False):
        if week.starts_on.weekday() != 0 or week.ends_on != week.starts_on + timedelta(days=6):
            raise ValueError(f"week starting {week.starts_on} must run Monday to Sunday")
        if previous is not None and week.starts_on != previous.ends_on + timedelta(days=1):
            raise ValueError(f"week starting {week.starts_on} does not follow the week before")
        width = week_width if week.counted else holiday_width
        columns.append(WeekColumn(week, x, width))
        x += width
    return TimelineScale(tuple(columns))


@dataclass(frozen=True)
class PlacedEntry:
    """An entry with its row (lane) and where its mark and label sit across the timeline."""

    entry: TimelineEntry
    lane: int
    mark_left: float
    mark_right: float
    label_left: float
    label_right: float

    @property
    def is_bar(self) -> bool:
        """Whether the mark is a bar (the item lasts more than a day)."""
        return self.entry.has_duration

    @property
    def label_before_mark(self) -> bool:
        """Whether the label sits to the left of the mark (near the right-hand edge)."""
        return self.label_right <= self.mark_left

    @property
    def left(self) -> float:
        """The leftmost x this entry occupies, mark or label."""
        return min(self.mark_left, self.label_left)

    @property
    def right(self) -> float:
        """The rightmost x this entry occupies, mark or label."""
        return max(self.mark_right, self.label_right)


def place_entries(
    entries: Sequence[TimelineEntry],
    scale: TimelineScale,
    *,
    label_width: Callable[[TimelineEntry], float],
    marker_size: float,
    label_gap: float = 4.0,
    clearance: float = 8.0,
) -> list[PlacedEntry]:
    """Give each entry a lane so that no two marks or labels in a lane touch; returns date order.

    Entries are taken in order of where they start and each goes in the first lane with room:
    for intervals on a line this first-fit uses the fewest lanes possible.
    """
    spans = [_span(entry, scale, label_width(entry), marker_size, label_gap) for entry in entries]
    spans.sort(key=lambda span: (min(span[1], span[3]), date_order(span[0])))
    # Lanes still busy, by where they end, and lanes free again, by number: entries come in
    # order of their left edge, so a lane that is free stays free until it is given out, and
    # taking the lowest free number is exactly "the first lane with room" without a scan.
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    lanes = 0
    placed: list[PlacedEntry] = []
    for entry, mark_left, mark_right, label_left, label_right in spans:
        left, right = min(mark_left, label_left), max(mark_right, label_right)
        while busy and busy[0][0] + clearance <= left:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        heapq.heappush(busy, (right, lane))
        placed.append(PlacedEntry(entry, lane, mark_left, mark_right, label_left, label_right))
    placed.sort(key=lambda p: date_order(p.entry))
    return placed


def _span(
    entry: TimelineEntry, scale: TimelineScale, label: float, marker: float, gap: float
) -> tuple[TimelineEntry, float, float, float, float]:
    """Where the entry's mark and label go; the label flips left if it would run off the end."""
    if entry.has_duration:
        mark_left = scale.x_for_date(entry.starts_on)
        mark_right = max(scale.x_for_date(entry.ends_on + timedelta(days=1)), mark_left + marker)
    else:
        centre = scale.day_centre(entry.starts_on)
        mark_left, mark_right = centre - marker / 2, centre + marker / 2
    after = (mark_right + gap, mark_right + gap + label)
    before = (mark_left - gap - label, mark_left - gap)
    # A label stops short of a holiday band rather than print over it; it goes on the side
    # where more of it shows (the left when it would run off the end), and is shortened there.
    if after[1] > scale.right and before[0] >= scale.left:
        after = (after[0], scale.right)
    after_room = _clear_of_holidays(scale, *after, gap)
    before_room = _clear_of_holidays(scale, *before, gap)
    if _width(before_room) > _width(after_room) + 0.5 and before[0] >= scale.left:
        return entry, mark_left, mark_right, *before_room
    return entry, mark_left, mark_right, *after_room


def _width(span: tuple[float, float]) -> float:
    return span[1] - span[0]


def _clear_of_holidays(
    scale: TimelineScale, left: float, right: float, gap: float
) -> tuple[float, float]:
    """The part of a label's span next to its mark that no holiday band crosses."""
    for column in scale.columns:
        if column.week.counted or column.right <= left or column.x >= right:
            continue
        if column.x >= left:  # a band ahead of a label to the right of its mark
            right = min(right, column.x - gap)
        else:  # a band behind a label to the left of its mark
            left = max(left, column.right + gap)
    return left, max(left, right)


def lane_count(placed: Sequence[PlacedEntry]) -> int:
    """How many rows the placed entries need."""
    return max((p.lane for p in placed), default=-1) + 1
