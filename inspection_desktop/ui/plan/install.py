"""The Plan feature's part of the window: the Plan tab, the Item menu and its View and
Inspection menu actions.

The tab is filled when first shown (Home comes first); until then the window's line on the plan
and its status bar are read by a use case, again after any change that moves them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.usecases.changes import (
    CALENDAR,
    MEETINGS,
    OWNERS,
    PEOPLE,
    PIR_CHECKS,
    PLAN,
    Change,
)

if TYPE_CHECKING:
    from inspection_desktop.ui.plan.plan_section import PlanSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


def add_plan_section(window: MainWindow, services: Services) -> PlanSection:
    """Add the Plan tab, owners as people from the register, and the plan's menu actions."""
    from inspection_desktop.ui.plan.plan_editing import PlanEditing
    from inspection_desktop.ui.plan.plan_section import PlanSection
    from inspection_desktop.ui.shell.main_window import Menu

    section = PlanSection(window, services)
    section.set_people(services.contacts)
    window.add_section(
        "&Plan",
        section,
        refresh=section.refresh,
        update=section.apply_change,
        refresh_on=(PLAN, PEOPLE, PIR_CHECKS, CALENDAR, OWNERS),
        about_to_close=section.offer_to_save_notes,
        open_when_shown=True,
    )
    _head_the_window_while_waiting(window, services, section)
    ui = section.ui
    item_menu = window.add_menu("&Item", before=Menu.VIEW)
    window.add_menu_actions(
        item_menu,
        [
            ui.actionToggleDone,
            None,
            ui.actionNotStarted,
            ui.actionInProgress,
            ui.actionDone,
            ui.actionNotApplicable,
            None,
            ui.actionMoveDate,
        ],
    )
    window.add_menu_actions(
        Menu.VIEW,
        [
            ui.actionViewByWeek,
            ui.actionViewThisWeek,
            ui.actionViewOverdue,
            ui.actionViewByOwner,
            None,
            ui.actionFocusFilter,
            ui.actionFocusChecklist,
            ui.actionFocusTimeline,
            ui.actionShowTimeline,
        ],
    )
    # (The key's action is added with the plan's editing commands below.)
    window.add_menu_actions(Menu.INSPECTION, [ui.actionHolidays])
    editing = PlanEditing(window, section, services)
    section.editing = editing
    window.add_menu_actions(
        item_menu,
        [
            None,
            editing.action_add,
            editing.action_edit,
            editing.action_delete,
            editing.action_bring_back,
            None,
            editing.action_owner,
            editing.action_week,
        ],
    )
    window.add_menu_actions(
        Menu.FILE,
        [
            editing.action_import,
            editing.action_export,
            editing.action_export_timeline,
            None,
            editing.action_print,
            editing.action_preview,
            None,
        ],
        before=window.ui.actionQuit,
    )
    window.add_menu_actions(Menu.VIEW, [editing.action_show_key])
    window.add_menu_actions(
        Menu.INSPECTION,
        [
            None,
            editing.action_edit_inspection,
            editing.action_archive,
            editing.action_delete_inspection,
        ],
    )

    def edit_holidays() -> None:
        from inspection_desktop.ui.plan.holidays_dialog import HolidaysDialog

        if window.inspection_id is None:
            return
        dialog = HolidaysDialog(services, window.inspection_id, window, window.undo_stack)
        dialog.holidays_changed.connect(
            lambda: window.announce(Change("holiday periods", frozenset({CALENDAR})))
        )
        dialog.exec()

    ui.actionHolidays.triggered.connect(edit_holidays)
    return section


def _head_the_window_while_waiting(
    window: MainWindow, services: Services, section: PlanSection
) -> None:
    """Keep the window's line on the plan, and its status bar, while the Plan tab waits to be
    first shown (once filled, the section keeps them itself)."""
    from inspection_desktop.domain import clock
    from inspection_desktop.errors import UserFacingError
    from inspection_desktop.usecases.plan.plan_work import plan_heading

    def waiting() -> int | None:
        shown = window.inspection_id
        return shown if shown is not None and section.inspection_id != shown else None

    def show_heading(*_args: object) -> None:
        inspection_id = waiting()
        if inspection_id is None:
            return
        try:
            summary, status = plan_heading(services, inspection_id, clock.today())
        except UserFacingError:
            return  # the tab says why when it is opened
        window.show_summary(summary)
        window.show_status(status)

    def after(change: Change) -> None:
        if change.touches((PLAN, MEETINGS, CALENDAR, OWNERS)):
            show_heading()

    window.inspection_opened.connect(show_heading)
    window.changed.connect(after)
