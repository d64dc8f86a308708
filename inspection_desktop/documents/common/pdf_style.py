"""Page geometry, fonts, colours and paragraph/table styles for every PDF the app prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from inspection_desktop.errors import UserFacingError
from inspection_desktop.resources import resource_path

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# Header and footer sit in the margins, clear of the frame.
HEADER_BASELINE = PAGE_HEIGHT - 14 * mm
FOOTER_BASELINE = 11 * mm

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
ACCENT = colors.HexColor("#1D4E89")
ACCENT_LIGHT = colors.HexColor("#E8EEF6")
RULE = colors.HexColor("#C9D2DC")
ZEBRA = colors.HexColor("#F5F7FA")
WARNING_HEX = "#A4262C"
WARNING = colors.HexColor(WARNING_HEX)
WARNING_LIGHT = colors.HexColor("#FBEAEA")


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu TrueType fonts once, so any European name prints correctly."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    }
    for name, filename in files.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except OSError as exc:  # pragma: no cover - only when the install is damaged
            raise UserFacingError(f"The font file {path} is missing; reinstall the app.") from exc
    # No bold-italic file is bundled: bold stands in, which reads well enough for emphasis.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles documents use, all in the embedded TrueType font."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    header_cell: ParagraphStyle
    cover_label: ParagraphStyle
    kicker: ParagraphStyle
    cover_value: ParagraphStyle


@cache
def styles() -> Styles:
    """Return the shared styles (registering the fonts first)."""
    register_fonts()
    body = ParagraphStyle(
        "Body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT
    )
    cell = ParagraphStyle("Cell", parent=body, fontSize=9, leading=12)
    return Styles(
        body=body,
        small=ParagraphStyle("Small", parent=body, fontSize=8.5, leading=11.5),
        muted=ParagraphStyle("Muted", parent=body, fontSize=9, leading=12.5, textColor=MUTED),
        title=ParagraphStyle(
            "Title", parent=body, fontName=FONT_BOLD, fontSize=22, leading=27, textColor=ACCENT
        ),
        subtitle=ParagraphStyle(
            "Subtitle", parent=body, fontSize=13, leading=18, textColor=MUTED, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "Heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=20,
            textColor=ACCENT,
            spaceBefore=2,
            spaceAfter=8,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "Subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("CellBold", parent=cell, fontName=FONT_BOLD),
        cell_muted=ParagraphStyle(
            "CellMuted", parent=cell, fontSize=8.5, leading=11, textColor=MUTED
        ),
        header_cell=ParagraphStyle(
            "HeaderCell", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        cover_label=ParagraphStyle(
            "CoverLabel", parent=body, fontSize=9, leading=12, textColor=MUTED
        ),
        kicker=ParagraphStyle(
            "Kicker",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            spaceAfter=3,
        ),
        cover_value=ParagraphStyle(
            "CoverValue", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16
        ),
    )


class CellParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph in a table cell, which breaks its lines once for a column's width.

    A table that runs over many pages measures every row left each time it splits at a page's
    foot; breaking the same cell's lines again for the same width would make a long table cost
    its rows times its pages.
    """

    _wrapped_for: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The cell's size at this width, from the last time if the width is the same."""
        # split() drops the broken lines when the cell cannot split: break them again then.
        known = self._wrapped_for
        if known is not None and known[0] == availWidth and "blPara" in self.__dict__:
            return known[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, size)
        return size


def cell(text: str, style: ParagraphStyle) -> CellParagraph:
    """A table cell of Paragraph markup (user text already escaped with ``markup``)."""
    if "<" in text or "&" in text:
        return CellParagraph(text, style)
    # Plain words need no markup parser: the style's own fragment with this text is exactly
    # what parsing would give, at a fraction of the cost over a table of hundreds of cells.
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    plain = cleanBlockQuotedText(text)
    fragment = _plain_fragment(style).clone(text=plain, link=[], us_lines=[])
    return CellParagraph(plain, style, frags=[fragment])


@lru_cache(maxsize=64)
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment the markup parser makes for plain text in this style."""
    return Paragraph("x", style).frags[0]


def markup(text: str) -> str:
    """Escape user text for Paragraph markup, keeping its line breaks."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text (escaped), in the given style."""
    return Paragraph(markup(text), style)


def fit_text(text: str, width: float, size: float, font: str = FONT) -> str:
    """Shorten text with an ellipsis so it fits the width when drawn in the font at the size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_text(text: str, width: float, size: float, font: str = FONT) -> list[str]:
    """Break text into lines that fit the width when drawn in the font at the size."""
    from reportlab.lib.utils import simpleSplit

    return list(simpleSplit(text, font, size, width)) or [""]


def long_date(value: date) -> str:
    """A date as the co-ordinator reads it: "28 November 2026"."""
    return f"{value.day} {value:%B %Y}"


def long_date_with_day(value: date) -> str:
    """A date with its weekday: "Monday 30 November 2026"."""
    return f"{value:%A} {long_date(value)}"


def clock(value: datetime) -> str:
    """A time of day on the 24-hour clock: "09:30"."""
    return f"{value:%H:%M}"


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    col_widths: Sequence[float],
    *,
    highlight_rows: Sequence[int] = (),
) -> Table:
    """A tidy table whose header row repeats on every page it runs onto."""
    s = styles()
    head = [cell(markup(text), s.header_cell) for text in header]
    body: list[list[Any]] = [
        [cell(markup(value), s.cell) if isinstance(value, str) else value for value in row]
        for row in rows
    ]
    # splitInRow: a cell with pages of notes splits across pages instead of failing the layout.
    table = Table(
        [head, *body], colWidths=list(col_widths), repeatRows=1, hAlign="LEFT", splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for index in range(1, len(body) + 1):
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    for index in highlight_rows:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), WARNING_LIGHT))
    table.setStyle(table_style(commands))
    return table


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font (reportlab's default would pull in Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])
