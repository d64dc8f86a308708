"""The checkable list of people a letter can go to, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspection_desktop.domain.letters.merge import Recipient
from inspection_desktop.ui.letters.recipients_model import (
    RecipientRow,
    RecipientsFilter,
    RecipientsModel,
)

LUKASZ = Recipient("Łukasz Nowak", organisation="Glenmorven Council", contact_id=1)
RUARIDH = Recipient("Ruaridh Fraser", organisation="NHS", address="Ward 7", contact_id=2)
PEOPLE = [RecipientRow(LUKASZ, "Local file reader"), RecipientRow(RUARIDH)]


def test_ticks_survive_a_reload_and_typed_names_join_the_list() -> None:
    """Ticked people stay ticked after the list is read again; an unknown name is added."""
    model = RecipientsModel()
    model.set_rows(PEOPLE)
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.set_rows(PEOPLE)
    assert [r.name for r in model.chosen()] == ["Ruaridh Fraser"]
    assert model.tick([Recipient("Tomás Ó Ceallaigh", organisation="SCRA")]) == 1
    assert model.rowCount() == 3 and len(model.chosen()) == 2


def test_a_person_without_an_address_says_so_in_the_list() -> None:
    """The line for someone with no address ends "(no address)"."""
    model = RecipientsModel()
    model.set_rows(PEOPLE)
    assert model.index(0).data().endswith("(no address)")
    assert not model.index(1).data().endswith("(no address)")


def test_the_filter_matches_names_organisations_and_roles() -> None:
    """Every typed word must match; case is ignored."""
    model = RecipientsModel()
    model.set_rows(PEOPLE)
    narrowed = RecipientsFilter()
    narrowed.setSourceModel(model)
    narrowed.set_text("file READER")
    assert narrowed.rowCount() == 1
    narrowed.set_text("nhs ward")
    assert narrowed.rowCount() == 0
