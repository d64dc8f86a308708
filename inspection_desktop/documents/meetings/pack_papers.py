"""Papers in a meeting pack: which go in, reading them safely, and the divider page before each.

A paper that is missing, unreadable or password-protected stops the pack with a UserFacingError
naming the file: a pack that silently lacks the self-evaluation draft is worse than no pack.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.pdf_pages import DIVIDER, HELD, HeldPage, section_heading
from inspection_desktop.domain.meetings.meeting import Meeting, Paper
from inspection_desktop.errors import UserFacingError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PackPaper:
    """A paper going into the pack, numbered in agenda order, with the item it belongs to."""

    number: int
    item_number: int
    item_title: str
    presenter: str
    paper: Paper
    confidential: bool = False

    @property
    def key(self) -> str:
        """The key that ties the paper's held pages to its file."""
        return f"paper-{self.number}"

    @property
    def heading(self) -> str:
        """How the paper is named in the contents and the bookmarks."""
        return f"Paper {self.number}: {self.paper.title}"


def papers_for_copy(meeting: Meeting, include_confidential: bool) -> tuple[list[PackPaper], int]:
    """Return the papers this copy carries, and how many confidential ones were left out."""
    chosen: list[PackPaper] = []
    withheld = 0
    for item_number, item in enumerate(meeting.agenda, start=1):
        for paper in item.papers:
            if (paper.confidential or item.confidential) and not include_confidential:
                withheld += 1
                continue
            secret = paper.confidential or item.confidential
            number = len(chosen) + 1
            chosen.append(PackPaper(number, item_number, item.title, item.presenter, paper, secret))
    return chosen, withheld


def read_paper(paper: Paper) -> PdfReader:
    """Open a paper's PDF, or explain in plain words why it cannot go in the pack."""
    path = paper.path
    name = f"the paper \u201c{paper.title}\u201d ({path})"
    if not path.is_file():
        raise UserFacingError(
            f"Cannot find {name}. Attach the file again or remove it from the agenda item."
        )
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise UserFacingError(
                f"Cannot open {name}: it is protected by a password. "
                "Save a copy without the password and attach that instead."
            )
        page_count = len(reader.pages)
    except UserFacingError:
        raise
    except (OSError, PyPdfError, ValueError, KeyError) as exc:
        log.info("Paper %s could not be read: %s", path, exc)
        raise UserFacingError(
            f"Cannot read {name} as a PDF. Save it as a PDF again and reattach it."
        ) from exc
    if page_count == 0:
        raise UserFacingError(f"{name[0].upper()}{name[1:]} has no pages.")
    return reader


def _opens_without_password(reader: PdfReader) -> bool:
    """True if an encrypted PDF opens with an empty password (only printing or copying locked)."""
    try:
        return bool(reader.decrypt(""))
    except PyPdfError:  # e.g. AES without the optional cryptography package
        return False


def paper_flowables(
    pack_paper: PackPaper, page_count: int, *, divider: bool = True
) -> list[Flowable]:
    """A divider page naming the paper and its agenda item, then pages held for the paper.

    Without the divider the paper's first page carries its bookmark and contents line.
    """
    s = ps.styles()
    paper = pack_paper.paper
    if not divider:
        held: list[Flowable] = [NextPageTemplate(HELD)]
        for page_number in range(1, page_count + 1):
            page = HeldPage(pack_paper.key, page_number)
            if page_number == 1:
                page.outline_title = pack_paper.heading
                page.outline_level = 0
            held += [PageBreak(), page]
        return held
    pages = "1 page" if page_count == 1 else f"{page_count} pages"
    story: list[Flowable] = [
        NextPageTemplate(DIVIDER),
        PageBreak(),
        Spacer(0, 60 * mm),
        ps.para(f"Paper {pack_paper.number}", s.subtitle),
        section_heading(paper.title, outline_title=pack_paper.heading, style=s.title),
        Spacer(0, 4 * mm),
        ps.para(f"Agenda item {pack_paper.item_number}: {pack_paper.item_title}", s.body),
    ]
    if pack_paper.presenter:
        story.append(ps.para(f"Presented by {pack_paper.presenter}", s.muted))
    story.append(ps.para(pages, s.muted))
    if pack_paper.confidential:
        story += [
            Spacer(0, 8 * mm),
            Paragraph(
                f'<font color="{ps.WARNING_HEX}"><b>Confidential.</b></font> '
                "Not for onward circulation.",
                s.body,
            ),
        ]
    story.append(NextPageTemplate(HELD))
    for page_number in range(1, page_count + 1):
        story += [PageBreak(), HeldPage(pack_paper.key, page_number)]
    return story
