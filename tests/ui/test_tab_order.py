"""The Tab key: it leaves every table for the next control, and follows the screen's order."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QMainWindow,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import open_services
from inspection_desktop.ui import forms
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def section(qtbot: QtBot, demo_db_path: Path) -> Iterator[MeetingsSection]:
    """The Meetings section on the demo inspection, in front."""
    services = open_services(demo_db_path)
    window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(window)
    meetings = add_meetings_section(window, services)
    window.show_section(meetings)
    window.show()
    qtbot.waitExposed(window)
    yield meetings.section
    services.close()


def test_tab_leaves_the_meetings_list(qtbot: QtBot, section: MeetingsSection) -> None:
    """Tab in the meetings list moves to the next control instead of the next cell."""
    view = section.ui.meetingsView
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view


def compiled_form_classes() -> list[type]:
    """Every Ui_ class compiled from a Designer form."""
    classes = []
    for module_info in pkgutil.iter_modules(forms.__path__):
        module = importlib.import_module(f"{forms.__name__}.{module_info.name}")
        classes += [value for name, value in vars(module).items() if name.startswith("Ui_")]
    return classes


@pytest.mark.parametrize("form", compiled_form_classes(), ids=lambda form: form.__name__)
def test_no_table_in_a_form_traps_the_tab_key(qtbot: QtBot, form: type) -> None:
    """Each table in each form hands Tab on (Ctrl+Tab is not something users know)."""
    hosts: dict[str, type[QWidget]] = {
        "Ui_MainWindow": QMainWindow,
        "Ui_ItemDetailPanel": QGroupBox,
    }
    host = hosts.get(form.__name__, QDialog)()
    qtbot.addWidget(host)
    form().setupUi(host)
    trapping = [
        view.objectName() for view in host.findChildren(QTableView) if view.tabKeyNavigation()
    ]
    assert trapping == []
