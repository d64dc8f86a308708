"""The timeline's backdrop: week columns and their headings, shaded holidays, the "Today" line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name
from inspection_desktop.domain.plan.timeline import TimelineScale, WeekColumn
from inspection_desktop.domain.plan.timeline_text import short_date, week_dates, week_heading
from inspection_desktop.ui.plan.timeline_marks import BANK_HOLIDAY_COLOUR, tint, today_colour


@dataclass(frozen=True)
class Backdrop:
    """What the backdrop needs to know: the scale, the band heights and today's date."""

    scale: TimelineScale
    header_height: float
    body_top: float
    height: float
    today: date | None


def holiday_text(label: str | None) -> str:
    """What a run of holiday columns says down its length."""
    return f"{label or 'Holiday'} · not counted"


def holiday_runs(scale: TimelineScale) -> list[tuple[float, float, str | None]]:
    """Runs of adjacent uncounted weeks with the same label: (x, width, label) for each run."""
    runs: list[tuple[float, float, str | None]] = []
    for column in scale.columns:
        if column.week.counted:
            continue
        label = column.week.holiday_label
        if runs and runs[-1][0] + runs[-1][1] == column.x and runs[-1][2] == label:
            x, width, _label = runs[-1]
            runs[-1] = (x, width + column.width, label)
        else:
            runs.append((column.x, column.width, label))
    return runs


def bank_holidays_shown(scale: TimelineScale) -> list[date]:
    """The Scottish bank holidays on working days of the counted weeks shown."""
    from datetime import timedelta

    days = []
    for column in scale.columns:
        if not column.week.counted:
            continue  # a holiday week is shaded whole already
        for offset in range(5):
            day = column.week.starts_on + timedelta(days=offset)
            if bank_holiday_name(day):
                days.append(day)
    return days


def _grid_colour(palette: QPalette) -> QColor:
    grid = QColor(palette.color(QPalette.ColorRole.Mid))
    grid.setAlphaF(0.55)
    return grid


def paint_backdrop(painter: QPainter, backdrop: Backdrop, palette: QPalette, font: QFont) -> None:
    """Paint the week columns below the headings: holiday shading, grid lines, the "Today" line."""
    painter.save()
    grid = _grid_colour(palette)
    for column in backdrop.scale.columns:
        if not column.week.counted:
            _shade_holiday(painter, column, backdrop, palette)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(column.x + 0.5, 0), QPointF(column.x + 0.5, backdrop.height))
    for x, width, label in holiday_runs(backdrop.scale):
        _label_holiday(painter, x + width / 2, holiday_text(label), backdrop, palette, font)
    painter.setPen(QPen(BANK_HOLIDAY_COLOUR, 1.5, Qt.PenStyle.DashLine))
    for day in bank_holidays_shown(backdrop.scale):
        x = backdrop.scale.day_centre(day)
        painter.drawLine(QPointF(x, backdrop.header_height), QPointF(x, backdrop.height))
    if backdrop.scale.columns:
        painter.setPen(QPen(grid, 1))
        right = backdrop.scale.right + 0.5
        painter.drawLine(QPointF(right, 0), QPointF(right, backdrop.height))
    _paint_today(painter, backdrop, palette, font)
    painter.restore()


def paint_header(
    painter: QPainter, backdrop: Backdrop, palette: QPalette, font: QFont, top: float
) -> None:
    """Paint the band of week headings with its top at ``top`` (it stays put while scrolling)."""
    painter.save()
    painter.translate(0, top)
    header = QRectF(0, 0, painter.device().width(), backdrop.header_height)
    painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
    grid = _grid_colour(palette)
    mid = palette.color(QPalette.ColorRole.Mid)
    for column in backdrop.scale.columns:
        band = QRectF(column.x, 0, column.width, backdrop.header_height)
        if not column.week.counted:
            painter.fillRect(band, tint(mid, palette, 0.28))
        if backdrop.today is not None and (
            column.week.starts_on <= backdrop.today <= column.week.ends_on
        ):
            painter.fillRect(band, tint(today_colour(palette), palette, 0.14))
        _paint_heading(painter, column, palette, font)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(column.x + 0.5, 0), QPointF(column.x + 0.5, header.bottom()))
    if backdrop.scale.columns:
        right = backdrop.scale.right + 0.5
        painter.drawLine(QPointF(right, 0), QPointF(right, header.bottom()))
    painter.setPen(QPen(mid, 1))
    painter.drawLine(QPointF(0, header.bottom()), QPointF(header.right(), header.bottom()))
    painter.restore()


