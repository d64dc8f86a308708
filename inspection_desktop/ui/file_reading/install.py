"""The File reading feature's part of the window: its tab beside the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.usecases.changes import MEETINGS, PEOPLE
from inspection_desktop.usecases.file_reading.kinds import FILE_READING

if TYPE_CHECKING:
    from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

GO_TO_SHORTCUT = "Ctrl+R"


def add_file_reading_section(
    window: MainWindow, services: Services
) -> SectionBuiltWhenShown[FileReadingSection]:
    """Add the File reading tab (View › Go to file reading, Ctrl+R): the base, the readers, the
    sample and its allocation, and progress; the section is made when the tab is first shown.

    Readers come from the register and their training from the meetings' attendance, so a
    change to either reads the tab again: at once when in front, else when it is next shown.
    """
    from PySide6.QtGui import QAction, QKeySequence

    from inspection_desktop.ui.shell.main_window import Menu

    def build() -> FileReadingSection:
        from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection

        return FileReadingSection(services, window.push_change)

    section = SectionBuiltWhenShown(build, forwards=("select_reader",))
    # Every letter of "File reading" already answers Alt somewhere, so the tab has a shortcut.
    window.add_section(
        "File reading",
        section,
        refresh=lambda: section.section.refresh(),
        refresh_on=(FILE_READING, PEOPLE, MEETINGS),
        open_when_shown=True,
    )
    go_to = QAction("Go to file reading", window)
    go_to.setShortcut(QKeySequence(GO_TO_SHORTCUT))
    go_to.triggered.connect(lambda: window.show_section(section))
    window.add_menu_actions(Menu.VIEW, [go_to])
    return section
