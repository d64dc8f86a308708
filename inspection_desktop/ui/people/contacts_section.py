"""The People section: the contact register with search, the roles panel with its gaps, import and
export; every change undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from inspection_desktop.domain.people.contacts import (
    YOUNG_PERSON_PRIVACY_NOTE,
    ContactDraft,
    OrganisationKind,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.forms.ui_contacts_section import Ui_ContactsSection
from inspection_desktop.ui.people.contact_dialog import ContactDialog
from inspection_desktop.ui.people.contact_transfer import export_contacts, import_contacts
from inspection_desktop.ui.people.contacts_model import (
    COLUMN_EMAIL,
    COLUMN_NAME,
    COLUMN_ORGANISATION,
    COLUMN_ROLES,
    ContactsFilterModel,
    ContactsTableModel,
)
from inspection_desktop.ui.people.register_edits import RegisterEdits
from inspection_desktop.ui.people.roles_model import (
    COLUMN_HOLDERS,
    COLUMN_ROLE,
    COLUMN_STATUS,
    RolesTableModel,
    role_statuses,
)
from inspection_desktop.usecases.changes import OWNERS, PEOPLE, Change
from inspection_desktop.usecases.people.register import roles_still_to_name
from inspection_desktop.usecases.services import Services


class ContactsSection(QWidget):
    """Who is who in the open inspection, which roles are still empty, and by when."""

    plan_changed = Signal()
    contacts_changed = Signal()

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        announce: Callable[[Change], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._announce = announce
        self.ui = Ui_ContactsSection()
        self.ui.setupUi(self)
        self._services = services
        contacts = self._contacts = services.contacts
        self._inspection_id: int | None = None
        self._gap_count = 0
        self._undo_stack = undo_stack or self._own_undo_stack()
        self._edits = RegisterEdits(services, self._undo_stack, self._changed, self._on_error)
        self._model = ContactsTableModel(contacts.roles, self)
        self._proxy = ContactsFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self.ui.contactsView.setModel(self._proxy)
        self._roles_model = RolesTableModel(self)
        self._roles_proxy = QSortFilterProxyModel(self)
        self._roles_proxy.setSourceModel(self._roles_model)
        self._roles_proxy.setSortRole(SORT_KEY_ROLE)
        self.ui.rolesView.setModel(self._roles_proxy)
        self._set_up_views()
        self._connect_signals()
        self._update_buttons()

    # Set-up ------------------------------------------------------------------------------

    def _own_undo_stack(self) -> QUndoStack:
        """A stack for this section alone, with Ctrl+Z and its partner working inside it."""
        stack = QUndoStack(self)
        for action, keys in (
            (stack.createUndoAction(self, "&Undo"), QKeySequence.StandardKey.Undo),
            (stack.createRedoAction(self, "&Redo"), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        return stack

    def _set_up_views(self) -> None:
        view = self.ui.contactsView
        view.verticalHeader().setVisible(False)
        view.sortByColumn(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (COLUMN_NAME, 170),
            (COLUMN_ORGANISATION, 190),
            (COLUMN_ROLES, 380),
            (COLUMN_EMAIL, 300),
        ):
            header.resizeSection(column, width)
        row_height = self.fontMetrics().height() + 8
        view.verticalHeader().setDefaultSectionSize(row_height)
        roles_view = self.ui.rolesView
        roles_view.verticalHeader().setVisible(False)
        roles_view.sortByColumn(COLUMN_ROLE, Qt.SortOrder.AscendingOrder)
        roles_view.verticalHeader().setDefaultSectionSize(row_height)
        roles_header = roles_view.horizontalHeader()
        roles_header.setSectionResizeMode(COLUMN_ROLE, QHeaderView.ResizeMode.Interactive)
        roles_header.setSectionResizeMode(COLUMN_HOLDERS, QHeaderView.ResizeMode.Interactive)
        roles_header.setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Stretch)
        roles_header.resizeSection(COLUMN_ROLE, 280)
        roles_header.resizeSection(COLUMN_HOLDERS, 170)
        bold = self.ui.gapsHeading.font()
        bold.setBold(True)
        for label in (self.ui.gapsHeading, self.ui.rolesLabel):
            label.setFont(bold)
        self.ui.privacyNoteLabel.setText(f"Young people: {YOUNG_PERSON_PRIVACY_NOTE}")
        self.ui.contentsSplitter.setStretchFactor(0, 1)
        self.ui.contentsSplitter.setStretchFactor(1, 1)
        self._delete_action = QAction("Delete contact", self)
        self._delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self._delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(self._delete_action)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._on_search_edit_changed)
        ui.addButton.clicked.connect(self._on_add_button_clicked)
        ui.editButton.clicked.connect(self._on_edit_button_clicked)
        ui.deleteButton.clicked.connect(self._on_delete_button_clicked)
        self._delete_action.triggered.connect(self._on_delete_button_clicked)
        ui.importButton.clicked.connect(self._on_import_button_clicked)
        ui.exportCsvButton.clicked.connect(self._on_export_csv_button_clicked)
        ui.exportVcardButton.clicked.connect(self._on_export_vcard_button_clicked)
        ui.nameForRoleButton.clicked.connect(self._on_name_for_role_button_clicked)
        ui.contactsView.activated.connect(self._on_contacts_view_activated)
        ui.contactsView.selectionModel().selectionChanged.connect(
            self._on_contacts_selection_changed
        )
        ui.rolesView.selectionModel().selectionChanged.connect(self._on_roles_selection_changed)
        ui.rolesView.activated.connect(self._on_roles_view_activated)

    # Public API --------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The stack this section's changes go on."""
        return self._undo_stack

    @property
    def contacts_model(self) -> ContactsTableModel:
        """The contacts' source model."""
        return self._model

    @property
    def roles_model(self) -> RolesTableModel:
        """The roles panel's model."""
        return self._roles_model

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's register."""
        self._inspection_id = inspection_id
        self.refresh()

    def refresh(self) -> None:
        """Read the register again and redraw, keeping the selection."""
        if self._inspection_id is None:
            return
        selected = [row.id for row in self.selected_contacts()]
        try:
            rows = self._contacts.contacts(self._inspection_id)
            holders = self._contacts.role_holders(self._inspection_id)
            gaps = roles_still_to_name(self._services, self._inspection_id)
        except UserFacingError as error:
            dialogs.show_error(self, "Cannot read the contacts", str(error))
            return
        self._model.set_contacts(rows)
        self._roles_model.set_statuses(role_statuses(self._contacts.roles, holders, gaps))
        self._gap_count = len(gaps)
        if gaps:
            self.ui.gapsLabel.setText("\n".join(gap.message for gap in gaps))
        else:
            self.ui.gapsLabel.setText("Every role the plan needs has someone named.")
        for contact_id in selected:
            self.select_contact(contact_id, keep=True)
        self._update_count()
        self._update_buttons()
        self.contacts_changed.emit()

    def gap_count(self) -> int:
        """How many roles the plan needs that nobody holds yet."""
        return self._gap_count

    def gap_text(self) -> str:
        """The gap warnings as shown above the roles."""
        return self.ui.gapsLabel.text()

    def selected_contacts(self) -> list[ContactRow]:
        """The contacts selected in the table, top to bottom."""
        rows = sorted(
            {index.row() for index in self.ui.contactsView.selectionModel().selectedRows()}
        )
        return [
            self._model.contact_at(self._proxy.mapToSource(self._proxy.index(r, 0)).row())
            for r in rows
        ]

    def select_contact(self, contact_id: int, keep: bool = False) -> bool:
        """Select a contact's row (adding to the selection if ``keep``); False if not shown."""
        row = self._model.row_of(contact_id)
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row, 0))
        if not index.isValid():
            return False
        selection = self.ui.contactsView.selectionModel()
        flags = selection.SelectionFlag.Rows
        flags |= selection.SelectionFlag.Select if keep else selection.SelectionFlag.ClearAndSelect
        if not keep:
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
        selection.select(index, flags)
        return True

    def select_role(self, role_key: str) -> bool:
        """Select a role in the roles panel (Home opens a role still to name this way)."""
        for row in range(self._roles_model.rowCount()):
            if self._roles_model.status_at(row).role.key == role_key:
                index = self._roles_proxy.mapFromSource(self._roles_model.index(row, 0))
                if index.isValid():
                    self.ui.rolesView.setCurrentIndex(index)
                    self.ui.rolesView.scrollTo(index)
                    self.ui.rolesView.setFocus()
                    return True
        return False

    def add_contact(self, draft: ContactDraft, kind: OrganisationKind | None = None) -> ContactRow:
        """Add a contact, undoably (raises UserFacingError when the register refuses it)."""
        row = self._edits.add(self._require_inspection(), draft, kind)
        self.select_contact(row.id)
        return row

    def update_contact(
        self, contact_id: int, draft: ContactDraft, kind: OrganisationKind | None = None
    ) -> ContactRow:
        """Change a contact's details and roles, undoably."""
        return self._edits.update(contact_id, draft, kind)

    def delete_contacts(self, contact_ids: list[int]) -> None:
        """Remove contacts, undoably (undo puts them back with their roles and items)."""
        self._edits.delete(contact_ids)

    def assign_role(self, contact_id: int, role_key: str) -> None:
        """Give a contact a role, undoably."""
        self._edits.assign_role(contact_id, role_key)

    def search(self, text: str) -> None:
        """Type into the search box."""
        self.ui.searchEdit.setText(text)

    def visible_names(self) -> list[str]:
        """The names the table shows now, top to bottom."""
        return [
            str(self._proxy.index(row, COLUMN_NAME).data()) for row in range(self._proxy.rowCount())
        ]

    # Helpers -----------------------------------------------------------------------------

    def _require_inspection(self) -> int:
        if self._inspection_id is None:
            raise UserFacingError("Open an inspection first.")
        return self._inspection_id

    def _changed(self, change: Change | None = None) -> None:
        self.refresh()
        if self._announce is not None:
            # In the window: every tab showing people (the checklist's owners, meetings'
            # attendees, file readers, letters' recipients) hears what the edit touched; an
            # import may touch anyone.
            self._announce(change or Change("import contacts", frozenset({PEOPLE, OWNERS})))
            return
        # Owners shown in the checklist follow the register (a role's only holder, a named person).
        self.plan_changed.emit()

    def _on_error(self, error: UserFacingError) -> None:
        dialogs.show_error(self, "The change was not saved", str(error))
        self.refresh()

    def _open_dialog(self, contact: ContactRow | None) -> None:
        organisations = {
            row.organisation: row.organisation_kind
            for row in self._model_rows()
            if row.organisation
        }
        if contact is None:
            save: Callable[[ContactDraft, OrganisationKind | None], object] = self.add_contact
        else:
            contact_id = contact.id

            def save(draft: ContactDraft, kind: OrganisationKind | None) -> object:
                return self.update_contact(contact_id, draft, kind)

        dialog = ContactDialog(self._contacts.roles, organisations, save, contact, self)
        dialog.exec()
        dialog.deleteLater()

    def _model_rows(self) -> list[ContactRow]:
        return [self._model.contact_at(row) for row in range(self._model.rowCount())]

    def _update_count(self) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        noun = "contact" if total == 1 else "contacts"
        text = f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"
        search = self.ui.searchEdit.text().strip()
        if total == 0:
            # An empty register says how to fill it: the two buttons below the table.
            text = "Nobody in the register yet: Add a person, or Import CSV from Outlook or Excel."
        elif shown == 0 and search:
            text = f"No match for “{search}” — clear the search to see all {total}."
        self.ui.countLabel.setText(text)

    def _update_buttons(self) -> None:
        count = len(self.selected_contacts())
        has_inspection = self._inspection_id is not None
        self.ui.editButton.setEnabled(count == 1)
        self.ui.deleteButton.setEnabled(count > 0)
        self._delete_action.setEnabled(count > 0)
        for button in (self.ui.addButton, self.ui.importButton):
            button.setEnabled(has_inspection)
        for button in (self.ui.exportCsvButton, self.ui.exportVcardButton):
            button.setEnabled(self._model.rowCount() > 0)
        self.ui.nameForRoleButton.setEnabled(
            bool(self.ui.rolesView.selectionModel().selectedRows())
        )

    def _selected_role_key(self) -> str | None:
        rows = self.ui.rolesView.selectionModel().selectedRows()
        if not rows:
            return None
        return self._roles_model.status_at(self._roles_proxy.mapToSource(rows[0]).row()).role.key

    # Slots -------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edit_changed(self, text: str) -> None:
        self._proxy.set_search(text)
        self._update_count()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if self._inspection_id is not None:
            self._open_dialog(None)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        selected = self.selected_contacts()
        if len(selected) == 1:
            self._open_dialog(selected[0])

    @Slot(QModelIndex)
    def _on_contacts_view_activated(self, _index: QModelIndex) -> None:
        self._on_edit_button_clicked()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_contacts()
        if selected:
            try:
                self.delete_contacts([row.id for row in selected])
            except UserFacingError as error:
                self._on_error(error)

    @Slot()
    def _on_import_button_clicked(self) -> None:
        if self._inspection_id is not None and import_contacts(
            self, self._services, self._inspection_id
        ):
            self._changed()

    @Slot()
    def _on_export_csv_button_clicked(self) -> None:
        export_contacts(
            self, self._model_rows(), self.selected_contacts(), self._contacts.roles, False
        )

    @Slot()
    def _on_export_vcard_button_clicked(self) -> None:
        export_contacts(
            self, self._model_rows(), self.selected_contacts(), self._contacts.roles, True
        )

    @Slot()
    def _on_name_for_role_button_clicked(self) -> None:
        key = self._selected_role_key()
        if key is None:
            return
        role = self._contacts.roles.get(key)
        candidates = [row for row in self._model_rows() if key not in row.roles]
        labels = [
            f"{row.name} ({row.organisation or row.group})"
            if (row.organisation or row.group)
            else row.name
            for row in candidates
        ]
        chosen = dialogs.ask_choice(self, "Name someone", f"Who is the {role.name}?", labels)
        if chosen is None:
            return
        try:
            self.assign_role(candidates[chosen].id, key)
        except UserFacingError as error:
            dialogs.show_error(self, "Role not assigned", str(error))

    @Slot(QModelIndex)
    def _on_roles_view_activated(self, _index: QModelIndex) -> None:
        self._on_name_for_role_button_clicked()

    @Slot(QItemSelection, QItemSelection)
    def _on_contacts_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    @Slot(QItemSelection, QItemSelection)
    def _on_roles_selection_changed(self, *_args: object) -> None:
        self._update_buttons()
