"""The Home tab: where the inspection stands this Monday morning, each entry opening its thing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.home.home_facts import HomeEntry, HomeFacts
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_home_section import Ui_HomeSection
from inspection_desktop.ui.home.home_model import COLUMN_DETAIL, COLUMN_WHAT, COLUMN_WHEN, HomeModel
from inspection_desktop.usecases.changes import (
    CALENDAR,
    MEETINGS,
    OWNERS,
    PEOPLE,
    PLAN,
    SURVEYS,
    Change,
)
from inspection_desktop.usecases.home.home_data import read_home

if TYPE_CHECKING:
    from inspection_desktop.usecases.services import Services

# Home shows a little of everything, so any of these changes can alter it.
WATCHED = (PLAN, CALENDAR, MEETINGS, PEOPLE, OWNERS, SURVEYS)


class HomeSection(QWidget):
    """The home screen over one inspection, refreshed when a change it shows is reported."""

    entry_opened = Signal(object)
    refreshed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._inspection_id: int | None = None
        self._facts: HomeFacts | None = None
        self._stale = True
        self.ui = Ui_HomeSection()
        self.ui.setupUi(self)
        self._model = HomeModel(self)
        self.ui.homeView.setModel(self._model)
        self._set_up_widgets()
        self._connect_signals()

    def _set_up_widgets(self) -> None:
        font = QFont(self.ui.whereLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.whereLabel.setFont(font)
        header = self.ui.homeView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_WHEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_DETAIL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COLUMN_WHEN, 330)
        header.resizeSection(COLUMN_DETAIL, 360)

    def _connect_signals(self) -> None:
        self.ui.homeView.activated.connect(self._on_home_view_activated)
        self.ui.reportPdfButton.clicked.connect(self._on_report_pdf_button_clicked)
        self.ui.reportWordButton.clicked.connect(self._on_report_word_button_clicked)

    # Public API --------------------------------------------------------------------------

    @property
    def model(self) -> HomeModel:
        """The home screen's item model."""
        return self._model

    @property
    def facts(self) -> HomeFacts | None:
        """The facts on screen, as last read."""
        return self._facts

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection."""
        self._inspection_id = inspection_id
        self._stale = True
        self._refresh_if_shown()

    def apply_change(self, change: Change) -> None:
        """Refresh for a change a use case reported, if it touches what Home shows."""
        if change.touches(WATCHED):
            self.mark_stale()

    @Slot()
    @Slot(int)
    def mark_stale(self, *_args: object) -> None:
        """Something Home shows may have changed: read it again now, or when next shown."""
        self._stale = True
        self._refresh_if_shown()

    def refresh(self) -> None:
        """Read the facts again and show them, keeping the entry selected."""
        if self._inspection_id is None:
            return
        try:
            facts = read_home(self._services, self._inspection_id, clock.today())
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the inspection", str(exc))
            return
        self._stale = False
        selected = self.selected_entry()
        self._facts = facts
        self._model.set_facts(facts)
        self.ui.whereLabel.setText(facts.where)
        self.ui.homeView.expandAll()
        if selected is not None:
            self.select_entry(selected)
        self.refreshed.emit()

    def entries(self) -> list[HomeEntry]:
        """Every entry on screen, heading by heading."""
        return [entry for group in self._model.groups() for entry in group.entries]

    def selected_entry(self) -> HomeEntry | None:
        """The entry selected, if an entry (not a heading) is."""
        return self._model.entry_at(self.ui.homeView.currentIndex())

    def select_entry(self, entry: HomeEntry) -> bool:
        """Select an entry equal to ``entry``; False when none is shown."""
        for group_row, group in enumerate(self._model.groups()):
            for row, shown in enumerate(group.entries):
                if shown == entry:
                    parent = self._model.index(group_row, 0)
                    self.ui.homeView.setCurrentIndex(self._model.index(row, 0, parent))
                    return True
        return False

    def open_entry(self, entry: HomeEntry) -> None:
        """Open the thing an entry names (the window's navigation does the opening)."""
        self.entry_opened.emit(entry)

    # Helpers -----------------------------------------------------------------------------

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Edits made on other tabs (a meeting's date, a paper) are read when Home is back."""
        super().hideEvent(event)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """A hidden tab refreshes when it is shown."""
        super().showEvent(event)
        self._refresh_if_shown()

    def _save_report(self, suffix: str, kind: str) -> None:
        facts = self._facts
        if facts is None:
            return
        suggested = Path.home() / f"Inspection status {facts.today.isoformat()}{suffix}"
        path = dialogs.ask_save_file(
            self, f"Save the status report ({kind})", suggested, f"{kind} (*{suffix})"
        )
        if path is None:
            return
        if path.suffix.casefold() != suffix:
            path = path.with_name(path.name + suffix)
        self.write_report(path, facts.today)

    def write_report(self, path: Path, today: dt.date | None = None) -> None:
        """Write the status report (.pdf or .docx, by the file's suffix) for ``today``."""
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

        if self._inspection_id is None:
            return
        try:
            facts = read_home(self._services, self._inspection_id, today or clock.today())
            if path.suffix.casefold() == ".docx":
                from inspection_desktop.documents.home.status_report_docx import (
                    render_status_report_docx,
                )

                data = render_status_report_docx(facts)
            else:
                from inspection_desktop.documents.home.status_report_pdf import (
                    render_status_report,
                )

                data = render_status_report(facts)
            write_bytes_atomically(path, data)
        except (UserFacingError, OSError) as exc:
            dialogs.show_error(self, "The report was not saved", str(exc))

    # Slots -------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_home_view_activated(self, index: QModelIndex) -> None:
        entry = self._model.entry_at(index.siblingAtColumn(0))
        if entry is not None:
            self.open_entry(entry)
        elif index.isValid() and not index.parent().isValid():
            view = self.ui.homeView
            view.setExpanded(index.siblingAtColumn(0), not view.isExpanded(index))

    @Slot()
    def _on_report_pdf_button_clicked(self) -> None:
        self._save_report(".pdf", "PDF")

    @Slot()
    def _on_report_word_button_clicked(self) -> None:
        self._save_report(".docx", "Word document")
