"""The shared table model over frozen row records, without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common.row_table_model import RowTableModel


def test_headers_give_the_columns_and_their_titles() -> None:
    """Each header is one column, titled with its text."""
    model: RowTableModel[str] = RowTableModel(("Name", "Email"))
    titles = [
        model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for n in range(model.columnCount())
    ]
    assert titles == ["Name", "Email"]


def test_set_rows_resets_the_model_and_shows_the_new_rows(qtbot: QtBot) -> None:
    """Setting rows resets the model, and each row's record is read back by number."""
    model: RowTableModel[str] = RowTableModel(("Name",))
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(["Aila Brodie", "Callum Reid"])
    assert model.rowCount() == 2
    assert model.row_at(1) == "Callum Reid"
