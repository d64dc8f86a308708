"""Fixtures for document tests: the example week-4 meeting, its papers, and reading PDFs back."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspection_desktop.documents.meetings.example_papers import write_example_papers
from inspection_desktop.domain.meetings.examples import example_context, example_week4_meeting
from inspection_desktop.domain.meetings.meeting import Meeting, PackContext


@pytest.fixture
def papers_folder(tmp_path: Path) -> Path:
    """A folder holding the example meeting's two papers."""
    write_example_papers(tmp_path)
    return tmp_path


@pytest.fixture
def week4_meeting(papers_folder: Path) -> Meeting:
    """The example week-4 meeting with its two papers attached."""
    return example_week4_meeting(papers_folder)


@pytest.fixture
def context() -> PackContext:
    """The example partnership, prepared on 28 November 2026."""
    return example_context()


@pytest.fixture
def read_pdf() -> Callable[[bytes], PdfReader]:
    """Open PDF bytes for reading back."""
    return lambda data: PdfReader(io.BytesIO(data))


def page_texts(reader: PdfReader) -> list[str]:
    """The text of every page."""
    return [page.extract_text() for page in reader.pages]


def font_names(reader: PdfReader) -> set[str]:
    """The BaseFont names every page refers to, including fonts inside form XObjects."""
    names: set[str] = set()

    def collect(resources: object) -> None:
        if not resources:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for font in (resources.get("/Font") or {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            collect(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        collect(page.get("/Resources"))
    return names


@pytest.fixture
def texts_of() -> Callable[[PdfReader], list[str]]:
    """Read every page's text."""
    return page_texts


@pytest.fixture
def fonts_of() -> Callable[[PdfReader], set[str]]:
    """List the fonts a PDF uses."""
    return font_names
