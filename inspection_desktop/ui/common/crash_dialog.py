"""What the user sees when the app hits a bug: a plain message, the log's path, "Copy details".

The window goes on after the dialog: Qt runs the next event as usual, so only the action that
failed is lost. The details name the kind of error and where it happened, never its message,
so that copying them into an email to the helpdesk cannot carry a child's details with them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from inspection_desktop import __version__
from inspection_desktop.logging_setup import describe_failure

log = logging.getLogger(__name__)
_showing = False


def crash_message(log_path: Path | None) -> str:
    """The dialog's words: what happened, that saved work is safe, and where the log is."""
    where = (
        f"The details are in the log file:\n{log_path}"
        if log_path
        else "The log could not be written, so copy the details below."
    )
    return (
        "Inspection Desktop hit a problem it did not expect, and the last thing you did may not "
        "have been done. Your saved work is safe and you can carry on.\n\n"
        f"{where}\n\nIf it happens again, send the log or the copied details to your helpdesk."
    )


def show_crash_dialog(details: str, log_path: Path | None) -> None:
    """Say that something went wrong, where the log is, and offer to copy the details."""
    # Here: the handler is installed before the first paint, and Qt sets up the message box's
    # class (and its enums) on first import.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong", crash_message(log_path))
    box.setDetailedText(details)
    copy = box.addButton("&Copy details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_crash_handler(log_path: Callable[[], Path | None]) -> None:
    """Route uncaught exceptions to the log and the crash dialog instead of a console.

    ``log_path`` says where the log is at the time (None: it could not be written).
    """

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        global _showing
        details = f"Inspection Desktop {__version__}\n{describe_failure(kind, value, tb)}"
        log.error("uncaught exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        if _showing:
            return  # a failure while the dialog is up (a repaint, say): logged, one dialog
        _showing = True
        try:
            show_crash_dialog(details, log_path())
        finally:
            _showing = False

    sys.excepthook = handle
