"""Adding or editing one checklist item: the co-ordinator's own or one from the guide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemKind, ItemOrigin, item_dates
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.qt_dates import from_qdate, to_qdate
from inspection_desktop.ui.forms.ui_item_editor_dialog import Ui_ItemEditorDialog

SaveItem = Callable[[ItemDraft], Any]
"""Stores the draft; raises UserFacingError (shown in the dialog, which stays open) if refused."""


def origin_text(origin: ItemOrigin | None, guide_title: str | None, title: str) -> str:
    """Where the item came from, and whether its guide wording was changed."""
    if origin is None:
        return "A new item of your own. It goes on the checklist and the timeline like any other."
    if origin is ItemOrigin.GUIDE:
        if guide_title and guide_title != title:
            return f"From the guide, reworded by you. The guide calls it “{guide_title}”."
        return "From the guide. You can change any of it; the guide's notes stay with it."
    return origin.label + "."


class ItemEditorDialog(QDialog):
    """The item form; Save hands the draft to ``save`` and stays open if it is refused."""

    def __init__(
        self,
        roles: RoleCatalogue,
        people: Sequence[tuple[int, str]],
        calendar: InspectionCalendar,
        save: SaveItem,
        draft: ItemDraft | None = None,
        origin: ItemOrigin | None = None,
        guide_title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemEditorDialog()
        self.ui.setupUi(self)
        self._calendar = calendar
        self._save = save
        self._draft = draft or ItemDraft(title="", week=self._current_week())
        self.setWindowTitle(f"Edit “{self._draft.title}”" if draft else "Add an item")
        self.ui.originLabel.setText(origin_text(origin, guide_title, self._draft.title))
        for kind in ItemKind:
            self.ui.kindCombo.addItem(kind.label, kind.value)
        for role in roles:
            self.ui.ownerCombo.addItem(role.name, role.key)
        self.ui.personCombo.addItem("Nobody named: the role's holder", None)
        for contact_id, name in sorted(people, key=lambda person: person[1].casefold()):
            self.ui.personCombo.addItem(name, contact_id)
        self.ui.problemLabel.hide()
        self._fill(self._draft)
        self._connect_signals()
        self._on_inputs_changed()

    def _current_week(self) -> int:
        return self._calendar.current_week(clock.today()) or 1

    def _fill(self, draft: ItemDraft) -> None:
        self.ui.titleEdit.setText(draft.title)
        self.ui.descriptionEdit.setPlainText(draft.description)
        self.ui.weekSpin.setValue(draft.week)
        exact = draft.due_on
        self.ui.dateRadio.setChecked(exact is not None)
        self.ui.weekRadio.setChecked(exact is None)
        self.ui.dateEdit.setDate(to_qdate(exact or self._calendar.due_date(draft.week)))
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(str(draft.kind)), 0))
        self.ui.ownerCombo.setCurrentIndex(max(self.ui.ownerCombo.findData(draft.owner_role), 0))
        person = self.ui.personCombo.findData(draft.owner_contact_id)
        self.ui.personCombo.setCurrentIndex(max(person, 0))
        self.ui.durationSpin.setValue(draft.duration_weeks or 0)
        self.ui.notesEdit.setPlainText(draft.notes)

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.textChanged.connect(self._on_inputs_changed)
        self.ui.weekSpin.valueChanged.connect(self._on_inputs_changed)
        self.ui.dateEdit.dateChanged.connect(self._on_inputs_changed)
        self.ui.weekRadio.toggled.connect(self._on_inputs_changed)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_inputs_changed)
        self.ui.durationSpin.valueChanged.connect(self._on_inputs_changed)

    # Public API --------------------------------------------------------------------------

    def draft(self) -> ItemDraft:
        """The item as the form holds it."""
        exact = from_qdate(self.ui.dateEdit.date()) if self.ui.dateRadio.isChecked() else None
        week = self.ui.weekSpin.value() if exact is None else self._week_of(exact)
        return replace(
            self._draft,
            title=self.ui.titleEdit.text(),
            description=self.ui.descriptionEdit.toPlainText(),
            week=week,
            due_on=exact,
            kind=str(self.ui.kindCombo.currentData()),
            owner_role=str(self.ui.ownerCombo.currentData()),
            owner_contact_id=self.ui.personCombo.currentData(),
            duration_weeks=self.ui.durationSpin.value() or None,
            notes=self.ui.notesEdit.toPlainText(),
        )

    def _week_of(self, day: dt.date) -> int:
        """The week an exact date belongs to (the counted week before it, in a holiday)."""
        counted = [
            week.number
            for week in self._calendar.weeks
            if week.number is not None and week.starts_on <= day
        ]
        return max(counted) if counted else 1

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_inputs_changed(self) -> None:
        self.ui.weekSpin.setEnabled(self.ui.weekRadio.isChecked())
        self.ui.dateEdit.setEnabled(self.ui.dateRadio.isChecked())
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.ui.titleEdit.text().strip()))
        draft = self.draft()
        dates = item_dates(
            self._calendar, draft.week, draft.duration_weeks, draft.due_on, draft.kind
        )
        text = f"Due {long_date(dates.due)}"
        if draft.duration_weeks:
            text = f"Runs from {long_date(dates.starts_on)} to {long_date(dates.ends_on)}"
        if dates.shifted_from is not None:
            text += (
                f" — moved off the bank holiday on {long_date(dates.shifted_from)} "
                "to the working day before"
            )
        self.ui.dueLabel.setText(text + ".")

    @Slot()
    def _on_button_box_accepted(self) -> None:
        try:
            self._save(self.draft())
        except UserFacingError as exc:
            self.ui.problemLabel.setText(str(exc))
            self.ui.problemLabel.show()
            return
        self.accept()
