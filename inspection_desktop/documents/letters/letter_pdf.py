"""A letter as an A4 PDF: letterhead, address block, date, greeting, subject, body, signature."""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Paragraph, Spacer, Table

from inspection_desktop.collector import collector_paused
from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_finishing import render_once
from inspection_desktop.documents.common.pdf_pages import (
    LATER,
    RunningHeads,
    all_but_the_first,
    section_heading,
)
from inspection_desktop.domain.letters.fields import heading_and_rest
from inspection_desktop.domain.letters.merge import Letter, Letterhead, LetterRun
from inspection_desktop.errors import UserFacingError


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    s = ps.styles()
    body = ParagraphStyle("LetterBody", parent=s.body, fontSize=10.5, leading=15, spaceAfter=8)
    right = ParagraphStyle("LetterRight", parent=s.small, alignment=TA_RIGHT, textColor=ps.MUTED)
    subject = ParagraphStyle("LetterSubject", parent=body, fontName=ps.FONT_BOLD, spaceAfter=10)
    return body, right, subject


def _logo(letterhead: Letterhead) -> Flowable | None:
    if letterhead.logo_path is None:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(str(letterhead.logo_path)).getSize()
    except Exception as exc:  # reportlab and PIL raise many kinds for a bad image
        raise UserFacingError(
            f"The logo {letterhead.logo_path} could not be read as an image. "
            "Choose a PNG or JPEG file under Letterhead, or clear the logo."
        ) from exc
    scale = min(50 * mm / width, 22 * mm / height)
    return Image(str(letterhead.logo_path), width=width * scale, height=height * scale)


def _heading(letter: Letter, run: LetterRun) -> list[Flowable]:
    """Logo and sender's address on the right, the recipient's address block on the left."""
    s = ps.styles()
    _body, right, _subject = _styles()
    sender = [Paragraph(f"<b>{ps.markup(run.partnership)}</b>", right)]
    sender += [ps.para(line, right) for line in run.letterhead.address.splitlines() if line.strip()]
    logo = _logo(run.letterhead)
    right_column: list[Flowable] = ([logo, Spacer(0, 3 * mm)] if logo else []) + sender
    if logo is not None:
        logo.hAlign = "RIGHT"
    address = [ps.para(line, s.body) for line in letter.address_lines]
    table = Table(
        [[address, right_column]],
        colWidths=[ps.FRAME_WIDTH * 0.55, ps.FRAME_WIDTH * 0.45],
        hAlign="LEFT",
    )
    table.setStyle(
        ps.table_style(
            [
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(0, 8 * mm)]


def letter_flowables(letter: Letter, run: LetterRun) -> list[Flowable]:
    """One letter's content, from the letterhead to the signature."""
    s = ps.styles()
    body, _right, subject = _styles()
    story: list[Flowable] = [NextPageTemplate(LATER), *_heading(letter, run)]
    story += [
        ps.para(letter.date_line, body),
        ps.para(letter.greeting, body),
        section_heading(letter.subject, outline_title=letter.subject, style=subject),
    ]
    for paragraph in letter.paragraphs:
        heading, rest = heading_and_rest(paragraph)
        if heading:
            story.append(Paragraph(f"<b>{ps.markup(heading)}</b><br/>{ps.markup(rest)}", body))
        else:
            story.append(ps.para(paragraph, body))
    head = run.letterhead
    signature: list[Flowable] = [
        ps.para(letter.sign_off, body),
        Spacer(0, 14 * mm),
        Paragraph(f"<b>{ps.markup(head.signatory_name)}</b>", s.body),
    ]
    if head.signatory_post:
        signature.append(ps.para(head.signatory_post, s.body))
    signature.append(ps.para(run.partnership, s.body))
    # The signature never sits alone at the top of a page.
    story.append(KeepTogether(signature))
    return story


def render_letter(letter: Letter, run: LetterRun) -> bytes:
    """One letter as a finished PDF ("Page X of Y", the marking at the top and foot)."""
    who = letter.recipient.name or "a colleague"
    heads = RunningHeads(
        run.partnership,
        f"Letter to {who}",
        f"{letter.date_line} · {letter.subject}",
        run.marking,
    )
    return render_once(
        letter_flowables(letter, run),
        heads,
        title=f"{letter.subject}: {who}",
        author=run.partnership,
    )


@collector_paused()
def join_pdfs(parts: Sequence[bytes], *, title: str, author: str) -> bytes:
    """Letters one after the other in one file for printing; each keeps its own page numbers."""
    writer = PdfWriter()
    for part in parts:
        reader = PdfReader(io.BytesIO(part))
        start = len(writer.pages)
        for page in reader.pages:
            writer.add_page(page)
        name = reader.metadata.title if reader.metadata and reader.metadata.title else "Letter"
        writer.add_outline_item(title=name, page_number=start)
    writer.add_metadata({"/Title": title, "/Author": author, "/Creator": "Inspection Desktop"})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def render_cover(run: LetterRun, count: int, date_line: str) -> bytes:
    """A cover sheet for a printed run: partnership, letter, date, how many, logo when set."""
    s = ps.styles()
    heads = RunningHeads(run.partnership, run.template_title, f"Prepared {date_line}", run.marking)
    logo = _logo(run.letterhead)
    story: list[Flowable] = [logo if logo is not None else Spacer(0, 22 * mm), Spacer(0, 28 * mm)]
    story += [
        ps.para("Letters", s.subtitle),
        ps.para(run.template_title, s.title),
        Spacer(0, 3 * mm),
        ps.para(run.partnership, s.cover_value),
        ps.para(date_line, s.body),
        Spacer(0, 6 * mm),
        ps.para(f"{count} letter{'s' if count != 1 else ''}", s.muted),
    ]
    return render_once(story, heads, title=run.template_title, author="", labels=all_but_the_first)
