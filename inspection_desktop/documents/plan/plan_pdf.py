"""The printed plan: A4 landscape, week by week, with status, owner, due date and notes."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.common.pdf_pages import SectionStart
from inspection_desktop.documents.plan.plan_export import DEFAULT_MARKING, ExportRow, PlanExport

PAGE_SIZE = landscape(A4)
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN = 15 * mm
TOP = 24 * mm
BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
_WIDTHS = (92 * mm, 46 * mm, 34 * mm, 25 * mm, FRAME_WIDTH - 197 * mm)
_HEADER = ("Item", "Owner", "Due", "Status", "Notes")


class _PlanDoc(BaseDocTemplate):  # type: ignore[misc]
    """One landscape page template with the marking, title and date printed on every page."""

    def __init__(self, buffer: io.BytesIO, draw_page: Callable[[Canvas], None]) -> None:
        super().__init__(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
        )
        frame = Frame(MARGIN, BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="body")
        self.addPageTemplates(
            [PageTemplate("plan", [frame], onPage=lambda canvas, _doc: draw_page(canvas))]
        )
        self.sections: list[SectionStart] = []

    def afterFlowable(self, flowable: Flowable) -> None:
        """Note where each week starts, for the PDF's outline."""
        section = getattr(flowable, "_plan_section", None)
        if section is not None:
            self.sections.append(SectionStart(section, 0, self.page - 1))


def draw_marking_and_heads(canvas: Canvas, marking: str, left: str, right: str) -> None:
    """The protective marking centred at the top and bottom, the title and date under the top."""
    canvas.saveState()
    canvas.setFillColor(ps.WARNING if marking else ps.MUTED)
    canvas.setFont(ps.FONT_BOLD, 9)
    if marking:
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 9 * mm, marking)
        canvas.drawCentredString(PAGE_WIDTH / 2, ps.FOOTER_BASELINE, marking)
    canvas.setFillColor(ps.MUTED)
    canvas.setFont(ps.FONT, 8.5)
    canvas.drawString(MARGIN, PAGE_HEIGHT - 16 * mm, ps.fit_text(left, FRAME_WIDTH * 0.7, 8.5))
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 16 * mm, right)
    canvas.setStrokeColor(ps.RULE)
    canvas.line(MARGIN, PAGE_HEIGHT - 18 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 18 * mm)
    canvas.restoreState()


def render_plan_pdf(export: PlanExport, marking: str = DEFAULT_MARKING) -> bytes:
    """The plan as an A4 landscape PDF, one section per week (an empty week says so)."""
    s = ps.styles()
    marking = " ".join(marking.split())
    printed = f"Printed {ps.long_date(export.today)}"
    buffer = io.BytesIO()
    doc = _PlanDoc(
        buffer,
        lambda canvas: draw_marking_and_heads(
            canvas, marking, f"Inspection plan · {export.area}", printed
        ),
    )
    story: list[Flowable] = [
        Paragraph(ps.markup(f"Inspection plan: {export.area}"), s.title),
        Paragraph(ps.markup(_counts(export)), s.subtitle),
        Spacer(0, 3 * mm),
    ]
    for week in export.weeks:
        heading = Paragraph(ps.markup(export.week_label(week)), s.subheading)
        heading._plan_section = export.week_label(week)
        story.append(heading)
        rows = [row for row in export.rows if row.week == week]
        if not rows:
            story.append(Paragraph("Nothing planned this week.", s.muted))
            continue
        story.append(ps.data_table(_HEADER, [_cells(row) for row in rows], _WIDTHS))
    doc.build(story)
    return finish_pdf(
        buffer.getvalue(),
        doc.sections,
        title=f"Inspection plan: {export.area}",
        author=export.area,
    )


def _counts(export: PlanExport) -> str:
    done = sum(1 for row in export.rows if row.status == "Done")
    overdue = sum(1 for row in export.rows if row.attention.startswith("Overdue"))
    return f"{len(export.rows)} items · {done} done · {overdue} overdue"


def _cells(row: ExportRow) -> list[Flowable | str]:
    s = ps.styles()
    title: list[str] = [f"<b>{ps.markup(row.title)}</b>", ps.markup(row.kind)]
    if row.attention:
        title.append(f'<font color="{ps.WARNING_HEX}">{ps.markup(row.attention)}</font>')
    status = row.status
    if row.completed_on is not None:
        status += f"\n{ps.long_date(row.completed_on)}"
    return [
        Paragraph("<br/>".join(title), s.cell),
        row.owner,
        ps.long_date(row.due),
        status,
        row.notes,
    ]
