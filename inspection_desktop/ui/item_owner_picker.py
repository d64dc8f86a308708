"""The "Person:" choice under a checklist item's owner: one of the people holding the owner role."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from inspection_desktop.domain.plan import PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.contact_service import ContactService

NO_PERSON = -1


class ItemOwnerPicker(QComboBox):
    """Chooses which holder of an item's owner role owns it; "not named" leaves the role alone."""

    owner_chosen = Signal(int, object)  # item id, the chosen contact id or None

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._row: PlanRow | None = None
        self.setAccessibleName("The person who owns this item")
        self.activated.connect(self._on_activated)

    def add_to_form(self, form: QFormLayout, after_row: int) -> None:
        """Put the picker, with its "Person:" label, in a form below another row."""
        label = QLabel("&Person:", self.parentWidget())
        label.setBuddy(self)
        form.insertRow(after_row + 1, label, self)

    def show_item(self, row: PlanRow | None) -> None:
        """List the people who hold the item's owner role, with the current owner chosen."""
        self._row = row
        self.blockSignals(True)
        self.clear()
        self.setEnabled(row is not None)
        if row is not None:
            try:
                self._fill(row)
            except UserFacingError:
                self.setEnabled(False)
        self.blockSignals(False)

    def _fill(self, row: PlanRow) -> None:
        holders = self._contacts.role_holders(row.inspection_id).get(row.owner_role, ())
        owner = self._contacts.item_owner(row.id)
        self.addItem(
            f"Not named (the {row.owner_name.lower()})"
            if holders
            else "Nobody holds this role yet",
            NO_PERSON,
        )
        for holder in holders:
            self.addItem(holder.name, holder.id)
        if owner is not None and self.findData(owner) < 0:
            self.addItem(self._contacts.contact(owner).name, owner)
        self.setCurrentIndex(max(self.findData(owner if owner is not None else NO_PERSON), 0))
        self.setEnabled(self.count() > 1)

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        if self._row is None:
            return
        chosen = self.itemData(index)
        self.owner_chosen.emit(self._row.id, None if chosen == NO_PERSON else int(chosen))
