"""What the user sees when the app hits a bug: the log's path and a way to copy the details."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


def show_crash_dialog(details: str, log_path: Path | None) -> None:
    """Say that something went wrong, where the log is, and offer to copy the details."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", "")
    where = f"The details are in the log: {log_path}" if log_path else ""
    box.setText(
        "Inspection Desktop hit a problem it did not expect. Your saved work is safe; the last "
        f"change may not have been made. {where}"
    )
    box.setDetailedText(details)
    copy = box.addButton("&Copy details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_crash_handler(log_path: Path | None) -> None:
    """Route uncaught exceptions to the log and the crash dialog instead of a console."""

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("uncaught exception\n%s", details)
        if QApplication.instance() is not None:
            show_crash_dialog(details, log_path)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = handle
