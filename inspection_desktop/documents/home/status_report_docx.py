"""The status report as a Word document, for co-ordinators who finish papers in Word.

It says what the PDF says. Word cannot take the chart as drawn (the app has no way to turn it
into a picture without Qt), so each survey's figures come as a table, as they do beside the
chart on screen.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

from inspection_desktop.documents.home.status_report_pdf import PROTECTIVE_MARKING, REPORT_TITLE
from inspection_desktop.documents.home.survey_chart import chart_figures
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.home.home_facts import HomeEntry, HomeFacts
from inspection_desktop.domain.surveys.surveys import SurveyState

MARKING_RED = RGBColor(0xA4, 0x26, 0x2C)


def _marking(paragraph: object) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
    run = paragraph.add_run(PROTECTIVE_MARKING)  # type: ignore[attr-defined]
    run.bold = True
    run.font.color.rgb = MARKING_RED


def _table(document: object, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table = document.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def _entries(document: object, header: Sequence[str], entries: Sequence[HomeEntry]) -> None:
    if not entries:
        document.add_paragraph("None.")  # type: ignore[attr-defined]
        return
    _table(document, header, [(e.title, e.when, e.detail) for e in entries])


def render_status_report_docx(facts: HomeFacts) -> bytes:
    """The status report as .docx bytes."""
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))
    _marking(section.header.paragraphs[0])
    _marking(section.footer.paragraphs[0])
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = f"{REPORT_TITLE}: {facts.area}"
    document.core_properties.author = facts.area

    document.add_heading(REPORT_TITLE, level=0)
    document.add_paragraph(facts.area)
    document.add_paragraph(f"{facts.where} · prepared {long_date(facts.today)}")

    document.add_heading("RAG status by week", level=1)
    _table(
        document,
        ("Week", "Starts", "Done", "Overdue", "Status"),
        [
            (
                str(w.week),
                long_date(w.starts_on),
                f"{w.closed} of {w.total}",
                str(w.overdue),
                w.rag.label,
            )
            for w in facts.progress
        ],
    )
    document.add_heading("Overdue, and who owns it", level=1)
    _entries(document, ("Item", "Was due", "Owner"), facts.overdue)

    document.add_heading("Surveys", level=1)
    dated = [s for s in facts.surveys if s.state(facts.today) is not SurveyState.UNDATED]
    if not dated:
        document.add_paragraph("No surveys have dates yet.")
    for survey in dated:
        document.add_heading(survey.name, level=2)
        opens = long_date(survey.opens_on) if survey.opens_on else "not set"
        closes = long_date(survey.closes_on) if survey.closes_on else "not set"
        document.add_paragraph(
            f"{survey.state(facts.today).label}: {opens} to {closes}. "
            f"{survey.summary(facts.today)}."
        )
        figures = chart_figures(survey)
        if figures:
            _table(
                document,
                ("Counted on", "Responses", "Response rate"),
                [(long_date(f.counted_on), f"{f.responses:,}", f.rate) for f in figures],
            )

    document.add_heading("Next meetings", level=1)
    _entries(document, ("Meeting", "When", "Papers"), facts.next_meetings)
    document.add_heading("Roles still to name", level=1)
    _entries(document, ("Role", "Needed by", "State"), facts.role_gaps)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
