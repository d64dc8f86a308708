"""Date fields in the window hold to 2000–2100, as the command line's dates do."""

from __future__ import annotations

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.shell.new_inspection_dialog import NewInspectionDialog


def test_the_notification_date_cannot_be_set_to_the_year_9999(qtbot: QtBot) -> None:
    """A date past 2100 typed or set into the new-inspection dialog stops at 31 December 2100."""
    dialog = NewInspectionDialog()
    qtbot.addWidget(dialog)
    dialog.ui.notifiedEdit.setDate(QDate(9999, 12, 20))
    assert dialog.ui.notifiedEdit.date() == QDate(2100, 12, 31)
    dialog.ui.notifiedEdit.setDate(QDate(1900, 1, 1))
    assert dialog.ui.notifiedEdit.date() == QDate(2000, 1, 1)
