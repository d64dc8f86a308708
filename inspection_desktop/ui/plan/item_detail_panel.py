"""The selected checklist item's details beside the plan: notes, date, owner, and the buttons
other features add for their items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QPushButton, QWidget

from inspection_desktop.domain.dates import long_date, week_span
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.forms.ui_item_detail_panel import Ui_ItemDetailPanel
from inspection_desktop.ui.plan.item_details import details_html, when_text
from inspection_desktop.ui.shell.item_actions import ItemAction
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.plan.items import move_item, set_item_notes, set_item_owner

if TYPE_CHECKING:
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.ui.plan.item_owner_picker import ItemOwnerPicker
    from inspection_desktop.usecases.services import Services


class PlanHost(Protocol):
    """What the panel needs from the plan section it sits in: the plan on screen and its edits."""

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

    def apply(self, use_case: Callable[[], Change]) -> bool:
        """Run a use case and put its change on the undo stack (False: it was refused)."""
        ...

    def report_error(self, exc: UserFacingError) -> None:
        """Tell the user a change was not saved, and refresh."""
        ...

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A message on the window's status bar."""
        ...


class ItemDetailPanel(QGroupBox):
    """Shows the selected item and saves what the user changes there."""

    status_chosen = Signal(object)
    """The user chose an ``ItemStatus`` for the selected item."""

    def __init__(self, host: PlanHost, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDetailPanel()
        self.ui.setupUi(self)
        self._host = host
        self._services = services
        self._service = services.inspections
        self._people: ContactService | None = None
        self._owner_picker: ItemOwnerPicker | None = None
        self._actions: list[tuple[ItemAction, QPushButton]] = []
        self._row: PlanRow | None = None
        title_font = self.ui.itemTitleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.ui.itemTitleLabel.setFont(title_font)
        for status in ItemStatus:
            self.ui.statusCombo.addItem(status.label, status.value)
        # The checklist's titles matter most: keep the panel from claiming half the width
        # (long names in its combo boxes would otherwise set its minimum).
        self.ui.statusCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.statusCombo.setMinimumContentsLength(16)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.moveButton.clicked.connect(self.ask_move_date)
        self.ui.saveNotesButton.clicked.connect(self._on_save_notes_clicked)
        self.ui.statusCombo.activated.connect(self._on_status_combo_activated)

    def add_item_action(self, action: ItemAction) -> QPushButton:
        """A button for another feature's action, shown for the items it applies to; it sits
        before Move date, in the Tab order too."""
        button = QPushButton(action.text, self)
        button.setObjectName(f"itemAction-{action.key}")
        button.setToolTip(action.tool_tip)
        button.setVisible(False)
        layout = self.ui.detailButtons
        move_at = layout.indexOf(self.ui.moveButton)
        previous = layout.itemAt(move_at - 1) if move_at > 0 else None
        before = (previous.widget() if previous else None) or self.ui.notesEdit
        layout.insertWidget(move_at, button)
        QWidget.setTabOrder(before, button)
        QWidget.setTabOrder(button, self.ui.moveButton)
        button.clicked.connect(lambda: self._run_action(action))
        self._actions.append((action, button))
        self.show_item(self._row)
        return button

    def item_action_button(self, key: str) -> QPushButton | None:
        """The button of an item action, by its key."""
        return next((b for a, b in self._actions if a.key == key), None)

    def _run_action(self, action: ItemAction) -> None:
        row = self._host.plan_row(self._host.selected_item_id())
        if row is not None and action.applies_to(row):
            action.run(row)

    def forget_people(self) -> None:
        """The register may have changed: read it again when next needed."""
        if self._owner_picker is not None:
            self._owner_picker.forget_people()

    def add_owner_picker(self, contacts: ContactService) -> None:
        """Put a "Person:" choice under Owner, whose choice is saved undoably."""
        from inspection_desktop.ui.plan.item_owner_picker import ItemOwnerPicker

        self._owner_picker = ItemOwnerPicker(contacts, self)
        self._owner_picker.add_to_form(self.ui.detailForm, after_row=1)
        self._owner_picker.owner_chosen.connect(self._on_owner_picker_chosen)
        self._people = contacts

    @Slot(int, object)
    def _on_owner_picker_chosen(self, item_id: int, contact_id: int | None) -> None:
        if self._people is None or self._host.plan_row(item_id) is None:
            return
        self._host.apply(lambda: set_item_owner(self._services, item_id, contact_id))

    def show_item(self, row: PlanRow | None) -> None:
        """Fill the panel with an item, or empty and disable it when none is selected."""
        self._row = row
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
        for action, button in self._actions:
            button.setVisible(row is not None and action.applies_to(row))
        if row is None:
            self.ui.itemTitleLabel.setText("Select an item in the checklist.")
            for label in (self.ui.whenLabel, self.ui.ownerLabel, self.ui.kindLabel):
                label.clear()
            self.ui.completedLabel.clear()
            self.ui.statusCombo.setCurrentIndex(-1)  # not the last item's status, greyed out
            self.ui.descriptionBrowser.clear()
            self.ui.notesEdit.clear()
            return
        week = self._host.plan_calendar().week(row.week)
        self.ui.itemTitleLabel.setText(row.title)
        self.ui.whenLabel.setText(when_text(row, week_span(week.starts_on, week.friday)))
        lead = "Care Inspectorate" if row.lead == "care_inspectorate" else "Partnership"
        self.ui.ownerLabel.setText(f"{row.owner_name} ({lead} leads)")
        self.ui.kindLabel.setText(f"{row.kind.label} · {row.origin.label}")
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(row.status.value))
        self.ui.completedLabel.setText(long_date(row.completed_on) if row.completed_on else "—")
        extra = "".join(
            action.details_html(row)
            for action, _button in self._actions
            if action.details_html is not None and action.applies_to(row)
        )
        self.ui.descriptionBrowser.setHtml(details_html(row, self._service.roles) + extra)
        if self.ui.notesEdit.toPlainText() != row.notes:
            self.ui.notesEdit.setPlainText(row.notes)

    def _selected_row(self) -> PlanRow | None:
        return self._host.plan_row(self._host.selected_item_id())

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
        if self._host.apply(lambda: set_item_notes(self._services, row.id, after)):
            self._host.show_status("Notes saved", 3000)

    def save_notes(self) -> None:
        """Save the notes box to the selected item, undoably."""
        self._on_save_notes_clicked()

    @Slot()
    def ask_move_date(self) -> None:
        """Ask for another date for the selected item, and move it there."""
        row = self._selected_row()
        if row is None:
            return
        due = self._host.plan_calendar().due_date(row.week)
        from inspection_desktop.ui.plan.move_item_dialog import MoveItemDialog

        dialog = MoveItemDialog(row, due, self.window())
        if dialog.exec() != MoveItemDialog.DialogCode.Accepted:
            return
        self.move_item(row.id, dialog.chosen_date)

    def move_item(self, item_id: int, moved_to: dt.date | None) -> None:
        """Pin an item to a date (None: back to its plan week), undoably."""
        if self._host.plan_row(item_id) is not None:
            self._host.apply(lambda: move_item(self._services, item_id, moved_to))

    @Slot(int)
    def _on_status_combo_activated(self, index: int) -> None:
        self.status_chosen.emit(ItemStatus(self.ui.statusCombo.itemData(index)))
