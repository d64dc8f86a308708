"""Small synthetic papers (PDF files) for the example week-4 meeting: demo data and benchmarks."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from inspection_desktop.documents.common import pdf_style as ps
from inspection_desktop.domain.meetings.examples import KEY_DATES_PAPER, SELF_EVALUATION_PAPER

_SELF_EVALUATION_HEADINGS = (
    "How good are we now?",
    "How do we know?",
    "What do we plan to do next?",
)


def write_example_papers(folder: Path) -> list[Path]:
    """Write the two example papers into the folder (which must exist) and return their paths."""
    self_evaluation = folder / SELF_EVALUATION_PAPER
    _write_paper(
        self_evaluation,
        "Joint self-evaluation: first draft",
        [f"{index}. {heading}" for index, heading in enumerate(_SELF_EVALUATION_HEADINGS, 1)],
        pages=3,
    )
    key_dates = folder / KEY_DATES_PAPER
    _write_paper(
        key_dates,
        "Key dates and deadlines",
        ["Week 4: staff survey issued", "Week 7: pre-inspection return", "Week 8: self-evaluation"],
        pages=1,
    )
    return [self_evaluation, key_dates]


def _write_paper(path: Path, title: str, lines: list[str], pages: int) -> None:
    """A plain A4 paper with a title and a few lines on each page."""
    ps.register_fonts()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=ps.FONT)
    canvas.setTitle(title)
    _width, height = A4
    for page in range(1, pages + 1):
        canvas.setFont(ps.FONT_BOLD, 16)
        canvas.drawString(25 * mm, height - 35 * mm, title)
        canvas.setFont(ps.FONT, 11)
        y = height - 50 * mm
        for line in lines:
            canvas.drawString(25 * mm, y, line)
            y -= 8 * mm
        canvas.setFont(ps.FONT_ITALIC, 9)
        canvas.drawString(25 * mm, 30 * mm, f"Draft for discussion · section {page} of {pages}")
        canvas.showPage()
    canvas.save()
