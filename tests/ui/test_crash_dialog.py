"""Uncaught errors reach the log and a dialog, not a console traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common import crash_dialog


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """The crash handler writes the traceback to the log and opens the crash dialog with it."""
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda d, p: shown.append((d, p)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash_dialog.install_crash_handler(tmp_path / "app.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "RuntimeError: boom" in caplog.text
    assert shown and "boom" in shown[0][0] and shown[0][1] == tmp_path / "app.log"
