"""A hidden tab refreshes when it is shown, not before: counted in SQL statements and refreshes."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from inspection_desktop.composition import add_features_to_window
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.ui.meetings.meetings_section import MeetingsSection
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.changes import MEETINGS, PLAN, Change
from inspection_desktop.usecases.services import Services
from tests.ui.sections import tab_titled

MEETING_TABLES = re.compile(r"\b(meeting|agenda_item|paper|meeting_attendee|meeting_action)\b")


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Every service over a copy of the demo database."""
    return demo_services


@pytest.fixture
def window(demo_window: MainWindow) -> MainWindow:
    """The window on the demo inspection with every feature, as the app builds it."""
    main_window = demo_window
    # The window opens on Home; these tests tick items on the Plan tab.
    main_window.show_section(main_window.findChild(PlanSection))
    return main_window


@pytest.fixture
def statements(services: Services) -> Iterator[list[str]]:
    """Every SQL statement run from now on."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", record)
    yield seen
    event.remove(services.database.engine, "before_cursor_execute", record)


def meeting_reads(statements: list[str]) -> int:
    """How many of the statements touch the meetings' tables."""
    return sum(1 for statement in statements if MEETING_TABLES.search(statement))


def tick_selected_item(window: MainWindow) -> None:
    """Mark the plan's selected item done, as Ctrl+3 does."""
    plan = window.findChild(PlanSection)
    assert plan is not None
    item_id = plan.selected_item_id()
    assert item_id is not None
    plan.set_item_status(item_id, ItemStatus.DONE)


def test_a_hidden_meetings_tab_reads_nothing_when_the_plan_changes(
    window: MainWindow, statements: list[str]
) -> None:
    """Ticking an item on the Plan tab runs no statement on the meetings' tables."""
    tick_selected_item(window)
    assert statements and meeting_reads(statements) == 0


def test_a_meetings_tab_left_behind_by_a_plan_change_reads_once_when_shown(
    window: MainWindow, statements: list[str]
) -> None:
    """Showing the Meetings tab after a tick reads the meetings; showing it again reads nothing."""
    meetings = tab_titled(window, "Meetings")
    tick_selected_item(window)
    statements.clear()
    window.show_section(meetings)
    assert meeting_reads(statements) > 0
    statements.clear()
    window.show_section(window.findChild(PlanSection))
    window.show_section(meetings)
    assert statements == []


class CountingSection(QWidget):
    """A section that counts its refreshes."""

    def __init__(self) -> None:
        super().__init__()
        self.refreshes = 0

    def refresh(self) -> None:
        """Count one refresh."""
        self.refreshes += 1


def test_a_change_refreshes_the_tab_in_front_at_once_and_a_hidden_one_on_show(
    qtbot: QtBot, services: Services
) -> None:
    """The shell runs a section's refresh now when its tab is in front, else once it is shown."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    front, hidden, unconcerned = CountingSection(), CountingSection(), CountingSection()
    for title, section, kinds in (
        ("Front", front, (PLAN,)),
        ("Hidden", hidden, (PLAN,)),
        ("Unconcerned", unconcerned, (MEETINGS,)),
    ):
        window.add_section(title, section, refresh=section.refresh, refresh_on=kinds)
    window.announce(Change("tick", frozenset({PLAN})))
    window.announce(Change("tick again", frozenset({PLAN})))
    assert (front.refreshes, hidden.refreshes) == (2, 0)
    window.show_section(hidden)
    window.show_section(unconcerned)
    window.show_section(hidden)
    assert (hidden.refreshes, unconcerned.refreshes) == (1, 0)


def test_opening_an_inspection_leaves_the_hidden_meetings_tab_unread_until_shown(
    qtbot: QtBot, services: Services, statements: list[str]
) -> None:
    """The Meetings tab, behind the plan, reads its meetings only once it is first shown."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    add_features_to_window(window, services)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    meetings = tab_titled(window, "Meetings")
    assert isinstance(meetings, SectionBuiltWhenShown)
    # Opening makes any meetings the plan still lacks: that is the use case, not the tab.
    window.open_inspection(inspection_id)
    # The window opens on Home, which reads the meetings it lists; here the plan is in front.
    window.show_section(window.findChild(PlanSection))
    statements.clear()
    window.show()
    assert meetings.built is None  # not even made until it is needed
    assert meeting_reads(statements) == 0
    window.show_section(meetings)
    assert isinstance(meetings.built, MeetingsSection)
    assert meetings.built.inspection_id == inspection_id
    assert meeting_reads(statements) > 0
