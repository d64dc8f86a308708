"""Printing a PDF through the system's print dialog: each page rendered on white, then painted."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

# Pages are rendered as images at no more than this; plenty for text, and quick.
MAX_RENDER_DPI = 300


def print_pdf_bytes(data: bytes, printer: QPrinter) -> int:
    """Print a PDF held in memory; returns how many pages were printed.

    Loaded from a temporary file because loading from a QBuffer finishes only later, in the
    event loop, and printing needs the pages now.
    """
    with tempfile.TemporaryDirectory(prefix="inspection-print-") as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        try:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                raise OSError("the document could not be read for printing")
            return print_document(document, printer)
        finally:
            document.close()


def page_count_of(data: bytes) -> int:
    """How many pages a PDF held in memory has."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def ask_printer(parent: QWidget | None, page_count: int, title: str) -> QPrinter | None:
    """Show the system's print dialog; the chosen printer, or None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(title)
    printer.setFromTo(1, max(page_count, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print {title}")
    dialog.setMinMax(1, max(page_count, 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the document's pages (the chosen range, else all); returns how many were printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first > 0 and last >= first else range(count)
    pages = range(max(pages.start, 0), min(pages.stop, count))
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            painter.drawImage(_fit(painter, size), on_white(document.render(page, size)))
    finally:
        painter.end()
    return len(pages)


def on_white(image: QImage) -> QImage:
    """The page image over a white background (QtPdf renders onto transparency)."""
    white = QImage(image.size(), QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    return white


def _fit(painter: QPainter, size: QSize) -> QRectF:
    """The largest rectangle of the image's shape that fits the printable area, centred."""
    area = QRectF(painter.viewport())
    scale = min(area.width() / max(size.width(), 1), area.height() / max(size.height(), 1))
    width, height = size.width() * scale, size.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )
