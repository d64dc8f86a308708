"""Sizes on the timeline: band heights from the font, week widths from the room available."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from inspection_desktop.domain.plan.timeline import (
    PlacedEntry,
    TimelineEntry,
    TimelineScale,
    TimelineWeek,
    build_scale,
    place_entries,
)
from inspection_desktop.domain.plan.timeline_text import entry_label

MARGIN = 8
MIN_WEEK_WIDTH = 96
COMFORTABLE_WEEK_WIDTH = 124
HOLIDAY_WIDTH = 48
MARKER_SIZE = 14
LABEL_MAX_WIDTH = 210


@dataclass(frozen=True)
class Bands:
    """Heights down the timeline, all following the font so larger text gets more room."""

    line: float

    @classmethod
    def for_font(cls, font: QFont) -> Bands:
        """The bands for text in ``font``."""
        return cls(QFontMetricsF(font).height())

    @property
    def header_height(self) -> float:
        """The band of week headings: two lines of text."""
        return round(self.line * 2 + 12)

    @property
    def body_top(self) -> float:
        """Where the first row starts, below the headings and the "Today" tag."""
        return self.header_height + self.line + 8

    @property
    def lane_height(self) -> float:
        """The height of one row of entries."""
        return max(24.0, round(self.line + 10))

    def lane_top(self, lane: int) -> float:
        """Where row ``lane`` starts."""
        return self.body_top + lane * self.lane_height

    def height_for(self, lanes: int) -> int:
        """The height that shows ``lanes`` rows (at least one)."""
        return int(self.body_top + max(lanes, 1) * self.lane_height + MARGIN)


def natural_width(weeks: Sequence[TimelineWeek], week_width: float) -> int:
    """The width that gives each counted week ``week_width`` pixels."""
    counted = sum(1 for week in weeks if week.counted)
    holidays = len(weeks) - counted
    return int(2 * MARGIN + counted * week_width + holidays * HOLIDAY_WIDTH)


@dataclass(frozen=True)
class TimelineLayout:
    """Where everything goes at one width: the scale, the placed entries and their labels."""

    scale: TimelineScale
    placed: list[PlacedEntry]
    labels: dict[int, str]


def entry_labels(entries: Sequence[TimelineEntry], font: QFont) -> dict[int, str]:
    """Each entry's label, cut to the longest a label may be in ``font``."""
    metrics = QFontMetricsF(font)
    return {
        e.item_id: metrics.elidedText(entry_label(e), Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH)
        for e in entries
    }


def lay_out(
    weeks: Sequence[TimelineWeek],
    entries: Sequence[TimelineEntry],
    width: float,
    font: QFont,
    labels: dict[int, str] | None = None,
) -> TimelineLayout:
    """Spread the weeks across ``width`` (never narrower than the minimum) and pack the rows.

    Pass ``labels`` (from ``entry_labels``) when they are at hand, to skip measuring them again.
    """
    counted = sum(1 for week in weeks if week.counted)
    room = width - 2 * MARGIN - (len(weeks) - counted) * HOLIDAY_WIDTH
    week_width = max(float(MIN_WEEK_WIDTH), room / counted if counted else MIN_WEEK_WIDTH)
    scale = build_scale(weeks, week_width=week_width, holiday_width=HOLIDAY_WIDTH, left=MARGIN)
    metrics = QFontMetricsF(font)
    labels = labels if labels is not None else entry_labels(entries, font)
    widths = {item_id: metrics.horizontalAdvance(label) + 2 for item_id, label in labels.items()}
    placed = place_entries(
        entries, scale, label_width=lambda e: widths[e.item_id], marker_size=MARKER_SIZE
    )
    return TimelineLayout(scale, placed, labels)
