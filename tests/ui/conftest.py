"""Shared fixtures of the window tests: the demo's services, and acting on open dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

DialogT = TypeVar("DialogT", bound=QDialog)


@pytest.fixture
def demo_services(demo_db_path: Path) -> Iterator[Services]:
    """Every service over a copy of the demo database, closed after the test."""
    opened = open_services(demo_db_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo_services: Services) -> MainWindow:
    """The window on the demo inspection with every feature, as the app builds it, shown."""
    services = demo_services
    main_window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(main_window)
    add_features_to_window(main_window, services)
    main_window.show()
    return main_window


@pytest.fixture
def when_dialog_opens() -> Callable[[type[DialogT], Callable[[DialogT], None]], QTimer]:
    """Return a function that runs an action on the first visible dialog of a class.

    A modal dialog's exec() blocks the test, so the action runs from a timer inside its loop.
    """
    timers: list[QTimer] = []

    def arm(kind: type[DialogT], action: Callable[[DialogT], None]) -> QTimer:
        timer = QTimer()
        timer.setInterval(10)

        def poll() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, kind) and widget.isVisible():
                    timer.stop()
                    action(widget)
                    return

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)
        return timer

    yield arm  # type: ignore[misc]
    for timer in timers:
        timer.stop()
