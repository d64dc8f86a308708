"""Finishing a document: papers into their held pages, "Page X of Y" on every page, bookmarks."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_pages import (
    MeetingDocTemplate,
    RunningHeads,
    SectionStart,
)


def page_label(number: int, total: int) -> str:
    """The page number as printed and as it shows on screen: "Page 3 of 7"."""
    return f"Page {number} of {total}"


def render_meeting_document(
    story: list[Flowable], heads: RunningHeads, *, title: str, author: str
) -> bytes:
    """Lay out a meeting document that carries no papers (an agenda, minutes) and finish it."""
    buffer = io.BytesIO()
    doc = MeetingDocTemplate(buffer, heads)
    doc.build(story)
    return finish_pdf(buffer.getvalue(), doc.record.sections, title=title, author=author)


def finish_pdf(
    body: bytes,
    sections: Sequence[SectionStart],
    *,
    held_pages: Mapping[str, Sequence[int]] | None = None,
    papers: Mapping[str, PdfReader] | None = None,
    after_cover: bytes | None = None,
    unnumbered_first_page: bool = False,
    title: str = "",
    author: str = "",
) -> bytes:
    """Return the finished PDF: papers spliced in, every page numbered, an outline per section.

    ``after_cover`` holds pages laid out on their own (a pack's contents) that go in after the
    first page; ``sections`` and ``held_pages`` count them in already.
    """
    pages = list(PdfReader(io.BytesIO(body)).pages)
    if after_cover is not None:
        pages[1:1] = PdfReader(io.BytesIO(after_cover)).pages
    replacement = _replacement_pages(held_pages or {}, papers or {})
    writer = PdfWriter()
    for index, page in enumerate(pages):
        writer.add_page(replacement.get(index, page))
    _stamp_page_numbers(writer, skip_first=unnumbered_first_page)
    _add_outline(writer, sections)
    writer.add_metadata(
        {"/Title": title, "/Author": author, "/Creator": "Inspection Desktop", "/Producer": "pypdf"}
    )
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _replacement_pages(
    held_pages: Mapping[str, Sequence[int]], papers: Mapping[str, PdfReader]
) -> dict[int, PageObject]:
    """Map each held page of the body to the paper page that takes its place."""
    replacement: dict[int, PageObject] = {}
    for key, indexes in held_pages.items():
        paper_pages = papers[key].pages
        if len(indexes) != len(paper_pages):
            raise ValueError(f"paper {key!r}: {len(indexes)} pages held, {len(paper_pages)} needed")
        for index, paper_page in zip(indexes, paper_pages, strict=True):
            replacement[index] = paper_page
    return replacement


def _stamp_page_numbers(writer: PdfWriter, *, skip_first: bool) -> None:
    """Overlay "Page X of Y" in the bottom right of every page, papers included."""
    total = len(writer.pages)
    overlay_buffer = io.BytesIO()
    canvas = Canvas(overlay_buffer, initialFontName=ps.FONT, pageCompression=1)
    for number, page in enumerate(writer.pages, start=1):
        if page.rotation:
            # Stamp upright on the page as the reader sees it.
            page.transfer_rotation_to_content()
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        canvas.translate(float(box.left), float(box.bottom))
        if not (skip_first and number == 1):
            _draw_page_number(canvas, width, page_label(number, total))
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(overlay_buffer.getvalue()))
    for page, stamp in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(stamp)


def _draw_page_number(canvas: Canvas, page_width: float, label: str) -> None:
    """Draw the label at the footer's right, on a white patch so a paper's own ink can't hide it."""
    canvas.setFont(ps.FONT, 8)
    text_width = canvas.stringWidth(label, ps.FONT, 8)
    right = page_width - ps.MARGIN_RIGHT
    canvas.setFillColor(white)
    canvas.rect(
        right - text_width - 3, ps.FOOTER_BASELINE - 3, text_width + 6, 12, stroke=0, fill=1
    )
    canvas.setFillColor(ps.MUTED)
    canvas.drawRightString(right, ps.FOOTER_BASELINE, label)


def _add_outline(writer: PdfWriter, sections: Sequence[SectionStart]) -> None:
    """One bookmark per section; level-1 entries nest under the level-0 entry before them."""
    parent = None
    for section in sections:
        if section.level == 0 or parent is None:
            parent = writer.add_outline_item(title=section.title, page_number=section.page_index)
        else:
            writer.add_outline_item(
                title=section.title, page_number=section.page_index, parent=parent
            )
