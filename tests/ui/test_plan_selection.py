"""Selection you can trust: the details, the timeline and the status shortcuts act on the row
that is highlighted, whatever the mouse, the filter or the view did."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.checklist_views import ChecklistView
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

D = dt.date


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """A window on an inspection notified on 2 November 2026 (today is 28 November)."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 11, 2))
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    add_plan_section(main_window, services)
    main_window.resize(1280, 720)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def plan(window: MainWindow) -> PlanSection:
    """The window's Plan tab, on the full plan by week."""
    section = window.findChild(PlanSection)
    assert section is not None
    section.set_view(ChecklistView.BY_WEEK)
    return section


def _rows(services: Services, plan: PlanSection) -> list[PlanRow]:
    assert plan.inspection_id is not None
    return services.inspections.plan_rows(plan.inspection_id)


def _centre(plan: PlanSection, item_id: int) -> QPoint:
    view = plan.ui.checklistView
    index = plan.checklist_model.index_of_item(item_id)
    view.scrollTo(index)
    return view.visualRect(index).center()


def test_press_on_one_row_and_release_on_another_leaves_details_on_the_highlighted_row(
    qtbot: QtBot, plan: PlanSection, services: Services
) -> None:
    """A drag from row A to row B: the details show B, the row under the pointer at release."""
    first, second = _rows(services, plan)[3:5]
    viewport = plan.ui.checklistView.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_centre(plan, first.id))
    qtbot.mouseMove(viewport, _centre(plan, second.id))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_centre(plan, second.id))
    current = plan.selected_item_id()
    assert current in plan.selected_item_ids()
    assert plan.details.ui.itemTitleLabel.text() == plan.plan_row(current).title  # type: ignore[union-attr]
    assert plan.timeline.selected_item() == current


def test_a_filter_that_hides_the_selected_row_leaves_nothing_to_act_on(
    qtbot: QtBot, plan: PlanSection, services: Services
) -> None:
    """Filtered out, the item is no longer in the details, and Ctrl+3 does not tick it."""
    row = _rows(services, plan)[4]
    plan.select_item(row.id)
    qtbot.keyClicks(plan.ui.filterEdit, "zzz-no-such-item")
    assert plan.details.ui.itemTitleLabel.text() == "Select an item in the checklist."
    plan.ui.actionDone.trigger()
    assert services.inspections.plan_row(row.id).status is ItemStatus.NOT_STARTED


def test_a_filter_that_keeps_the_selected_row_keeps_it_in_the_details(
    qtbot: QtBot, plan: PlanSection, services: Services
) -> None:
    """Filtering to the selected item's own title leaves the details and shortcuts on it."""
    row = _rows(services, plan)[4]
    plan.select_item(row.id)
    qtbot.keyClicks(plan.ui.filterEdit, row.title[:12])
    assert plan.details.ui.itemTitleLabel.text() == row.title
    plan.ui.actionInProgress.trigger()
    assert services.inspections.plan_row(row.id).status is ItemStatus.IN_PROGRESS


def test_switching_to_a_view_without_the_selected_row_clears_the_details(
    plan: PlanSection, services: Services
) -> None:
    """An item not overdue is not in the Overdue view: nothing is left selected to act on."""
    today = D(2026, 11, 28)
    row = next(r for r in _rows(services, plan) if not r.is_overdue(today))
    plan.select_item(row.id)
    plan.set_view(ChecklistView.OVERDUE)
    shown = plan.selected_item_id()
    assert shown != row.id
    if shown is None:
        assert plan.details.ui.itemTitleLabel.text() == "Select an item in the checklist."
    plan.ui.actionDone.trigger()
    assert services.inspections.plan_row(row.id).status is ItemStatus.NOT_STARTED


def test_switching_back_keeps_the_details_on_the_row_highlighted(
    plan: PlanSection, services: Services
) -> None:
    """After two view changes, the details show exactly the row the checklist highlights."""
    row = _rows(services, plan)[2]
    plan.select_item(row.id)
    plan.set_view(ChecklistView.BY_OWNER)
    plan.set_view(ChecklistView.BY_WEEK)
    current = plan.selected_item_id()
    expected = (
        plan.plan_row(current).title if current is not None else "Select an item in the checklist."
    )  # type: ignore[union-attr]
    assert plan.details.ui.itemTitleLabel.text() == expected


def test_the_timeline_can_take_half_the_height_and_its_key_folds_away(
    window: MainWindow, plan: PlanSection
) -> None:
    """Dragged to the middle, the splitter gives the timeline half; folding the key frees it."""
    splitter = plan.ui.mainSplitter
    total = sum(splitter.sizes())
    splitter.setSizes([total // 2, total - total // 2])
    assert plan.ui.timelineContainer.height() >= total // 2 - 8
    assert plan.editing is not None
    plan.editing.action_show_key.setChecked(False)
    assert not plan.timeline.legend.isVisible()
    plan.editing.action_show_key.setChecked(True)
    assert plan.timeline.legend.isVisible()
