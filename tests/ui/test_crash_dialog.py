"""Uncaught errors reach the log and a dialog, not a console traceback, and no stored data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from inspection_desktop.logging_setup import PrivateFormatter, describe_failure
from inspection_desktop.ui.common import crash_dialog

STORED = "Ailsa Grant"  # stands for a value read from the database


def _raise_with_a_value() -> None:
    raise RuntimeError(f"notes of {STORED}")


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """The crash handler logs the kind and place of the error and opens the dialog with them."""
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda d, p: shown.append((d, p)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_dialog.install_crash_handler(lambda: tmp_path / "app.log")
    try:
        _raise_with_a_value()
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError" in caplog.text and "_raise_with_a_value" in caplog.text
    assert shown and "_raise_with_a_value" in shown[0][0] and shown[0][1] == tmp_path / "app.log"


def test_messages_of_errors_never_reach_the_log_or_the_details() -> None:
    """An exception's message, which may quote stored data, is left out; its kind is kept."""
    try:
        try:
            _raise_with_a_value()
        except RuntimeError as exc:
            raise ValueError(f"parameters: ({STORED!r},)") from exc
    except ValueError:
        info = sys.exc_info()
    text = describe_failure(*info)
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, info)
    logged = PrivateFormatter().format(record)
    for output in (text, logged):
        assert "Ailsa" not in output
        assert "RuntimeError" in output and "ValueError" in output


def test_dialog_names_the_log_and_copies_the_details(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The dialog gives the log's path in plain words, and Copy details fills the clipboard."""
    seen: list[str] = []

    def press_copy(box: QMessageBox) -> int:
        seen.append(box.text())
        button = next(
            b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == "Copy details"
        )
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_copy)
    crash_dialog.show_crash_dialog("RuntimeError\n  File x", tmp_path / "app.log")
    assert str(tmp_path / "app.log") in seen[0] and "carry on" in seen[0]
    assert QApplication.clipboard().text() == "RuntimeError\n  File x"


def test_an_exception_logged_as_an_argument_is_reduced_to_its_kind() -> None:
    """log.error("... %s", exc) records the exception's kind, not its text."""
    error = ValueError(f"[parameters: ({STORED!r},)]")
    message = "database error: %s"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, message, (error,), None)
    logged = PrivateFormatter("%(message)s").format(record)
    assert logged == "database error: ValueError (message withheld)"
