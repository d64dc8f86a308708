"""How one placed entry is painted: its mark, its label with status signs, its selection."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen

from inspection_desktop.domain.plan.timeline import PlacedEntry
from inspection_desktop.ui.plan.timeline_marks import draw_mark, overdue_colour, tint


def paint_entry(
    painter: QPainter,
    placed: PlacedEntry,
    *,
    lane_rect: QRectF,
    marker_size: float,
    label: str,
    font: QFont,
    palette: QPalette,
    selected: bool = False,
) -> None:
    """Paint an entry's mark and ``label`` within its lane's band ``lane_rect``."""
    entry = placed.entry
    top, height = lane_rect.top(), lane_rect.height()
    mark = QRectF(
        placed.mark_left,
        top + (height - marker_size) / 2,
        placed.mark_right - placed.mark_left,
        marker_size,
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
    area = QRectF(placed.label_left, top, placed.label_right - placed.label_left, height)
    if area.width() < QFontMetricsF(font).horizontalAdvance(label):
        # Shortened to stop at a holiday band: end in an ellipsis, not a cut letter.
        label = QFontMetricsF(font).elidedText(label, Qt.TextElideMode.ElideRight, area.width())
    if not selected:
        # A plain backing keeps grid lines and the "Today" line from striking through the words.
        line = QFontMetricsF(font).height()
        backing = QRectF(area.left() - 1, top + (height - line) / 2, area.width(), line)
        painter.fillRect(backing, palette.color(QPalette.ColorRole.Base))
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    if entry.overdue and label.startswith("!"):
        # The "!" is red and bold as well as written, so it reads with or without colour.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(overdue_colour(palette))
        painter.drawText(area, align, "!")
        label = label.removeprefix("!")
        area.setLeft(area.left() + QFontMetricsF(font).horizontalAdvance("!"))
    role = (
        QPalette.ColorRole.PlaceholderText
        if entry.status == "not_applicable"
        else QPalette.ColorRole.Text
    )
    painter.setFont(font)
    painter.setPen(palette.color(role))
    painter.drawText(area, align, label)


def paint_selection(painter: QPainter, rect: QRectF, palette: QPalette, *, focused: bool) -> None:
    """A highlighted rounded box behind the selected entry, bolder when the timeline has focus."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    # Opaque, so lines behind the selected entry do not show through its words.
    fill = tint(highlight, palette, 0.22)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(fill)
    painter.setPen(QPen(highlight, 2.0 if focused else 1.5))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.restore()
