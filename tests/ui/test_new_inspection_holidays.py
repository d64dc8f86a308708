"""The new-inspection dialog asks for holidays and offers Christmas, never adding it silently."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common.qt_dates import to_qdate
from inspection_desktop.ui.shell.new_inspection_dialog import NewInspectionDialog

D = dt.date


def _dialog(qtbot: QtBot, notified: dt.date) -> NewInspectionDialog:
    dialog = NewInspectionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.notifiedEdit.setDate(to_qdate(notified))
    return dialog


def test_a_november_start_offers_the_christmas_weeks_but_adds_nothing(qtbot: QtBot) -> None:
    """The offer is shown and named; no holiday is recorded until the button is pressed."""
    dialog = _dialog(qtbot, D(2026, 11, 30))
    assert dialog.ui.offerButton.isVisible()
    assert "21 December 2026 to 1 January 2027" in dialog.ui.offerLabel.text()
    assert dialog.holidays == []


def test_pressing_the_offer_adds_the_weeks_and_moves_week_eleven(qtbot: QtBot) -> None:
    """Accepted, the weeks are listed and week 11 moves two weeks on; the offer goes away."""
    dialog = _dialog(qtbot, D(2026, 11, 30))
    before = dialog.ui.lastWeekLabel.text()
    dialog.ui.offerButton.click()
    assert [(p.starts_on, p.ends_on) for p in dialog.holidays] == [(D(2026, 12, 21), D(2027, 1, 1))]
    assert not dialog.ui.offerButton.isVisible()
    assert before == "Week 11 will be 8 – 12 February 2027."
    assert dialog.ui.lastWeekLabel.text() == "Week 11 will be 22 – 26 February 2027."


def test_an_offered_week_can_be_removed_again(qtbot: QtBot) -> None:
    """The co-ordinator can change their mind: Remove takes it back and the offer returns."""
    dialog = _dialog(qtbot, D(2026, 11, 30))
    dialog.ui.offerButton.click()
    dialog.ui.removeButton.click()
    assert dialog.holidays == []
    assert dialog.ui.offerButton.isVisible()


def test_a_school_holiday_of_their_own_can_be_added(qtbot: QtBot) -> None:
    """From, to and a name add a period to the list."""
    dialog = _dialog(qtbot, D(2026, 9, 1))
    assert not dialog.ui.offerButton.isVisible()
    dialog.ui.fromEdit.setDate(to_qdate(D(2026, 10, 12)))
    dialog.ui.toEdit.setDate(to_qdate(D(2026, 10, 23)))
    qtbot.keyClicks(dialog.ui.labelEdit, "October holidays")
    dialog.ui.addButton.click()
    (period,) = dialog.holidays
    assert (period.starts_on, period.label) == (D(2026, 10, 12), "October holidays")
