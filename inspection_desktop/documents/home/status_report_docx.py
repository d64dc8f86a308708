"""The status report as a Word document, for co-ordinators who finish papers in Word.

It says what the PDF says. Each survey's chart goes in as the same SVG the window shows (Word
2016 and later draw it); older readers see a plain picture saying so, and every survey's figures
follow as a table, as they do beside the chart on screen.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from inspection_desktop.documents.home.status_report_pdf import PROTECTIVE_MARKING, REPORT_TITLE
from inspection_desktop.documents.home.survey_chart import chart_figures, chart_svg, survey_chart
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.home.home_facts import HomeEntry, HomeFacts
from inspection_desktop.domain.surveys.surveys import SurveyState

MARKING_RED = RGBColor(0xA4, 0x26, 0x2C)
SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
CHART_SIZE = (360, 170)
FALLBACK_TEXT = "The chart needs Word 2016 or later; its figures are in the table below."


def _fallback_png(width: int, height: int) -> bytes:
    """A plain picture for readers that cannot draw SVG, saying where the figures are."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width - 1, height - 1), outline=(201, 210, 220))
    draw.text((10, height // 2 - 6), FALLBACK_TEXT, fill=(95, 107, 118))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _add_svg_picture(document: object, svg: bytes, number: int) -> None:
    """Add the SVG as a picture Word draws, with a PNG for readers that cannot."""
    width, height = CHART_SIZE
    run = document.add_paragraph().add_run()  # type: ignore[attr-defined]
    shape = run.add_picture(io.BytesIO(_fallback_png(width * 2, height * 2)), width=Mm(150))
    part = document.part  # type: ignore[attr-defined]
    svg_part = Part(
        PackURI(f"/word/media/survey-chart-{number}.svg"), "image/svg+xml", svg, part.package
    )
    relation = part.relate_to(svg_part, RELATIONSHIP_TYPE.IMAGE)
    blip = shape._inline.find(".//" + qn("a:blip"))
    extensions = etree.SubElement(blip, qn("a:extLst"))
    extension = etree.SubElement(extensions, qn("a:ext"), uri=SVG_EXTENSION)
    svg_blip = etree.SubElement(
        extension, f"{{{SVG_NAMESPACE}}}svgBlip", nsmap={"asvg": SVG_NAMESPACE}
    )
    svg_blip.set(qn("r:embed"), relation)


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
    for number, survey in enumerate(dated, start=1):
        document.add_heading(survey.name, level=2)
        svg = chart_svg(survey_chart(survey, facts.today, *CHART_SIZE))
        _add_svg_picture(document, svg, number)
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
