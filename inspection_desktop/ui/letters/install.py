"""The Letters feature's part of the window: the Letters tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.ui.letters.letters_section import LettersSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_letters_section(window: MainWindow, services: Services) -> LettersSection:
    """Add the Letters tab; a letter that ticks a checklist item refreshes the plan."""
    from inspection_desktop.ui.letters.letters_section import LettersSection

    section = LettersSection(services, window.undo_stack)
    window.add_section("Le&tters", section)
    return section
