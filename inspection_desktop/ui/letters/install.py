"""The Letters feature's part of the window: the Letters tab and View › Go to letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.usecases.changes import CALENDAR, MEETINGS, PEOPLE, PLAN
from inspection_desktop.usecases.letters import LETTERS

if TYPE_CHECKING:
    from inspection_desktop.ui.letters.letters_section import LettersSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_letters_section(
    window: MainWindow, services: Services
) -> SectionBuiltWhenShown[LettersSection]:
    """Add the Letters tab and View › Go to letters (Ctrl+Shift+L); the section is made when
    the tab is first shown.

    Every letter of "Letters" already answers an Alt+letter elsewhere in the window, so the tab
    is reached from the View menu. The tab reads the register and meetings again when shown
    after a change to either.
    """
    from PySide6.QtGui import QAction, QKeySequence

    from inspection_desktop.ui.shell.main_window import Menu

    def build() -> LettersSection:
        from inspection_desktop.ui.letters.letters_section import LettersSection

        return LettersSection(services, window.push_change, window.announce)

    def stop_run() -> None:
        if section.built is not None:
            section.built.stop_run()

    section = SectionBuiltWhenShown(build)
    window.add_section(
        "Letters",
        section,
        refresh=lambda: section.section.reload(),
        # People and Meetings announce their edits, and outside changes reach every tab, so
        # the tab reads again only when one of these touched what it shows (not on every look).
        refresh_on=(LETTERS, PLAN, CALENDAR, PEOPLE, MEETINGS),
        about_to_close=stop_run,
        open_when_shown=True,
    )
    go_to = QAction("Go to lette&rs", window)
    go_to.setShortcut(QKeySequence("Ctrl+Shift+L"))
    go_to.triggered.connect(lambda: window.show_section(section))
    window.add_menu_actions(Menu.VIEW, [go_to])
    return section
