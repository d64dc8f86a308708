"""The Plan tab is filled the first time it is shown; the window's heading does not wait for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspection_desktop.composition import add_features_to_window
from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.plan.timeline_view import TimelineView
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.changes import PLAN, Change
from inspection_desktop.usecases.plan.plan_work import plan_heading
from inspection_desktop.usecases.services import Services
from tests.ui.sections import section_of, shown_section


def _window(qtbot: QtBot, services: Services) -> tuple[MainWindow, PlanSection, int]:
    """The window as the app builds it, on Home, with the demo inspection open."""
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    window = MainWindow(services)
    qtbot.addWidget(window)
    add_features_to_window(window, services)
    window.show()
    window.open_inspection(inspection_id)
    return window, section_of(window, PlanSection), inspection_id


def test_the_plan_waits_behind_home_while_the_heading_says_where_it_stands(
    qtbot: QtBot, demo_services: Services
) -> None:
    """Opened on Home, the plan is neither read nor drawn, yet the heading and the status bar
    say what the Plan tab would; showing the tab fills it, timeline and all."""
    window, plan, inspection_id = _window(qtbot, demo_services)
    assert shown_section(window) is not plan
    assert plan.inspection_id is None
    assert window.findChild(TimelineView) is None
    summary, status = plan_heading(demo_services, inspection_id, clock.today())
    assert window.ui.weekSummaryLabel.text() == summary
    assert window.ui.statusbar.currentMessage() == status
    assert " items done · " in status

    window.show_section(plan)
    assert plan.inspection_id == inspection_id
    assert plan.checklist_model.rowCount() > 0
    assert isinstance(window.findChild(TimelineView), TimelineView)
    assert window.ui.weekSummaryLabel.text() == summary
    assert window.ui.statusbar.currentMessage() == status


def test_a_change_while_the_plan_waits_moves_the_heading(
    qtbot: QtBot, demo_services: Services
) -> None:
    """An item marked done elsewhere (say, from Home's list) counts in the status bar at once,
    though the Plan tab has still not been shown."""
    window, plan, inspection_id = _window(qtbot, demo_services)
    before = window.ui.statusbar.currentMessage()
    calendar = demo_services.inspections.calendar(inspection_id)
    rows = demo_services.inspections.plan_rows(inspection_id, calendar)
    open_item = next(row for row in rows if not row.status.is_closed)
    demo_services.inspections.set_status(open_item.id, ItemStatus.DONE)
    window.announce(Change("mark done", frozenset({PLAN}), items=frozenset({open_item.id})))
    assert plan.inspection_id is None  # still waiting
    done_before = int(before.split(" of ")[0])
    assert window.ui.statusbar.currentMessage().startswith(f"{done_before + 1} of ")


def test_the_item_menu_reaches_a_plan_not_yet_shown(qtbot: QtBot, demo_services: Services) -> None:
    """A command of the Plan's menus used from Home reads the plan first (the new item's
    dialog needs the calendar): it never acts on an empty one."""
    _window_shown, plan, inspection_id = _window(qtbot, demo_services)
    calendar = plan.plan_calendar()
    assert plan.inspection_id == inspection_id
    assert calendar.week_count == demo_services.inspections.calendar(inspection_id).week_count
    assert calendar.weeks[0].starts_on == (
        demo_services.inspections.calendar(inspection_id).weeks[0].starts_on
    )
