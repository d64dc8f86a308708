"""Tables of plain cells drawn as strings: exactly where their paragraphs would draw them."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from inspection_desktop.documents.common import pdf_style as ps

WIDTHS = (60 * mm, 30 * mm, 50 * mm)
Drawn = list[list[tuple[str, str, float, float, float]]]


def _rows() -> list[list[Any]]:
    s = ps.styles()
    long_notes = " ".join(["The partnership's evidence of self-evaluation"] * 60)
    return [
        ["Łukasz Dąbrowski", ps.cell("Multi-agency team", s.cell_bold), "Expected"],
        ["Draft the self-evaluation evidence for week 8", "Ailsa Grant", ""],
        [ps.cell("No date set", s.cell_muted), "Siobhán  O'Neill", "line one\nline two"],
        ["Mr & Mrs <Smith>", ps.cell(f'<font color="{ps.WARNING_HEX}">late</font>', s.cell), "x"],
        ["Notes", "Morag", long_notes],
    ]


def _drawn(story: Sequence[Flowable]) -> Drawn:
    """Every run of text drawn, page by page: text, font, size and where it starts."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(list(story))
    pages: Drawn = []
    for page in PdfReader(buffer).pages:
        runs: list[tuple[str, str, float, float, float]] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, runs: Any = runs) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont", "")) if font else ""
                runs.append((text.strip(), name.split("+")[-1], size, round(x, 2), round(y, 2)))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _as_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make data_table keep every cell a paragraph, as it did before cells became strings."""

    def paragraph(value: Any, width: float, plain: Any) -> tuple[Any, None]:
        return (ps.cell(ps.markup(value), plain) if isinstance(value, str) else value), None

    monkeypatch.setattr(ps, "_as_string", paragraph)


def test_plain_cells_are_drawn_as_strings_and_the_rest_as_paragraphs() -> None:
    """Names, dates and wrapped words become strings; markup and line breaks stay paragraphs."""
    table = ps.data_table(["Who", "Role", "When"], _rows()[:4], WIDTHS)
    kinds = [[type(value).__name__ for value in row] for row in table._cellvalues[1:]]
    assert kinds == [
        ["CellText", "CellText", "CellText"],
        ["CellText", "CellText", "CellParagraph"],  # an empty cell keeps its paragraph
        ["CellText", "CellText", "CellParagraph"],
        ["CellParagraph", "CellParagraph", "CellText"],
    ]
    assert str(table._cellvalues[2][0]) == "Draft the self-evaluation evidence\nfor week 8"


def _squeezed_line(room: float) -> str:
    """Words a little too wide for the room, which a paragraph fits by narrowing its spaces."""
    style = ps.styles().cell
    words = "a"
    while stringWidth(words + " a", ps.FONT, 9) <= room:
        words += " a"
    for tail in ("'", ".", "i", "l", ":"):
        text = words + tail
        if stringWidth(text, ps.FONT, 9) > room and ps.cell(text, style).wrap(room, 1e6)[1] == 12:
            return text
    raise AssertionError("no squeezed line found")


def test_a_line_squeezed_to_fit_stays_a_paragraph() -> None:
    """Words that fit on one line only with their spaces drawn narrower are left to the
    paragraph, which draws them so."""
    squeezed = _squeezed_line(WIDTHS[0] - 12)
    table = ps.data_table(["A", "B", "C"], [[squeezed, "b", "c"]], WIDTHS)
    assert type(table._cellvalues[1][0]).__name__ == "CellParagraph"


def test_string_cells_draw_every_word_where_their_paragraphs_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same table drawn with strings and with paragraphs puts the same text in the same
    font at the same places."""
    as_strings = _drawn([ps.data_table(["Who", "Role", "When"], _rows()[:4], WIDTHS)])
    _as_paragraphs(monkeypatch)
    assert as_strings == _drawn([ps.data_table(["Who", "Role", "When"], _rows()[:4], WIDTHS)])


@pytest.mark.parametrize("offset", [0, 301, 653])
def test_a_table_over_pages_breaks_where_its_paragraphs_would(
    monkeypatch: pytest.MonkeyPatch, offset: int
) -> None:
    """Rows broken across pages (a cell of long notes among them) land on the same pages, in
    the same places, drawn with strings as with paragraphs."""
    rows = _rows() * 12

    def story() -> list[Flowable]:
        return [Spacer(0, offset), ps.data_table(["Who", "Role", "When"], rows, WIDTHS)]

    as_strings = _drawn(story())
    _as_paragraphs(monkeypatch)
    as_paragraphs = _drawn(story())
    assert len(as_strings) > 3
    assert as_strings == as_paragraphs
