"""The People feature's part of the window: the register tab, whose title counts the gaps.

The register is made when its tab is first shown (or when Home opens a role in it); until then
the title's count comes from a use case, so the gap shows from the plan too.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.usecases.changes import CALENDAR, INSPECTIONS, PEOPLE, Change

if TYPE_CHECKING:
    from inspection_desktop.ui.people.contacts_section import ContactsSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

PEOPLE_TITLE = "Peop&le"
# What moves the count when the register is not on screen to count it itself.
_COUNT_MOVES_WITH = (PEOPLE, CALENDAR, INSPECTIONS)


def add_people_section(
    window: MainWindow, services: Services
) -> SectionBuiltWhenShown[ContactsSection]:
    """Add the People tab, made when first shown; its title counts the roles still to name."""
    from inspection_desktop.usecases.people.register import roles_still_to_name

    def show_gap_count(count: int) -> None:
        # The tab says how many roles are still to name, so a gap is seen from the plan too.
        title = f"{PEOPLE_TITLE} ({count} to name)" if count else PEOPLE_TITLE
        window.set_section_title(place, title)

    def build() -> ContactsSection:
        from inspection_desktop.ui.people.contacts_section import ContactsSection

        made = ContactsSection(services, window.undo_stack, window, announce=window.announce)
        made.contacts_changed.connect(lambda: show_gap_count(made.gap_count()))
        return made

    def count_for(inspection_id: int) -> None:
        if place.built is not None and window.is_shown(place):
            return  # the register on screen counts as it refreshes
        # On an error the title keeps its last count; the tab says why when it is opened.
        with contextlib.suppress(UserFacingError):
            show_gap_count(len(roles_still_to_name(services, inspection_id)))

    def count_after(change: Change) -> None:
        if window.inspection_id is not None and change.touches(_COUNT_MOVES_WITH):
            count_for(window.inspection_id)

    place: SectionBuiltWhenShown[ContactsSection] = SectionBuiltWhenShown(
        build, forwards=("select_role",)
    )
    # Which roles are due by now follows the calendar (holidays move the weeks).
    window.add_section(
        PEOPLE_TITLE,
        place,
        refresh=lambda: place.section.refresh(),
        refresh_on=(CALENDAR,),
        open_when_shown=True,
    )
    window.inspection_opened.connect(count_for)
    window.changed.connect(count_after)
    if window.inspection_id is not None:
        count_for(window.inspection_id)
    return place
