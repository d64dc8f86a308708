"""The Plan feature's part of the window: the Plan tab, the Item menu and its View and
Inspection menu actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.usecases.changes import CALENDAR, OWNERS, PEOPLE, PIR_CHECKS, PLAN, Change

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
    )
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
