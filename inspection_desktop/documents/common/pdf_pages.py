"""Page templates for meeting documents: cover, header-and-footer pages, pages held for papers."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from inspection_desktop.documents.common import pdf_style as ps

PageLabels = Callable[[int, int], str | None]
"""From a page's number in one layout and how many pages that layout has, the "Page X of Y" the
page carries, or None for none (a cover)."""

COVER = "cover"
LATER = "later"
DIVIDER = "divider"
HELD = "held"


def page_label(number: int, total: int) -> str:
    """The page number as printed and as it shows on screen: "Page 3 of 7"."""
    return f"Page {number} of {total}"


def every_page(number: int, pages: int) -> str:
    """Every page numbered out of the pages laid out."""
    return page_label(number, pages)


def all_but_the_first(number: int, pages: int) -> str | None:
    """Every page numbered but the first (a cover)."""
    return None if number == 1 else page_label(number, pages)


def draw_page_number(canvas: Canvas, page_width: float, label: str) -> None:
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


@dataclass(frozen=True)
class RunningHeads:
    """The text repeated in every page's header and footer."""

    partnership_name: str
    document_title: str
    footer_note: str
    marking: str = ""
    """The protective marking (such as OFFICIAL-SENSITIVE), printed at the top and foot of
    every page."""


@dataclass(frozen=True)
class SectionStart:
    """Where a section (or a paper) begins: the outline entry the finished PDF gets."""

    title: str
    level: int
    page_index: int


class _NumberingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps its pages until it is saved, when their number is known, so every
    page carries "Page X of Y" with no second layout and no stamping afterwards.

    With ``sections`` it also bookmarks each section's page as it puts the page out (a
    bookmark made during layout would point at a page not yet written).
    """

    def __init__(
        self,
        *args: Any,
        labels: PageLabels,
        sections: Callable[[], Sequence[SectionStart]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._labels = labels
        self._sections = sections
        self._kept: list[dict[str, Any]] = []

    def showPage(self) -> None:
        """Keep the finished page's drawing and start the next."""
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Put each kept page out with its label and bookmarks, then write the document."""
        kept = self._kept
        sections = list(self._sections()) if self._sections is not None else []
        has_parent = False
        for index, state in enumerate(kept):
            self.__dict__.update(state)
            label = self._labels(index + 1, len(kept))
            if label is not None:
                self.saveState()
                draw_page_number(self, self._pagesize[0], label)
                self.restoreState()
            for number, section in enumerate(sections):
                if section.page_index == index:
                    # Level-1 entries nest under the level-0 entry before them, if there is one.
                    level = 1 if section.level and has_parent else 0
                    has_parent = has_parent or level == 0
                    self.bookmarkPage(f"section-{number}")
                    self.addOutlineEntry(section.title, f"section-{number}", level=level)
            Canvas.showPage(self)
        if self._sections is not None:
            self.showOutline()
        # Each kept page refers back to the list: empty it, or the pages wait for the collector.
        kept.clear()
        self._kept = []
        Canvas.save(self)


class HeldPage(Flowable):  # type: ignore[misc]
    """An empty page kept for one page of an attached paper, replaced when the pack is merged."""

    def __init__(self, paper_key: str, page_number: int) -> None:
        super().__init__()
        self.paper_key = paper_key
        self.page_number = page_number

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take no space: the page stays blank until the paper fills it."""
        return (0, 0)

    def draw(self) -> None:
        """Draw nothing."""


def section_heading(
    text: str,
    *,
    level: int = 0,
    outline_title: str | None = None,
    style: ParagraphStyle | None = None,
) -> Paragraph:
    """A heading that starts a section: it gets a bookmark and a line on the contents page."""
    if style is None:
        style = ps.styles().heading if level == 0 else ps.styles().subheading
    heading = Paragraph(ps.markup(text), style)
    heading.outline_title = outline_title or text
    heading.outline_level = level
    return heading


@dataclass
class _Record:
    """What one build pass learnt about where things landed."""

    sections: list[SectionStart] = field(default_factory=list)
    held: dict[str, list[int]] = field(default_factory=dict)


class MeetingDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 document that remembers where sections start and which pages are held for papers."""

    def __init__(
        self,
        buffer: io.BytesIO,
        heads: RunningHeads,
        *,
        first_page: str = COVER,
        labels: PageLabels | None = None,
        outline: bool = False,
        title: str | None = None,
        author: str | None = None,
        **kwargs: Any,
    ) -> None:
        ps.register_fonts()
        super().__init__(
            buffer,
            pagesize=(ps.PAGE_WIDTH, ps.PAGE_HEIGHT),
            leftMargin=ps.MARGIN_LEFT,
            rightMargin=ps.MARGIN_RIGHT,
            topMargin=ps.MARGIN_TOP,
            bottomMargin=ps.MARGIN_BOTTOM,
            # Without this reportlab selects Helvetica at the start of every page.
            initialFontName=ps.FONT,
            title=heads.document_title if title is None else title,
            author=heads.partnership_name if author is None else author,
            subject=heads.document_title,
            creator="Inspection Desktop",
            **kwargs,
        )
        self.heads = heads
        self.labels = labels
        self.outline = outline
        self.record = _Record()
        # No inner padding: text lines up with the header and footer rules.
        frame = Frame(
            ps.MARGIN_LEFT,
            ps.MARGIN_BOTTOM,
            ps.FRAME_WIDTH,
            ps.FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate(COVER, [frame], onPage=self._draw_cover_page),
                PageTemplate(LATER, [frame], onPage=self._draw_later_page),
                PageTemplate(DIVIDER, [frame], onPage=self._draw_divider_page),
                PageTemplate(HELD, [frame]),
            ]
        )
        # Pages laid out on their own to go in later (a pack's contents) start as that page would.
        self._firstPageTemplateIndex = [t.id for t in self.pageTemplates].index(first_page)

    def build(
        self, flowables: Sequence[Flowable], filename: Any = None, canvasmaker: Any = Canvas
    ) -> None:
        """Lay the story out once; with ``labels`` every page is numbered as it is saved, and
        with ``outline`` each section bookmarked (for a document no later step takes apart)."""
        if self.labels is not None:
            sections = (lambda: self.record.sections) if self.outline else None
            canvasmaker = functools.partial(_NumberingCanvas, labels=self.labels, sections=sections)
        super().build(list(flowables), filename, canvasmaker)

    def handle_documentBegin(self) -> None:
        """Start each build pass with a clean record."""
        self.record = _Record()
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Note section headings and held pages where they land."""
        page_index = self.page - 1
        title = getattr(flowable, "outline_title", None)
        if title is not None:
            level = int(getattr(flowable, "outline_level", 0))
            self.record.sections.append(SectionStart(title, level, page_index))
            # The contents page puts entries into Paragraph markup, so escape them.
            self.notify("TOCEntry", (level, ps.markup(title), self.page))
        if isinstance(flowable, HeldPage):
            self.record.held.setdefault(flowable.paper_key, []).append(page_index)

    @functools.cached_property
    def _title(self) -> str:
        """The document's title as the header of a later page has room for it."""
        name_width = stringWidth(self.heads.partnership_name, ps.FONT_BOLD, 8.5)
        room = ps.FRAME_WIDTH - name_width - 8 * mm
        return ps.fit_text(self.heads.document_title, room, 8.5)

    @functools.cached_property
    def _footer_lines(self) -> list[str]:
        """The footer note in at most two lines, wrapped rather than cut off."""
        # Leave room on the right for "Page X of Y", drawn once the pages are counted.
        room = ps.FRAME_WIDTH - 32 * mm
        lines = ps.wrap_text(self.heads.footer_note, room, 8)
        if len(lines) > 2:
            lines = [lines[0], ps.fit_text(" ".join(lines[1:]), room, 7)]
        return lines

    def _draw_cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A band of colour at the top of the cover and the footer note."""
        canvas.saveState()
        canvas.setFillColor(ps.ACCENT)
        canvas.rect(0, ps.PAGE_HEIGHT - 9 * mm, ps.PAGE_WIDTH, 9 * mm, stroke=0, fill=1)
        self._draw_running_marking(canvas, ps.PAGE_HEIGHT - 6 * mm, on_band=True)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Partnership name and document title above a rule; footer note below."""
        canvas.saveState()
        canvas.setFont(ps.FONT_BOLD, 8.5)
        canvas.setFillColor(ps.ACCENT)
        canvas.drawString(ps.MARGIN_LEFT, ps.HEADER_BASELINE, self.heads.partnership_name)
        canvas.setFont(ps.FONT, 8.5)
        canvas.setFillColor(ps.MUTED)
        canvas.drawRightString(ps.PAGE_WIDTH - ps.MARGIN_RIGHT, ps.HEADER_BASELINE, self._title)
        canvas.setStrokeColor(ps.RULE)
        canvas.setLineWidth(0.6)
        rule_y = ps.HEADER_BASELINE - 2.5 * mm
        canvas.line(ps.MARGIN_LEFT, rule_y, ps.PAGE_WIDTH - ps.MARGIN_RIGHT, rule_y)
        self._draw_running_marking(canvas, ps.PAGE_HEIGHT - 7.5 * mm)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_divider_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A divider before a paper: a side band in the accent colour and the usual footer."""
        canvas.saveState()
        canvas.setFillColor(ps.ACCENT)
        canvas.rect(0, 0, 9 * mm, ps.PAGE_HEIGHT, stroke=0, fill=1)
        self._draw_running_marking(canvas, ps.PAGE_HEIGHT - 7.5 * mm)
        self._draw_footer(canvas)
        canvas.restoreState()

    def _draw_running_marking(
        self, canvas: Canvas, baseline: float, *, on_band: bool = False
    ) -> None:
        """The protective marking, centred and in capitals, so no reader can miss it."""
        if not self.heads.marking:
            return
        canvas.setFont(ps.FONT_BOLD, 9)
        canvas.setFillColor(white if on_band else ps.WARNING)
        canvas.drawCentredString(ps.PAGE_WIDTH / 2, baseline, self.heads.marking.upper())

    def _draw_footer(self, canvas: Canvas) -> None:
        """The marking above the rule; below it the note, wrapped rather than cut off.

        The page number is stamped on the right when the document is finished.
        """
        canvas.setStrokeColor(ps.RULE)
        canvas.setLineWidth(0.6)
        rule_y = ps.FOOTER_BASELINE + 4 * mm
        canvas.line(ps.MARGIN_LEFT, rule_y, ps.PAGE_WIDTH - ps.MARGIN_RIGHT, rule_y)
        if self.heads.marking:
            self._draw_running_marking(canvas, rule_y + 2 * mm)
        canvas.setFont(ps.FONT, 8)
        canvas.setFillColor(ps.MUTED)
        for number, line in enumerate(self._footer_lines):
            canvas.setFont(ps.FONT, 8 if number == 0 else 7)
            canvas.drawString(ps.MARGIN_LEFT, ps.FOOTER_BASELINE - number * 3.3 * mm, line)
