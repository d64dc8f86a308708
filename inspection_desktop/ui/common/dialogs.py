"""Every message box and file dialog goes through here, so tests can replace them with answers.

Each imports the Qt classes it shows when it is called: Qt for Python sets a class up (its enums
and all) on first import, and the window's start-up shows none of these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong and what to do about it."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something worth knowing, such as how many contacts were imported."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True for yes (No is the default button)."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for a file to open; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(chosen) if chosen else None


def ask_save_file(
    parent: QWidget | None, title: str, suggested: Path | str, file_filter: str
) -> Path | None:
    """Ask where to save a file, starting from a suggested path; None when the user cancels.

    The open database and its -wal/-shm files are refused with a message, and the user asked
    again.
    """
    from PySide6.QtWidgets import QFileDialog

    from inspection_desktop.documents.common.atomic_write import refuse_store_files
    from inspection_desktop.errors import UserFacingError

    start = str(suggested)
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
        if not chosen:
            return None
        try:
            refuse_store_files(Path(chosen))
        except UserFacingError as exc:
            show_error(parent, "Choose another file", str(exc))
            start = str(Path(chosen).parent)
            continue
        return Path(chosen)


def ask_choice(
    parent: QWidget | None, title: str, label: str, choices: Sequence[str], current: int = 0
) -> int | None:
    """Ask the user to pick one of ``choices``; the index picked, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    if not choices:
        return None
    text, ok = QInputDialog.getItem(parent, title, label, list(choices), current, False)
    return list(choices).index(text) if ok and text in choices else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a line of text; the text (stripped), or None when cancelled or left blank."""
    from PySide6.QtWidgets import QInputDialog

    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer.strip() or None if ok else None


def ask_multiline_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a few lines of text; None when cancelled or left blank."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def ask_buttons(parent: QWidget | None, title: str, text: str, labels: Sequence[str]) -> int | None:
    """Ask the user to press one of several buttons; its index, or None when closed (Esc)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in labels]
    escape = box.addButton(QMessageBox.StandardButton.Cancel)
    escape.hide()
    box.setEscapeButton(escape)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask for a passphrase, shown as dots; None when cancelled or left blank."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    answer, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return answer or None if ok else None


def ask_date(parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
    """Ask for a date (calendar pop-up); None when cancelled."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout

    from inspection_desktop.ui.common.date_limits import limit_date_fields

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QFormLayout(dialog)
    edit = QDateEdit(QDate(default.year, default.month, default.day), dialog)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    limit_date_fields(dialog)
    layout.addRow(label, edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.date()
    return dt.date(chosen.year(), chosen.month(), chosen.day())


def ask_folder(parent: QWidget | None, title: str, start: Path | str = "") -> Path | None:
    """Ask for a folder to write into; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def open_with_default_app(path: Path) -> bool:
    """Open a file in the program the system uses for it (a PDF viewer, Word)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
