"""Page geometry, fonts, colours and paragraph/table styles for every PDF the app prints."""

from __future__ import annotations

import re
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
from reportlab.pdfbase.pdfmetrics import stringWidth
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
    plain_text: str | None = None
    """The words, when the cell holds plain text (no markup): what ``data_table`` draws as a
    string instead, its lines broken where this paragraph breaks them."""

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
        # The markup parser is slow, and a long table repeats its marked-up cells (a date shown
        # overdue): each text is parsed once, and every cell of it gets fresh fragments.
        fragments = [
            fragment.clone(link=list(fragment.link), us_lines=[])
            for fragment in _parsed_fragments(text, style)
        ]
        return CellParagraph(text, style, frags=fragments)
    # Plain words need no markup parser: the style's own fragment with this text is exactly
    # what parsing would give, at a fraction of the cost over a table of hundreds of cells.
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    plain = cleanBlockQuotedText(text)
    fragment = _plain_fragment(style).clone(text=plain, link=[], us_lines=[])
    paragraph = CellParagraph(plain, style, frags=[fragment])
    paragraph.plain_text = plain
    return paragraph


@lru_cache(maxsize=512)
def _parsed_fragments(text: str, style: ParagraphStyle) -> tuple[Any, ...]:
    """The fragments the markup parser makes of this markup in this style."""
    return tuple(Paragraph(text, style).frags)


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
    body: list[list[Any]] = []
    text_styles: dict[tuple[int, int], ParagraphStyle] = {}
    for number, row in enumerate(rows, start=1):
        cells: list[Any] = []
        for column, (value, width) in enumerate(zip(row, col_widths, strict=True)):
            drawn, style = _as_string(value, width, s.cell)
            cells.append(drawn)
            if style is not None:
                text_styles[(column, number)] = style
        body.append(cells)
    # splitInRow: a cell with pages of notes splits across pages instead of failing the layout.
    table = DataTable(
        [head, *body], colWidths=list(col_widths), repeatRows=1, hAlign="LEFT", splitInRow=1
    )
    commands: list[tuple[Any, ...]] = [
        *_text_commands((0, 1), (-1, -1), s.cell),
        *(
            command
            for start, end, style in _runs(text_styles)
            if style is not s.cell
            for command in _text_commands(start, end, style)
        ),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    for index in range(1, len(body) + 1):
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    for index in highlight_rows:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), WARNING_LIGHT))
    table.setStyle(table_style(commands))
    return table


# A cell's text is drawn this far in from either side of its column.
_CELL_PADDING = 6
# Taller than any cell: a cell's lines are broken for its width, whatever the page has left.
_ANY_HEIGHT = 1e6
# Words this close to filling the room are left to the paragraph to measure word by word.
_WIDTH_TOLERANCE = 0.01


def _as_string(value: Flowable | str, width: float, plain: ParagraphStyle) -> Any:
    """A cell of plain words as the string a table draws, lines broken where the paragraph
    would break them, with the paragraph's style; else the cell as a flowable, with no style.

    A table draws a string's lines exactly where the paragraph would draw the same words, at a
    fraction of the cost of laying out and drawing a paragraph, page after page: most cells of
    a long table are a name, a date or a few words. Markup, an empty cell, an indented or
    aligned style, and a line squeezed to fit (its spaces drawn narrower) stay paragraphs.
    """
    room = width - 2 * _CELL_PADDING
    if isinstance(value, str):
        if "\n" in value.strip():
            return cell(markup(value), plain), None
        words = " ".join(value.split())
        if words and not _MARKUP.search(words) and _one_line(words, plain, room):
            return _cell_text(words, words, plain), plain  # no paragraph needed to know that
        value = cell(markup(value), plain)
    if not (
        isinstance(value, CellParagraph) and value.plain_text and _draws_as_string(value.style)
    ):
        return value, None
    words = " ".join(value.plain_text.split())
    if _one_line(words, value.style, room):
        return _cell_text(words, value.plain_text, value.style), value.style
    value.wrap(room, _ANY_HEIGHT)
    lines = value.blPara.lines
    if value.blPara.kind != 0 or not lines:
        return value, None
    for room_left, line in lines:
        if room_left < -1e-8 or any(type(word) is not str for word in line):
            return value, None  # squeezed, or a word split or hyphenated: the paragraph draws it
    drawn = "\n".join(" ".join(line) for _room, line in lines)
    return _cell_text(drawn, value.plain_text, value.style), value.style


