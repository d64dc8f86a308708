"""Adding or editing one contact: details, organisation, roles; young people keep the least data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from inspection_desktop.domain.people.contacts import (
    YOUNG_PERSON_PRIVACY_NOTE,
    ContactDraft,
    OrganisationKind,
    guess_organisation_kind,
)
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE
from inspection_desktop.ui.forms.ui_contact_dialog import Ui_ContactDialog

SaveContact = Callable[[ContactDraft, OrganisationKind | None], Any]
ROLE_KEY_ROLE = RECORD_KEY_ROLE


class ContactDialog(QDialog):
    """The contact form; Save hands the draft to ``save`` and stays open if it is refused."""

    def __init__(
        self,
        roles: RoleCatalogue,
        organisations: Mapping[str, OrganisationKind | None],
        save: SaveContact,
        contact: ContactRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._roles = roles
        self._organisations = dict(organisations)
        self._save = save
        self._role_model = QStandardItemModel(self)
        self.ui.rolesView.setModel(self._role_model)
        self.setWindowTitle(f"Edit {contact.name}" if contact else "Add a contact")
        self.ui.privacyNoteLabel.setText(YOUNG_PERSON_PRIVACY_NOTE)
        self.ui.problemLabel.hide()
        for kind in OrganisationKind:
            self.ui.kindCombo.addItem(kind.label, kind.value)
        self.ui.organisationCombo.addItems(sorted(self._organisations, key=str.casefold))
        self._fill_roles(contact.roles if contact else ())
        self._fill_details(contact)
        self._connect_signals()
        self._show_young_person_fields()

    # Public API --------------------------------------------------------------------------

    def draft(self) -> ContactDraft:
        """The contact as filled in; a young person's contact details are never included."""
        ui = self.ui
        young = self.is_young_person()
        return ContactDraft(
            name=ui.nameEdit.text(),
            job_title="" if young else ui.jobTitleEdit.text(),
            organisation="" if young else ui.organisationCombo.currentText(),
            email="" if young else ui.emailEdit.text(),
            phone="" if young else ui.phoneEdit.text(),
            address="" if young else ui.addressEdit.toPlainText(),
            notes=ui.notesEdit.toPlainText(),
            roles=self.checked_roles(),
            group=ui.groupEdit.text() if young else "",
        )

    def organisation_kind(self) -> OrganisationKind | None:
        """The kind of body chosen, or None when no organisation is given."""
        if self.is_young_person() or not self.ui.organisationCombo.currentText().strip():
            return None
        return OrganisationKind(self.ui.kindCombo.currentData())

    def checked_roles(self) -> tuple[str, ...]:
        """The keys of the roles ticked, in catalogue order."""
        return tuple(
            str(item.data(ROLE_KEY_ROLE))
            for item in (self._role_model.item(row) for row in range(self._role_model.rowCount()))
            if item.isCheckable() and item.checkState() == Qt.CheckState.Checked
        )

    def set_role_checked(self, key: str, checked: bool) -> None:
        """Tick or untick a role, as the user would."""
        for row in range(self._role_model.rowCount()):
            item = self._role_model.item(row)
            if item.data(ROLE_KEY_ROLE) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_young_person(self) -> bool:
        """Whether a young person's role is ticked (so only a name and group are kept)."""
        return any(self._roles.get(key).young_person for key in self.checked_roles())

    def problem_text(self) -> str:
        """Why the last Save was refused ("" when it was not)."""
        return self.ui.problemLabel.text() if self.ui.problemLabel.isVisibleTo(self) else ""

    # Set-up ------------------------------------------------------------------------------

    def _fill_roles(self, held: tuple[str, ...]) -> None:
        side = None
        for role in self._roles:
            if role.side is not side:
                # A heading per side, so partnership and Care Inspectorate roles read apart.
                side = role.side
                heading = QStandardItem(side.label)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # readable, never ticked or selected
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self._role_model.appendRow(heading)
            suffix = " (young person)" if role.young_person else ""
            item = QStandardItem(f"{role.name}{suffix}")
            item.setData(role.key, ROLE_KEY_ROLE)
            item.setToolTip(role.description)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if role.key in held else Qt.CheckState.Unchecked
            )
            self._role_model.appendRow(item)

    def _fill_details(self, contact: ContactRow | None) -> None:
        ui = self.ui
        if contact is None:
            ui.organisationCombo.setCurrentText("")
            self._on_organisation_combo_changed("")
            return
        ui.nameEdit.setText(contact.name)
        ui.jobTitleEdit.setText(contact.job_title)
        ui.organisationCombo.setCurrentText(contact.organisation)
        ui.emailEdit.setText(contact.email)
        ui.phoneEdit.setText(contact.phone)
        ui.addressEdit.setPlainText(contact.address)
        ui.groupEdit.setText(contact.group)
        ui.notesEdit.setPlainText(contact.notes)
        kind = contact.organisation_kind or guess_organisation_kind(contact.organisation)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind.value))

    def _connect_signals(self) -> None:
        self._role_model.itemChanged.connect(self._on_role_model_item_changed)
        self.ui.organisationCombo.currentTextChanged.connect(self._on_organisation_combo_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _show_young_person_fields(self) -> None:
        young = self.is_young_person()
        form = self.ui.detailsForm
        for field in (
            self.ui.jobTitleEdit,
            self.ui.organisationCombo,
            self.ui.kindCombo,
            self.ui.emailEdit,
            self.ui.phoneEdit,
            self.ui.addressEdit,
        ):
            form.setRowVisible(field, not young)
        form.setRowVisible(self.ui.groupEdit, young)
        self.ui.privacyNoteLabel.setVisible(young)
        self.ui.nameLabel.setText("First name or &initials:" if young else "&Name:")

    # Slots -------------------------------------------------------------------------------

    @Slot(QStandardItem)
    def _on_role_model_item_changed(self, _item: QStandardItem) -> None:
        self._show_young_person_fields()

    @Slot(str)
    def _on_organisation_combo_changed(self, text: str) -> None:
        known = next(
            (
                kind
                for name, kind in self._organisations.items()
                if name.casefold() == text.casefold()
            ),
            None,
        )
        kind = known or guess_organisation_kind(text)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(kind.value))

    def accept(self) -> None:
        """Save the contact; if the register refuses it, say why and stay open."""
        try:
            self._save(self.draft(), self.organisation_kind())
        except UserFacingError as error:
            self.ui.problemLabel.setText(str(error))
            self.ui.problemLabel.show()
            return
        super().accept()
