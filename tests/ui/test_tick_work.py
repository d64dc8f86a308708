"""Ticking an item from the window reads back only what changed: work that does not grow."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from inspection_desktop.composition import add_features_to_window, open_services
from inspection_desktop.demo.inspection import add_demo_inspection
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.plan import plan_items
from inspection_desktop.storage.plan.plan_items import NewPlanItem
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from tests.sql_counting import DatabaseWork, counting


def _tick_and_undo(qtbot: QtBot, path: Path, scale: int) -> tuple[DatabaseWork, DatabaseWork]:
    """Tick an item on the demo grown ``scale`` times, then undo; the work of each."""
    services = open_services(path)
    inspection = add_demo_inspection(services)
    for number in range(6 * (scale - 1)):
        services.meetings.add_meeting(inspection.id, f"Extra meeting {number}", week=3)
    with services.database.transaction() as session:
        for number in range(31 * (scale - 1)):
            plan_items.add_item(session, inspection.id, NewPlanItem(f"own-{number}", 3, "Own"))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    add_features_to_window(window, services)
    plan = next(w for w in window.findChildren(PlanSection))
    window.show_section(plan)
    window.show()
    item = next(r for r in services.inspections.plan_rows(inspection.id) if not r.status.is_closed)
    with counting(services.database.engine) as tick:
        plan.set_item_status(item.id, ItemStatus.DONE)
    assert plan.plan_row(item.id) is not None
    assert plan.plan_row(item.id).status is ItemStatus.DONE  # type: ignore[union-attr]
    with counting(services.database.engine) as undo:
        window.undo_stack.undo()
    assert plan.plan_row(item.id).status is item.status  # type: ignore[union-attr]
    window.close()
    services.close()
    return tick, undo


def test_a_tick_and_its_undo_take_at_most_three_transactions(qtbot: QtBot, tmp_path: Path) -> None:
    """The use case is one unit of work; the plan reads back the one item it names."""
    tick, undo = _tick_and_undo(qtbot, tmp_path / "demo.sqlite3", 1)
    assert tick.transactions <= 3
    assert undo.transactions <= 3


def test_a_tick_costs_the_same_with_ten_times_the_meetings_and_items(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Ten times the meetings and items add no transaction and no statement to a tick."""
    small_tick, small_undo = _tick_and_undo(qtbot, tmp_path / "small.sqlite3", 1)
    large_tick, large_undo = _tick_and_undo(qtbot, tmp_path / "large.sqlite3", 10)
    assert large_tick.statement_count == small_tick.statement_count
    assert large_undo.statement_count == small_undo.statement_count
    assert large_tick.transactions == small_tick.transactions
