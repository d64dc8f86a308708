"""The timeline as a window embeds it: scrollable, headings kept in sight, the key below."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from inspection_desktop.domain.plan.timeline import TimelineEntry, TimelineWeek
from inspection_desktop.ui.plan.timeline_legend import TimelineLegend
from inspection_desktop.ui.plan.timeline_widget import TimelineWidget


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
        # The timeline itself takes focus; the scroll area would only be an empty tab stop.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
