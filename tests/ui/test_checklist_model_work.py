"""The checklist model's work: a changed item is redrawn in place, not by a reset."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.checklist_views import ChecklistView, group_rows
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.plan.checklist_model import COLUMN_STATUS, ChecklistModel
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
