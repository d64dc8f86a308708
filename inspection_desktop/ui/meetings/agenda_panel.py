"""The Agenda tab of the meeting editor: items, running times, moves, notes, minutes and papers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.meetings.meeting_rows import (
    AgendaFields,
    AgendaRow,
    MeetingDetails,
    PaperRow,
)
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.undo_commands import ChangeCommand
from inspection_desktop.ui.forms.ui_agenda_panel import Ui_AgendaPanel
from inspection_desktop.ui.meetings.agenda_model import (
    MINUTES,
    NUMBER,
    PAPERS,
    PRESENTER,
    TIME,
    TITLE,
    AgendaModel,
)
from inspection_desktop.ui.meetings.meeting_tables import PAPER_FILE, PAPER_TITLE, PapersModel
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.meetings.agenda import remove_agenda_item, reorder_agenda
from inspection_desktop.usecases.services import Services

ErrorHandler = Callable[[UserFacingError], None]


def _fields(row: AgendaRow) -> AgendaFields:
    return AgendaFields(
        row.title, row.presenter, row.minutes, row.notes, row.minutes_notes, row.confidential
    )


class AgendaPanel(QObject):
    """Keeps the agenda on screen and in the store in step; moves and removals can be undone.

    Its form's ``agendaPage`` goes where the section's form holds a placeholder for it.
    """

    agenda_changed = Signal()

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        on_error: ErrorHandler,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = QWidget(parent)
        self.ui = Ui_AgendaPanel()
        self.ui.setupUi(self._form)
        self._form.hide()  # an empty holder once its page is put in place
        self._services = services
        self._meetings = services.meetings
        self._undo_stack = undo_stack
        self._on_error = on_error
        self._meeting_id: int | None = None
        self._item_id: int | None = None
        self.model = AgendaModel(self)
        self.papers = PapersModel(self)
        self._set_up_views()
        self._connect_signals()

    def _set_up_views(self) -> None:
        view = self.ui.agendaView
        view.setModel(self.model)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, TIME, PRESENTER, MINUTES, PAPERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.papersView.setModel(self.papers)
        self.ui.papersView.verticalHeader().hide()
        self.ui.papersView.horizontalHeader().setSectionResizeMode(
            PAPER_TITLE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.papersView.horizontalHeader().setSectionResizeMode(
            PAPER_FILE, QHeaderView.ResizeMode.Stretch
        )
        self.ui.papersView.setMaximumHeight(80)
        self.ui.agendaSplitter.setStretchFactor(0, 3)
        self.ui.agendaSplitter.setStretchFactor(1, 2)
        self.ui.agendaSplitter.setSizes([400, 200])

    def _connect_signals(self) -> None:
        ui = self.ui
        self.model.item_edited.connect(self._on_model_item_edited)
        self.model.order_changed.connect(self._on_model_order_changed)
        ui.agendaView.selectionModel().currentRowChanged.connect(self._on_agenda_current_changed)
        ui.addItemButton.clicked.connect(self._on_add_item_clicked)
        ui.removeItemButton.clicked.connect(self._on_remove_item_clicked)
        ui.moveUpButton.clicked.connect(self.move_up)
        ui.moveDownButton.clicked.connect(self.move_down)
        ui.confidentialCheck.toggled.connect(self._on_confidential_toggled)
        ui.attachPaperButton.clicked.connect(self._on_attach_paper_clicked)
        ui.paperConfidentialButton.clicked.connect(self._on_paper_confidential_clicked)
        ui.removePaperButton.clicked.connect(self._on_remove_paper_clicked)
        for keys, slot in (("Ctrl+Up", self.move_up), ("Ctrl+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(keys), ui.agendaView)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # Public API --------------------------------------------------------------------------

    def set_meeting(self, details: MeetingDetails | None) -> None:
        """Show another meeting's agenda (None shows nothing)."""
        self._meeting_id = details.id if details else None
        self._item_id = None
        self.model.set_agenda(details.agenda if details else ())
        self.model.set_start(details.fields.starts if details else None)
        self._update_total()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self._show_item(None)

    def select_row(self, row: int) -> None:
        """Make an agenda row current and selected."""
        index = self.model.index(row, TITLE)
        self.ui.agendaView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current_row(self) -> int | None:
        """The row of the agenda item being edited."""
        return None if self._item_id is None else self.model.row_of(self._item_id)

    def save_item_notes(self) -> None:
        """Keep the notes and minutes typed for the current item."""
        row = self.current_row()
        if row is None:
            return
        item = self.model.item_at(row)
        notes = self.ui.itemNotesEdit.toPlainText()
        minutes = self.ui.itemMinutesEdit.toPlainText()
        if (notes, minutes) == (item.notes, item.minutes_notes):
            return
        self._save_item(
            item,
            replace(_fields(item), notes=notes, minutes_notes=minutes),
        )

    @Slot()
    def move_up(self) -> None:
        """Move the current item one place earlier."""
        self._move_by(-1)

    @Slot()
    def move_down(self) -> None:
        """Move the current item one place later."""
        self._move_by(1)

    # Helpers -----------------------------------------------------------------------------

    def _move_by(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        if self.model.move_item(row, row + step):
            self.select_row(row + step)

    def _save_item(self, item: AgendaRow, fields: AgendaFields) -> None:
        try:
            self._meetings.update_agenda_item(item.id, fields)
        except UserFacingError as exc:
            self._on_error(exc)
            return
        self._reload_item(item.id)

    def _reload_item(self, item_id: int) -> None:
        if self._meeting_id is None:
            return
        for row in self._meetings.meeting(self._meeting_id).agenda:
            if row.id == item_id:
                self.model.replace_item(row)
                if item_id == self._item_id:
                    self.papers.set_rows(row.papers)
        self.agenda_changed.emit()

    def _reload(self, select_id: int | None = None) -> None:
        if self._meeting_id is None:
            return
        details = self._meetings.meeting(self._meeting_id)
        self._item_id = None
        self.model.set_agenda(details.agenda)
        self._update_total()
        row = self.model.row_of(select_id) if select_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self._show_item(None)
        self.agenda_changed.emit()

    def _show_item(self, item: AgendaRow | None) -> None:
        self._item_id = item.id if item else None
        ui = self.ui
        ui.itemBox.setEnabled(item is not None)
        ui.itemBox.setTitle(f"Item: {item.title}" if item else "Selected item")
        ui.itemNotesEdit.setPlainText(item.notes if item else "")
        ui.itemMinutesEdit.setPlainText(item.minutes_notes if item else "")
        ui.confidentialCheck.blockSignals(True)
        ui.confidentialCheck.setChecked(bool(item and item.confidential))
        ui.confidentialCheck.blockSignals(False)
        self.papers.set_rows(item.papers if item else ())
        for button in (ui.removeItemButton, ui.moveUpButton, ui.moveDownButton):
            button.setEnabled(item is not None)

    def _update_total(self) -> None:
        total = self.model.total_minutes()
        self.ui.totalLabel.setText(f"{self.model.rowCount()} items, {total} minutes in all")

    def _current_paper(self) -> int | None:
        index = self.ui.papersView.currentIndex()
        return self.papers.row_at(index.row()).id if index.isValid() else None

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_agenda_current_changed(self, current: object, _previous: object) -> None:
        self.save_item_notes()
        index = self.ui.agendaView.currentIndex()
        self._show_item(self.model.item_at(index.row()) if index.isValid() else None)

    @Slot(int, object)
    def _on_model_item_edited(self, item_id: int, row: AgendaRow) -> None:
        try:
            self._meetings.update_agenda_item(item_id, _fields(row))
        except UserFacingError as exc:
            self._on_error(exc)
        self._update_total()
        self.agenda_changed.emit()

    @Slot(list, list)
    def _on_model_order_changed(self, before: list[int], after: list[int]) -> None:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return
        try:
            change = reorder_agenda(self._services, meeting_id, after)
        except UserFacingError as exc:
            self._on_error(exc)
            self._reload()
            return

        def show_order(_change: Change) -> None:
            if self._meeting_id == meeting_id:
                self.model.set_order(self._meetings.agenda_order(meeting_id))
                self.agenda_changed.emit()

        self._undo_stack.push(ChangeCommand(change, show_order, self._on_error))
        self.agenda_changed.emit()

    @Slot()
    def _on_add_item_clicked(self) -> None:
        if self._meeting_id is None:
            return
        self.save_item_notes()
        try:
            item_id = self._meetings.add_agenda_item(self._meeting_id, AgendaFields("New item"))
        except UserFacingError as exc:
            self._on_error(exc)
            return
        self._reload(item_id)
        row = self.model.row_of(item_id)
        if row is not None:
            self.ui.agendaView.edit(self.model.index(row, TITLE))

    @Slot()
    def _on_remove_item_clicked(self) -> None:
        row = self.current_row()
        meeting_id = self._meeting_id
        if row is None or meeting_id is None:
            return
        try:
            change = remove_agenda_item(self._services, meeting_id, self.model.item_at(row).id)
        except UserFacingError as exc:
            self._on_error(exc)
            return
        before = set(self.model_ids())

        def show_agenda(_change: Change) -> None:
            if self._meeting_id == meeting_id:
                self._reload()
                # After an undo, land on the item that came back.
                back = [item for item in self.model_ids() if item not in before]
                if back:
                    self.select_row(self.model.row_of(back[0]) or 0)

        self._undo_stack.push(ChangeCommand(change, show_agenda, self._on_error))
        self._reload()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def model_ids(self) -> list[int]:
        """The ids of the agenda's items as shown, in order."""
        return [self.model.item_at(row).id for row in range(self.model.rowCount())]

    @Slot(bool)
    def _on_confidential_toggled(self, checked: bool) -> None:
        row = self.current_row()
        if row is None:
            return
        item = self.model.item_at(row)
        self._save_item(item, replace(_fields(item), confidential=checked))

    @Slot()
    def _on_attach_paper_clicked(self) -> None:
        item_id = self._item_id
        if item_id is None:
            return
        path = dialogs.ask_open_file(self.ui.agendaView, "Attach a paper", "PDF files (*.pdf)")
        if path is None:
            return
        try:
            self._meetings.attach_paper(item_id, path)
        except UserFacingError as exc:
            self._on_error(exc)
            return
        self._reload_item(item_id)

    @Slot()
    def _on_paper_confidential_clicked(self) -> None:
        paper_id = self._current_paper()
        if paper_id is None or self._item_id is None:
            return
        paper = next(p for p in self.papers_rows() if p.id == paper_id)
        self._meetings.set_paper_confidential(paper_id, not paper.confidential)
        self._reload_item(self._item_id)

    @Slot()
    def _on_remove_paper_clicked(self) -> None:
        paper_id = self._current_paper()
        if paper_id is None or self._item_id is None:
            return
        self._meetings.remove_paper(paper_id)
        self._reload_item(self._item_id)

    def papers_rows(self) -> list[PaperRow]:
        """The papers of the current item, as shown."""
        return [self.papers.row_at(n) for n in range(self.papers.rowCount())]
