"""The timeline on paper: A4 landscape, weeks across, one line per item, holiday weeks shaded and
bank holidays marked; more pages only when the items will not fit on one."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.plan.plan_export import DEFAULT_MARKING, ExportRow, PlanExport
from inspection_desktop.documents.plan.plan_pdf import (
    MARGIN,
    PAGE_HEIGHT,
    PAGE_SIZE,
    PAGE_WIDTH,
    draw_marking_and_heads,
)
from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name

LABEL_WIDTH = 88 * mm
ROW_HEIGHT = 5.2 * mm
# The least a line may shrink to so that a long plan still fits one page; below it, more pages.
MIN_ROW_HEIGHT = 3.7 * mm
HEAD_TOP = PAGE_HEIGHT - 24 * mm
GRID_TOP = HEAD_TOP - 15 * mm
GRID_BOTTOM = 24 * mm
HOLIDAY = colors.HexColor("#E4E7EB")
BANK_HOLIDAY = colors.HexColor("#B7791F")
DONE = colors.HexColor("#2F855A")
_KIND_COLOURS = {
    "Meeting": ps.ACCENT,
    "Deadline": ps.WARNING,
}


def render_timeline_pdf(export: PlanExport, marking: str = DEFAULT_MARKING) -> bytes:
    """The plan's timeline as a landscape PDF page (more pages for a long plan)."""
    ps.register_fonts()
    marking = " ".join(marking.split())
    rows = sorted(export.rows, key=lambda row: (row.due, row.week, row.title.casefold()))
    per_page = max(1, int((GRID_TOP - GRID_BOTTOM) // MIN_ROW_HEIGHT))
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, initialFontName=ps.FONT)
    canvas.setTitle(f"Timeline: {export.area}")
    for page_rows in pages:
        draw_marking_and_heads(
            canvas,
            marking,
            f"Timeline · {export.area}",
            f"Printed {ps.long_date(export.today)}",
        )
        _draw_grid(canvas, export, page_rows)
        canvas.showPage()
    canvas.save()
    return finish_pdf(buffer.getvalue(), [], title=f"Timeline: {export.area}", author=export.area)


def _draw_grid(canvas: Canvas, export: PlanExport, rows: list[ExportRow]) -> None:
    weeks = export.calendar.weeks
    start = weeks[0].starts_on
    last = max([weeks[-1].ends_on, *(row.due for row in rows)])
    days = (last - start).days + 1
    left = MARGIN + LABEL_WIDTH
    width = PAGE_WIDTH - MARGIN - left
    per_day = width / days
    row_height = min(ROW_HEIGHT, (GRID_TOP - GRID_BOTTOM) / max(len(rows), 1))
    bottom = GRID_TOP - max(len(rows), 1) * row_height

    def x_of(day: dt.date) -> float:
        return float(left + (day - start).days * per_day)

    # Holiday weeks first, so everything else draws over them; their names sit in the header
    # band above the grid, where no item label can overprint them.
    for week in weeks:
        x = x_of(week.starts_on)
        if week.number is None:
            canvas.setFillColor(HOLIDAY)
            canvas.rect(x, bottom, 7 * per_day, GRID_TOP - bottom, stroke=0, fill=1)
            canvas.setFillColor(ps.MUTED)
            canvas.setFont(ps.FONT, 6.5)
            label = ps.fit_text(week.holiday_label or "Holiday", 7 * per_day - 2, 6.5)
            canvas.drawString(x + 1, GRID_TOP + 1.5 * mm, label)
        else:
            canvas.setFillColor(ps.INK)
            canvas.setFont(ps.FONT_BOLD, 7.5)
            canvas.drawString(x + 1, GRID_TOP + 7 * mm, f"Week {week.number}")
            canvas.setFont(ps.FONT, 6.5)
            canvas.setFillColor(ps.MUTED)
            canvas.drawString(x + 1, GRID_TOP + 4 * mm, f"{week.starts_on:%d %b}")
        canvas.setStrokeColor(ps.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(x, bottom, x, GRID_TOP + 10 * mm)
    # Bank holidays: a dashed line through the grid and the name below it; names close together
    # go on the next line down rather than over each other.
    day = start
    line_ends: list[float] = []
    while day <= last:
        name = bank_holiday_name(day)
        if name and day.weekday() < 5:
            x = x_of(day) + per_day / 2
            canvas.setStrokeColor(BANK_HOLIDAY)
            canvas.setDash(1.5, 1.5)
            canvas.line(x, bottom, x, GRID_TOP)
            canvas.setDash()
            canvas.setFillColor(BANK_HOLIDAY)
            canvas.setFont(ps.FONT, 6)
            text = ps.fit_text(name, 40 * mm, 6)
            half = canvas.stringWidth(text, ps.FONT, 6) / 2
            line = next((i for i, end in enumerate(line_ends) if end < x - half - 1), None)
            if line is None:
                line = len(line_ends)
                line_ends.append(0.0)
            if line < 3:
                line_ends[line] = x + half
                canvas.drawCentredString(x, bottom - (3 + 2.6 * line) * mm, text)
        day += dt.timedelta(days=1)
    if start <= export.today <= last:
        canvas.setStrokeColor(ps.WARNING)
        canvas.setLineWidth(0.8)
        canvas.line(x_of(export.today), bottom, x_of(export.today), GRID_TOP)
        canvas.setLineWidth(0.4)
    for index, row in enumerate(rows):
        y = GRID_TOP - (index + 1) * row_height
        if index % 2:
            canvas.setFillColor(ps.ZEBRA)
            canvas.rect(MARGIN, y, LABEL_WIDTH, row_height, stroke=0, fill=1)
        canvas.setFillColor(ps.INK)
        size = 7 if row_height >= 4.5 * mm else 6.3
        canvas.setFont(ps.FONT, size)
        text = f"W{row.week}  {row.title}"
        baseline = y + (row_height - size * 0.7) / 2
        canvas.drawString(MARGIN + 1, baseline, ps.fit_text(text, LABEL_WIDTH - 3, size))
        colour = DONE if row.status == "Done" else _KIND_COLOURS.get(row.kind, ps.INK)
        canvas.setFillColor(colour)
        canvas.setStrokeColor(colour)
        centre = x_of(row.due) + per_day / 2
        middle = y + row_height / 2
        if row.starts_on is not None and row.ends_on is not None:
            bar_left = x_of(row.starts_on)
            bar_width = max(x_of(row.ends_on) + per_day - bar_left, per_day)
            canvas.roundRect(bar_left, middle - 1 * mm, bar_width, 2 * mm, 1 * mm, stroke=0, fill=1)
        elif row.kind == "Meeting":
            size = 1.6 * mm
            path = canvas.beginPath()
            path.moveTo(centre, middle + size)
            path.lineTo(centre + size, middle)
            path.lineTo(centre, middle - size)
            path.lineTo(centre - size, middle)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
        else:
            canvas.circle(centre, middle, 1.3 * mm, stroke=0, fill=1)
    canvas.setStrokeColor(ps.RULE)
    canvas.rect(MARGIN, bottom, PAGE_WIDTH - 2 * MARGIN, GRID_TOP - bottom, stroke=1, fill=0)
    _draw_legend(canvas)


def _draw_legend(canvas: Canvas) -> None:
    y = PAGE_HEIGHT - 23 * mm
    canvas.setFont(ps.FONT, 7)
    x = MARGIN
    for label, colour in (
        ("Task", ps.INK),
        ("Meeting", ps.ACCENT),
        ("Deadline", ps.WARNING),
        ("Done", DONE),
    ):
        canvas.setFillColor(colour)
        canvas.circle(x + 1.3 * mm, y + 1 * mm, 1.3 * mm, stroke=0, fill=1)
        canvas.setFillColor(ps.INK)
        canvas.drawString(x + 4 * mm, y, label)
        x += 22 * mm
    canvas.setFillColor(HOLIDAY)
    canvas.rect(x, y - 0.5 * mm, 6 * mm, 3 * mm, stroke=0, fill=1)
    canvas.setFillColor(ps.INK)
    canvas.drawString(x + 8 * mm, y, "Holiday week (not counted)")
    x += 48 * mm
    canvas.setStrokeColor(BANK_HOLIDAY)
    canvas.setDash(1.5, 1.5)
    canvas.line(x, y - 0.5 * mm, x, y + 2.5 * mm)
    canvas.setDash()
    canvas.drawString(x + 3 * mm, y, "Scottish bank holiday")
    x += 40 * mm
    canvas.setStrokeColor(ps.WARNING)
    canvas.line(x, y - 0.5 * mm, x, y + 2.5 * mm)
    canvas.drawString(x + 3 * mm, y, "Today")
