"""The Home feature's part of the window: the Home tab (first, as the first feature listed) and
the Surveys tab.

Home's entries open things other sections show. Features never import each other's ui, so
the sections are found at the moment an entry is opened, by what they can do (``show_item``,
``select_meeting``, ``select_action``, ``select_role``, ``select_survey``, ``select_reader``),
among the window's tabs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from inspection_desktop.domain.home.home_facts import HomeEntry, Target
from inspection_desktop.ui.common.built_when_shown import SectionBuiltWhenShown
from inspection_desktop.usecases.changes import CALENDAR, PLAN, SURVEYS

if TYPE_CHECKING:
    from inspection_desktop.ui.home.home_section import HomeSection
    from inspection_desktop.ui.home.surveys_section import SurveysSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

# Every letter of "Home" and of "Surveys" is an access key elsewhere, so the View menu's
# "Go to" actions (Alt+Home, Ctrl+Shift+Y) reach them from any tab.
HOME_TITLE = "Home"
SURVEYS_TITLE = "Surveys"
HOME_SHORTCUT = "Alt+Home"
SURVEYS_SHORTCUT = "Ctrl+Shift+Y"
OPENERS = {
    Target.PLAN_ITEM: "show_item",
    Target.WEEK: "show_week",
    Target.MEETING: "select_meeting",
    Target.MEETING_ACTION: "select_action",
    Target.ROLE: "select_role",
    Target.SURVEY: "select_survey",
    Target.FILE_READER: "select_reader",
}


def _sections(window: MainWindow) -> list[QWidget]:
    tabs = window.ui.sectionTabs
    return [widget for index in range(tabs.count()) if (widget := tabs.widget(index))]


def open_entry(window: MainWindow, entry: HomeEntry) -> bool:
    """Bring the section that shows an entry's thing to the front, with the thing selected."""
    method = OPENERS[entry.target]
    section = next((s for s in _sections(window) if hasattr(s, method)), None)
    if section is None:
        return False
    window.show_section(section)
    if entry.target is Target.MEETING_ACTION:
        return bool(section.select_action(entry.parent_id, entry.target_id))  # type: ignore[attr-defined]
    key = entry.role_key if entry.target is Target.ROLE else entry.target_id
    return getattr(section, method)(key) is not False


def _go_to(window: MainWindow, section: QWidget, text: str, shortcut: str) -> None:
    from inspection_desktop.ui.shell.main_window import Menu

    action = QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: window.show_section(section))
    window.add_menu_actions(Menu.VIEW, [action])
    tabs = window.ui.sectionTabs
    tabs.setTabToolTip(tabs.indexOf(section), f"{tabs.tabText(tabs.indexOf(section))} ({shortcut})")


def add_home_section(window: MainWindow, services: Services) -> HomeSection:
    """Add the Home tab; it follows every change the window announces."""
    from inspection_desktop.ui.home.home_section import HomeSection

    section = HomeSection(services)
    # Home refreshes itself (see HomeSection.apply_change): it shows a little of everything,
    # including meeting edits that are not announced, so it reads again whenever it is shown.
    window.add_section(HOME_TITLE, section)
    section.entry_opened.connect(lambda entry: open_entry(window, entry))
    window.changed.connect(section.apply_change)
    # Undoing or redoing any section's edit passes through the window's stack.
    window.undo_stack.indexChanged.connect(section.mark_stale)
    _go_to(window, section, "Go to &home", HOME_SHORTCUT)
    return section


def add_surveys_section(
    window: MainWindow, services: Services
) -> SectionBuiltWhenShown[SurveysSection]:
    """Add the Surveys tab, made when first shown; its edits are announced, and plan changes
    move survey dates."""

    def build() -> SurveysSection:
        from inspection_desktop.ui.home.surveys_section import SurveysSection

        return SurveysSection(services, window.push_change)

    section = SectionBuiltWhenShown(build, forwards=("select_survey",))
    window.add_section(
        SURVEYS_TITLE,
        section,
        refresh=lambda: section.section.refresh(),
        refresh_on=(SURVEYS, PLAN, CALENDAR),
        open_when_shown=True,
    )
    _go_to(window, section, "Go to surve&ys", SURVEYS_SHORTCUT)
    return section
