"""The Plan tab's work at size: what a view switch or keystroke costs doesn't grow with the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.checklist_views import ChecklistView
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.meetings.meeting_bulk import (
    ActionDraft,
    MeetingDraft,
    add_meetings_in_bulk,
)
from inspection_desktop.ui.plan import checklist_model, plan_section
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services
from tests.sql_counting import counting

NOTIFIED = dt.date(2026, 11, 2)


def _plan_tab(qtbot: QtBot, services: Services, actions: int) -> PlanSection:
    """The Plan tab on screen at 1366 by 768, over the template plus ``actions`` items."""
    inspection = services.inspections.create_inspection("Glenmorven", NOTIFIED)
    calendar = services.inspections.calendar(inspection.id)
    meeting = MeetingDraft(
        title="Working group",
        week=2,
        starts=dt.datetime(2026, 11, 10, 10),
        duration_minutes=60,
        venue="Room 3",
        actions=tuple(
            ActionDraft(f"Action {n}", "Ailsa Grant", NOTIFIED + dt.timedelta(days=n % 60))
            for n in range(actions)
        ),
    )
    add_meetings_in_bulk(services.database, inspection.id, calendar, [meeting])
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    plan = add_plan_section(window, services)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return plan


@pytest.fixture
def cells_asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every role the checklist model is asked for, while the test runs."""
    asked: list[int] = []
    real = checklist_model.ChecklistModel.data

    def counting_data(self, index, role=0):  # type: ignore[no-untyped-def]
        asked.append(role)
        return real(self, index, role)

    monkeypatch.setattr(checklist_model.ChecklistModel, "data", counting_data)
    return asked


def _cells_for_a_view_switch(plan: PlanSection, asked: list[int]) -> int:
    plan.set_view(ChecklistView.BY_OWNER)
    QApplication.processEvents()
    asked.clear()
    plan.set_view(ChecklistView.BY_WEEK)
    QApplication.processEvents()
    return len(asked)


def test_a_view_switch_asks_for_as_many_cells_with_600_items_as_with_60(
    qtbot: QtBot, services: Services, cells_asked: list[int]
) -> None:
    """The cells asked for follow the rows on screen, not the rows in the plan."""
    small = _cells_for_a_view_switch(_plan_tab(qtbot, services, 60), cells_asked)
    large = _cells_for_a_view_switch(_plan_tab(qtbot, services, 600), cells_asked)
    assert large <= small * 1.2


def test_a_view_switch_and_a_keystroke_read_neither_plan_nor_register(
    qtbot: QtBot, services: Services
) -> None:
    """Regrouping and filtering reread nothing but the selected item's owner, by its id."""
    plan = _plan_tab(qtbot, services, 30)
    with counting(services.database.engine) as work:
        plan.set_view(ChecklistView.BY_OWNER)
        plan.ui.filterEdit.setText("action 1")
        plan.set_view(ChecklistView.OVERDUE)
    assert len(work.statements) <= 3
    assert all("WHERE plan_item.id = ?" in statement for statement in work.statements)


def test_no_checklist_column_sizes_itself_to_its_contents(qtbot: QtBot, services: Services) -> None:
    """Every column's width comes from the header or a fixed width, never from every row."""
    plan = _plan_tab(qtbot, services, 0)
    header = plan.ui.checklistView.header()
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes


@pytest.fixture
def tree_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every call the tree makes into the checklist model's structure (not its cells)."""
    calls: list[str] = []
    model = checklist_model.ChecklistModel
    for name in ("index", "parent", "rowCount", "flags", "hasChildren"):
        real = getattr(model, name)

        def counting(self, *args, _real=real, _name=name):  # type: ignore[no-untyped-def]
            calls.append(_name)
            return _real(self, *args)

        monkeypatch.setattr(model, name, counting)
    return calls


def _items_shown(plan: PlanSection) -> int:
    model = plan.checklist_model
    return sum(model.rowCount(model.index(group, 0)) for group in range(model.rowCount()))


def test_a_view_switch_asks_the_model_a_few_things_per_item_at_most(
    qtbot: QtBot, services: Services, tree_calls: list[str]
) -> None:
    """Laying the checklist out again asks the model about five things per item at most."""
    plan = _plan_tab(qtbot, services, 600)
    plan.set_view(ChecklistView.BY_OWNER)
    QApplication.processEvents()
    tree_calls.clear()
    plan.set_view(ChecklistView.BY_WEEK)
    QApplication.processEvents()
    assert len(tree_calls) <= 5 * _items_shown(plan) + 500


def test_a_view_switch_keeps_no_lasting_index_per_item(qtbot: QtBot, services: Services) -> None:
    """Opening every heading marks the headings only, not each of the hundreds of items."""
    plan = _plan_tab(qtbot, services, 600)
    plan.set_view(ChecklistView.BY_OWNER)
    plan.set_view(ChecklistView.BY_WEEK)
    QApplication.processEvents()
    model = plan.checklist_model
    headings = model.rowCount()
    view = plan.ui.checklistView
    assert all(view.isExpanded(model.index(group, 0)) for group in range(headings))
    assert all(view.isFirstColumnSpanned(group, QModelIndex()) for group in range(headings))
    assert len(model.persistentIndexList()) <= 2 * headings + 10


def test_ticking_a_meetings_action_sums_the_plan_up_once(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tick that touches the meetings too redraws the summary once, with the tick in it."""
    plan = _plan_tab(qtbot, services, 30)
    assert plan.inspection_id is not None
    rows = services.inspections.plan_rows(plan.inspection_id)
    action = next(row for row in rows if row.from_meeting and not row.status.is_closed)
    done_before = sum(1 for row in rows if row.status.is_closed)
    summaries: list[int] = []
    real = plan_section.plan_summary

    def counting_summary(*args, **kwargs):  # type: ignore[no-untyped-def]
        summaries.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_section, "plan_summary", counting_summary)
    plan.set_item_status(action.id, ItemStatus.DONE)
    assert len(summaries) == 1
    status = plan.window().statusBar().currentMessage()
    assert status.startswith(f"{done_before + 1} of {len(rows)} items done")
