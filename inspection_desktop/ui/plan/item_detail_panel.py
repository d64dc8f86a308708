"""The selected checklist item's details beside the plan: notes, date, owner and the PIR step."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMainWindow

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date, week_span
from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.pir.pir_check_service import PirCheckService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.forms.ui_main_window import Ui_MainWindow
from inspection_desktop.ui.plan.item_details import details_html, when_text
from inspection_desktop.ui.plan.move_item_dialog import MoveItemDialog

if TYPE_CHECKING:
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.ui.plan.item_owner_picker import ItemOwnerPicker


class PlanWindow(Protocol):
    """What the panel needs from the window it sits in: the plan on screen and its undo stack."""

    ui: Ui_MainWindow

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""
        ...

    def selected_item_id(self) -> int | None:
        """The id of the selected checklist item."""
        ...

    def plan_row(self, item_id: int | None) -> PlanRow | None:
        """An item of the plan on screen, as last read."""
        ...

    def plan_calendar(self) -> InspectionCalendar:
        """The open inspection's calendar, as last read."""
        ...

    def push_change(
        self, text: str, apply: Callable[[], object], revert: Callable[[], object]
    ) -> None:
        """Put a change that is already made on the undo stack, and refresh."""
        ...

    def report_error(self, exc: UserFacingError) -> None:
        """Tell the user a change was not saved, and refresh."""
        ...

    def refresh(self) -> None:
        """Read the plan again and redraw."""
        ...


