"""Guards against a broken Qt binding: the app repaints constantly, so leaks here are fatal."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_do_not_drain_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per call and aborted the app."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) >= before - 50
