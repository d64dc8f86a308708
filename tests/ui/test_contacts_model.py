"""The contacts table model and its search filter, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspection_desktop.domain.roles import default_roles
from inspection_desktop.storage.people.contact_rows import ContactRow
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
