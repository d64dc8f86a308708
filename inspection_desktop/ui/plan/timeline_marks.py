"""How one plan item's mark is drawn: shape says the kind, fill and outline say the status."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPalette, QPen

from inspection_desktop.domain.plan.items import ItemKind

# Okabe–Ito colours: told apart by most people with colour-blindness, readable on light and dark.
KIND_COLOURS = {
    ItemKind.TASK: "#0072B2",
    ItemKind.MEETING: "#009E73",
    ItemKind.DEADLINE: "#CC79A7",
    ItemKind.MILESTONE: "#E69F00",
    ItemKind.CI_WORK: "#56B4E9",
}
OVERDUE_LIGHT = "#C62828"
OVERDUE_DARK = "#FF6E6E"
TODAY_LIGHT = "#AD1457"
TODAY_DARK = "#F48FB1"


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (light text on a dark background)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def kind_colour(kind: ItemKind, palette: QPalette, *, not_applicable: bool = False) -> QColor:
    """The colour of a kind's marks; items that do not apply are drawn in a neutral grey."""
    if not_applicable:
        return palette.color(QPalette.ColorRole.Mid)
    return QColor(KIND_COLOURS.get(kind, "#777777"))


def overdue_colour(palette: QPalette) -> QColor:
    """The red used for an overdue item's outline and "!" sign."""
    return QColor(OVERDUE_DARK if is_dark(palette) else OVERDUE_LIGHT)


def today_colour(palette: QPalette) -> QColor:
    """The colour of the "Today" line, kept apart from selection and overdue colours."""
    return QColor(TODAY_DARK if is_dark(palette) else TODAY_LIGHT)


def tint(colour: QColor, palette: QPalette, amount: float) -> QColor:
    """The colour mixed into the background by ``amount`` (0 background, 1 full colour)."""
    base = palette.color(QPalette.ColorRole.Base)
    return QColor.fromRgbF(
        base.redF() + (colour.redF() - base.redF()) * amount,
        base.greenF() + (colour.greenF() - base.greenF()) * amount,
        base.blueF() + (colour.blueF() - base.blueF()) * amount,
    )


def shape_path(kind: ItemKind, rect: QRectF) -> QPainterPath:
    """A one-day mark's outline: square task, circle meeting, diamond deadline, flag milestone."""
    path = QPainterPath()
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    centre = rect.center()
    if kind == ItemKind.MEETING:
        path.addEllipse(rect)
    elif kind == ItemKind.DEADLINE:
        path.moveTo(centre.x(), top - 1)
        path.lineTo(right + 1, centre.y())
        path.lineTo(centre.x(), bottom + 1)
        path.lineTo(left - 1, centre.y())
        path.closeSubpath()
    elif kind == ItemKind.MILESTONE:
        # A pennant on its pole: the pole is its own subpath so the fill stays in the flag.
        path.moveTo(left + 1, top)
        path.lineTo(right + 1, top + rect.height() * 0.33)
        path.lineTo(left + 1, top + rect.height() * 0.66)
        path.closeSubpath()
        path.addRect(QRectF(left, top, 2, rect.height()))
    elif kind == ItemKind.CI_WORK:
        # Hexagon: a shape of its own, so Care Inspectorate work reads apart from our tasks.
        inset = rect.width() * 0.25
        path.moveTo(left + inset, top)
        path.lineTo(right - inset, top)
        path.lineTo(right, centre.y())
        path.lineTo(right - inset, bottom)
        path.lineTo(left + inset, bottom)
        path.lineTo(left, centre.y())
        path.closeSubpath()
    else:
        path.addRoundedRect(rect, 2, 2)
    return path


def draw_mark(
    painter: QPainter,
    rect: QRectF,
    *,
    kind: ItemKind,
    status: str,
    overdue: bool,
    bar: bool,
    palette: QPalette,
    tick: bool = True,
) -> None:
    """Draw a mark (a bar when ``bar``) in ``rect`` with fill for status and outline for overdue.

    ``tick`` False leaves the tick off a done mark, for a plain solid swatch in the legend.
    """
    not_applicable = status == "not_applicable"
    colour = kind_colour(kind, palette, not_applicable=not_applicable)
    if bar:
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    else:
        path = shape_path(kind, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dark = is_dark(palette)
    painter.fillPath(path, tint(colour, palette, 0.3 if dark else 0.18))
    if kind == ItemKind.CI_WORK and status != "done":
        painter.fillPath(path, QBrush(colour, Qt.BrushStyle.BDiagPattern))
    if status == "done":
        painter.fillPath(path, colour)
    elif status == "in_progress":
        painter.save()
        painter.setClipRect(
            QRectF(rect.left() - 2, rect.center().y(), rect.width() + 4, rect.height())
        )
        painter.fillPath(path, colour)
        painter.restore()
    edge = colour.lighter(150) if dark else colour.darker(115)
    pen = QPen(overdue_colour(palette) if overdue else edge, 2.4 if overdue else 1.3)
    if not_applicable or kind == ItemKind.CI_WORK:
        pen.setStyle(Qt.PenStyle.DashLine if not_applicable else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if bar:
        glyph = QRectF(rect.left() + 3, rect.top() + 3, rect.height() - 6, rect.height() - 6)
        _draw_glyph(painter, kind, glyph, colour, palette)
    if status == "done" and tick and (bar or kind != "milestone"):
        _draw_tick(
            painter,
            rect
            if not bar
            else QRectF(rect.right() - rect.height(), rect.top(), rect.height(), rect.height()),
        )
    painter.restore()


def _draw_glyph(
    painter: QPainter, kind: ItemKind, rect: QRectF, colour: QColor, palette: QPalette
) -> None:
    """A small kind shape at the start of a bar, so a bar still says what kind it is."""
    painter.setPen(QPen(colour.darker(130), 1))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawPath(shape_path(kind, rect))


def _draw_tick(painter: QPainter, rect: QRectF) -> None:
    """A white tick with a dark edge, readable on any fill."""
    path = QPainterPath(QPointF(rect.left() + rect.width() * 0.25, rect.center().y()))
    path.lineTo(rect.left() + rect.width() * 0.45, rect.bottom() - rect.height() * 0.25)
    path.lineTo(rect.right() - rect.width() * 0.2, rect.top() + rect.height() * 0.22)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, width in ((QColor(0, 0, 0, 150), 3.2), (QColor("white"), 1.8)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPath(path)


BANK_HOLIDAY_COLOUR = QColor("#B7791F")
"""The dashed line of a Scottish bank holiday (amber, clear of the red "Today" line)."""
