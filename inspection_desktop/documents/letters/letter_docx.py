"""A letter as a Word document (docxtpl, autoescaped), and a run of them joined (docxcompose)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from inspection_desktop.domain.letters.fields import heading_and_rest
from inspection_desktop.domain.letters.merge import Letter, LetterRun
from inspection_desktop.errors import UserFacingError
from inspection_desktop.resources import resource_path

LAYOUT = "letter.docx"


def render_letter_docx(letter: Letter, run: LetterRun) -> bytes:
    """One letter as .docx bytes, laid out by ``resources/letters/letter.docx``."""
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage, RichText
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    template = DocxTemplate(str(resource_path("letters", LAYOUT)))
    head = run.letterhead
    logo: Any = ""
    if head.logo_path is not None:
        if not head.logo_path.is_file():
            raise UserFacingError(
                f"The logo {head.logo_path} cannot be found. Choose it again under Letterhead."
            )
        logo = InlineImage(template, str(head.logo_path), height=Mm(18))
    context = {
        "marking": run.marking,
        "logo": logo,
        "partnership": run.partnership,
        "sender_lines": [line for line in head.address.splitlines() if line.strip()],
        "address_lines": list(letter.address_lines),
        "date": letter.date_line,
        "greeting": letter.greeting,
        "subject": letter.subject,
        "paragraphs": [_rich(paragraph, RichText) for paragraph in letter.paragraphs],
        "sign_off": letter.sign_off,
        "signatory_name": head.signatory_name,
        "signatory_post": head.signatory_post,
    }
    # Autoescape: without it an "&" or "<" in a name breaks the XML and Word drops paragraphs.
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    template.render(context, env, autoescape=True)
    template.core_properties.title = letter.subject
    template.core_properties.author = run.partnership
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def _rich(paragraph: str, rich_text: Any) -> Any:
    """A paragraph as runs: its heading line in bold; its own line breaks kept (RichText
    escapes the text itself)."""
    heading, rest = heading_and_rest(paragraph)
    text = rich_text()
    if heading:
        text.add(heading, bold=True)
        text.add("\n")
    text.add(rest)
    return text


def join_docx(parts: Sequence[bytes]) -> bytes:
    """Letters one after another in one Word file, each starting on a new page."""
    from docx import Document
    from docxcompose.composer import Composer

    if not parts:
        raise ValueError("no letters to join")
    master = Document(io.BytesIO(parts[0]))
    composer = Composer(master)
    for part in parts[1:]:
        master.add_page_break()  # type: ignore[no-untyped-call]
        composer.append(Document(io.BytesIO(part)))
    out = io.BytesIO()
    composer.save(out)
    return out.getvalue()
