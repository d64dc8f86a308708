"""A PDF shown in the app before it is printed or saved: pages, zoom, Print… and Save…."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QWidget

from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs, pdf_printing
from inspection_desktop.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class PdfPreviewDialog(QDialog):
    """Shows a PDF held in memory; prints it or saves it where the co-ordinator chooses."""

    def __init__(
        self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Preview: {title}")
        self._data = data
        self._title = title
        self._suggested_name = suggested_name
        # The buffer must outlive the document, which reads from it.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.fitWidthButton.setChecked(True)
        self._connect_signals()
        self._update_page_label()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.previousButton.clicked.connect(self._on_previous_clicked)
        ui.nextButton.clicked.connect(self._on_next_clicked)
        ui.zoomInButton.clicked.connect(self._on_zoom_in_clicked)
        ui.zoomOutButton.clicked.connect(self._on_zoom_out_clicked)
        ui.fitWidthButton.toggled.connect(self._on_fit_width_toggled)
        ui.printButton.clicked.connect(self._on_print_clicked)
        ui.saveButton.clicked.connect(self._on_save_clicked)
        ui.closeButton.clicked.connect(self.accept)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.document.statusChanged.connect(self._update_page_label)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self._on_zoom_in_clicked),
            (QKeySequence.StandardKey.ZoomOut, self._on_zoom_out_clicked),
            (QKeySequence.StandardKey.MoveToPreviousPage, self._on_previous_clicked),
            (QKeySequence.StandardKey.MoveToNextPage, self._on_next_clicked),
            (QKeySequence.StandardKey.Print, self._on_print_clicked),
            (QKeySequence.StandardKey.Save, self._on_save_clicked),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    # Public API --------------------------------------------------------------------------

    def page_count(self) -> int:
        """How many pages the document has."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page on screen, counting from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        """Show a page, counting from 0 (kept within the document)."""
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def save_to(self, path: Path) -> None:
        """Write the PDF to a file, atomically."""
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

        write_bytes_atomically(path, self._data)

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _update_page_label(self) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        self.ui.pageLabel.setText(f"Page {page} of {count}")
        self.ui.previousButton.setEnabled(page > 1)
        self.ui.nextButton.setEnabled(page < count)

    @Slot()
    def _on_previous_clicked(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _zoom_by(self, factor: float) -> None:
        self.ui.fitWidthButton.setChecked(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, self.view.zoomFactor() * factor)))

    @Slot()
    def _on_zoom_in_clicked(self) -> None:
        self._zoom_by(ZOOM_STEP)

    @Slot()
    def _on_zoom_out_clicked(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    @Slot(bool)
    def _on_fit_width_toggled(self, checked: bool) -> None:
        if checked:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)

    @Slot()
    def _on_print_clicked(self) -> None:
        pages = pdf_printing.page_count_of(self._data)
        printer = pdf_printing.ask_printer(self, pages, self._title)
        if printer is None:
            return
        try:
            pdf_printing.print_pdf_bytes(self._data, printer)
        except OSError as exc:
            dialogs.show_error(self, "Cannot print", f"Printing {self._title} failed: {exc}.")

    @Slot()
    def _on_save_clicked(self) -> None:
        path = dialogs.ask_save_file(
            self, f"Save {self._title}", self._suggested_name, "PDF files (*.pdf)"
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            self.save_to(path)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot save", str(exc))
