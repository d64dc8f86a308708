"""The one-page status report for the chief officers' group: the week, each week's RAG status,
what is overdue and who owns it, the surveys with their charts, and the next meetings."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import finish_pdf
from inspection_desktop.documents.home.survey_chart import survey_chart
from inspection_desktop.domain.home.home_facts import HomeEntry, HomeFacts, Rag
from inspection_desktop.domain.surveys.surveys import SurveyState

PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"
REPORT_TITLE = "Inspection status report"
MAX_OVERDUE_ROWS = 8
MAX_SURVEYS = 3
RAG_COLOURS = {
    Rag.RED: colors.HexColor("#F4C7C3"),
    Rag.AMBER: colors.HexColor("#FCE8B2"),
    Rag.GREEN: colors.HexColor("#C9E7CF"),
    Rag.TO_COME: colors.HexColor("#EEF1F4"),
}
RAG_LETTERS = {Rag.RED: "R", Rag.AMBER: "A", Rag.GREEN: "G", Rag.TO_COME: "–"}


class _ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 with the protective marking above and below the text and the area in the header."""

    def __init__(self, buffer: io.BytesIO, facts: HomeFacts) -> None:
        ps.register_fonts()
        super().__init__(
            buffer,
            pagesize=(ps.PAGE_WIDTH, ps.PAGE_HEIGHT),
            leftMargin=ps.MARGIN_LEFT,
            rightMargin=ps.MARGIN_RIGHT,
            topMargin=ps.MARGIN_TOP,
            bottomMargin=ps.MARGIN_BOTTOM,
            initialFontName=ps.FONT,
            title=f"{REPORT_TITLE}: {facts.area}",
            author=facts.area,
            creator="Inspection Desktop",
        )
        self.facts = facts
        frame = Frame(
            ps.MARGIN_LEFT,
            ps.MARGIN_BOTTOM,
            ps.FRAME_WIDTH,
            ps.FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("report", [frame], onPage=self._draw_page)])

    def _draw_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(ps.FONT_BOLD, 9)
        canvas.setFillColor(ps.WARNING)
        canvas.drawCentredString(ps.PAGE_WIDTH / 2, ps.PAGE_HEIGHT - 9 * mm, PROTECTIVE_MARKING)
        canvas.drawCentredString(ps.PAGE_WIDTH / 2, 5 * mm, PROTECTIVE_MARKING)
        canvas.setFont(ps.FONT_BOLD, 8.5)
        canvas.setFillColor(ps.ACCENT)
        canvas.drawString(
            ps.MARGIN_LEFT, ps.HEADER_BASELINE, ps.fit_text(self.facts.area, 110 * mm, 8.5)
        )
        canvas.setFont(ps.FONT, 8.5)
        canvas.setFillColor(ps.MUTED)
        canvas.drawRightString(ps.PAGE_WIDTH - ps.MARGIN_RIGHT, ps.HEADER_BASELINE, REPORT_TITLE)
        canvas.setStrokeColor(ps.RULE)
        canvas.setLineWidth(0.6)
        rule = ps.HEADER_BASELINE - 2.5 * mm
        canvas.line(ps.MARGIN_LEFT, rule, ps.PAGE_WIDTH - ps.MARGIN_RIGHT, rule)
        footer = ps.FOOTER_BASELINE + 4 * mm
        canvas.line(ps.MARGIN_LEFT, footer, ps.PAGE_WIDTH - ps.MARGIN_RIGHT, footer)
        canvas.setFont(ps.FONT, 8)
        canvas.drawString(
            ps.MARGIN_LEFT,
            ps.FOOTER_BASELINE,
            f"Prepared {ps.long_date(self.facts.today)} for the chief officers' group",
        )
        canvas.restoreState()


def _compact_style() -> tuple[ParagraphStyle, ParagraphStyle]:
    s = ps.styles()
    cell = ParagraphStyle("ReportCell", parent=s.cell, fontSize=8, leading=10)
    head = ParagraphStyle("ReportHead", parent=s.header_cell, fontSize=8, leading=10)
    return cell, head


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A compact table: the report has one page to say everything."""
    cell, head = _compact_style()
    data = [[ps.para(text, head) for text in header]]
    data += [[ps.para(text, cell) for text in row] for row in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ps.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, ps.RULE),
    ]
    table.setStyle(ps.table_style(commands))
    return table


def _rag_table(facts: HomeFacts) -> Table:
    cell, _head = _compact_style()
    bold = ParagraphStyle("ReportBold", parent=cell, fontName=ps.FONT_BOLD)
    weeks = facts.progress
    label_width = 16 * mm
    width = (ps.FRAME_WIDTH - label_width) / max(len(weeks), 1)
    head = [ps.para("Week", bold), *(ps.para(str(w.week), bold) for w in weeks)]
    marks = [ps.para("Status", cell)]
    marks += [
        ps.para(f"{RAG_LETTERS[w.rag]} {w.closed}/{w.total}" if w.total else "none", cell)
        for w in weeks
    ]
    table = Table([head, marks], colWidths=[label_width] + [width] * len(weeks), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for column, week in enumerate(weeks, start=1):
        commands.append(("BACKGROUND", (column, 0), (column, 1), RAG_COLOURS[week.rag]))
        if week.week == facts.current_week:
            commands.append(("BOX", (column, 0), (column, 1), 1.4, ps.ACCENT))
    table.setStyle(ps.table_style(commands))
    return table


def _late(entry: HomeEntry, facts: HomeFacts) -> str:
    if entry.due is None:
        return entry.when
    days = (facts.today - entry.due).days
    return f"{ps.long_date(entry.due)} ({days} day{'s' if days != 1 else ''} late)"


def _overdue(facts: HomeFacts) -> list[Flowable]:
    cell, _head = _compact_style()
    if not facts.overdue:
        return [ps.para("Nothing is overdue.", cell)]
    rows = [
        [entry.title, _late(entry, facts), entry.detail]
        for entry in facts.overdue[:MAX_OVERDUE_ROWS]
    ]
    widths = (80 * mm, 40 * mm, ps.FRAME_WIDTH - 120 * mm)
    story: list[Flowable] = [_grid(("Item", "Was due", "Owner"), rows, widths)]
    if len(facts.overdue) > MAX_OVERDUE_ROWS:
        more = len(facts.overdue) - MAX_OVERDUE_ROWS
        story.append(ps.para(f"…and {more} more overdue: see the app.", cell))
    return story


def _meetings(facts: HomeFacts) -> list[Flowable]:
    cell, _head = _compact_style()
    if not facts.next_meetings:
        return [ps.para("No meetings to come have a date.", cell)]
    rows = [[entry.title, entry.when, entry.detail] for entry in facts.next_meetings]
    widths = (80 * mm, 50 * mm, ps.FRAME_WIDTH - 130 * mm)
    return [_grid(("Meeting", "When", "Papers"), rows, widths)]


def _gaps(facts: HomeFacts) -> list[Flowable]:
    cell, _head = _compact_style()
    if not facts.gaps:
        return [ps.para("Every role the plan needs has someone named.", cell)]
    parts = [
        f"{gap.role_name} (needed by week {gap.needed_by_week}"
        + (", overdue)" if gap.overdue else ")")
        for gap in facts.gaps
    ]
    return [ps.para("; ".join(parts) + ".", cell)]


def _surveys(facts: HomeFacts) -> list[Flowable]:
    cell, _head = _compact_style()
    bold = ParagraphStyle("ReportSurvey", parent=cell, fontName=ps.FONT_BOLD)
    shown = [sv for sv in facts.surveys if sv.state(facts.today) is not SurveyState.UNDATED]
    shown = shown[:MAX_SURVEYS]
    if not shown:
        return [ps.para("No surveys have dates yet.", cell)]
    width = ps.FRAME_WIDTH / len(shown)
    names: list[Any] = []
    charts: list[Any] = []
    notes: list[Any] = []
    for survey in shown:
        names.append(ps.para(survey.name, bold))
        charts.append(survey_chart(survey, facts.today, width - 3 * mm, 34 * mm, with_title=False))
        opens = ps.long_date(survey.opens_on) if survey.opens_on else "not set"
        closes = ps.long_date(survey.closes_on) if survey.closes_on else "not set"
        notes.append(
            ps.para(
                f"{survey.state(facts.today).label}: {opens} to {closes}. "
                f"{survey.summary(facts.today)}.",
                cell,
            )
        )
    table = Table([names, charts, notes], colWidths=[width] * len(shown), hAlign="LEFT")
    table.setStyle(
        ps.table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table]


def render_status_report(facts: HomeFacts) -> bytes:
    """Render the one-page A4 status report and return its bytes."""
    s = ps.styles()
    cell, _head = _compact_style()
    title = ParagraphStyle("ReportTitle", parent=s.title, fontSize=17, leading=21)
    heading = ParagraphStyle(
        "ReportHeading", parent=s.subheading, spaceBefore=6, spaceAfter=2, fontSize=10.5
    )
    story: list[Flowable] = [
        ps.para(REPORT_TITLE, title),
        ps.para(facts.where, s.subtitle),
        ps.para("RAG status by week", heading),
        _rag_table(facts),
        ps.para(
            "R: items overdue · A: under way · G: complete · –: to come. "
            "Figures are items done of items planned.",
            ParagraphStyle("ReportKey", parent=cell, textColor=ps.MUTED),
        ),
        ps.para("Overdue, and who owns it", heading),
        *_overdue(facts),
        ps.para("Surveys", heading),
        *_surveys(facts),
        ps.para("Next meetings", heading),
        *_meetings(facts),
        ps.para("Roles still to name", heading),
        *_gaps(facts),
    ]
    buffer = io.BytesIO()
    doc = _ReportTemplate(buffer, facts)
    doc.build(story)
    return finish_pdf(
        buffer.getvalue(), [], title=f"{REPORT_TITLE}: {facts.area}", author=facts.area
    )
