"""The File reading section: its four pages (base, readers, sample and allocation, progress),
reading everything once per refresh and printing the timetable and reader sheets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from inspection_desktop.domain import clock
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.placeholders import put_in_place
from inspection_desktop.ui.file_reading.base_panel import BasePanel
from inspection_desktop.ui.file_reading.progress_panel import ProgressPanel
from inspection_desktop.ui.file_reading.readers_panel import ReadersPanel
from inspection_desktop.ui.file_reading.sample_panel import SamplePanel
from inspection_desktop.ui.forms.ui_file_reading_section import Ui_FileReadingSection
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture, picture
from inspection_desktop.usecases.services import Services

PDF_FILTER = "PDF files (*.pdf)"
_PRINTOUTS = {
    "timetable": ("Save the reading timetable", "reading-timetable.pdf"),
    "sheets": ("Save the reader sheets", "reader-sheets.pdf"),
}


class FileReadingSection(QWidget):
    """Where the co-ordinator sets up file reading and follows it through the three days."""

    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        push_change: Callable[[Change], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FileReadingSection()
        self.ui.setupUi(self)
        self._services = services
        self._push_change = push_change
        self._inspection_id: int | None = None
        self._view: FileReadingPicture | None = None
        self.base = BasePanel(self, self)
        self.readers = ReadersPanel(self, self.print_pdf, self)
        self.sample = SamplePanel(self, self.print_pdf, self)
        self.progress = ProgressPanel(self)
        put_in_place(
            self,
            [
                (self.ui.basePlaceholder, self.base),
                (self.ui.readersPlaceholder, self.readers),
                (self.ui.samplePlaceholder, self.sample),
                (self.ui.progressPlaceholder, self.progress),
            ],
        )
        self.allocation_finished = self.sample.allocation_finished
        self._update_buttons()

    # What the pages see ------------------------------------------------------------------

    @property
    def services(self) -> Services:
        """Every store over the open database."""
        return self._services

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""
        return self._inspection_id

    @property
    def view(self) -> FileReadingPicture | None:
        """Everything file reading showed when last read."""
        return self._view

    # Reading -----------------------------------------------------------------------------

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's file reading (the window tells the tab once it is shown)."""
        self._inspection_id = inspection_id
        self.refresh()

    def refresh(self) -> None:
        """Read bases, readers, pairs and the sample once, and redraw every page."""
        if self._inspection_id is None:
            return
        try:
            view = picture(self._services, self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read file reading", str(exc))
            return
        self._view = view
        self.base.show_view(view)
        self.readers.show_view(view)
        self.sample.show_view(view)
        self.progress.show_view(view)
        self._update_buttons()
        self.refreshed.emit()

    # Changes -----------------------------------------------------------------------------

    def run(self, step: Callable[[], Change], title: str = "The change was not saved") -> bool:
        """Make a change, put it on the undo stack and redraw; a plain message if refused."""
        try:
            change = step()
        except UserFacingError as exc:
            dialogs.show_error(self, title, str(exc))
            self.refresh()
            return False
        self.push(change)
        return True

    def push(self, change: Change) -> None:
        """Onto the window's undo stack; the window tells every section, this one included."""
        self._push_change(change)

    def select_reader(self, contact_id: int) -> bool:
        """Show a reader on the Readers page, selected (Home opens a reader not yet ready so)."""
        self.ui.pages.setCurrentWidget(self.ui.readersPage)
        return self.readers.select_reader(contact_id)

    def is_allocating(self) -> bool:
        """Whether an allocation is running."""
        return self.sample.is_allocating()

    # Printouts ---------------------------------------------------------------------------

    def print_pdf(self, kind: str) -> None:
        """Save the timetable or the reader sheets as a PDF, asking where."""
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
        from inspection_desktop.documents.file_reading.reading_pdf import (
            render_reader_sheets,
            render_timetable,
        )

        if self._view is None or self._inspection_id is None:
            return
        title, suggested = _PRINTOUTS[kind]
        path = dialogs.ask_save_file(self, title, Path.home() / suggested, PDF_FILTER)
        if path is None:
            return
        render = render_timetable if kind == "timetable" else render_reader_sheets
        try:
            area = self._services.inspections.get_inspection(self._inspection_id).area
            write_bytes_atomically(path, render(self._view, area, clock.today()))
        except UserFacingError as exc:
            dialogs.show_error(self, "The PDF was not saved", str(exc))
            return
        dialogs.show_info(self, "Saved", f"Saved to {path}. It is marked OFFICIAL-SENSITIVE.")

    def _update_buttons(self) -> None:
        has = self._inspection_id is not None
        self.base.update_buttons(has)
        self.readers.update_buttons()
        self.sample.update_buttons()
