"""A survey's responses over time against its target, drawn once as a reportlab Drawing: vector
in the PDF, and SVG for the window (QtSvg draws a ``<clipPath>`` as a black box, so it is taken
out). Its figures come beside it as rows, for the table a screen reader can read."""

from __future__ import annotations

import datetime as dt
import re

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.domain.surveys.surveys import (
    ChartFigure,
    Survey,
    chart_figures,
    responses_text,
)

__all__ = ["ChartFigure", "chart_figures", "chart_svg", "survey_chart"]

RESPONSES = ps.ACCENT
TARGET = colors.HexColor("#B45F06")
GRID = colors.HexColor("#DDE3EA")
TODAY = colors.HexColor("#8A94A0")
_CLIP_PATH = re.compile(rb"<clipPath\b.*?</clipPath>", re.DOTALL)
_CLIP_ATTRIBUTE = re.compile(rb'\s*clip-path="[^"]*"')
_CLIP_STYLE = re.compile(rb"clip-path:\s*url\(#[^)]*\);?\s*")


def _span(survey: Survey, today: dt.date) -> tuple[dt.date, dt.date]:
    days = [count.counted_on for count in survey.counts]
    first = survey.opens_on or (min(days) if days else today)
    last = survey.closes_on or max([*days, today, first + dt.timedelta(days=14)])
    first = min([first, *days])
    last = max([last, *days])
    if last <= first:
        last = first + dt.timedelta(days=7)
    return first, last


def _nice_top(value: int) -> int:
    """A round number at or above ``value`` for the top of the axis."""
    if value <= 10:
        return 10
    step = 10 ** (len(str(value)) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        top = int(step * factor)
        if top >= value:
            return top
    return value  # pragma: no cover - factor 10 always reaches it


def survey_chart(
    survey: Survey,
    today: dt.date,
    width: float = 360,
    height: float = 200,
    *,
    with_title: bool = True,
) -> Drawing:
    """The responses as a line over the days the survey is open, the target as a dashed line."""
    ps.register_fonts()
    # The renderer starts from Helvetica unless the drawing names a font of its own.
    drawing = Drawing(width, height, initialFontName=ps.FONT)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    left, right, bottom = 38.0, width - 10.0, 24.0
    top = height - (22.0 if with_title else 8.0)
    first, last = _span(survey, today)
    total_days = (last - first).days or 1
    highest = max([survey.target or 0, *(count.responses for count in survey.counts), 1])
    y_top = _nice_top(highest)

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / total_days

    def y_of(value: float) -> float:
        return bottom + (top - bottom) * value / y_top

    title = f"{survey.name}: {responses_text(survey.responses, survey.target)}"
    if with_title:
        drawing.add(
            String(
                left,
                height - 13,
                ps.fit_text(title, width - left - 6, 9, ps.FONT_BOLD),
                fontName=ps.FONT_BOLD,
                fontSize=9,
                fillColor=ps.INK,
            )
        )
    for step in range(5):
        value = y_top * step / 4
        y = y_of(value)
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                left - 4,
                y - 3,
                f"{int(value):,}",
                fontName=ps.FONT,
                fontSize=7,
                fillColor=ps.MUTED,
                textAnchor="end",
            )
        )
    drawing.add(Line(left, bottom, right, bottom, strokeColor=ps.MUTED, strokeWidth=0.7))
    for day, anchor in ((first, "start"), (last, "end")):
        drawing.add(
            String(
                x_of(day),
                bottom - 11,
                f"{day.day} {day:%b}",
                fontName=ps.FONT,
                fontSize=7,
                fillColor=ps.MUTED,
                textAnchor=anchor,
            )
        )
    if first < today < last:
        x = x_of(today)
        drawing.add(
            Line(x, bottom, x, top, strokeColor=TODAY, strokeWidth=0.6, strokeDashArray=[1, 2])
        )
    # The word "today" goes under its line only where it cannot run into the end dates.
    if first < today < last and left + 42 < x_of(today) < right - 42:
        x = x_of(today)
        drawing.add(
            String(
                x,
                bottom - 11,
                "today",
                fontName=ps.FONT,
                fontSize=7,
                fillColor=ps.MUTED,
                textAnchor="middle",
            )
        )
    if survey.target:
        y = y_of(survey.target)
        drawing.add(
            Line(left, y, right, y, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 3])
        )
        drawing.add(
            String(
                right,
                y + 3,
                f"Target {survey.target:,}",
                fontName=ps.FONT,
                fontSize=7,
                fillColor=TARGET,
                textAnchor="end",
            )
        )
    points: list[float] = []
    if survey.counts and survey.opens_on and survey.opens_on < survey.counts[0].counted_on:
        points += [x_of(survey.opens_on), y_of(0)]
    for count in survey.counts:
        points += [x_of(count.counted_on), y_of(count.responses)]
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=RESPONSES, strokeWidth=1.6, fillColor=None))
    for count in survey.counts:
        drawing.add(
            Circle(
                x_of(count.counted_on),
                y_of(count.responses),
                1.8,
                fillColor=RESPONSES,
                strokeColor=None,
            )
        )
    if not survey.counts:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        note = "No responses recorded yet"
        x, y = (left + right) / 2, bottom + (top - bottom) / 3
        half = stringWidth(note, ps.FONT, 8) / 2 + 3
        # A white patch, so the lines behind do not run through the words.
        drawing.add(Rect(x - half, y - 3, half * 2, 11, fillColor=colors.white, strokeColor=None))
        drawing.add(
            String(
                x,
                y,
                note,
                fontName=ps.FONT,
                fontSize=8,
                fillColor=ps.MUTED,
                textAnchor="middle",
            )
        )
    return drawing


def chart_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG that Qt's SVG renderer draws correctly (no clip paths)."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing)
    data = svg.encode("utf-8") if isinstance(svg, str) else svg
    data = _CLIP_STYLE.sub(b"", _CLIP_ATTRIBUTE.sub(b"", _CLIP_PATH.sub(b"", data)))
    # reportlab names the registered font; the window knows the family by its own name.
    for face, family in (
        (b"DejaVuSans-Bold", b"DejaVu Sans; font-weight: bold"),
        (b"DejaVuSans-Oblique", b"DejaVu Sans; font-style: italic"),
        (b"DejaVuSans", b"DejaVu Sans"),
    ):
        data = data.replace(b"font-family: " + face, b"font-family: " + family)
    # SVG keywords are lower case; Qt fills a line with "fill: None" in black.
    return data.replace(b"fill: None", b"fill: none")
