"""Finishing a document: papers into their held pages, "Page X of Y" on every page, bookmarks."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from inspection_desktop.collector import collector_paused
from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_pages import (
    MeetingDocTemplate,
    PageLabels,
    RunningHeads,
    SectionStart,
    draw_page_number,
    every_page,
    page_label,
)


def render_meeting_document(
    story: list[Flowable], heads: RunningHeads, *, title: str, author: str
) -> bytes:
    """Lay out a meeting document that carries no papers (an agenda, minutes) and finish it."""
    return render_once(story, heads, title=title, author=author)


@collector_paused()
def render_once(
    story: list[Flowable],
    heads: RunningHeads,
    *,
    title: str,
    author: str,
    labels: PageLabels = every_page,
) -> bytes:
    """A document with no papers, laid out once and finished as it is saved.

    Numbered (``labels``), bookmarked by section and titled by reportlab itself, so the PDF is
    never read back: what ``finish_pdf`` does for a document that needs pages put in.
    """
    buffer = io.BytesIO()
    doc = MeetingDocTemplate(buffer, heads, labels=labels, outline=True, title=title, author=author)
    doc.build(story)
    return buffer.getvalue()


def finish_pdf(
    body: bytes,
    sections: Sequence[SectionStart],
    *,
    held_pages: Mapping[str, Sequence[int]] | None = None,
    papers: Mapping[str, PdfReader] | None = None,
    after_cover: bytes | None = None,
    numbered: bool = False,
    unnumbered_first_page: bool = False,
    title: str = "",
    author: str = "",
) -> bytes:
    """Return the finished PDF: papers spliced in, every page numbered, an outline per section.

    ``after_cover`` holds pages laid out on their own (a pack's contents) that go in after the
    first page; ``sections`` and ``held_pages`` count them in already. ``numbered`` says the
    pages were numbered as they were laid out (``MeetingDocTemplate(labels=...)``): then only
    the papers' pages are stamped.
    """
    pages = list(PdfReader(io.BytesIO(body)).pages)
    if after_cover is not None:
        pages[1:1] = PdfReader(io.BytesIO(after_cover)).pages
    replacement = _replacement_pages(held_pages or {}, papers or {})
    writer = PdfWriter()
    for index, page in enumerate(pages):
        writer.add_page(replacement.get(index, page))
    _stamp_page_numbers(
        writer,
        skip_first=unnumbered_first_page,
        only=set(replacement) if numbered else None,
    )
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


def _stamp_page_numbers(writer: PdfWriter, *, skip_first: bool, only: set[int] | None) -> None:
    """Overlay "Page X of Y" in the bottom right of every page (or the ``only`` ones)."""
    total = len(writer.pages)
    chosen = [
        (number, page)
        for number, page in enumerate(writer.pages, start=1)
        if only is None or number - 1 in only
    ]
    if not chosen:
        return
    overlay_buffer = io.BytesIO()
    canvas = Canvas(overlay_buffer, initialFontName=ps.FONT, pageCompression=1)
    for number, page in chosen:
        if page.rotation:
            # Stamp upright on the page as the reader sees it.
            page.transfer_rotation_to_content()
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        canvas.setPageSize((width, height))
        canvas.translate(float(box.left), float(box.bottom))
        if not (skip_first and number == 1):
            draw_page_number(canvas, width, page_label(number, total))
        canvas.showPage()
    canvas.save()
    overlay = PdfReader(io.BytesIO(overlay_buffer.getvalue()))
    for (_number, page), stamp in zip(chosen, overlay.pages, strict=True):
        page.merge_page(stamp)


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
