"""The PIR data guard's part of the window: a "Check the population list…" button and the last
check's verdict in the details of the week-7 item, added through the plan's item actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import PIR_CHECKS, Change

if TYPE_CHECKING:
    from inspection_desktop.storage.pir.pir_check_service import PirCheckService
    from inspection_desktop.ui.shell.item_actions import ItemAction
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

CHECK_ACTION_KEY = "pir-check"


def add_pir_guard(window: MainWindow, services: Services) -> ItemAction:
    """Offer the guard on the PIR item, and show the latest check's verdict beside it."""
    from inspection_desktop.ui.shell.item_actions import ItemAction

    def is_pir_item(row: PlanRow) -> bool:
        return row.key == PIR_ITEM_KEY

    def check_list(_row: PlanRow) -> None:
        from inspection_desktop.domain import clock
        from inspection_desktop.ui.pir.pir_guard_dialog import PirGuardDialog

        inspection_id = window.inspection_id
        if inspection_id is None:
            return
        dialog = PirGuardDialog(window, today=clock.today())
        dialog.exec()
        outcome = dialog.outcome()
        if outcome.checked_file is None:
            return
        try:
            services.pir_checks.record(inspection_id, outcome)
        except UserFacingError as exc:
            window.report_error(exc)
            return
        window.announce(Change("check the population list", frozenset({PIR_CHECKS})))

    action = ItemAction(
        key=CHECK_ACTION_KEY,
        text="&Check the population list…",
        tool_tip="Run the PIR data guard: find personal identifiers before the list is sent",
        applies_to=is_pir_item,
        run=check_list,
        details_html=lambda _row: latest_check_html(services.pir_checks, window.inspection_id),
    )
    window.item_actions.add(action)
    return action


def latest_check_html(checks: PirCheckService, inspection_id: int | None) -> str:
    """The last check of the population list, as a paragraph for the item's details."""
    import html  # here: its table of entities is no part of start-up

    latest = checks.latest(inspection_id or 0)
    if latest is None:
        return "<p><b>Population list:</b> not checked yet.</p>"
    when = long_date(latest.checked_at.date())
    if latest.still_flagged:
        columns = html.escape(", ".join(latest.still_flagged))
        state = f"flagged columns remain: {columns}"
        if latest.reason:
            state += f". Reason recorded: {html.escape(latest.reason)}"
    else:
        state = "no flagged columns in what will be sent"
    name = html.escape(latest.file_name)
    return f"<p><b>Population list:</b> {name}, checked {when}: {state}.</p>"
