"""The Meetings feature's part of the window: the Meetings tab, refreshed with the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.usecases.changes import MEETINGS, PEOPLE, PLAN, Change

if TYPE_CHECKING:
    from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_meetings_section(
    window: MainWindow, services: Services
) -> SectionBuiltWhenShown[MeetingsSection]:
    """Add the Meetings tab, made when first shown; the checklist and the meetings' actions
    refresh each other.

    Actions follow their checklist items and attendees the register, so a change to either
    re-reads the meetings: at once when the tab is in front, else when it is next shown.
    """

    def build() -> MeetingsSection:
        from inspection_desktop.ui.meetings.meetings_section import MeetingsSection

        made = MeetingsSection(services, window.undo_stack)
        # The logo set with the letters' letterhead goes on the agenda, minutes and pack too.
        made.documents.set_logo_source(
            lambda inspection_id: services.letters.letterhead(inspection_id).logo_path
        )
        made.meetings_changed.connect(lambda: window.announce(Change("", frozenset({MEETINGS}))))
        return made

    section = SectionBuiltWhenShown(build, forwards=("select_meeting", "select_action"))
    window.add_section(
        "&Meetings",
        section,
        refresh=lambda: section.section.refresh_from_plan(),
        refresh_on=(PLAN, PEOPLE),
        open_when_shown=True,
    )
    return section
