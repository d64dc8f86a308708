"""Tests for the import preview table model, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspection_desktop.documents.people.contact_mapping import ImportPreview, PreviewRow
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.roles import default_roles
from inspection_desktop.ui.people.contact_preview_model import (
    ADDRESS,
    NAME,
    REASON,
    ROLES,
    ROW,
    STATUS,
    ImportPreviewModel,
)

PREVIEW = ImportPreview(
    (
        PreviewRow(2, ContactDraft(name="Ailsa Sample", roles=("chief_officer",)), ()),
        PreviewRow(10, ContactDraft(name="Bruce Sample"), ('Unknown role "Chief Wizard".',)),
    )
)


def _model() -> ImportPreviewModel:
    model = ImportPreviewModel(default_roles())
    model.set_preview(PREVIEW)
    return model


def test_rows_and_columns_follow_the_preview() -> None:
    """One model row per file row, with names and role names shown."""
    model = _model()
    assert model.rowCount() == 2
    assert model.data(model.index(0, NAME)) == "Ailsa Sample"
    assert model.data(model.index(0, ROLES)) == "Chief officer"


def test_refused_rows_say_so_in_words() -> None:
    """A refused row reads "Refused" with its reason, not colour alone."""
    model = _model()
    assert model.data(model.index(1, STATUS)) == "Refused"
    assert model.data(model.index(1, REASON)) == 'Unknown role "Chief Wizard".'
    assert "Row 10 is refused" in str(model.data(model.index(1, NAME), Qt.ItemDataRole.ToolTipRole))


def test_row_number_sorts_as_a_number() -> None:
    """The row column's sort key is the number, so row 10 sorts after row 2."""
    model = _model()
    keys = [model.data(model.index(row, ROW), Qt.ItemDataRole.UserRole) for row in range(2)]
    assert keys == [2, 10]


def test_clearing_the_preview_empties_the_model() -> None:
    """Setting no preview shows no rows."""
    model = _model()
    model.set_preview(None)
    assert model.rowCount() == 0


def test_address_is_shown_on_one_line() -> None:
    """A multi-line address reads as one line with commas in the table."""
    model = ImportPreviewModel(default_roles())
    draft = ContactDraft(name="Ewan Sample", address="1 Sample Street\nAnytown\nAB1 2XY")
    model.set_preview(ImportPreview((PreviewRow(2, draft, ()),)))
    assert model.data(model.index(0, ADDRESS)) == "1 Sample Street, Anytown, AB1 2XY"
