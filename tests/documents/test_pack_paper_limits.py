"""Papers are checked before they go into a pack: each hostile paper, made here, gets one line."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject, NumberObject

from inspection_desktop.documents.meetings import pack_papers
from inspection_desktop.documents.meetings.pack_papers import read_paper
from inspection_desktop.domain.meetings.meeting import Paper
from inspection_desktop.errors import UserFacingError


def _pdf(path: Path, pages: int = 1, content: bytes | None = None) -> PdfWriter:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if content is not None:
        stream = DecodedStreamObject()
        stream.set_data(content)
        writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
        writer.pages[0].compress_content_streams()
    return writer


def _save(writer: PdfWriter, path: Path) -> Path:
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_an_ordinary_paper_is_read(tmp_path: Path) -> None:
    """A plain two-page paper passes every check."""
    path = _save(_pdf(tmp_path / "ok.pdf", pages=2, content=b"q Q\n"), tmp_path / "ok.pdf")
    assert len(read_paper(Paper("Fine", path)).pages) == 2


def test_a_content_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page contents of a few KB that unpack past the cap are refused, with the cap stated."""
    monkeypatch.setattr(pack_papers, "MAX_PAPER_UNPACKED_BYTES", 1024 * 1024)
    path = _save(_pdf(tmp_path / "b.pdf", content=b" " * 4_000_000), tmp_path / "bomb.pdf")
    assert path.stat().st_size < 20_000
    with pytest.raises(UserFacingError, match=r"bomb\.pdf.*unpacks to more than 1 MB"):
        read_paper(Paper("Bomb", path))


def test_too_many_pages_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A paper past the page cap is refused, with the cap in the message."""
    monkeypatch.setattr(pack_papers, "MAX_PAPER_PAGES", 2)
    path = _save(_pdf(tmp_path / "p.pdf", pages=3), tmp_path / "long.pdf")
    with pytest.raises(UserFacingError, match=r"has 3 pages.*at most 2"):
        read_paper(Paper("Long", path))


@pytest.mark.parametrize(
    "box",
    [
        [0, 0, 0, 0],
        [0, 0, 10**9, 842],
        [0, 0, float("nan"), 842],
    ],
)
def test_an_impossible_media_box_is_refused(tmp_path: Path, box: list[float]) -> None:
    """A page of no size, or larger than a PDF page may be, is refused naming the page."""
    writer = _pdf(tmp_path / "m.pdf")
    writer.pages[0][NameObject("/MediaBox")] = ArrayObject(
        NumberObject(v) if v == v and v == int(v) else NameObject("/NaN") for v in box
    )
    path = _save(writer, tmp_path / "box.pdf")
    with pytest.raises(UserFacingError, match=r"(Page 1 of .*impossible size|Cannot read)"):
        read_paper(Paper("Box", path))


def test_unsupported_encryption_is_refused(tmp_path: Path) -> None:
    """A paper encrypted in a way pypdf does not know asks for an unprotected copy."""
    writer = _pdf(tmp_path / "e.pdf")
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "odd-lock.pdf"
    path.write_bytes(buffer.getvalue().replace(b"/V 2", b"/V 9", 1))
    with pytest.raises(UserFacingError, match="encryption this app cannot open"):
        read_paper(Paper("Odd lock", path))


def test_a_pipe_as_a_paper_is_refused(tmp_path: Path) -> None:
    """A FIFO attached as a paper is refused by its kind, without blocking."""
    path = tmp_path / "pipe.pdf"
    os.mkfifo(path)
    with pytest.raises(UserFacingError, match="not an ordinary file"):
        read_paper(Paper("Pipe", path))
