"""The contact import preview: choose how the file is read and which column is which; confirm."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QWidget

from inspection_desktop.documents.people.contact_columns import ContactField, guess_column_mapping
from inspection_desktop.documents.people.contact_mapping import ImportPreview, apply_mapping
from inspection_desktop.documents.people.contacts_csv import (
    ContactTable,
    Delimiter,
    TextEncoding,
    read_contact_table,
)
from inspection_desktop.domain.people.contacts import YOUNG_PERSON_PRIVACY_NOTE, ContactDraft
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.forms.ui_contact_import_dialog import Ui_ContactImportDialog
from inspection_desktop.ui.people.contact_preview_model import (
    REFUSED_TEXT,
    ROW,
    STATUS,
    ImportPreviewModel,
)

NOT_IMPORTED = -1
# Wide enough for most reasons and addresses; the tooltip and a wider column show the rest.
_MAX_COLUMN_WIDTH = 320
CSV_FILTER = "Contact spreadsheets (*.csv *.txt);;All files (*)"


class ContactImportDialog(QDialog):
    """Preview a contact file's import; OK returns the ImportPreview to store."""

    preview_updated = Signal(object)  # the new ImportPreview, or None when the file can't be read

    def __init__(
        self,
        path: Path,
        roles: RoleCatalogue,
        existing_holders: Mapping[str, ContactDraft] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Read the file (UserFacingError when it can't be read at all) and guess the columns."""
        super().__init__(parent)
        self._path = path
        self._roles = roles
        self._holders = dict(existing_holders or {})
        self._table: ContactTable | None = read_contact_table(path)
        self._preview: ImportPreview | None = None
        self._field_combos: dict[ContactField, QComboBox] = {}
        self.ui = Ui_ContactImportDialog()
        self.ui.setupUi(self)
        self._model = ImportPreviewModel(roles, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setSortRole(SORT_KEY_ROLE)
        self._proxy.setFilterKeyColumn(STATUS)
        self.ui.previewTable.setModel(self._proxy)
        self.ui.previewTable.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        self.ui.previewTable.verticalHeader().setVisible(False)
        self.ui.previewTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.ui.previewTable.horizontalHeader().setStretchLastSection(True)
        self.ui.fileLabel.setText(f"File: {path}")
        self.ui.readProblemLabel.hide()
        self._build_reading_choices()
        self._build_field_combos()
        self._show_table(self._table)
        self._connect_signals()

    def preview(self) -> ImportPreview | None:
        """The preview as it stands (None when the file can't be read with the current choices)."""
        return self._preview

    def mapping(self) -> dict[ContactField, int]:
        """Which column (0-based) each field takes, as chosen."""
        return {
            field: combo.currentData()
            for field, combo in self._field_combos.items()
            if combo.currentData() != NOT_IMPORTED
        }

    def field_combo(self, field: ContactField) -> QComboBox:
        """The combo choosing the column for one field."""
        return self._field_combos[field]

    def _build_reading_choices(self) -> None:
        for encoding in TextEncoding:
            self.ui.encodingCombo.addItem(encoding.label, encoding)
        for delimiter in Delimiter:
            self.ui.delimiterCombo.addItem(delimiter.label, delimiter)

    def _build_field_combos(self) -> None:
        # One combo per field of ContactField: the list is data, so the form leaves it to code.
        for field in ContactField:
            combo = QComboBox(self.ui.mappingContents)
            combo.setObjectName(f"{field.value}Combo")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            label = QLabel(f"{field.label}:", self.ui.mappingContents)
            label.setBuddy(combo)
            if field is ContactField.GROUP:
                label.setToolTip(YOUNG_PERSON_PRIVACY_NOTE)
                combo.setToolTip(YOUNG_PERSON_PRIVACY_NOTE)
            self.ui.mappingForm.addRow(label, combo)
            self._field_combos[field] = combo
        # Keyboard order: reading choices, then the fields top to bottom, then the preview.
        chain = [self.ui.delimiterCombo, *self._field_combos.values(), self.ui.refusedOnlyCheck]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        scroll_bar = self.ui.mappingScroll.verticalScrollBar().sizeHint().width()
        wanted = self.ui.mappingContents.sizeHint().width() + scroll_bar
        self.ui.mappingScroll.setMinimumWidth(wanted)

    def _connect_signals(self) -> None:
        self.ui.encodingCombo.currentIndexChanged.connect(self._on_encoding_combo_changed)
        self.ui.delimiterCombo.currentIndexChanged.connect(self._on_delimiter_combo_changed)
        for combo in self._field_combos.values():
            combo.currentIndexChanged.connect(self._on_field_combo_changed)
        self.ui.refusedOnlyCheck.toggled.connect(self._on_refused_only_check_toggled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    @Slot(int)
    def _on_encoding_combo_changed(self, _index: int) -> None:
        self._reread()

    @Slot(int)
    def _on_delimiter_combo_changed(self, _index: int) -> None:
        self._reread()

    @Slot(int)
    def _on_field_combo_changed(self, _index: int) -> None:
        self._refresh_preview()

    @Slot(bool)
    def _on_refused_only_check_toggled(self, checked: bool) -> None:
        self._proxy.setFilterFixedString(REFUSED_TEXT if checked else "")

    def _reread(self) -> None:
        """Read the file again with the encoding and delimiter now chosen."""
        # Qt hands enum item data back as plain strings.
        encoding = TextEncoding(self.ui.encodingCombo.currentData())
        delimiter = Delimiter(self.ui.delimiterCombo.currentData())
        try:
            table = read_contact_table(self._path, encoding, delimiter)
        except UserFacingError as error:
            self._table = None
            self.ui.readProblemLabel.setText(str(error))
            self.ui.readProblemLabel.show()
            self._refresh_preview()
            return
        self.ui.readProblemLabel.hide()
        self._show_table(table)

    def _show_table(self, table: ContactTable) -> None:
        """Show a freshly read table; the columns are guessed again if the headers changed."""
        previous = self._table
        self._table = table
        for combo, value in (
            (self.ui.encodingCombo, table.encoding),
            (self.ui.delimiterCombo, table.delimiter),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        needs_guess = previous is None or previous.headers != table.headers or not self.mapping()
        if needs_guess or self._field_combos[ContactField.NAME].count() != len(table.headers) + 1:
            self._fill_field_combos(table.headers, guess_column_mapping(table.headers))
        self._refresh_preview()

    def _fill_field_combos(
        self, headers: tuple[str, ...], mapping: Mapping[ContactField, int]
    ) -> None:
        for field, combo in self._field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("(not imported)", NOT_IMPORTED)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            combo.setCurrentIndex(combo.findData(mapping.get(field, NOT_IMPORTED)))
            combo.blockSignals(False)

    def _refresh_preview(self) -> None:
        """Map every row again with the current choices and show the result and the counts."""
        if self._table is None:
            self._preview = None
        else:
            self._preview = apply_mapping(self._table, self.mapping(), self._roles, self._holders)
        self._model.set_preview(self._preview)
        self._fit_columns()
        count = len(self._preview.contacts) if self._preview else 0
        self.ui.countsLabel.setText(self._preview.summary if self._preview else "Nothing to import")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"&Import {count} contact{'' if count == 1 else 's'}")
        ok.setEnabled(count > 0)
        self.preview_updated.emit(self._preview)

    def _fit_columns(self) -> None:
        table = self.ui.previewTable
        table.resizeColumnsToContents()
        for column in range(self._model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), _MAX_COLUMN_WIDTH))


def ask_contact_import(
    parent: QWidget | None,
    roles: RoleCatalogue,
    existing_holders: Mapping[str, ContactDraft] | None = None,
) -> ImportPreview | None:
    """Ask for a contact file, preview it, and return what the user confirmed (None if not)."""
    path = dialogs.ask_open_file(parent, "Import contacts", CSV_FILTER)
    if path is None:
        return None
    try:
        dialog = ContactImportDialog(path, roles, existing_holders, parent)
    except UserFacingError as error:
        dialogs.show_error(parent, "Contacts not imported", str(error))
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    preview = dialog.preview() if accepted else None
    dialog.deleteLater()
    return preview
