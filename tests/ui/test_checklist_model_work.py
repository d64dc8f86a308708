"""The checklist model's work: a changed item is redrawn in place; filtering asks no cell."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.checklist_views import ChecklistView, group_rows
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.plan import checklist_model
from inspection_desktop.ui.plan.checklist_model import (
    COLUMN_STATUS,
    ChecklistFilterModel,
    ChecklistModel,
)
from tests.domain.test_plan_rules import make_row

TODAY = dt.date(2026, 11, 28)


def _model(count: int = 60) -> tuple[ChecklistModel, list]:  # type: ignore[type-arg]
    calendar = InspectionCalendar(dt.date(2026, 11, 2), [], 11)
    rows = [
        make_row(
            id=n, week=1 + n % 11, title=f"Item {n}", notes="send the agenda" if n == 7 else ""
        )
        for n in range(count)
    ]
    model = ChecklistModel()
    model.set_groups(group_rows(rows, ChecklistView.BY_WEEK, calendar, TODAY), TODAY)
    return model, rows


def test_a_changed_item_is_redrawn_in_place_without_a_reset(qtbot: QtBot) -> None:
    """Replacing a row already shown changes its cells and signals only that row and heading."""
    model, rows = _model()
    done = dataclasses.replace(rows[5], status=ItemStatus.DONE)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        assert model.replace_rows([done], {})
    index = model.index_of_item(5)
    assert model.data(index.siblingAtColumn(COLUMN_STATUS)) == ItemStatus.DONE.label


def test_a_row_not_shown_is_left_for_a_regroup() -> None:
    """A row the model does not hold is refused, so the caller groups the plan again."""
    model, rows = _model()
    stranger = dataclasses.replace(rows[0], id=999)
    assert not model.replace_rows([stranger], {})
    assert not model.index_of_item(999).isValid()


def test_a_filter_keystroke_asks_the_model_for_no_cell(monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter reads each item's folded words straight from the model, not through data()."""
    model, _rows = _model(300)
    proxy = ChecklistFilterModel()
    proxy.setSourceModel(model)
    calls: list[int] = []
    real = checklist_model.ChecklistModel.data

    def counting(self, index, role=0):  # type: ignore[no-untyped-def]
        calls.append(role)
        return real(self, index, role)

    monkeypatch.setattr(checklist_model.ChecklistModel, "data", counting)
    proxy.setFilterFixedString("SEND THE")
    assert calls == []
    assert proxy.rowCount() == 1
    heading = proxy.index(0, 0)
    assert proxy.rowCount(heading) == 1