def _paint_heading(painter: QPainter, column: WeekColumn, palette: QPalette, font: QFont) -> None:
    """Two lines at the top of a column: "Week 4" and the week's dates."""
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.88, 6.5))
    line = QFontMetricsF(bold).height()
    area = QRectF(column.x + 2, 4, column.width - 4, line)
    centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
    if column.week.counted:
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(bold)
        title = QFontMetricsF(bold).elidedText(
            week_heading(column.week), Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(area, centred, title)
        dates = week_dates(column.week)
        metrics = QFontMetricsF(small)
        if metrics.horizontalAdvance(dates) > area.width():
            dates = week_dates(column.week, compact=True)
        if metrics.horizontalAdvance(dates) > area.width():
            dates = short_date(column.week.starts_on)
        lines = [(area.translated(0, line + 1), dates)]
    else:
        # Too narrow for "Holiday" and a range: the start and end dates, one a line.
        lines = [
            (area, short_date(column.week.starts_on)),
            (area.translated(0, line + 1), short_date(column.week.ends_on)),
        ]
    painter.setFont(small)
    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
    for rect, text in lines:
        painter.drawText(rect, centred, text)


def _shade_holiday(
    painter: QPainter, column: WeekColumn, backdrop: Backdrop, palette: QPalette
) -> None:
    """Shade a holiday column, hatched below the headings."""
    rect = QRectF(column.x, 0, column.width, backdrop.height)
    mid = palette.color(QPalette.ColorRole.Mid)
    painter.fillRect(rect, tint(mid, palette, 0.28))
    hatch = QColor(mid)
    hatch.setAlphaF(0.35)
    painter.fillRect(rect, QBrush(hatch, Qt.BrushStyle.BDiagPattern))


def _label_holiday(
    painter: QPainter, centre: float, text: str, backdrop: Backdrop, palette: QPalette, font: QFont
) -> None:
    """Write a holiday run's label down its length, on a plain backing so the hatch stays clear."""
    mid = palette.color(QPalette.ColorRole.Mid)
    painter.save()
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    body_height = backdrop.height - backdrop.body_top
    painter.translate(centre, backdrop.body_top + body_height / 2)
    painter.rotate(-90)
    text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, body_height - 16)
    metrics = QFontMetricsF(font)
    label = QRectF(-body_height / 2, -metrics.height() / 2, body_height, metrics.height())
    backing = metrics.horizontalAdvance(text) + 12
    painter.fillRect(
        QRectF(-backing / 2, label.top() - 2, backing, label.height() + 4),
        tint(mid, palette, 0.28),
    )
    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _paint_today(painter: QPainter, backdrop: Backdrop, palette: QPalette, font: QFont) -> None:
    """A vertical line at today's date with a "Today" tag under the headings."""
    if backdrop.today is None:
        return
    x = backdrop.scale.today_x(backdrop.today)
    if x is None:
        return
    colour = today_colour(palette)
    painter.setPen(QPen(colour, 2))
    painter.drawLine(QPointF(x, backdrop.header_height), QPointF(x, backdrop.height))
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.5))
    small.setBold(True)
    metrics = QFontMetricsF(small)
    text = "Today"
    width = metrics.horizontalAdvance(text) + 10
    tag = QRectF(x - width / 2, backdrop.header_height + 2, width, metrics.height() + 2)
    left_limit = backdrop.scale.left + 1
    if tag.left() < left_limit:
        tag.moveLeft(left_limit)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(tag, 3, 3)
    painter.setFont(small)
    painter.setPen(palette.color(QPalette.ColorRole.Base))
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
