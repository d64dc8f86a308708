"""The agenda and meeting list models without a view: running times, edits, moves, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.storage.meetings.meeting_rows import AgendaRow, MeetingSummary
from inspection_desktop.ui.meetings.agenda_model import MINUTES, TIME, TITLE, AgendaModel
from inspection_desktop.ui.meetings.meeting_list_model import when_text


def agenda(*minutes: int) -> list[AgendaRow]:
    """Agenda rows numbered from 1 with the given times."""
    return [
        AgendaRow(n, n - 1, f"Item {n}", "", m, "", "", False) for n, m in enumerate(minutes, 1)
    ]


def test_running_times_follow_the_start_and_each_items_minutes() -> None:
    """Items run on from the start, one after another."""
    model = AgendaModel()
    model.set_agenda(agenda(20, 15, 5))
    model.set_start(dt.datetime(2026, 12, 1, 9, 30))
    assert [model.index(r, TIME).data() for r in range(3)] == [
        "09:30–09:50",
        "09:50–10:05",
        "10:05–10:10",
    ]


def test_no_start_time_shows_no_running_times() -> None:
    """An undated meeting leaves the Time column blank."""
    model = AgendaModel()
    model.set_agenda(agenda(20))
    assert model.index(0, TIME).data() == ""


def test_edits_are_announced_and_bad_minutes_refused(qtbot: QtBot) -> None:
    """A new title is announced with the changed row; minutes that are not a number are refused."""
    model = AgendaModel()
    model.set_agenda(agenda(20, 15))
    with qtbot.waitSignal(model.item_edited) as signal:
        assert model.setData(model.index(1, TITLE), "  Rooms   and parking ")
    assert signal.args[0] == 2
    assert signal.args[1].title == "Rooms and parking"
    assert not model.setData(model.index(0, MINUTES), "twenty")
    assert not model.setData(model.index(0, MINUTES), "-5")
    assert not model.setData(model.index(0, TITLE), "   ")


def test_moving_announces_the_orders_before_and_after(qtbot: QtBot) -> None:
    """Moving item 3 to the top gives the new order and the old one, for undo."""
    model = AgendaModel()
    model.set_agenda(agenda(10, 10, 10))
    with qtbot.waitSignal(model.order_changed) as signal:
        assert model.move_item(2, 0)
    assert signal.args == [[1, 2, 3], [3, 1, 2]]
    assert not model.move_item(0, 5)


def test_dropping_on_an_item_puts_the_dragged_one_in_its_place() -> None:
    """A row dropped onto row 1 takes row 1's place."""
    model = AgendaModel()
    model.set_agenda(agenda(10, 10, 10))
    data = model.mimeData([model.index(2, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(1, TITLE))
    assert model.item_ids() == [1, 3, 2]
    assert model.index(0, 0, QModelIndex()).data() == "1"


def test_when_text_says_time_or_that_it_is_to_agree() -> None:
    """A timed meeting shows day and time; an untimed one its plan day, to agree."""
    timed = MeetingSummary(
        1, 1, None, "M", 4, dt.datetime(2026, 12, 1, 10, 0), dt.date(2026, 12, 1), 0, 0, (), ()
    )
    untimed = MeetingSummary(2, 1, None, "M", 4, None, dt.date(2026, 12, 4), 0, 0, (), ())
    assert when_text(timed) == "Tue 1 Dec 10:00"
    assert when_text(untimed) == "Fri 4 Dec (to agree)"
