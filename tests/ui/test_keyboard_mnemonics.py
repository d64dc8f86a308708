"""Alt+letter access keys: within each tab no two visible controls share one with the menus."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from inspection_desktop.demo.inspection import add_demo_inspection
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.file_reading.install import add_file_reading_section
from inspection_desktop.ui.letters.install import add_letters_section
from inspection_desktop.ui.meetings.install import add_meetings_section
from inspection_desktop.ui.people.install import add_people_section
from inspection_desktop.ui.pir.install import add_pir_guard
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def access_key(text: str) -> str | None:
    """The letter after a single "&" in a control's text, in lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_access_keys(window: MainWindow) -> dict[str, list[str]]:
    """Each access key in use where the user is now, with the texts that carry it."""
    keys: dict[str, list[str]] = {}
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
    for text in texts:
        key = access_key(text)
        if key:
            keys.setdefault(key, []).append(text)
    return keys


def every_place(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Visit each section tab, and each page of a tabbed editor in it; name any clashes."""
    clashes = []
    sections = window.ui.sectionTabs
    for section in range(sections.count()):
        sections.setCurrentIndex(section)
        inner = sections.widget(section).findChildren(QTabWidget)
        pages = [(tabs, page) for tabs in inner for page in range(tabs.count())] or [(None, 0)]
        for tabs, page in pages:
            if tabs is not None:
                tabs.setCurrentIndex(page)
            for key, texts in visible_access_keys(window).items():
                if len(texts) > 1:
                    clashes.append(f"Alt+{key.upper()}: {texts}")
    return clashes


def test_no_access_key_is_shared_within_a_tab(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """No two visible controls, menus or section tabs answer the same Alt+letter."""
    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_plan_section(window, services)
    add_pir_guard(window, services)
    add_people_section(window, services)
    add_meetings_section(window, services)
    add_file_reading_section(window, services)
    add_letters_section(window, services)
    window.show()
    qtbot.waitExposed(window)
    assert every_place(qtbot, window) == []


def test_meeting_calendar_recipient_and_new_agenda_item_have_access_keys(
    qtbot: QtBot, service: InspectionService, services: Services
) -> None:
    """Export calendar, the pack's recipient and Add item each answer an Alt+letter."""
    from inspection_desktop.ui.meetings.meetings_section import MeetingsSection

    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    section: MeetingsSection = add_meetings_section(window, services).section
    texts = [
        section.ui.exportCalendarButton.text(),
        section.documents.ui.recipientLabel.text(),
        section.agenda.ui.addItemButton.text(),
    ]
    assert all(access_key(text) for text in texts)


def test_no_access_key_is_shared_with_every_feature_installed(
    qtbot: QtBot, services: Services
) -> None:
    """With Home and Surveys added as the app adds them, no Alt+letter is shared in any tab."""
    from inspection_desktop.composition import add_features_to_window

    inspection = add_demo_inspection(services)
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_features_to_window(window, services)
    window.show()
    qtbot.waitExposed(window)
    assert every_place(qtbot, window) == []
