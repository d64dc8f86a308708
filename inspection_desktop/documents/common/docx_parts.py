"""Word documents made from the same data as their PDFs: page set-up, marking, page numbers, tables.

Built with python-docx directly (not docxtpl) because an agenda or minutes is mostly tables
whose rows come from data; there is no wording for a co-ordinator to edit in a template.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

MARKING_RED = RGBColor(0xA4, 0x26, 0x2C)
ACCENT = RGBColor(0x1D, 0x4E, 0x89)
MUTED = RGBColor(0x5F, 0x6B, 0x76)


def new_document(title: str, author: str, marking: str, footer_note: str) -> Any:
    """An A4 document with the marking at the top and foot of every page and "Page X of Y"."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _marking_run(header, marking)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _marking_run(footer, marking)
    add_page_numbers(section.footer.add_paragraph(), f"{footer_note} · ")
    document.core_properties.title = title
    document.core_properties.author = author
    return document


def _marking_run(paragraph: Any, marking: str) -> None:
    run = paragraph.add_run(marking)
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = MARKING_RED


def add_page_numbers(paragraph: Any, before: str = "") -> None:
    """ "Page X of Y" at the end of a paragraph, filled in by Word as it lays out the pages."""
    lead = paragraph.add_run(f"{before}Page ")
    lead.font.size = Pt(8)
    lead.font.color.rgb = MUTED
    _field(paragraph, "PAGE")
    middle = paragraph.add_run(" of ")
    middle.font.size = Pt(8)
    middle.font.color.rgb = MUTED
    _field(paragraph, "NUMPAGES")


def _field(paragraph: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    begin, separate, end = (OxmlElement("w:fldChar") for _ in range(3))
    begin.set(qn("w:fldCharType"), "begin")
    separate.set(qn("w:fldCharType"), "separate")
    end.set(qn("w:fldCharType"), "end")
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    shown = OxmlElement("w:t")
    shown.text = "1"
    for element in (begin, instruction, separate, shown, end):
        run._r.append(element)


def heading(document: Any, text: str, level: int = 1) -> None:
    """A heading in the document's own heading style (so Word's navigation pane lists it)."""
    paragraph = document.add_heading(text, level=level)
    for run in paragraph.runs:
        run.font.color.rgb = ACCENT


def label_lines(document: Any, rows: Sequence[tuple[str, str]]) -> None:
    """Label and value lines, such as Date, Time and Venue."""
    for label, value in rows:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        label_run = paragraph.add_run(f"{label}: ")
        label_run.font.color.rgb = MUTED
        paragraph.add_run(value)


def table(
    document: Any, header: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float]
) -> None:
    """A table whose header row repeats on every page it runs onto."""
    grid = document.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    for cell, text, width in zip(grid.rows[0].cells, header, widths_cm, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].add_run(text).bold = True
    properties = grid.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)
    for values in rows:
        cells = grid.add_row().cells
        for cell, text, width in zip(cells, values, widths_cm, strict=True):
            cell.width = Cm(width)
            lines = text.splitlines() or [""]
            cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                cell.add_paragraph(line)


def to_bytes(document: Any) -> bytes:
    """The document as .docx bytes."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
