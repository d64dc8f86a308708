"""The record of letters as a table model, without a view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from inspection_desktop.domain.letters.templates import SentLetter
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.letters.record_model import (
    COLUMN_FORMAT,
    COLUMN_TO,
    COLUMN_VERSION,
    COLUMN_WHEN,
    RecordModel,
)


def test_each_letter_is_a_row_saying_who_what_version_and_form() -> None:
    """Name, version (own copies marked), format in words; names sort as a list sorts them."""
    when = dt.datetime(2027, 1, 4, 9, 30)
    model = RecordModel()
    model.set_rows(
        [
            SentLetter("t", "Training", 2, "Łukasz Nowak", when, "docx", own_template=True),
            SentLetter("t", "Training", 1, "Ruaridh Fraser", when, "pdf"),
        ]
    )
    first = model.index(0, COLUMN_TO)
    assert model.rowCount() == 2 and first.data() == "Łukasz Nowak"
    assert first.data(SORT_KEY_ROLE) == "lukasz nowak"
    assert model.index(0, COLUMN_VERSION).data() == "2 (own)"
    assert model.index(0, COLUMN_FORMAT).data() == "Word"
    assert model.index(1, COLUMN_FORMAT).data(Qt.ItemDataRole.DisplayRole) == "PDF"
    assert model.index(0, COLUMN_WHEN).data() == "4 Jan 2027 09:30"
