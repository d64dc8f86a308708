"""The File reading feature's part of the window: its tab beside the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

GO_TO_SHORTCUT = "Ctrl+R"


def add_file_reading_section(window: MainWindow, services: Services) -> FileReadingSection:
    """Add the File reading tab (View › Go to file reading, Ctrl+R): the base, the readers, the
    sample and its allocation, and progress."""
    from PySide6.QtGui import QAction, QKeySequence

    from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection

    section = FileReadingSection(services, window.undo_stack)
    # Every letter of "File reading" already answers Alt somewhere, so the tab has a shortcut.
    window.add_section("File reading", section)
    go_to = QAction("Go to file reading", window)
    go_to.setShortcut(QKeySequence(GO_TO_SHORTCUT))
    go_to.triggered.connect(lambda: window.show_section(section))
    window.ui.menuView.addAction(go_to)
    return section