# What would make a cell's text markup (``markup`` escapes these, so it would be parsed).
_MARKUP = re.compile("[<>&]")


def _one_line(words: str, style: ParagraphStyle, room: float) -> bool:
    """Whether the words fit the room on one line, with no space squeezed: exactly when the
    paragraph would keep them on one line as they are (its widths add up the same)."""
    return _draws_as_string(style) and stringWidth(words, style.fontName, style.fontSize) <= (
        room - _WIDTH_TOLERANCE
    )


def _cell_text(drawn: str, words: str, style: ParagraphStyle) -> CellText:
    """The string a table draws, with the words and style its paragraph is made from again."""
    text = CellText(drawn)
    # The words and style, not the paragraph: a long table's thousands of paragraphs are then
    # freed at once, rather than held (and swept by the garbage collector) until it is drawn.
    text.words, text.style = words, style
    return text


class CellText(str):
    """A cell's lines as a table draws them, with what makes the paragraph they came from."""

    words: str
    style: ParagraphStyle

    def paragraph(self) -> CellParagraph:
        """The paragraph of these words, as the cell was before it became a string."""
        return cell(self.words, self.style)


class DataTable(Table):  # type: ignore[misc]
    """A table whose plain cells are strings, and which splits a row across pages exactly as it
    would with those cells as paragraphs.

    reportlab splits a string cell by 1.2 times its font size, not by its leading: the row a
    page break falls in gets its paragraphs back first, so a row breaks only where it did.
    """

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Table]:
        if doInRowSplit:
            row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
            if row < len(self._cellvalues):
                # A new list: the rows are shared with the tables this one was split from.
                self._cellvalues[row] = [
                    (value.paragraph(),) if isinstance(value, CellText) else value
                    for value in self._cellvalues[row]
                ]
        tables: list[Table] = super()._splitRows(availHeight, doInRowSplit)
        return tables


def _draws_as_string(style: ParagraphStyle) -> bool:
    """Whether a table's string, drawn at the cell's top left, matches this style's paragraph."""
    return (
        style.alignment == TA_LEFT
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
        and style.backColor is None
        and not style.textTransform
        and not style.wordWrap
    )


def _runs(
    styles_at: dict[tuple[int, int], ParagraphStyle],
) -> list[tuple[tuple[int, int], tuple[int, int], ParagraphStyle]]:
    """String cells of one style down a column, as ranges: one style command each, not one a
    cell. A range may span cells left as paragraphs, which draw in their own style regardless,
    but never a string cell of another style."""
    runs: list[tuple[tuple[int, int], tuple[int, int], ParagraphStyle]] = []
    for column, row in sorted(styles_at):
        style = styles_at[(column, row)]
        if runs and runs[-1][0][0] == column and runs[-1][2] is style:
            runs[-1] = (runs[-1][0], (column, row), style)
        else:
            runs.append(((column, row), (column, row), style))
    return runs


def _text_commands(
    start: tuple[int, int], end: tuple[int, int], style: ParagraphStyle
) -> list[tuple[Any, ...]]:
    """Table style commands that draw string cells in a paragraph style's font and colour."""
    return [
        ("FONTNAME", start, end, style.fontName),
        ("FONTSIZE", start, end, style.fontSize),
        ("LEADING", start, end, style.leading),
        ("TEXTCOLOR", start, end, style.textColor),
    ]


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style in the embedded font (reportlab's default would pull in Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])
