"""The contacts table model and its search filter, without a view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.roles import default_roles
from inspection_desktop.storage.people.contact_rows import ContactRow
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.people.contacts_model import (
    COLUMN_NAME,
    COLUMN_ORGANISATION,
    COLUMN_ROLES,
    ContactsFilterModel,
    ContactsTableModel,
)


def _row(contact_id: int, name: str, roles: tuple[str, ...] = (), group: str = "") -> ContactRow:
    return ContactRow(
        id=contact_id,
        inspection_id=1,
        name=name,
        job_title="",
        organisation="" if group else "Glenmorven Council",
        organisation_kind=None,
        email="",
        phone="",
        address="",
        notes="",
        group=group,
        roles=roles,
    )


def test_cells_show_role_names_and_a_young_persons_group() -> None:
    """Roles read by name; a young person's group stands in for the organisation."""
    model = ContactsTableModel(default_roles())
    model.set_contacts(
        [_row(1, "Kayleigh", ("representative_young_person",), group="Champions Board")]
    )
    assert model.index(0, COLUMN_ROLES).data() == "Representative young person"
    assert model.index(0, COLUMN_ORGANISATION).data() == "Champions Board"


def test_names_sort_by_their_letters_not_their_accents() -> None:
    """ "Łukasz" sorts among the Ls, not after "Zoe"."""
    model = ContactsTableModel(default_roles())
    model.set_contacts([_row(1, "Zoe Zed"), _row(2, "Łukasz Nowak"), _row(3, "Lucy Lamb")])
    proxy = ContactsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, COLUMN_NAME).data() for row in range(proxy.rowCount())]
    assert names == ["Lucy Lamb", "Łukasz Nowak", "Zoe Zed"]


def test_every_word_typed_must_match_somewhere() -> None:
    """ "reader council" keeps the council's file reader and drops the others."""
    model = ContactsTableModel(default_roles())
    model.set_contacts([_row(1, "Łukasz Nowak", ("local_file_reader",)), _row(2, "Ailsa Grant")])
    proxy = ContactsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("READER council")
    assert [proxy.index(r, COLUMN_NAME).data() for r in range(proxy.rowCount())] == ["Łukasz Nowak"]


def test_a_damaged_contact_says_so_in_its_row() -> None:
    """A contact whose stored notes could not be read shows "(damaged)" and why, in words."""
    import dataclasses

    model = ContactsTableModel(default_roles())
    model.set_contacts([dataclasses.replace(_row(1, "Ailsa"), damaged=("notes",)), _row(2, "Bo")])
    assert model.index(0, COLUMN_NAME).data() == "Ailsa (damaged)"
    assert "notes could not be read" in model.index(0, COLUMN_NAME).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(1, COLUMN_NAME).data() == "Bo"


def _register(qtbot: QtBot, count: int) -> tuple[ContactsTableModel, QTableView]:
    """A sortable register view over ``count`` contacts, named in no particular order."""
    view = QTableView()
    qtbot.addWidget(view)
    model = ContactsTableModel(default_roles(), view)
    model.set_contacts([_row(n, f"Person {(n * 37) % count:03d}") for n in range(count)])
    proxy = ContactsFilterModel(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    return model, view


def test_sorting_the_register_asks_for_no_key_per_comparison(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A click on a header sorts without asking the model for any cell's sort key."""
    keys_asked: list[int] = []
    real = ContactsTableModel.data

    def counting_data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == SORT_KEY_ROLE:
            keys_asked.append(index.row())
        return real(self, index, role)

    monkeypatch.setattr(ContactsTableModel, "data", counting_data)
    _model, view = _register(qtbot, 300)
    view.sortByColumn(COLUMN_NAME, Qt.SortOrder.DescendingOrder)
    names = [view.model().index(row, COLUMN_NAME).data() for row in range(3)]
    assert names == ["Person 299", "Person 298", "Person 297"]
    assert keys_asked == []


def test_a_sort_keeps_the_selected_contact_selected(qtbot: QtBot) -> None:
    """The contact selected before a sort is still the one selected after it."""
    _model, view = _register(qtbot, 50)
    view.sortByColumn(COLUMN_NAME, Qt.SortOrder.AscendingOrder)
    view.selectRow(10)
    assert view.currentIndex().data() == "Person 010"
    view.sortByColumn(COLUMN_NAME, Qt.SortOrder.DescendingOrder)
    assert view.currentIndex().data() == "Person 010"
    assert [index.data() for index in view.selectionModel().selectedRows()] == ["Person 010"]


def test_contacts_shown_again_keep_the_order_last_sorted_by(qtbot: QtBot) -> None:
    """A refresh of the register keeps the column and direction the user sorted by."""
    model, view = _register(qtbot, 20)
    view.sortByColumn(COLUMN_NAME, Qt.SortOrder.DescendingOrder)
    model.set_contacts([_row(1, "Ailsa Grant"), _row(2, "Zoe Zed"), _row(3, "Lucy Lamb")])
    names = [view.model().index(row, COLUMN_NAME).data() for row in range(3)]
    assert names == ["Zoe Zed", "Lucy Lamb", "Ailsa Grant"]
