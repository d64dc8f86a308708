"""The Meetings feature's part of the window: the Meetings tab, refreshed with the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_meetings_section(window: MainWindow, services: Services) -> MeetingsSection:
    """Add the Meetings tab; the checklist and the meetings' actions refresh each other."""
    from inspection_desktop.ui.meetings.meetings_section import MeetingsSection

    section = MeetingsSection(services.meetings, window.undo_stack)
    window.add_section("&Meetings", section)
    window.plan_refreshed.connect(section.refresh_from_plan)
    return section
