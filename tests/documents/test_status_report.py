"""The one-page status report, PDF and .docx, read back; the survey chart's SVG for the screen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from inspection_desktop.composition import open_services
from inspection_desktop.documents.home.status_report_docx import render_status_report_docx
from inspection_desktop.documents.home.status_report_pdf import render_status_report
from inspection_desktop.documents.home.survey_chart import chart_figures, chart_svg, survey_chart
from inspection_desktop.domain.home.home_facts import HomeFacts
from inspection_desktop.usecases.home.home_data import read_home

DAY = dt.date(2026, 12, 9)


@pytest.fixture
def facts(demo_db_path: Path) -> HomeFacts:
    """The demo's home facts in week 7, with a survey name that needs escaping."""
    services = open_services(demo_db_path)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    read = read_home(services, inspection_id, DAY)
    services.close()
    odd = read.surveys[0]
    renamed = dataclasses.replace(
        odd, fields=dataclasses.replace(odd.fields, name="Staff & <managers> survey")
    )
    return dataclasses.replace(read, surveys=(renamed, *read.surveys[1:]))


def pdf_text(data: bytes) -> tuple[int, str]:
    """The page count and the text of a PDF."""
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_report_is_one_a4_page(facts: HomeFacts) -> None:
    """The demo's report fits one A4 page, numbered Page 1 of 1."""
    data = render_status_report(facts)
    pages, text = pdf_text(data)
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert pages == 1
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert "Page 1 of 1" in text


def test_the_report_is_marked_official_sensitive(facts: HomeFacts) -> None:
    """The protective marking prints at the top and the bottom."""
    assert pdf_text(render_status_report(facts))[1].count("OFFICIAL-SENSITIVE") == 2


def test_the_report_says_the_week_and_the_overdue_with_owners(facts: HomeFacts) -> None:
    """The week, the RAG heading, an overdue item and its owner are printed."""
    text = " ".join(pdf_text(render_status_report(facts))[1].split())
    assert "Week 7 of 11 · w/c 7 December 2026" in text
    assert "RAG status by week" in text
    assert "Choose the local file readers" in text
    assert "Ailsa Grant" in text


def test_user_text_is_printed_as_typed(facts: HomeFacts) -> None:
    """A survey called "Staff & <managers> survey" prints as it was typed."""
    assert "Staff & <managers> survey" in pdf_text(render_status_report(facts))[1]


def test_the_report_uses_only_the_embedded_font(facts: HomeFacts) -> None:
    """Every font in the PDF is DejaVu, so any European name prints."""
    page = PdfReader(io.BytesIO(render_status_report(facts))).pages[0]
    fonts = {str(font["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in font for font in fonts)


def test_the_word_report_says_the_same(facts: HomeFacts) -> None:
    """The .docx has the marking in header and footer, the week, and each survey's figures."""
    document = docx.Document(io.BytesIO(render_status_report_docx(facts)))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Week 7 of 11 · w/c 7 December 2026" in text
    assert "Staff & <managers> survey" in text
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert {"27 November 2026", "300", "21%"} <= cells


def test_the_chart_svg_has_no_clip_path(facts: HomeFacts) -> None:
    """Qt draws a clip path as a black box, so the screen's SVG has none and no black fill."""
    svg = chart_svg(survey_chart(facts.surveys[0], DAY))
    assert b"clip" not in svg.lower()
    assert b"fill: None" not in svg


def test_the_chart_figures_are_the_counts_with_their_rates(facts: HomeFacts) -> None:
    """The table beside the chart has each count's date, total and rate."""
    figures = chart_figures(facts.surveys[0])
    assert (figures[-1].counted_on, figures[-1].responses, figures[-1].rate) == (
        dt.date(2026, 11, 27),
        300,
        "21%",
    )


def test_the_word_report_carries_each_chart_as_svg(facts: HomeFacts) -> None:
    """Each dated survey's chart is an SVG part that a picture's blip points to."""
    document = docx.Document(io.BytesIO(render_status_report_docx(facts)))
    svgs = [
        rel.target_part
        for rel in document.part.rels.values()
        if rel.target_part.partname.endswith(".svg")
    ]
    assert len(svgs) == 3
    assert all(b"<svg" in part.blob and b"clip" not in part.blob.lower() for part in svgs)
    assert document.element.body.xml.count("svgBlip") == 3


def test_the_charts_print_as_vectors(facts: HomeFacts) -> None:
    """The report's charts are drawn, not pasted in as pictures: the page holds no image."""
    page = PdfReader(io.BytesIO(render_status_report(facts))).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    images = [o for o in objects.values() if o.get_object().get("/Subtype") == "/Image"]
    assert images == []
    assert "Target 1,400" in page.extract_text()
