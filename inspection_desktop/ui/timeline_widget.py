"""The preparation timeline: weeks across, each plan item a mark, clickable and keyboard-driven."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from inspection_desktop.domain.timeline import (
    PlacedEntry,
    TimelineEntry,
    TimelineScale,
    TimelineWeek,
    build_scale,
    date_order,
    lane_count,
    place_entries,
)
from inspection_desktop.domain.timeline_text import (
    entry_description,
    entry_label,
    timeline_summary,
)
from inspection_desktop.ui.timeline_backdrop import Backdrop, paint_backdrop, paint_header
from inspection_desktop.ui.timeline_hints import backdrop_tooltip
from inspection_desktop.ui.timeline_legend import TimelineLegend
from inspection_desktop.ui.timeline_marks import draw_mark, overdue_colour

MARGIN = 8
MIN_WEEK_WIDTH = 96
COMFORTABLE_WEEK_WIDTH = 124
HOLIDAY_WIDTH = 48
MARKER_SIZE = 14
LABEL_MAX_WIDTH = 210


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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Preparation timeline")
        self._update_description()

    # -- public API --------------------------------------------------------------------------

    def set_data(
        self, weeks: list[TimelineWeek], entries: list[TimelineEntry], today: date | None
    ) -> None:
        """Show these weeks and entries; keeps the selection if the item is still there."""
        self._weeks = list(weeks)
        self._entries = sorted(entries, key=date_order)
        self._today = today
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

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def _header_height(self) -> float:
        return round(self._line() * 2 + 12)

    def heading_height(self) -> int:
        """How tall the band of week headings is."""
        return int(self._header_height())

    def _body_top(self) -> float:
        return self._header_height() + self._line() + 8

    def _lane_height(self) -> float:
        return max(24.0, round(self._line() + 10))

    def _lane_top(self, lane: int) -> float:
        return self._body_top() + lane * self._lane_height()

    def _layout_for(self, width: float) -> tuple[TimelineScale, list[PlacedEntry]]:
        counted = sum(1 for week in self._weeks if week.counted)
        holidays = len(self._weeks) - counted
        room = width - 2 * MARGIN - holidays * HOLIDAY_WIDTH
        week_width = max(float(MIN_WEEK_WIDTH), room / counted if counted else MIN_WEEK_WIDTH)
        scale = build_scale(
            self._weeks, week_width=week_width, holiday_width=HOLIDAY_WIDTH, left=MARGIN
        )
        metrics = QFontMetricsF(self.font())
        self._labels = {
            e.item_id: metrics.elidedText(
                entry_label(e), Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH
            )
            for e in self._entries
        }
        placed = place_entries(
            self._entries,
            scale,
            label_width=lambda e: metrics.horizontalAdvance(self._labels[e.item_id]) + 2,
            marker_size=MARKER_SIZE,
        )
        return scale, placed

    def _natural_width(self, week_width: float) -> int:
        counted = sum(1 for week in self._weeks if week.counted)
        holidays = len(self._weeks) - counted
        return int(2 * MARGIN + counted * week_width + holidays * HOLIDAY_WIDTH)

    def _height_for(self, placed: list[PlacedEntry]) -> int:
        return int(self._body_top() + max(lane_count(placed), 1) * self._lane_height() + MARGIN)

    def _relayout(self) -> None:
        self._scale, self._placed = self._layout_for(self.width())
        self.setMinimumSize(self._natural_width(MIN_WEEK_WIDTH), self._height_for(self._placed))
        self._update_description()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        """Room for every week at a comfortable width and every lane of entries."""
        width = self._natural_width(COMFORTABLE_WEEK_WIDTH)
        _scale, placed = self._layout_for(width)
        return QSize(width, self._height_for(placed))

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
            self._relayout()

    def _hit_rect(self, placed: PlacedEntry) -> QRectF:
        top = self._lane_top(placed.lane)
        return QRectF(
            placed.left - 3, top + 1, placed.right - placed.left + 6, self._lane_height() - 2
        )

    def _find(self, item_id: int) -> PlacedEntry | None:
        return next((p for p in self._placed if p.entry.item_id == item_id), None)

    def _entry_at(self, pos: QPointF) -> PlacedEntry | None:
        if pos.y() < self._header_top + self._header_height():
            return None  # the headings cover whatever has scrolled beneath them
        return next((p for p in self._placed if self._hit_rect(p).contains(pos)), None)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the backdrop, then each entry's mark and label, then the selection."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        backdrop = Backdrop(
            self._scale, self._header_height(), self._body_top(), self.height(), self._today
        )
        paint_backdrop(painter, backdrop, palette, self.font())
        for placed in self._placed:
            if self._hit_rect(placed).intersects(QRectF(event.rect())):
                self._paint_entry(painter, placed, palette)
        paint_header(painter, backdrop, palette, self.font(), self._header_top)
        if self.hasFocus() and self._selected is None:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def _paint_entry(self, painter: QPainter, placed: PlacedEntry, palette: QPalette) -> None:
        entry = placed.entry
        top = self._lane_top(placed.lane)
        lane = self._lane_height()
        if entry.item_id == self._selected:
            self._paint_selection(painter, self._hit_rect(placed), palette)
        mark = QRectF(
            placed.mark_left,
            top + (lane - MARKER_SIZE) / 2,
            placed.mark_right - placed.mark_left,
            MARKER_SIZE,
        )
        draw_mark(
            painter,
            mark,
            kind=entry.kind,
            status=entry.status,
            overdue=entry.overdue,
            bar=placed.is_bar,
            palette=palette,
        )
        label = QRectF(placed.label_left, top, placed.label_right - placed.label_left, lane)
        text = self._labels.get(entry.item_id, entry.title)
        painter.setFont(self.font())
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        if entry.overdue:
            # The "!" is red as well as written, so it reads without colour too.
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(overdue_colour(palette))
            painter.drawText(label, align, "!")
            painter.setFont(self.font())
            text = text.removeprefix("!")
            label.setLeft(label.left() + QFontMetricsF(self.font()).horizontalAdvance("!"))
        role = (
            QPalette.ColorRole.PlaceholderText
            if entry.status == "not_applicable"
            else QPalette.ColorRole.Text
        )
        painter.setPen(palette.color(role))
        painter.drawText(label, align, text)

    def _paint_selection(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = highlight.lighter(100)
        fill.setAlphaF(0.22)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        pen = QPen(highlight, 1.5)
        if self.hasFocus():
            pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.restore()

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
        elif (target := self._key_target(key)) is not None:
            self._choose(target)
        elif key not in _NAVIGATION_KEYS:
            super().keyPressEvent(event)
            return
        event.accept()

    def _key_target(self, key: int) -> int | None:
        if not self._placed:
            return None
        ids = [p.entry.item_id for p in self._placed]
        if key == Qt.Key.Key_Home:
            return ids[0]
        if key == Qt.Key.Key_End:
            return ids[-1]
        if key not in _NAVIGATION_KEYS:
            return None
        if self._selected is None:
            return ids[0]
        index = ids.index(self._selected)
        if key == Qt.Key.Key_Left:
            return ids[max(index - 1, 0)]
        if key == Qt.Key.Key_Right:
            return ids[min(index + 1, len(ids) - 1)]
        return self._neighbour_lane(self._placed[index], -1 if key == Qt.Key.Key_Up else 1)

    def _neighbour_lane(self, current: PlacedEntry, step: int) -> int | None:
        """The entry in the next lane up or down that starts nearest to where the current starts."""
        candidates = [p for p in self._placed if p.lane == current.lane + step]
        if not candidates:
            return None
        best = min(candidates, key=lambda p: abs(p.mark_left - current.mark_left))
        return best.entry.item_id

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
                backdrop = Backdrop(
                    self._scale, self._header_height(), self._body_top(), self.height(), self._today
                )
                # The tooltip helper knows the headings at the top; undo their scrolled offset.
                y = event.pos().y() - self._header_top
                if y >= self._header_height():
                    y = event.pos().y()
                text = backdrop_tooltip(backdrop, QPointF(event.pos().x(), y))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


_NAVIGATION_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class TimelineView(QWidget):
    """The timeline in a scroll area with its legend below; the widget the window embeds."""

    item_selected = Signal(int)
    selection_cleared = Signal()
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = TimelineWidget()
        self.legend = TimelineLegend()
        self._scroll = QScrollArea()
        self._scroll.setWidget(self.timeline)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.timeline)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timeline.item_selected.connect(self.item_selected)
        self.timeline.selection_cleared.connect(self.selection_cleared)
        self.timeline.item_activated.connect(self.item_activated)
        self.timeline.reveal_requested.connect(self._on_timeline_reveal_requested)
        self._scroll.verticalScrollBar().valueChanged.connect(self._on_vertical_scroll_changed)

    def set_data(
        self, weeks: list[TimelineWeek], entries: list[TimelineEntry], today: date | None
    ) -> None:
        """Show these weeks and entries with a "Today" line at ``today``."""
        self.timeline.set_data(weeks, entries, today)

    def select_item(self, item_id: int | None) -> None:
        """Select an item (or none) and scroll it into view; emits nothing."""
        self.timeline.select_item(item_id)

    def selected_item(self) -> int | None:
        """The selected item's id, or None."""
        return self.timeline.selected_item()

    def entry_rect(self, item_id: int) -> QRect:
        """Where an item is drawn, in ``self.timeline``'s coordinates."""
        return self.timeline.entry_rect(item_id)

    def sizeHint(self) -> QSize:
        """The timeline's natural size plus the legend."""
        hint = self.timeline.sizeHint()
        return QSize(hint.width(), hint.height() + self.legend.sizeHint().height() + 4)

    @Slot(QRect)
    def _on_timeline_reveal_requested(self, rect: QRect) -> None:
        # The y margin keeps the entry clear of the headings that stay at the top.
        centre = rect.center()
        headings = self.timeline.heading_height()
        self._scroll.ensureVisible(
            centre.x(), centre.y(), rect.width() // 2 + 16, rect.height() // 2 + headings + 8
        )

    @Slot(int)
    def _on_vertical_scroll_changed(self, value: int) -> None:
        self.timeline.set_header_top(value)
