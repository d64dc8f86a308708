"""The People and Minutes tabs of the meeting editor: attendance and actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.meetings.meeting_rows import MeetingDetails
from inspection_desktop.storage.meetings.meeting_service import MeetingService
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.forms.ui_minutes_panel import Ui_MinutesPanel
from inspection_desktop.ui.meetings.meeting_tables import (
    ACTION_DESCRIPTION,
    ATTENDEE_NAME,
    ActionsModel,
    AttendeesModel,
)

ErrorHandler = Callable[[UserFacingError], None]
RegisterPeople = Callable[[int], list[tuple[str, str]]]
"""An inspection's register as (name, organisation) pairs, for picking attendees."""


class MinutesPanel(QObject):
    """Attendees with their attendance, and the actions agreed, kept in step with the store.

    Its form's ``attendeesPage`` and ``actionsPage`` go where the section's form holds
    placeholders for them (the Attendees tab, and the foot of the Minutes tab).
    """

    actions_changed = Signal()
    plan_changed = Signal()
    edited = Signal()
    """Any attendance or action saved (for other tabs that show the meetings)."""

    def __init__(
        self,
        meetings: MeetingService,
        on_error: ErrorHandler,
        parent: QWidget | None = None,
        people: RegisterPeople | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._form = QWidget(parent)
        self.ui = ui = Ui_MinutesPanel()
        ui.setupUi(self._form)
        limit_date_fields(self._form)
        self._form.hide()  # an empty holder once its pages are put in place
        self._meetings = meetings
        self._on_error = on_error
        self._meeting_id: int | None = None
        self.attendees = AttendeesModel(self)
        self.actions = ActionsModel(self)
        for view, model, stretch in (
            (ui.attendeesView, self.attendees, ATTENDEE_NAME),
            (ui.actionsView, self.actions, ACTION_DESCRIPTION),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        today = clock.today()
        ui.actionDueEdit.setDate(QDate(today.year, today.month, today.day))
        ui.actionDueEdit.setEnabled(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.addAttendeeButton.clicked.connect(self._on_add_attendee_clicked)
        ui.nameAttendeeButton.clicked.connect(self._on_name_attendee_clicked)
        ui.presentButton.clicked.connect(lambda: self.set_attendance(Attendance.PRESENT))
        ui.apologiesButton.clicked.connect(lambda: self.set_attendance(Attendance.APOLOGIES))
        ui.expectedButton.clicked.connect(lambda: self.set_attendance(Attendance.UNKNOWN))
        ui.removeAttendeeButton.clicked.connect(self._on_remove_attendee_clicked)
        ui.actionDueCheck.toggled.connect(ui.actionDueEdit.setEnabled)
        ui.addActionButton.clicked.connect(self._on_add_action_clicked)
        ui.actionDescriptionEdit.returnPressed.connect(self._on_add_action_clicked)
        ui.addToChecklistButton.clicked.connect(self._on_add_to_checklist_clicked)
        ui.removeActionButton.clicked.connect(self._on_remove_action_clicked)

    # Public API --------------------------------------------------------------------------

    def set_meeting(self, details: MeetingDetails | None) -> None:
        """Show another meeting's people and actions."""
        self._meeting_id = details.id if details else None
        self.attendees.set_rows(details.attendees if details else ())
        self.actions.set_rows(details.actions if details else ())

    def reload(self) -> None:
        """Read the people and actions again (an action may have been ticked on the checklist)."""
        if self._meeting_id is None:
            return
        attendee_row = self.ui.attendeesView.currentIndex().row()
        action_row = self.ui.actionsView.currentIndex().row()
        self.set_meeting(self._meetings.meeting(self._meeting_id))
        if 0 <= attendee_row < self.attendees.rowCount():
            self.ui.attendeesView.selectRow(attendee_row)
        if 0 <= action_row < self.actions.rowCount():
            self.ui.actionsView.selectRow(action_row)

    def set_attendance(self, attendance: Attendance) -> None:
        """Record the selected person's attendance."""
        index = self.ui.attendeesView.currentIndex()
        if not index.isValid():
            return
        self._run(
            lambda: self._meetings.set_attendance(self.attendees.row_at(index.row()).id, attendance)
        )

    def add_action(self, description: str, owner: str, due: dt.date | None) -> None:
        """Record an action for the meeting on screen."""
        if self._meeting_id is None:
            return
        meeting_id = self._meeting_id
        self._run(lambda: self._meetings.add_action(meeting_id, description, owner, due))
        self.actions_changed.emit()

    # Helpers -----------------------------------------------------------------------------

    def _run(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except UserFacingError as exc:
            self._on_error(exc)
            return False
        self.reload()
        self.edited.emit()
        return True

    def _pick_person(self, title: str) -> tuple[str, str] | None:
        """A person from the register (searchable), or a name typed when they are not in it."""
        from inspection_desktop.ui.meetings.person_picker_dialog import PersonPickerDialog

        people: list[tuple[str, str]] = []
        if self._people is not None and self._meeting_id is not None:
            try:
                people = list(self._people(self._meetings.inspection_of_meeting(self._meeting_id)))
            except UserFacingError as exc:
                self._on_error(exc)
        dialog = PersonPickerDialog(people, self.ui.attendeesView.window())
        dialog.setWindowTitle(title)
        if dialog.exec() != PersonPickerDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def _current_action(self) -> int | None:
        index = self.ui.actionsView.currentIndex()
        return self.actions.row_at(index.row()).id if index.isValid() else None

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_add_attendee_clicked(self) -> None:
        if self._meeting_id is None:
            return
        meeting_id = self._meeting_id
        chosen = self._pick_person("Add a person")
        if chosen is None:
            return
        name, organisation = chosen
        self._run(lambda: self._meetings.add_attendee(meeting_id, name, organisation))

    @Slot()
    def _on_name_attendee_clicked(self) -> None:
        index = self.ui.attendeesView.currentIndex()
        if not index.isValid():
            return
        person = self.attendees.row_at(index.row())
        chosen = self._pick_person(f"Who is the {person.role_name or 'person'}?")
        if chosen is None:
            return
        name, organisation = chosen
        self._run(lambda: self._meetings.update_attendee(person.id, name, organisation))

    @Slot()
    def _on_remove_attendee_clicked(self) -> None:
        index = self.ui.attendeesView.currentIndex()
        if index.isValid():
            self._run(lambda: self._meetings.remove_attendee(self.attendees.row_at(index.row()).id))

    @Slot()
    def _on_add_action_clicked(self) -> None:
        ui = self.ui
        picked = ui.actionDueEdit.date()
        due = (
            dt.date(picked.year(), picked.month(), picked.day())
            if ui.actionDueCheck.isChecked()
            else None
        )
        before = self.actions.rowCount()
        self.add_action(ui.actionDescriptionEdit.text(), ui.actionOwnerEdit.text(), due)
        if self.actions.rowCount() > before:
            ui.actionDescriptionEdit.clear()
            ui.actionOwnerEdit.clear()
            ui.actionDescriptionEdit.setFocus()

    @Slot()
    def _on_add_to_checklist_clicked(self) -> None:
        action_id = self._current_action()
        if action_id is None:
            return
        if self._run(lambda: self._meetings.add_action_to_checklist(action_id)):
            self.plan_changed.emit()
            self.actions_changed.emit()

    @Slot()
    def _on_remove_action_clicked(self) -> None:
        action_id = self._current_action()
        if action_id is not None and self._run(lambda: self._meetings.remove_action(action_id)):
            self.actions_changed.emit()
