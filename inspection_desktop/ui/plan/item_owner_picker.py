"""The "Person:" choice under a checklist item's owner: one of the people holding the owner role."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.storage.people.contact_service import ContactService

NO_PERSON = -1


def role_in_sentence(name: str) -> str:
    """A role's name after "The": lower case, unless it holds a proper noun ("Police Scotland")."""
    if any(letter.isupper() for letter in name[1:]):
        return name
    return name.lower()


class ItemOwnerPicker(QComboBox):
    """Chooses who owns an item: a holder of its owner role, or anyone else in the register."""

    owner_chosen = Signal(int, object)  # item id, the chosen contact id or None

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._row: PlanRow | None = None
        # The register as last read, per inspection: showing an item must not read it again.
        self._people: dict[int, list[ContactRow]] = {}
        self.setAccessibleName("The person who owns this item")
        # A long choice ("The Chair of the Community Planning Partnership, no one person") must
        # not widen the details pane, which would squeeze the checklist's titles out of sight.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.activated.connect(self._on_activated)

    def add_to_form(self, form: QFormLayout, after_row: int) -> None:
        """Put the picker, with its "Person:" label, in a form below another row."""
        label = QLabel("Pe&rson:", self.parentWidget())
        label.setBuddy(self)
        form.insertRow(after_row + 1, label, self)
        # Made after the form, the picker would come last on Tab; put it before the next field.
        for row in range(after_row + 2, form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if field is not None and _takes_tab(field):
                _put_before(self, field)
                break

    def forget_people(self) -> None:
        """Read the register afresh next time (it may have changed)."""
        self._people.clear()

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
        # The role's holders come first; anyone else in the register can take an item on too.
        people = self._people.get(row.inspection_id)
        if people is None:
            people = self._people[row.inspection_id] = self._contacts.contacts(row.inspection_id)
        holders = [person for person in people if row.owner_role in person.roles]
        others = [person for person in people if row.owner_role not in person.roles]
        owner = row.owner_contact_id
        role = role_in_sentence(row.owner_name)
        if len(holders) == 1:
            first = f"The {role} ({holders[0].name})"
        else:
            first = f"The {role}, no one person"
        self.addItem(first, NO_PERSON)
        for person in holders:
            self.addItem(person.name, person.id)
        if others:
            self.insertSeparator(self.count())
            for person in others:
                self.addItem(person.name, person.id)
        self.setCurrentIndex(max(self.findData(NO_PERSON if owner is None else owner), 0))
        self.setEnabled(self.count() > 1)

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        if self._row is None:
            return
        chosen = self.itemData(index)
        self.owner_chosen.emit(self._row.id, None if chosen == NO_PERSON else int(chosen))


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _put_before(widget: QWidget, field: QWidget) -> None:
    """Put ``widget`` just before ``field`` on Tab.

    Qt orders only widgets that take focus, and the one just before ``field`` is usually a
    label; it takes focus for the moment of the move. (Walking back to the last widget that
    takes Tab crosses the window, and makes Python types for every kind of widget on the way:
    several milliseconds of start-up.)
    """
    before = field.previousInFocusChain()
    if before is None or before is field:
        return
    policy = before.focusPolicy()
    if not policy & Qt.FocusPolicy.TabFocus:
        before.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    QWidget.setTabOrder(before, widget)
    before.setFocusPolicy(policy)
    QWidget.setTabOrder(widget, field)
