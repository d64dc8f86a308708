"""Choosing a meeting's attendee from the contact register, with free text as the fallback."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import QCollator, QLocale, QSortFilterProxyModel, QStringListModel, Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspection_desktop.ui.forms.ui_person_picker_dialog import Ui_PersonPickerDialog

Person = tuple[str, str]
"""(name, organisation)."""


def shown_person(person: Person) -> str:
    """How a person reads in the list: "Ailsa Grant — Glenmorven Council"."""
    name, organisation = person
    return f"{name} — {organisation}" if organisation else name


class PersonPickerDialog(QDialog):
    """A searchable list of the register's people; typed text is used when none is chosen."""

    def __init__(self, people: Sequence[Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPickerDialog()
        self.ui.setupUi(self)
        # A collator puts "Łukasz" among the Ls, where a reader looks for him.
        collator = QCollator(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def by_name(first: Person, second: Person) -> int:
            return collator.compare(first[0], second[0])

        self._people = sorted(people, key=cmp_to_key(by_name))
        self._model = QStringListModel([shown_person(p) for p in self._people], self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.peopleView.setModel(self._proxy)
        self.ui.searchEdit.textChanged.connect(self._on_search_edit_changed)
        self.ui.freeTextEdit.textChanged.connect(self._on_choice_changed)
        self.ui.peopleView.selectionModel().currentChanged.connect(self._on_choice_changed)
        self.ui.peopleView.doubleClicked.connect(self.accept)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._on_search_edit_changed("")

    def chosen(self) -> Person | None:
        """The person picked from the list, else the one typed (None when neither)."""
        index = self.ui.peopleView.currentIndex()
        if index.isValid() and self.ui.peopleView.selectionModel().isSelected(index):
            return self._people[self._proxy.mapToSource(index).row()]
        name, _, organisation = self.ui.freeTextEdit.text().partition(",")
        name = " ".join(name.split())
        return (name, " ".join(organisation.split())) if name else None

    @Slot(str)
    def _on_search_edit_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if not self._people:
            self.ui.emptyLabel.setText(
                "Nobody is in the register yet: add people on the People tab, or type a name below."
            )
        elif self._proxy.rowCount() == 0:
            self.ui.emptyLabel.setText(f"Nobody in the register matches “{text.strip()}”.")
        else:
            self.ui.emptyLabel.clear()
        self.ui.emptyLabel.setVisible(bool(self.ui.emptyLabel.text()))
        if self._proxy.rowCount() == 1:
            self.ui.peopleView.setCurrentIndex(self._proxy.index(0, 0))
        self._on_choice_changed()

    @Slot()
    def _on_choice_changed(self, *_args: object) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)
