"""The item form: a new item's fields become its draft; a refusal keeps the form open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemOrigin
from inspection_desktop.domain.roles import default_roles
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.qt_dates import to_qdate
from inspection_desktop.ui.plan.item_editor_dialog import ItemEditorDialog

D = dt.date
CALENDAR = InspectionCalendar(D(2026, 11, 30), [], 11)


def _dialog(qtbot: QtBot, saved: list[ItemDraft], **kwargs: object) -> ItemEditorDialog:
    dialog = ItemEditorDialog(
        default_roles(),
        [(7, "Ailsa Grant")],
        CALENDAR,
        saved.append,
        **kwargs,  # type: ignore[arg-type]
    )
    qtbot.addWidget(dialog)
    return dialog


def _save(dialog: ItemEditorDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_item_is_saved_with_what_was_typed(qtbot: QtBot) -> None:
    """Title, week, kind and person go into the draft handed to save."""
    saved: list[ItemDraft] = []
    dialog = _dialog(qtbot, saved)
    qtbot.keyClicks(dialog.ui.titleEdit, "Book the file-reading base")
    dialog.ui.weekSpin.setValue(5)
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("deadline"))
    dialog.ui.personCombo.setCurrentIndex(dialog.ui.personCombo.findData(7))
    _save(dialog)
    (draft,) = saved
    assert (draft.title, draft.week, draft.kind, draft.owner_contact_id, draft.due_on) == (
        "Book the file-reading base",
        5,
        "deadline",
        7,
        None,
    )
    assert dialog.result() == ItemEditorDialog.DialogCode.Accepted


def test_save_waits_for_a_title(qtbot: QtBot) -> None:
    """Without a title there is nothing to save."""
    dialog = _dialog(qtbot, [])
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_an_exact_date_sets_the_week_it_falls_in(qtbot: QtBot) -> None:
    """16 December 2026 is in week 3 of an inspection notified on 30 November."""
    saved: list[ItemDraft] = []
    dialog = _dialog(qtbot, saved)
    qtbot.keyClicks(dialog.ui.titleEdit, "Brief the chief officers")
    dialog.ui.dateRadio.setChecked(True)
    dialog.ui.dateEdit.setDate(to_qdate(D(2026, 12, 16)))
    _save(dialog)
    assert (saved[0].due_on, saved[0].week) == (D(2026, 12, 16), 3)


def test_a_meeting_on_christmas_day_says_it_moves(qtbot: QtBot) -> None:
    """The form says where a bank holiday puts the item before it is saved."""
    dialog = _dialog(qtbot, [], draft=ItemDraft("Team meeting", 4, kind="meeting"))
    assert "moved off the bank holiday on 25 December 2026" in dialog.ui.dueLabel.text()


def test_a_refused_save_keeps_the_form_open_with_the_reason(qtbot: QtBot) -> None:
    """The store's refusal is shown in the form, which stays open to be corrected."""

    def refuse(_draft: ItemDraft) -> None:
        raise UserFacingError("The week must be from 1 to 60.")

    dialog = ItemEditorDialog(default_roles(), [], CALENDAR, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "Item")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.text() == "The week must be from 1 to 60."


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Notification letter arrives", "From the guide."), ("Our wording", "reworded by you")],
)
def test_a_guide_item_says_it_came_from_the_guide(qtbot: QtBot, title: str, expected: str) -> None:
    """The origin line says "from the guide", and names the guide's title once reworded."""
    dialog = _dialog(
        qtbot,
        [],
        draft=ItemDraft(title, 1, kind="milestone"),
        origin=ItemOrigin.GUIDE,
        guide_title="Notification letter arrives",
    )
    assert expected in dialog.ui.originLabel.text()
    assert dialog.windowTitle() == f"Edit “{title}”"