class ItemDetailPanel(QObject):
    """Shows the selected item on the window's form and saves what the user changes there."""

    def __init__(
        self,
        window: PlanWindow,
        service: InspectionService,
        pir_checks: PirCheckService | None,
        parent: QMainWindow,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent
        self.ui = window.ui
        self._service = service
        self._pir_checks = pir_checks
        self._people: ContactService | None = None
        self._owner_picker: ItemOwnerPicker | None = None
        title_font = self.ui.itemTitleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.ui.itemTitleLabel.setFont(title_font)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.actionMoveDate.triggered.connect(self._on_move_date_triggered)
        self.ui.moveButton.clicked.connect(self._on_move_date_triggered)
        self.ui.pirCheckButton.clicked.connect(self._on_pir_check_clicked)
        self.ui.saveNotesButton.clicked.connect(self._on_save_notes_clicked)

    def add_owner_picker(self, contacts: ContactService) -> None:
        """Put a "Person:" choice under Owner, whose choice is saved undoably."""
        from inspection_desktop.ui.plan.item_owner_picker import ItemOwnerPicker

        self._owner_picker = ItemOwnerPicker(contacts, self.ui.ownerLabel.parentWidget())
        self._owner_picker.add_to_form(self.ui.detailForm, after_row=1)
        self._owner_picker.owner_chosen.connect(self._on_owner_picker_chosen)
        self._people = contacts

    @Slot(int, object)
    def _on_owner_picker_chosen(self, item_id: int, contact_id: int | None) -> None:
        plan, row = self._service, self._window.plan_row(item_id)
        if self._people is None or row is None:
            return
        try:
            before = plan.set_owner(item_id, contact_id).before
        except UserFacingError as exc:
            self._window.report_error(exc)
            return
        self._window.push_change(
            f"change the owner of “{row.title}”",
            lambda: plan.set_owner(item_id, contact_id),
            lambda: plan.set_owner(item_id, before),
        )

    def show_item(self, row: PlanRow | None) -> None:
        """Fill the form with an item, or empty and disable it when none is selected."""
        has_row = row is not None
        if self._owner_picker is not None:
            self._owner_picker.show_item(row)
        for widget in (
            self.ui.statusCombo,
            self.ui.notesEdit,
            self.ui.saveNotesButton,
            self.ui.moveButton,
        ):
            widget.setEnabled(has_row)
        for action in (
            self.ui.actionToggleDone,
            self.ui.actionNotStarted,
            self.ui.actionInProgress,
            self.ui.actionDone,
            self.ui.actionNotApplicable,
            self.ui.actionMoveDate,
        ):
            action.setEnabled(has_row)
        if row is None:
            self.ui.pirCheckButton.setVisible(False)
            self.ui.itemTitleLabel.setText("Select an item in the checklist.")
            for label in (self.ui.whenLabel, self.ui.ownerLabel, self.ui.kindLabel):
                label.clear()
            self.ui.completedLabel.clear()
            self.ui.statusCombo.setCurrentIndex(-1)  # not the last item's status, greyed out
            self.ui.descriptionBrowser.clear()
            self.ui.notesEdit.clear()
            return
        week = self._window.plan_calendar().week(row.week)
        self.ui.itemTitleLabel.setText(row.title)
        self.ui.whenLabel.setText(when_text(row, week_span(week.starts_on, week.friday)))
        lead = "Care Inspectorate" if row.lead == "care_inspectorate" else "Partnership"
        self.ui.ownerLabel.setText(f"{row.owner_name} ({lead} leads)")
        self.ui.kindLabel.setText(row.kind.label)
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(row.status.value))
        self.ui.completedLabel.setText(long_date(row.completed_on) if row.completed_on else "—")
        extra = self._pir_check_html() if row.key == PIR_ITEM_KEY else ""
        self.ui.descriptionBrowser.setHtml(details_html(row, self._service.roles) + extra)
        self.ui.pirCheckButton.setVisible(row.key == PIR_ITEM_KEY and self._pir_checks is not None)
        if self.ui.notesEdit.toPlainText() != row.notes:
            self.ui.notesEdit.setPlainText(row.notes)

    def _pir_check_html(self) -> str:
        inspection_id = self._window.inspection_id
        latest = self._pir_checks.latest(inspection_id or 0) if self._pir_checks else None
        if latest is None:
            return "<p><b>Population list:</b> not checked yet.</p>"
        when = long_date(latest.checked_at.date())
        if latest.still_flagged:
            columns = html.escape(", ".join(latest.still_flagged))
            state = f"flagged columns remain: {columns}"
            if latest.reason:
                state += f". Reason recorded: {html.escape(latest.reason)}"
        else:
            state = "no flagged columns in what will be sent"
        name = html.escape(latest.file_name)
        return f"<p><b>Population list:</b> {name}, checked {when}: {state}.</p>"

    def _selected_row(self) -> PlanRow | None:
        return self._window.plan_row(self._window.selected_item_id())

    def has_unsaved_notes(self) -> bool:
        """Whether the notes box holds text not yet saved to the selected item."""
        row = self._selected_row()
        return row is not None and self.ui.notesEdit.toPlainText() != row.notes

    @Slot()
    def _on_save_notes_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        before, after = row.notes, self.ui.notesEdit.toPlainText()
        if before == after:
            return
        try:
            self._service.set_notes(row.id, after)
        except UserFacingError as exc:
            self._window.report_error(exc)
            return
        self._window.push_change(
            f"edit the notes of “{row.title}”",
            lambda: self._service.set_notes(row.id, after),
            lambda: self._service.set_notes(row.id, before),
        )
        self.ui.statusbar.showMessage("Notes saved", 3000)

    def save_notes(self) -> None:
        """Save the notes box to the selected item, undoably."""
        self._on_save_notes_clicked()

    @Slot()
    def _on_move_date_triggered(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        due = self._window.plan_calendar().due_date(row.week)
        dialog = MoveItemDialog(row, due, self._parent)
        if dialog.exec() != MoveItemDialog.DialogCode.Accepted:
            return
        self.move_item(row.id, dialog.chosen_date)

    def move_item(self, item_id: int, moved_to: dt.date | None) -> None:
        """Pin an item to a date (None: back to its plan week), undoably."""
        row = self._window.plan_row(item_id)
        if row is None:
            return
        before = self._service.moved_to(item_id)
        try:
            self._service.move_item(item_id, moved_to)
        except UserFacingError as exc:
            self._window.report_error(exc)
            return
        self._window.push_change(
            f"move “{row.title}”",
            lambda: self._service.move_item(item_id, moved_to),
            lambda: self._service.move_item(item_id, before),
        )

    @Slot()
    def _on_pir_check_clicked(self) -> None:
        from inspection_desktop.ui.pir.pir_guard_dialog import PirGuardDialog

        inspection_id = self._window.inspection_id
        if self._pir_checks is None or inspection_id is None:
            return
        dialog = PirGuardDialog(self._parent, today=clock.today())
        dialog.exec()
        outcome = dialog.outcome()
        if outcome.checked_file is None:
            return
        try:
            self._pir_checks.record(inspection_id, outcome)
        except UserFacingError as exc:
            self._window.report_error(exc)
            return
        self._window.refresh()
