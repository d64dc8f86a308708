"""Papers in a meeting pack: which go in, reading them safely, and the divider page before each.

A paper that is missing, unreadable or password-protected stops the pack with a UserFacingError
naming the file: a pack that silently lacks the self-evaluation draft is worse than no pack.
"""

from __future__ import annotations

import io
import logging
import math
import zlib
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import DependencyError, LimitReachedError, PyPdfError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.documents.common.input_limits import read_limited_bytes, shown_name
from inspection_desktop.documents.common.pdf_pages import DIVIDER, HELD, HeldPage, section_heading
from inspection_desktop.domain.meetings.meeting import Meeting, Paper
from inspection_desktop.errors import UserFacingError

log = logging.getLogger(__name__)
MAX_PAPER_BYTES = 100 * 1024 * 1024
MAX_PAPER_PAGES = 1000
# Page contents (drawing instructions, not images) of a whole paper, once unpacked.
MAX_PAPER_UNPACKED_BYTES = 200 * 1024 * 1024
# 200 inches: the largest page a PDF may have.
_LARGEST_PAGE_SIDE = 14_400
# What a damaged PDF raises inside pypdf; each means "cannot read it", never a bug to report.
_UNREADABLE = (
    OSError,
    PyPdfError,
    DependencyError,
    NotImplementedError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,
    zlib.error,
)


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
    """Open a paper's PDF and check it, or explain in plain words why it cannot go in the pack.

    Checked before the pack is built, so that nothing in a paper can stop it half-way: an
    ordinary file of sensible size, encryption this app can open, a bounded number of pages,
    each with a real page size and contents that unpack within a bounded size.
    """
    path = paper.path
    name = f"the paper \u201c{paper.title}\u201d ({shown_name(path, whole=True)})"
    if not path.exists():
        raise UserFacingError(
            f"Cannot find {name}. Attach the file again or remove it from the agenda item."
        )
    try:
        data = read_limited_bytes(path, MAX_PAPER_BYTES, "a meeting paper")  # no pipes, folders
        try:
            reader = PdfReader(io.BytesIO(data))
        except (NotImplementedError, DependencyError):  # pypdf's word for unknown encryption
            raise _unknown_encryption(name) from None
        if reader.is_encrypted:
            _decrypt(reader, name)
        page_count = len(reader.pages)
        if page_count > MAX_PAPER_PAGES:
            raise UserFacingError(
                f"{name[0].upper()}{name[1:]} has {page_count:,} pages; a paper in a pack may "
                f"have at most {MAX_PAPER_PAGES:,}. Attach the part the meeting needs."
            )
        _check_pages(reader, name)
    except UserFacingError:
        raise
    except LimitReachedError:
        raise _too_big_inside(name) from None
    except _UNREADABLE as exc:
        # The kind of trouble only: a PDF library's message can quote the file's contents.
        log.info("a paper could not be read as a PDF: %s", type(exc).__name__)
        raise UserFacingError(
            f"Cannot read {name} as a PDF. Save it as a PDF again and reattach it."
        ) from None
    if page_count == 0:
        raise UserFacingError(f"{name[0].upper()}{name[1:]} has no pages.")
    return reader


def _decrypt(reader: PdfReader, name: str) -> None:
    """Open an encrypted PDF locked only against printing or copying; refuse any other."""
    try:
        opened = bool(reader.decrypt(""))
    except (PyPdfError, DependencyError, NotImplementedError, ValueError, KeyError, TypeError):
        raise _unknown_encryption(name) from None
    if not opened:
        raise UserFacingError(
            f"Cannot open {name}: it is protected by a password. "
            "Save a copy without the password and attach that instead."
        )


def _check_pages(reader: PdfReader, name: str) -> None:
    """Refuse impossible page sizes and contents that unpack past the limit."""
    unpacked = 0
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        sizes = [float(box.left), float(box.bottom), float(box.width), float(box.height)]
        if not all(math.isfinite(size) for size in sizes) or not all(
            0 < side <= _LARGEST_PAGE_SIDE for side in sizes[2:]
        ):
            raise UserFacingError(
                f"Page {number} of {name} has an impossible size. "
                "Save it as a PDF again and reattach it."
            )
        if page.rotation % 90:
            raise UserFacingError(
                f"Page {number} of {name} is turned by an odd angle. "
                "Save it as a PDF again and reattach it."
            )
        contents = page.get_contents()
        unpacked += len(contents.get_data()) if contents is not None else 0
        if unpacked > MAX_PAPER_UNPACKED_BYTES:
            raise _too_big_inside(name)


def _unknown_encryption(name: str) -> UserFacingError:
    return UserFacingError(
        f"Cannot open {name}: it is protected with encryption this app cannot open. "
        "Save a copy without protection and attach that instead."
    )


def _too_big_inside(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name[0].upper()}{name[1:]} unpacks to more than "
        f"{MAX_PAPER_UNPACKED_BYTES // (1024 * 1024)} MB of page contents, far more than a "
        "paper needs. Save it as a PDF again (print to PDF) and reattach it."
    )


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
