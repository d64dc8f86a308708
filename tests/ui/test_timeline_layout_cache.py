"""The timeline lays itself out once per plan and width, not on every refresh or size hint."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.plan import timeline_widget
from inspection_desktop.ui.plan.timeline_view import TimelineView
from tests.ui.test_timeline_widget import MONDAY, TODAY, make_entry, sample_weeks


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The width of every layout the timeline computes, in order."""
    widths: list[float] = []
    real = timeline_widget.lay_out

    def counting(*args: object, **kwargs: object) -> object:
        widths.append(args[2])  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline_widget, "lay_out", counting)
    return widths


def _entries(count: int) -> list:  # type: ignore[type-arg]
    return [make_entry(n, MONDAY + timedelta(days=n % 70)) for n in range(1, count + 1)]


def test_a_refresh_with_the_same_plan_lays_out_nothing(qtbot: QtBot, layouts: list[float]) -> None:
    """The same weeks and entries again (a refresh after a tick elsewhere) cost no layout."""
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    view.set_data(sample_weeks(), _entries(300), TODAY)
    qtbot.waitExposed(view)
    before = len(layouts)
    for _ in range(5):
        view.set_data(sample_weeks(), _entries(300), TODAY)
        view.sizeHint()
    assert len(layouts) == before


def test_each_width_is_laid_out_once_per_plan(qtbot: QtBot, layouts: list[float]) -> None:
    """Going back to a width seen before reuses its layout; a changed plan lays out afresh."""
    widget = timeline_widget.TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_data(sample_weeks(), _entries(50), TODAY)
    widget.show()
    qtbot.waitExposed(widget)
    for width in (1400, 1500, 1400, 1500, 1400):
        widget.resize(width, 300)
    assert layouts.count(1400) == 1
    assert layouts.count(1500) == 1
    layouts.clear()
    widget.set_data(sample_weeks(), _entries(51), TODAY)
    assert layouts == [1400]


def test_a_tick_redraws_the_entry_without_a_layout(qtbot: QtBot, layouts: list[float]) -> None:
    """An entry whose status changes keeps its place: no layout, but the new status is shown."""
    from dataclasses import replace

    widget = timeline_widget.TimelineWidget()
    qtbot.addWidget(widget)
    entries = _entries(50)
    widget.set_data(sample_weeks(), entries, TODAY)
    widget.show()
    qtbot.waitExposed(widget)
    layouts.clear()
    ticked = [replace(e, status="done") if e.item_id == 7 else e for e in entries]
    widget.set_data(sample_weeks(), ticked, TODAY)
    assert layouts == []
    assert widget._find(7).entry.status == "done"  # type: ignore[union-attr]
    moved = [
        replace(e, ends_on=e.ends_on + timedelta(days=3)) if e.item_id == 7 else e for e in ticked
    ]
    widget.set_data(sample_weeks(), moved, TODAY)
    assert len(layouts) == 1
