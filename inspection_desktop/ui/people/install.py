"""The People feature's part of the window: the register tab, whose title counts the gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.usecases.changes import CALENDAR

if TYPE_CHECKING:
    from inspection_desktop.ui.people.contacts_section import ContactsSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_people_section(window: MainWindow, services: Services) -> ContactsSection:
    """Add the People tab; its title counts the roles still to name."""
    from inspection_desktop.ui.people.contacts_section import ContactsSection

    section = ContactsSection(services, window.undo_stack, window, announce=window.announce)
    # Which roles are due by now follows the calendar (holidays move the weeks).
    window.add_section("Peop&le", section, refresh=section.refresh, refresh_on=(CALENDAR,))

    def show_gap_count() -> None:
        # The tab says how many roles are still to name, so a gap is seen from the plan too.
        count = section.gap_count()
        window.set_section_title(section, f"Peop&le ({count} to name)" if count else "Peop&le")

    section.contacts_changed.connect(show_gap_count)
    show_gap_count()
    return section
