"""Printed documents of the meeting on screen: preview, save and print them; export the calendar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from inspection_desktop.domain.marking import MARKINGS
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.meetings.meeting_service import MeetingService
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_meeting_documents_panel import Ui_MeetingDocumentsPanel

if TYPE_CHECKING:
    from inspection_desktop.documents.meetings.meeting_documents import DocumentFinish

    # The PDF viewer loads on first preview, keeping QtPdf out of start-up.
    from inspection_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

ErrorHandler = Callable[[UserFacingError], None]
DEFAULT_MARKING = "Default"
TITLES = {"agenda": "Agenda", "pack": "Meeting pack", "minutes": "Minutes"}
RECIPIENT_LENGTH = 200


class DocumentHost(Protocol):
    """What the documents need from the section: the meeting on screen, saved first."""

    @property
    def current_meeting_id(self) -> int | None:
        """The meeting in the editor."""

    @property
    def current_meeting_title(self) -> str:
        """Its title."""

    @property
    def inspection_id(self) -> int | None:
        """The inspection shown."""

    def save_changes(self) -> bool:
        """Save typed changes; False if they could not be saved."""


class DocumentsPanel(QObject):
    """The preview, save and print buttons of the Meetings section, and its calendar export.

    Its form's ``documentButtonsPage`` and ``copyPage`` go where the section's form holds
    placeholders for them; the calendar button sits with the meetings list, in the section's.
    """

    def __init__(
        self,
        meetings: MeetingService,
        host: DocumentHost,
        widget: QWidget,
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(widget)
        self._form = QWidget(widget)
        self.ui = ui = Ui_MeetingDocumentsPanel()
        ui.setupUi(self._form)
        self._form.hide()  # an empty holder once its pages are put in place
        self._meetings = meetings
        self._host = host
        self._widget = widget
        self._on_error = on_error
        self.preview_dialog: PdfPreviewDialog | None = None
        # As on the command line: a name, not a page of text in every running head.
        ui.recipientEdit.setMaxLength(RECIPIENT_LENGTH)
        ui.previewAgendaButton.clicked.connect(lambda: self.preview("agenda"))
        ui.previewPackButton.clicked.connect(lambda: self.preview("pack"))
        ui.previewMinutesButton.clicked.connect(lambda: self.preview("minutes"))
        ui.savePdfButton.clicked.connect(self._on_save_pdf_clicked)
        ui.printButton.clicked.connect(self._on_print_clicked)
        self._logo_for: Callable[[int], Path | None] = lambda _inspection_id: None
        ui.markingCombo.addItems([DEFAULT_MARKING, *MARKINGS])
        word = QMenu(ui.wordButton)
        word.addAction("Agenda in Word…", lambda: self._save_word("agenda"))
        word.addAction("Minutes in Word…", lambda: self._save_word("minutes"))
        ui.wordButton.setMenu(word)

    # Public API --------------------------------------------------------------------------

    def set_logo_source(self, logo_for: Callable[[int], Path | None]) -> None:
        """Where the partnership's logo comes from (the letterhead), by inspection."""
        self._logo_for = logo_for

    def finish(self) -> DocumentFinish:
        """The marking, cover, dividers and logo chosen for the documents."""
        from inspection_desktop.documents.meetings.meeting_documents import DocumentFinish

        marking = self.ui.markingCombo.currentText().strip()
        inspection_id = self._host.inspection_id
        return DocumentFinish(
            marking="" if marking == DEFAULT_MARKING else marking,
            cover=self.ui.coverCheck.isChecked(),
            dividers=self.ui.dividersCheck.isChecked(),
            logo_path=self._logo_for(inspection_id) if inspection_id is not None else None,
        )

    def word_bytes(self, kind: str) -> bytes:
        """The agenda or minutes of the meeting on screen as a Word document."""
        from inspection_desktop.documents.meetings import meeting_documents as documents

        meeting_id = self._host.current_meeting_id
        if meeting_id is None:
            raise UserFacingError("Choose a meeting first.")
        make = documents.agenda_word if kind == "agenda" else documents.minutes_word
        return make(self._meetings, meeting_id, self.finish())

    def document_bytes(self, kind: str) -> bytes:
        """The agenda, pack or minutes of the meeting on screen, as last saved."""
        from inspection_desktop.documents.meetings import meeting_documents as documents

        meeting_id = self._host.current_meeting_id
        if meeting_id is None:
            raise UserFacingError("Choose a meeting first.")
        finish = self.finish()
        if kind == "agenda":
            return documents.agenda_pdf(self._meetings, meeting_id, finish)
        if kind == "minutes":
            return documents.minutes_pdf(self._meetings, meeting_id, finish)
        return documents.pack_pdf(
            self._meetings,
            meeting_id,
            recipient=self.ui.recipientEdit.text().strip() or None,
            include_confidential=not self.ui.leaveOutCheck.isChecked(),
            finish=finish,
        )

    def preview(self, kind: str) -> None:
        """Show a document in the preview dialog, saving typed changes first."""
        from inspection_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

        data = self._document(kind)
        if data is None:
            return
        title = f"{TITLES[kind]}: {self._host.current_meeting_title}"
        dialog = PdfPreviewDialog(data, title, self._suggested_name(kind), self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(900, max(600, self._widget.window().height() - 40))
        dialog.destroyed.connect(self._on_preview_destroyed)
        self.preview_dialog = dialog
        dialog.open()

    # Helpers -----------------------------------------------------------------------------

    def _suggested_name(self, kind: str) -> str:
        title = self._host.current_meeting_title or "meeting"
        slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:60]
        return f"{kind}-{slug}.pdf"

    def _document(self, kind: str, *, word: bool = False) -> bytes | None:
        if self._host.current_meeting_id is None or not self._host.save_changes():
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.word_bytes(kind) if word else self.document_bytes(kind)
        except UserFacingError as exc:
            self._on_error(exc)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _save_word(self, kind: str) -> None:
        """Ask where, then save the agenda or minutes as a Word document."""
        if self._host.current_meeting_id is None:
            return
        self._ask_and_write(
            f"Save the {kind} in Word",
            self._suggested_name(kind).removesuffix(".pdf") + ".docx",
            "Word documents (*.docx)",
            lambda: self._document(kind, word=True),
        )

    def _ask_and_write(
        self, title: str, suggested: str, file_filter: str, make: Callable[[], bytes | None]
    ) -> None:
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

        path = dialogs.ask_save_file(self._widget, title, suggested, file_filter)
        if path is None:
            return
        # A name typed without its ending still gets one, so the file opens in the right program.
        suffix = Path(suggested).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(f"{path.name}{suffix}")
        data = make()
        if data is None:
            return
        try:
            write_bytes_atomically(path, data)
        except UserFacingError as exc:
            self._on_error(exc)
            return
        dialogs.show_info(self._widget, title, f"Saved to {path}.")

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_preview_destroyed(self) -> None:
        self.preview_dialog = None

    @Slot()
    def _on_save_pdf_clicked(self) -> None:
        self._ask_and_write(
            "Save the meeting pack",
            self._suggested_name("pack"),
            "PDF files (*.pdf)",
            lambda: self._document("pack"),
        )

    @Slot()
    def _on_print_clicked(self) -> None:
        from inspection_desktop.ui.common import pdf_printing

        data = self._document("pack")
        if data is None:
            return
        title = f"Meeting pack: {self._host.current_meeting_title}"
        printer = pdf_printing.ask_printer(self._widget, pdf_printing.page_count_of(data), title)
        if printer is None:
            return
        try:
            pdf_printing.print_pdf_bytes(data, printer)
        except OSError as exc:
            dialogs.show_error(self._widget, "Cannot print", f"Printing failed: {exc}.")

    @Slot()
    def export_calendar(self) -> None:
        """Save every meeting and deadline as an .ics file, asking where."""
        from inspection_desktop.documents.meetings.meeting_documents import calendar_ics

        inspection_id = self._host.inspection_id
        if inspection_id is None or not self._host.save_changes():
            return
        self._ask_and_write(
            "Export the calendar",
            "inspection-meetings.ics",
            "Calendar files (*.ics)",
            lambda: calendar_ics(self._meetings, inspection_id),
        )
