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


class LabelMeasure:
    """Entry labels cut to length and measured in one font, each text worked out once.

    Kept while the font stays, so a refresh that changes one entry measures only that one.
    """

    def __init__(self, font: QFont) -> None:
        self.font_key = font.key()
        self._metrics = QFontMetricsF(font)
        self._elided: dict[str, str] = {}
        self._widths: dict[str, float] = {}

    def label(self, entry: TimelineEntry) -> str:
        """The entry's label as drawn: cut with an ellipsis beyond the longest a label may be."""
        text = entry_label(entry)
        elided = self._elided.get(text)
        if elided is None:
            elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH)
            self._elided[text] = elided
        return elided

    def width(self, label: str) -> float:
        """How wide a label is drawn, with a pixel either side."""
        width = self._widths.get(label)
        if width is None:
            width = self._widths[label] = self._metrics.horizontalAdvance(label) + 2
        return width


def lay_out(
    weeks: Sequence[TimelineWeek],
    entries: Sequence[TimelineEntry],
    width: float,
    font: QFont,
    measure: LabelMeasure | None = None,
) -> TimelineLayout:
    """Spread the weeks across ``width`` (never narrower than the minimum) and pack the rows.

    Pass a ``measure`` kept from earlier layouts in the same font to reuse its measurements.
    """
    counted = sum(1 for week in weeks if week.counted)
    room = width - 2 * MARGIN - (len(weeks) - counted) * HOLIDAY_WIDTH
    week_width = max(float(MIN_WEEK_WIDTH), room / counted if counted else MIN_WEEK_WIDTH)
    scale = build_scale(weeks, week_width=week_width, holiday_width=HOLIDAY_WIDTH, left=MARGIN)
    measure = measure if measure is not None and measure.font_key == font.key() else None
    measure = measure or LabelMeasure(font)
    labels = {entry.item_id: measure.label(entry) for entry in entries}
    placed = place_entries(
        entries,
        scale,
        label_width=lambda e: measure.width(labels[e.item_id]),
        marker_size=MARKER_SIZE,
    )
    return TimelineLayout(scale, placed, labels)
