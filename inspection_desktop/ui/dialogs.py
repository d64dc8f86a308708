"""Every message box and file dialog goes through here, so tests can replace them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong and what to do."""
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something worth knowing."""
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_open_file(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for an existing file to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


def ask_save_file(
    parent: QWidget | None, title: str, suggested: str, file_filter: str
) -> Path | None:
    """Ask where to save a file; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None


def ask_choice(
    parent: QWidget | None, title: str, label: str, choices: Sequence[str], current: int = 0
) -> int | None:
    """Ask the user to pick one of ``choices``; the index picked, or None when cancelled."""
    if not choices:
        return None
    text, ok = QInputDialog.getItem(parent, title, label, list(choices), current, False)
    return list(choices).index(text) if ok and text in choices else None
