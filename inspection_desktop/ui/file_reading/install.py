"""The File reading feature's part of the window: its tab beside the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_file_reading_section(window: MainWindow, services: Services) -> FileReadingSection:
    """Add the File reading tab: the base, the readers, the sample and its allocation."""
    from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection

    section = FileReadingSection(services, window.undo_stack)
    window.add_section("File &reading", section)
    return section
