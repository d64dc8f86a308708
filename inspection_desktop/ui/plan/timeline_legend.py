"""The timeline's key: what each shape, fill and sign means, wrapped to the width available."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from inspection_desktop.domain.plan.items import ItemKind
from inspection_desktop.domain.plan.timeline_text import (
    KIND_NAMES,
    MOVED_SYMBOL,
    OVERDUE_SYMBOL,
    STATUS_SYMBOLS,
)
from inspection_desktop.ui.plan.timeline_marks import (
    BANK_HOLIDAY_COLOUR,
    draw_mark,
    tint,
    today_colour,
)

SWATCH = 14
BAR_SWATCH = 28
GAP = 5
SPACING = 16
PADDING = 6

Swatch = Callable[[QPainter, QRectF, QPalette], None]


@dataclass(frozen=True)
class LegendItem:
    """One entry in the key: its swatch, its words, and how wide the swatch is."""

    paint: Swatch
    text: str
    swatch_width: float = SWATCH


def _mark(kind: ItemKind, status: str, *, overdue: bool = False, bar: bool = False) -> Swatch:
    def paint(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        if bar:
            rect = rect.adjusted(0, 1, 0, -1)
        draw_mark(
            painter,
            rect,
            kind=kind,
            status=status,
            overdue=overdue,
            bar=bar,
            palette=palette,
            tick=kind == ItemKind.TASK,
        )

    return paint


def _holiday(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    mid = palette.color(QPalette.ColorRole.Mid)
    painter.fillRect(rect, tint(mid, palette, 0.28))
    hatch = QColor(mid)
    hatch.setAlphaF(0.35)
    painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(mid, 1))
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))


def _today(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    painter.setPen(QPen(today_colour(palette), 2))
    x = rect.center().x()
    painter.drawLine(QPointF(x, rect.top() - 1), QPointF(x, rect.bottom() + 1))


def _bank_holiday(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    painter.setPen(QPen(BANK_HOLIDAY_COLOUR, 1.5, Qt.PenStyle.DashLine))
    x = rect.center().x()
    painter.drawLine(QPointF(x, rect.top() - 1), QPointF(x, rect.bottom() + 1))


def _nothing(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    return None


def legend_items() -> list[LegendItem]:
    """Each key entry: how its swatch is painted and what it says."""
    kinds = [
        LegendItem(_mark(kind, "not_started" if kind == ItemKind.CI_WORK else "done"), name)
        for kind, name in KIND_NAMES.items()
    ]
    task = ItemKind.TASK
    return [
        *kinds,
        LegendItem(_mark(task, "not_started", bar=True), "Lasts several days", BAR_SWATCH),
        LegendItem(_mark(task, "not_started"), "Not started"),
        LegendItem(_mark(task, "in_progress"), f"{STATUS_SYMBOLS['in_progress']} In progress"),
        LegendItem(_mark(task, "done"), f"{STATUS_SYMBOLS['done']} Done"),
        LegendItem(
            _mark(task, "not_applicable"),
            f"{STATUS_SYMBOLS['not_applicable']} Not applicable",
        ),
        LegendItem(_mark(task, "not_started", overdue=True), f"{OVERDUE_SYMBOL} Overdue"),
        LegendItem(_nothing, f"{MOVED_SYMBOL} Moved from its usual week", 0),
        LegendItem(_holiday, "Holiday, not counted"),
        LegendItem(_bank_holiday, "Scottish bank holiday", 6),
        LegendItem(_today, "Today", 6),
    ]


class TimelineLegend(QWidget):
    """A painted key that wraps onto more lines when the window is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = legend_items()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName("Timeline key")
        self.setAccessibleDescription("; ".join(item.text for item in self._items))

    def _item_width(self, item: LegendItem) -> float:
        gap = GAP if item.swatch_width else 0
        return item.swatch_width + gap + QFontMetricsF(self.font()).horizontalAdvance(item.text)

    def _positions(self, width: float) -> list[QPointF]:
        line = max(QFontMetricsF(self.font()).height(), SWATCH) + 4
        x, y = float(PADDING), float(PADDING)
        places = []
        for item in self._items:
            item_width = self._item_width(item)
            if x > PADDING and x + item_width > width - PADDING:
                x, y = float(PADDING), y + line
            places.append(QPointF(x, y))
            x += item_width + SPACING
        return places

    def hasHeightForWidth(self) -> bool:
        """The key's height depends on how many lines it wraps onto."""
        return True

    def heightForWidth(self, width: int) -> int:
        """How tall the key is when wrapped to ``width``."""
        line = max(QFontMetricsF(self.font()).height(), SWATCH) + 4
        last = self._positions(width)[-1]
        return int(last.y() + line + PADDING)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = int(sum(self._item_width(item) + SPACING for item in self._items) + 2 * PADDING)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a small window; it wraps."""
        return QSize(120, self.heightForWidth(self.width() or 120))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint each swatch and its words."""
        painter = QPainter(self)
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        line = max(metrics.height(), SWATCH) + 4
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        for item, place in zip(self._items, self._positions(self.width()), strict=True):
            box = QRectF(place.x(), place.y() + (line - SWATCH) / 2, item.swatch_width, SWATCH)
            painter.save()
            item.paint(painter, box, palette)
            painter.restore()
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            left = box.right() + (GAP if item.swatch_width else 0)
            area = QRectF(left, place.y(), self._item_width(item), line)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(area, align, item.text)
        painter.end()
