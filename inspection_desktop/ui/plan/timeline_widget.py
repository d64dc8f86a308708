"""The painted preparation timeline: weeks across, each plan item a mark, by mouse or keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from inspection_desktop.domain.plan.timeline import (
    PlacedEntry,
    TimelineEntry,
    TimelineScale,
    TimelineWeek,
    date_order,
    lane_count,
)
from inspection_desktop.domain.plan.timeline_navigation import Move, move_selection
from inspection_desktop.domain.plan.timeline_text import (
    entry_description,
    timeline_summary,
)
from inspection_desktop.ui.plan.timeline_backdrop import Backdrop, paint_backdrop, paint_header
from inspection_desktop.ui.plan.timeline_entries import paint_entry, paint_selection
from inspection_desktop.ui.plan.timeline_geometry import (
    COMFORTABLE_WEEK_WIDTH,
    MARKER_SIZE,
    MIN_WEEK_WIDTH,
    Bands,
    LabelMeasure,
    TimelineLayout,
    lay_out,
    natural_width,
)
from inspection_desktop.ui.plan.timeline_hints import backdrop_tooltip


class TimelineWidget(QWidget):
    """A painted timeline of one phase; select items by mouse or keyboard."""

    item_selected = Signal(int)
    selection_cleared = Signal()
    item_activated = Signal(int)
    reveal_requested = Signal(QRect)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[TimelineWeek] = []
        self._entries: list[TimelineEntry] = []
        self._today: date | None = None
        self._selected: int | None = None
        self._scale = TimelineScale(())
        self._placed: list[PlacedEntry] = []
        self._labels: dict[int, str] = {}
        self._header_top = 0
        # Layouts by (width, font), kept until the weeks, entries or font change: a resize back
        # to a width seen before, a size hint or a refresh with the same plan lays out nothing.
        self._layouts: dict[tuple[int, str], TimelineLayout] = {}
        self._measure: LabelMeasure | None = None  # kept across plans, while the font stays
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Preparation timeline")
        self._update_description()

    # -- public API --------------------------------------------------------------------------

    def set_data(
        self, weeks: list[TimelineWeek], entries: list[TimelineEntry], today: date | None
    ) -> None:
        """Show these weeks and entries; keeps the selection if the item is still there."""
        entries = sorted(entries, key=date_order)
        self._today = today
        if list(weeks) == self._weeks and entries == self._entries:
            self.update()  # the same plan: only "Today" may have moved
            return
        if list(weeks) == self._weeks and _same_places(entries, self._entries):
            # A tick or a new owner: every mark stays where it is; only how it is drawn changes.
            changed = {n.item_id: n for n, o in zip(entries, self._entries, strict=True) if n != o}
            self._entries = entries
            self._redress_layouts(changed)
            return
        self._weeks = list(weeks)
        self._entries = entries
        self._forget_layouts()
        if self._selected not in {entry.item_id for entry in self._entries}:
            self._selected = None
        self._relayout()

    @property
    def today(self) -> date | None:
        """The date the "Today" line marks."""
        return self._today

    @today.setter
    def today(self, day: date | None) -> None:
        self._today = day
        self.update()

    def select_item(self, item_id: int | None) -> None:
        """Select an item (or none) from outside, scrolling it into view; emits nothing."""
        if item_id is not None and self._find(item_id) is None:
            item_id = None
        self._selected = item_id
        self._after_selection_change()

    def selected_item(self) -> int | None:
        """The selected item's id, or None."""
        return self._selected

    def entry_rect(self, item_id: int) -> QRect:
        """Where an item's mark and label are drawn (empty if it is not shown)."""
        placed = self._find(item_id)
        return self._hit_rect(placed).toAlignedRect() if placed else QRect()

    def set_header_top(self, top: int) -> None:
        """Keep the week headings at ``top`` (the scrolled-to y), so they stay in sight."""
        self._header_top = max(0, top)
        self.update()

    def week_scale(self) -> TimelineScale:
        """The current mapping from dates to x positions."""
        return self._scale

    # -- geometry ------------------------------------------------------------------------------

    def _bands(self) -> Bands:
        return Bands.for_font(self.font())

    def heading_height(self) -> int:
        """How tall the band of week headings is."""
        return int(self._bands().header_height)

    def _forget_layouts(self) -> None:
        self._layouts.clear()

    def _redress_layouts(self, changed: dict[int, TimelineEntry]) -> None:
        """Put changed entries into the layouts kept, in the places their old selves had."""
        for key, layout in self._layouts.items():
            placed = [
                replace(p, entry=changed[p.entry.item_id]) if p.entry.item_id in changed else p
                for p in layout.placed
            ]
            self._layouts[key] = replace(layout, placed=placed)
        self._relayout()

    def _layout(self, width: int) -> TimelineLayout:
        """The layout at ``width``, from the cache when the plan and font are unchanged."""
        font_key = self.font().key()
        key = (width, font_key)
        layout = self._layouts.get(key)
        if layout is None:
            if self._measure is None or self._measure.font_key != font_key:
                self._measure = LabelMeasure(self.font())
            layout = lay_out(self._weeks, self._entries, width, self.font(), self._measure)
            if len(self._layouts) >= _LAYOUTS_KEPT:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[key] = layout
        return layout

    def _relayout(self) -> None:
        layout = self._layout(self.width())
        self._scale, self._placed, self._labels = layout.scale, layout.placed, layout.labels
        height = self._bands().height_for(lane_count(self._placed))
        self.setMinimumSize(natural_width(self._weeks, MIN_WEEK_WIDTH), height)
        self._update_description()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """Room for every week at a comfortable width and every lane of entries.

        Once on screen, the lanes are those at the width it has: a second layout at another
        width, on every change to the plan, would double the work for a hint nobody resizes by.
        """
        width = natural_width(self._weeks, COMFORTABLE_WEEK_WIDTH)
        placed = self._placed if self.isVisible() else self._layout(width).placed
        return QSize(width, self._bands().height_for(lane_count(placed)))

    def minimumSizeHint(self) -> QSize:
        """Weeks at their narrowest; the scroll area scrolls below this."""
        return self.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Spread the weeks to the new width and repack the lanes."""
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        """Re-measure labels and lanes when the font changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._forget_layouts()
            self._relayout()

    def _hit_rect(self, placed: PlacedEntry, bands: Bands | None = None) -> QRectF:
        bands = bands or self._bands()
        top = bands.lane_top(placed.lane)
        return QRectF(
            placed.left - 3, top + 1, placed.right - placed.left + 6, bands.lane_height - 2
        )

    def _backdrop(self) -> Backdrop:
        bands = self._bands()
        return Backdrop(
            self._scale, bands.header_height, bands.body_top, self.height(), self._today
        )

    def _find(self, item_id: int) -> PlacedEntry | None:
        return next((p for p in self._placed if p.entry.item_id == item_id), None)

    def _entry_at(self, pos: QPointF) -> PlacedEntry | None:
        if pos.y() < self._header_top + self._bands().header_height:
            return None  # the headings cover whatever has scrolled beneath them
        return next((p for p in self._placed if self._hit_rect(p).contains(pos)), None)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the backdrop, then each entry's mark and label, then the selection."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bands = self._bands()
        backdrop = self._backdrop()
        paint_backdrop(painter, backdrop, palette, self.font())
        exposed = QRectF(event.rect())
        first_lane = int((exposed.top() - bands.body_top) // bands.lane_height)
        last_lane = int((exposed.bottom() - bands.body_top) // bands.lane_height)
        for placed in self._placed:
            # Cheap tests first: most of a big plan lies outside the part being painted.
            if not first_lane <= placed.lane <= last_lane:
                continue
            if placed.right + 3 < exposed.left() or placed.left - 3 > exposed.right():
                continue
            hit = self._hit_rect(placed, bands)
            if not hit.intersects(exposed):
                continue
            if placed.entry.item_id == self._selected:
                paint_selection(painter, hit, palette, focused=self.hasFocus())
            lane = QRectF(0, bands.lane_top(placed.lane), self.width(), bands.lane_height)
            paint_entry(
                painter,
                placed,
                lane_rect=lane,
                marker_size=MARKER_SIZE,
                label=self._labels.get(placed.entry.item_id, placed.entry.title),
                font=self.font(),
                palette=palette,
                selected=placed.entry.item_id == self._selected,
            )
        paint_header(painter, backdrop, palette, self.font(), self._header_top)
        if self.hasFocus() and self._selected is None:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    # -- mouse, keyboard, tooltips ----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the item under the pointer, or clear the selection on empty space."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        hit = self._entry_at(event.position())
        self._choose(hit.entry.item_id if hit else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Open the item under the pointer."""
        hit = self._entry_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self._choose(hit.entry.item_id)
            self.item_activated.emit(hit.entry.item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move the selection; Enter opens it; Escape clears it."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.item_activated.emit(self._selected)
        elif key == Qt.Key.Key_Escape and self._selected is not None:
            self._choose(None)
        elif key in _MOVES:
            target = move_selection(self._placed, self._selected, _MOVES[key])
            if target is not None:
                self._choose(target)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _choose(self, item_id: int | None) -> None:
        """Select as the user asked, and tell listeners if it changed."""
        if item_id == self._selected:
            return
        self._selected = item_id
        self._after_selection_change()
        if item_id is None:
            self.selection_cleared.emit()
        else:
            self.item_selected.emit(item_id)

    def _after_selection_change(self) -> None:
        self._update_description()
        if self._selected is not None:
            self.reveal_requested.emit(self.entry_rect(self._selected))
        self.update()

    def _update_description(self) -> None:
        text = timeline_summary(self._weeks, len(self._entries))
        placed = self._find(self._selected) if self._selected is not None else None
        if placed is not None:
            text += " Selected: " + entry_description(placed.entry).replace("\n", ". ")
        self.setAccessibleDescription(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Repaint so the focus mark shows."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Repaint so the focus mark goes."""
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        """Show a tooltip for the item, week, holiday or "Today" line under the pointer."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._entry_at(QPointF(event.pos()))
            if hit is not None:
                text = entry_description(hit.entry)
            else:
                backdrop = self._backdrop()
                # The tooltip helper knows the headings at the top; undo their scrolled offset.
                y = event.pos().y() - self._header_top
                if y >= backdrop.header_height:
                    y = event.pos().y()
                text = backdrop_tooltip(backdrop, QPointF(event.pos().x(), y))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


# The widths a window moves between (its own, the size hint, a maximised one) without churning.
_LAYOUTS_KEPT = 4

_MOVES: dict[int, Move] = {
    Qt.Key.Key_Left: Move.PREVIOUS,
    Qt.Key.Key_Right: Move.NEXT,
    Qt.Key.Key_Up: Move.UP,
    Qt.Key.Key_Down: Move.DOWN,
    Qt.Key.Key_Home: Move.FIRST,
    Qt.Key.Key_End: Move.LAST,
}


def _place_key(entry: TimelineEntry) -> tuple[object, ...]:
    """What decides where an entry goes: its dates and its label, not its status or owner."""
    return (entry.item_id, entry.title, entry.kind, entry.week, entry.starts_on, entry.ends_on)


def _same_places(new: list[TimelineEntry], old: list[TimelineEntry]) -> bool:
    """Whether two sorted plans put every entry in the same place."""
    return len(new) == len(old) and all(
        _place_key(a) == _place_key(b) for a, b in zip(new, old, strict=True)
    )
