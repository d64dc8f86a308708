"""Tests for the shared PDF text helpers."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from inspection_desktop.documents.common import pdf_style as ps


def test_markup_escapes_user_text_and_keeps_line_breaks() -> None:
    """Markup characters are escaped and new lines become line breaks."""
    assert ps.markup("A & B <c>\nnext") == "A &amp; B &lt;c&gt;<br/>next"


def test_dates_and_times_read_the_uk_way() -> None:
    """Dates print as "1 December 2026" with an optional weekday; times on the 24-hour clock."""
    assert ps.long_date(date(2026, 12, 1)) == "1 December 2026"
    assert ps.long_date_with_day(date(2026, 12, 1)) == "Tuesday 1 December 2026"
    assert ps.clock(datetime(2026, 12, 1, 9, 5)) == "09:05"


def test_fit_text_shortens_with_an_ellipsis_only_when_needed() -> None:
    """Short text is left alone; long text is cut to fit the width and ends with an ellipsis."""
    ps.register_fonts()
    assert ps.fit_text("Short", 100, 8) == "Short"
    cut = ps.fit_text("Glen Carra Community Planning Partnership " * 5, 120, 8)
    assert cut.endswith("…")
    assert stringWidth(cut, ps.FONT, 8) <= 120


@pytest.mark.parametrize("text", ["Week 3", "Łukasz  Wójcik", " Lead nurse ", "tab\tand\nline"])
def test_a_plain_table_cell_is_what_parsing_its_markup_would_give(text: str) -> None:
    """A cell of plain words skips the markup parser yet ends up with the same fragments."""
    from reportlab.platypus import Paragraph

    for style in (ps.styles().cell, ps.styles().cell_bold, ps.styles().header_cell):
        quick = ps.cell(text, style)
        parsed = Paragraph(text, style)
        assert [f.__dict__ for f in quick.frags] == [f.__dict__ for f in parsed.frags]
        assert quick.wrap(80, 1000) == parsed.wrap(80, 1000)
