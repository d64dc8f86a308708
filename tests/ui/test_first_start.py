"""The first start explains the app in one screen, and the window fits a laptop's screen."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.shell import application
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """A window on one inspection."""
    inspection = services.inspections.create_inspection("Test", dt.date(2026, 11, 2))
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    return main_window


def test_the_welcome_says_what_the_app_is_for_and_can_start_an_inspection(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing "Start my own inspection…" opens File › New inspection."""
    asked: list[str] = []
    started: list[bool] = []

    def answer(_parent: object, _title: str, text: str, _buttons: list[str]) -> int:
        asked.append(text)
        return 1

    monkeypatch.setattr(dialogs, "ask_buttons", answer)
    window.ui.actionNewInspection.triggered.disconnect()
    window.ui.actionNewInspection.triggered.connect(lambda: started.append(True))
    application.welcome(window)
    assert "inspection co-ordinator" in asked[0] and "demo" in asked[0]
    assert started == [True]


def test_the_window_is_kept_inside_the_free_screen(window: MainWindow) -> None:
    """However large it was asked to be, the window ends up no taller than the free screen."""
    window.resize(1600, 1200)
    application.fit_to_screen(window)
    screen = window.screen()
    assert screen is not None
    free = screen.availableGeometry()
    assert window.height() <= free.height() - 48 or window.height() == 480
    assert window.width() <= free.width()
