"""The week-7 item's guard step in the window: check the list, and the tick rule."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.pir.install import CHECK_ACTION_KEY, add_pir_guard
from inspection_desktop.ui.pir.pir_guard_dialog import PirGuardDialog
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.plan.plan_section import PlanSection
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services
from tests import pir_synthetic as synth


@pytest.fixture
def window(
    qtbot: QtBot, service: InspectionService, services: Services, database: Database
) -> MainWindow:
    """A window with the PIR guard wired in and the PIR item selected."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    plan = add_plan_section(main_window, services)
    add_pir_guard(main_window, services)
    pir = next(r for r in service.plan_rows(inspection.id) if r.key == PIR_ITEM_KEY)
    plan.select_item(pir.id)
    return main_window


@pytest.fixture
def plan(window: MainWindow) -> PlanSection:
    """The window's Plan tab."""
    section = window.findChild(PlanSection)
    assert section is not None
    return section


@pytest.fixture
def guard_button(plan: PlanSection) -> QPushButton:
    """The PIR guard's button in the item's details."""
    button = plan.details.item_action_button(CHECK_ACTION_KEY)
    assert button is not None
    return button


def test_guard_button_shows_only_on_the_pir_item(
    window: MainWindow, plan: PlanSection, guard_button: QPushButton, service: InspectionService
) -> None:
    """The step belongs to the week-7 item."""
    assert not guard_button.isHidden()
    other = next(r for r in service.plan_rows(window.inspection_id or 0) if r.week == 1)
    plan.select_item(other.id)
    assert guard_button.isHidden()


def test_checking_a_list_from_the_item_records_the_result(
    qtbot: QtBot,
    window: MainWindow,
    plan: PlanSection,
    guard_button: QPushButton,
    services: Services,
    tmp_path: Path,
    when_dialog_opens: Any,
) -> None:
    """The guard opened from the item keeps its verdict with the inspection."""
    headings, rows = synth.disguised_population(30)
    population = tmp_path / "population.csv"
    with population.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([headings, *rows])

    def check_then_close(dialog: PirGuardDialog) -> None:
        dialog.file_checked.connect(lambda _result: dialog.done(0))
        dialog.check_file(population)

    when_dialog_opens(PirGuardDialog, check_then_close)
    guard_button.click()
    latest = services.pir_checks.latest(window.inspection_id or 0)
    assert latest is not None and latest.file_name == "population.csv"
    assert "Col A" in latest.still_flagged
    assert "flagged columns remain" in plan.details.ui.descriptionBrowser.toPlainText()


def test_ticking_pir_with_flags_asks_why_and_cancel_leaves_it_open(
    window: MainWindow,
    plan: PlanSection,
    services: Services,
    service: InspectionService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without a reason the item stays open; with one it is done and the reason is kept."""
    checks = services.pir_checks
    checks.record(window.inspection_id or 0, PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    item_id = plan.selected_item_id()
    assert item_id is not None
    monkeypatch.setattr(dialogs, "ask_multiline_text", lambda *_args: None)
    plan.ui.actionDone.trigger()
    assert service.plan_row(item_id).status is ItemStatus.NOT_STARTED
    monkeypatch.setattr(
        dialogs, "ask_multiline_text", lambda *_args: "Column A is the allocated worker"
    )
    plan.ui.actionDone.trigger()
    assert service.plan_row(item_id).status is ItemStatus.DONE
    latest = checks.latest(window.inspection_id or 0)
    assert latest is not None and latest.reason == "Column A is the allocated worker"
    window.undo_action.trigger()
    assert service.plan_row(item_id).status is ItemStatus.NOT_STARTED


def test_marking_several_items_done_with_the_pir_item_asks_why_too(
    window: MainWindow,
    plan: PlanSection,
    services: Services,
    service: InspectionService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the PIR item among several selected, Done asks for the reason as it does alone."""
    from PySide6.QtCore import QItemSelectionModel

    inspection_id = window.inspection_id or 0
    services.pir_checks.record(inspection_id, PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    pir_id = plan.selected_item_id()
    assert pir_id is not None
    other = next(
        r
        for r in service.plan_rows(inspection_id)
        if r.id != pir_id and plan._model.index_of_item(r.id).isValid()
    )
    flags = QItemSelectionModel.SelectionFlag
    plan.ui.checklistView.selectionModel().select(
        plan._model.index_of_item(other.id), flags.Select | flags.Rows
    )
    assert set(plan.selected_item_ids()) == {pir_id, other.id}
    asked: list[str] = []

    def no_reason(*args: object) -> None:
        asked.append(str(args[1]))

    errors: list[object] = []
    monkeypatch.setattr(dialogs, "show_error", lambda *args: errors.append(args[1]))
    monkeypatch.setattr(dialogs, "ask_multiline_text", no_reason)
    plan.ui.actionDone.trigger()
    assert errors == []
    assert asked == ["Flagged columns remain"]
    assert service.plan_row(pir_id).status is ItemStatus.NOT_STARTED
    assert service.plan_row(other.id).status is ItemStatus.NOT_STARTED
    monkeypatch.setattr(dialogs, "ask_multiline_text", lambda *_args: "Col A is a team name")
    plan.ui.actionDone.trigger()
    assert service.plan_row(pir_id).status is ItemStatus.DONE
    assert service.plan_row(other.id).status is ItemStatus.DONE
    latest = services.pir_checks.latest(inspection_id)
    assert latest is not None and latest.reason == "Col A is a team name"
