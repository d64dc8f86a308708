"""Build ``letter.docx``, the Word layout every letter is merged into (run after editing this).

The layout is made with python-docx rather than saved from Word so that it can be reviewed as
code and rebuilt the same way; docxtpl fills its ``{{ }}`` fields (autoescaped) for each
recipient. The letter's wording lives in the ``*.toml`` templates beside it, not here.

    python resources/letters/build_docx_templates.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from inspection_desktop.documents.common.docx_parts import add_page_numbers

HERE = Path(__file__).resolve().parent
MARKING_RED = RGBColor(0xA4, 0x26, 0x2C)


def _marking(header_or_footer: Any, *, space_after: int = 0) -> None:
    paragraph = header_or_footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_after = Pt(space_after)
    run = paragraph.add_run("{{ marking }}")
    run.bold = True
    run.font.size = Pt(9)
    run.font.color.rgb = MARKING_RED


def _line(
    document: Any, text: str, *, bold: bool = False, right: bool = False, after: int = 0
) -> Any:
    paragraph = document.add_paragraph()
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.paragraph_format.space_after = Pt(after)
    run = paragraph.add_run(text)
    run.bold = bold
    return paragraph


def build_letter(path: Path) -> None:
    """Write the letter layout to ``path``."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin = section.bottom_margin = Cm(2.2)
    _marking(section.header)
    _marking(section.footer)
    numbers = section.footer.add_paragraph()
    numbers.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_numbers(numbers)

    _line(document, "{{ logo }}", right=True)
    _line(document, "{{ partnership }}", bold=True, right=True)
    _line(document, "{%p for line in sender_lines %}", right=True)
    _line(document, "{{ line }}", right=True)
    _line(document, "{%p endfor %}", right=True)
    _line(document, "", after=6)
    _line(document, "{%p for line in address_lines %}")
    _line(document, "{{ line }}")
    _line(document, "{%p endfor %}")
    _line(document, "", after=6)
    _line(document, "{{ date }}", after=10)
    _line(document, "{{ greeting }}", after=10)
    _line(document, "{{ subject }}", bold=True, after=10)
    _line(document, "{%p for paragraph in paragraphs %}")
    _line(document, "{{r paragraph }}", after=8)
    _line(document, "{%p endfor %}")
    _line(document, "{{ sign_off }}", after=36)
    _line(document, "{{ signatory_name }}", bold=True)
    _line(document, "{%p if signatory_post %}")
    _line(document, "{{ signatory_post }}")
    _line(document, "{%p endif %}")
    _line(document, "{{ partnership }}")
    document.core_properties.author = "Inspection Desktop"
    document.core_properties.title = "Letter"
    document.save(str(path))


if __name__ == "__main__":
    build_letter(HERE / "letter.docx")
    print(f"Wrote {HERE / 'letter.docx'}")
