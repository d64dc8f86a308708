"""The Home feature's part of the window: the Home tab, first, and the Surveys tab.

Home's entries open things other sections show. Features never import each other's ui, so
the sections are found at the moment an entry is opened, by what they can do
(``select_meeting``, ``select_role``, ``select_survey``), among the window's tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from inspection_desktop.domain.home.home_facts import HomeEntry, Target
from inspection_desktop.domain.plan.checklist_views import ChecklistView

if TYPE_CHECKING:
    from inspection_desktop.ui.home.home_section import HomeSection
    from inspection_desktop.ui.home.surveys_section import SurveysSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

HOME_TITLE = "Home"
# Every letter of "Surveys" is an access key elsewhere: View › Go to surveys answers Ctrl+Shift+Y.
SURVEYS_TITLE = "Surveys"
HOME_SHORTCUT = "Alt+Home"
SURVEYS_SHORTCUT = "Ctrl+Shift+Y"


def _sections(window: MainWindow) -> list[QWidget]:
    tabs = window.ui.sectionTabs
    return [widget for index in range(tabs.count()) if (widget := tabs.widget(index))]


def _section_that_can(window: MainWindow, method: str) -> QWidget | None:
    return next((s for s in _sections(window) if hasattr(s, method)), None)


def open_entry(window: MainWindow, services: Services, entry: HomeEntry) -> bool:
    """Bring the section that shows an entry's thing to the front, with the thing selected."""
    if entry.target is Target.PLAN_ITEM and entry.target_id is not None:
        return _open_plan_item(window, entry.target_id)
    if entry.target is Target.WEEK and entry.target_id is not None:
        first = _first_item_of_week(window, services, entry.target_id)
        if first is None:
            # A week the plan gives nothing to (week 5): the plan, by week, is the nearest thing.
            window.ui.sectionTabs.setCurrentWidget(window.ui.planTab)
            window.set_view(ChecklistView.BY_WEEK)
            return True
        return _open_plan_item(window, first)
    method = {
        Target.MEETING: "select_meeting",
        Target.ROLE: "select_role",
        Target.SURVEY: "select_survey",
    }[entry.target]
    section = _section_that_can(window, method)
    if section is None:
        return False
    window.show_section(section)
    key = entry.role_key if entry.target is Target.ROLE else entry.target_id
    result = getattr(section, method)(key)
    return result is not False


def _first_item_of_week(window: MainWindow, services: Services, week: int) -> int | None:
    inspection_id = window.inspection_id
    if inspection_id is None:
        return None
    rows = services.inspections.plan_rows(inspection_id, window.plan_calendar())
    return next((row.id for row in rows if row.week == week), None)


def _open_plan_item(window: MainWindow, item_id: int) -> bool:
    window.ui.sectionTabs.setCurrentWidget(window.ui.planTab)
    if not window.select_item(item_id):
        # The current view or filter hides it: fall back to the whole plan.
        window.ui.filterEdit.clear()
        window.set_view(ChecklistView.BY_WEEK)
        if not window.select_item(item_id):
            return False
    window.ui.checklistView.setFocus()
    return True


def add_home_section(window: MainWindow, services: Services) -> HomeSection:
    """Add the Home tab as the first tab, shown when the window opens."""
    from inspection_desktop.ui.home.home_section import HomeSection

    section = HomeSection(services)
    window.add_section(HOME_TITLE, section)
    tabs = window.ui.sectionTabs
    tabs.tabBar().moveTab(tabs.indexOf(section), 0)
    tabs.setCurrentWidget(section)
    section.entry_opened.connect(lambda entry: open_entry(window, services, entry))
    # The plan refreshes after any edit of items, meetings' actions or people: so may Home.
    window.plan_refreshed.connect(section.mark_stale)
    # Every undoable edit of any section, and its undo, passes through the window's stack.
    window.undo_stack.indexChanged.connect(section.mark_stale)
    # Every letter of "Home" is an access key elsewhere: View › Go to home answers Alt+Home.
    go_home = QAction("Go to &home", window)
    go_home.setShortcut(QKeySequence(HOME_SHORTCUT))
    go_home.triggered.connect(lambda: window.show_section(section))
    window.ui.menuView.addAction(go_home)
    tabs.setTabToolTip(tabs.indexOf(section), f"Home ({HOME_SHORTCUT})")
    return section


def add_surveys_section(window: MainWindow, services: Services) -> SurveysSection:
    """Add the Surveys tab; its changes reach Home, and plan changes move survey dates."""
    from inspection_desktop.ui.home.home_section import HomeSection
    from inspection_desktop.ui.home.surveys_section import SurveysSection

    section = SurveysSection(services, window.undo_stack)
    window.add_section(SURVEYS_TITLE, section)
    go_to = QAction("Go to surve&ys", window)
    go_to.setShortcut(QKeySequence(SURVEYS_SHORTCUT))
    go_to.triggered.connect(lambda: window.show_section(section))
    window.ui.menuView.addAction(go_to)
    tabs = window.ui.sectionTabs
    tabs.setTabToolTip(tabs.indexOf(section), f"Surveys ({SURVEYS_SHORTCUT})")
    window.plan_refreshed.connect(section.refresh_from_plan)
    for home in _sections(window):
        if isinstance(home, HomeSection):
            section.changed.connect(home.apply_change)
    return section
