"""The Meetings section: the inspection's meetings, an editor for one, and its printed documents."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.meetings.meeting_rows import (
    MeetingDetails,
    MeetingFields,
    MeetingSummary,
)
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.common.placeholders import put_in_place
from inspection_desktop.ui.forms.ui_meetings_section import Ui_MeetingsSection
from inspection_desktop.ui.meetings.agenda_panel import AgendaPanel
from inspection_desktop.ui.meetings.meeting_columns import fit_meeting_columns
from inspection_desktop.ui.meetings.meeting_documents_panel import DocumentsPanel
from inspection_desktop.ui.meetings.meeting_list_model import TITLE, WHEN, MeetingListModel
from inspection_desktop.ui.meetings.minutes_panel import MinutesPanel

if TYPE_CHECKING:
    from inspection_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog
    from inspection_desktop.usecases.services import Services

DEFAULT_START = dt.time(10, 0)


class MeetingsSection(QWidget):
    """Meetings made from the plan and the co-ordinator's own; agendas, minutes and packs."""

    plan_changed = Signal()
    meetings_changed = Signal()
    """A meeting, its agenda, people or minutes saved here (Home, letters and file reading
    show them too)."""
    meeting_opened = Signal(int)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingsSection()
        self.ui.setupUi(self)
        meetings = self._meetings = services.meetings
        self._inspection_id: int | None = None
        self._meeting: MeetingDetails | None = None
        self._undo_stack = undo_stack or QUndoStack(self)
        self.list_model = MeetingListModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.list_model)
        self._proxy.setSortRole(SORT_KEY_ROLE)
        self.agenda = AgendaPanel(services, self._undo_stack, self._show_error, self)
        contacts = services.contacts
        self.minutes = MinutesPanel(
            meetings,
            self._show_error,
            self,
            lambda inspection_id: [
                (person.name, person.organisation) for person in contacts.contacts(inspection_id)
            ],
        )
        self.documents = DocumentsPanel(meetings, self, self, self._show_error)
        put_in_place(
            self,
            [
                (self.ui.agendaPlaceholder, self.agenda.ui.agendaPage),
                (self.ui.attendeesPlaceholder, self.minutes.ui.attendeesPage),
                (self.ui.actionsPlaceholder, self.minutes.ui.actionsPage),
                (self.ui.documentButtonsPlaceholder, self.documents.ui.documentButtonsPage),
                (self.ui.copyPlaceholder, self.documents.ui.copyPage),
            ],
        )
        self._set_up_widgets()
        self._connect_signals()
        self._show_meeting(None)

    def _set_up_widgets(self) -> None:
        view = self.ui.meetingsView
        view.setModel(self._proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        fit_meeting_columns(view)
        heading = self.ui.meetingHeading.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.15)
        self.ui.meetingHeading.setFont(heading)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([520, 846])

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.meetingsView.selectionModel().currentRowChanged.connect(
            self._on_meetings_current_changed
        )
        ui.addMeetingButton.clicked.connect(self._on_add_meeting_clicked)
        ui.deleteMeetingButton.clicked.connect(self._on_delete_meeting_clicked)
        ui.saveButton.clicked.connect(self._on_save_clicked)
        ui.datedCheck.toggled.connect(self._on_dated_toggled)
        ui.startsEdit.dateTimeChanged.connect(self._on_starts_changed)
        ui.exportCalendarButton.clicked.connect(self.documents.export_calendar)
        self.agenda.agenda_changed.connect(self._refresh_list)
        self.agenda.agenda_changed.connect(self.meetings_changed)
        self.minutes.actions_changed.connect(self._refresh_list)
        self.minutes.edited.connect(self.meetings_changed)
        self.minutes.plan_changed.connect(self.plan_changed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_clicked)

    # Public API --------------------------------------------------------------------------

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's meetings (opening it made any its plan still lacked)."""
        self.save_changes()
        self._inspection_id = inspection_id
        self._show_meeting(None)
        self._refresh_list()
        self.select_meeting(self._next_meeting_id())

    def refresh_from_plan(self) -> None:
        """Read action status again after the checklist changed; typed text is kept."""
        self._refresh_list()
        self.minutes.reload()

    @property
    def current_meeting_id(self) -> int | None:
        """The meeting in the editor."""
        return self._meeting.id if self._meeting else None

    @property
    def current_meeting_title(self) -> str:
        """The title of the meeting in the editor, as last saved."""
        return self._meeting.title if self._meeting else ""

    @property
    def inspection_id(self) -> int | None:
        """The inspection whose meetings are shown."""
        return self._inspection_id

    @property
    def preview_dialog(self) -> PdfPreviewDialog | None:
        """The document preview open now, if any."""
        return self.documents.preview_dialog

    def select_meeting(self, meeting_id: int | None) -> None:
        """Open a meeting in the editor (None opens the first listed)."""
        row = self.list_model.row_of(meeting_id) if meeting_id is not None else 0
        if row is None or row >= self.list_model.rowCount():
            return
        index = self._proxy.mapFromSource(self.list_model.index(row, TITLE))
        self.ui.meetingsView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_action(self, meeting_id: int, action_id: int) -> bool:
        """Open a meeting on the page of its actions with one selected (Home opens an action
        this way); False when the meeting or the action is not there."""
        self.select_meeting(meeting_id)
        if self.current_meeting_id != meeting_id:
            return False
        view = self.minutes.ui.actionsView
        tabs = self.ui.editorTabs
        for page in range(tabs.count()):
            widget = tabs.widget(page)
            if widget is not None and widget.isAncestorOf(view):
                tabs.setCurrentIndex(page)
        actions = self.minutes.actions
        for row in range(actions.rowCount()):
            if actions.row_at(row).id == action_id:
                view.selectRow(row)
                view.setFocus()
                return True
        return False

    def save_changes(self) -> bool:
        """Keep what was typed into the editor; False if it could not be saved."""
        if self._meeting is None:
            return True
        self.agenda.save_item_notes()
        fields = self._form_fields()
        if fields == self._meeting.fields:
            return True
        try:
            self._meetings.save_fields(self._meeting.id, fields)
        except UserFacingError as exc:
            self._show_error(exc)
            return False
        self._meeting = self._meetings.meeting(self._meeting.id)
        self.ui.savedLabel.setText("Saved.")
        self._refresh_list()
        self.meetings_changed.emit()
        return True

    # Helpers -----------------------------------------------------------------------------

    def _show_error(self, exc: UserFacingError) -> None:
        dialogs.show_error(self, "Meetings", str(exc))

    def _refresh_list(self) -> None:
        if self._inspection_id is None:
            return
        current = self.current_meeting_id
        try:
            rows = self._meetings.list_meetings(self._inspection_id)
        except UserFacingError as exc:
            self._show_error(exc)
            return
        selection = self.ui.meetingsView.selectionModel()
        selection.blockSignals(True)
        self.list_model.set_meetings(rows)
        selection.blockSignals(False)
        if current is not None:
            self.select_meeting(current)

    def _form_fields(self) -> MeetingFields:
        ui = self.ui
        starts = None
        if ui.datedCheck.isChecked():
            starts = _python_datetime(ui.startsEdit.dateTime())
        return MeetingFields(
            title=ui.titleEdit.text(),
            purpose=ui.purposeEdit.toPlainText(),
            week=ui.weekSpin.value() or None,
            starts=starts,
            duration_minutes=ui.durationSpin.value() or None,
            venue=ui.venueEdit.text().strip(),
            notes=ui.notesEdit.toPlainText(),
            decisions=tuple(
                line.strip() for line in ui.decisionsEdit.toPlainText().splitlines() if line.strip()
            ),
        )

    def _show_meeting(self, details: MeetingDetails | None) -> None:
        self._meeting = details
        ui = self.ui
        ui.editorPanel.setEnabled(details is not None)
        fields = details.fields if details else MeetingFields("")
        ui.meetingHeading.setText(self._heading(details))
        ui.titleEdit.setText(fields.title)
        ui.weekSpin.setValue(fields.week or 0)
        ui.datedCheck.blockSignals(True)
        ui.datedCheck.setChecked(fields.starts is not None)
        ui.datedCheck.blockSignals(False)
        ui.startsEdit.setEnabled(fields.starts is not None)
        ui.startsEdit.blockSignals(True)
        ui.startsEdit.setDateTime(_qt_datetime(fields.starts or self._default_start()))
        ui.startsEdit.blockSignals(False)
        ui.durationSpin.setValue(fields.duration_minutes or 0)
        ui.venueEdit.setText(fields.venue)
        ui.purposeEdit.setPlainText(fields.purpose)
        ui.notesEdit.setPlainText(fields.notes)
        ui.decisionsEdit.setPlainText("\n".join(fields.decisions))
        ui.savedLabel.clear()
        self.agenda.set_meeting(details)
        self.minutes.set_meeting(details)
        if details is not None:
            self.meeting_opened.emit(details.id)

    def _heading(self, details: MeetingDetails | None) -> str:
        if details is None:
            return "Choose a meeting"
        summary = next(
            (s for s in self._summaries() if s.id == details.id),
            None,
        )
        parts = [details.title]
        if details.fields.week:
            parts.append(f"week {details.fields.week}")
        if details.fields.starts is not None:
            parts.append(
                f"{long_date(details.fields.starts.date())}, {details.fields.starts:%H:%M}"
            )
        elif summary and summary.day:
            parts.append(f"{long_date(summary.day)} (to agree)")
        note = self._bank_holiday_note(details)
        if note:
            parts.append(note)
        return " · ".join(parts)

    def _bank_holiday_note(self, details: MeetingDetails) -> str | None:
        """What a bank holiday did to the meeting's day: moved it off, or it falls on one."""
        if details.fields.starts is not None:
            name = bank_holiday_name(details.fields.starts.date())
            return f"Falls on a bank holiday: {name}" if name else None
        if details.plan_item_id is None:
            return None
        try:
            return self._meetings.inspections.plan_row(details.plan_item_id).bank_holiday_warning
        except UserFacingError:
            return None

    def _next_meeting_id(self) -> int | None:
        """The first meeting from today on, else the first listed."""
        today = clock.today()
        upcoming = [s for s in self._summaries() if s.day is not None and s.day >= today]
        return upcoming[0].id if upcoming else None

    def _summaries(self) -> list[MeetingSummary]:
        return [self.list_model.meeting_at(n) for n in range(self.list_model.rowCount())]

    def _default_start(self) -> dt.datetime:
        """For a meeting not yet dated: its plan day at ten."""
        for summary in self._summaries():
            if self._meeting and summary.id == self._meeting.id and summary.day:
                return dt.datetime.combine(summary.day, DEFAULT_START)
        return dt.datetime.combine(clock.today(), DEFAULT_START)

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_meetings_current_changed(self, current: object, _previous: object) -> None:
        self.save_changes()
        index = self.ui.meetingsView.currentIndex()
        if not index.isValid():
            self._show_meeting(None)
            return
        summary = self.list_model.meeting_at(self._proxy.mapToSource(index).row())
        if self._meeting is not None and self._meeting.id == summary.id:
            return
        try:
            self._show_meeting(self._meetings.meeting(summary.id))
        except UserFacingError as exc:
            self._show_error(exc)

    @Slot()
    def _on_add_meeting_clicked(self) -> None:
        if self._inspection_id is None:
            return
        title = dialogs.ask_text(self, "Add a meeting", "What is the meeting called?")
        if title is None:
            return
        try:
            meeting_id = self._meetings.add_meeting(self._inspection_id, title)
        except UserFacingError as exc:
            self._show_error(exc)
            return
        self._refresh_list()
        self.meetings_changed.emit()
        self.select_meeting(meeting_id)
        self.ui.editorTabs.setCurrentWidget(self.ui.detailsTab)
        self.ui.titleEdit.setFocus()

    @Slot()
    def _on_delete_meeting_clicked(self) -> None:
        if self._meeting is None:
            return
        question = (
            f"Delete “{self._meeting.title}” with its agenda, people and minutes? "
            "Checklist items made from its actions stay on the checklist."
        )
        if not dialogs.ask_yes_no(self, "Delete meeting", question):
            return
        try:
            self._meetings.delete_meeting(self._meeting.id)
        except UserFacingError as exc:
            self._show_error(exc)
            return
        self._meeting = None
        self._refresh_list()
        self.meetings_changed.emit()
        self.select_meeting(None)

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_changes()

    @Slot(bool)
    def _on_dated_toggled(self, checked: bool) -> None:
        self.ui.startsEdit.setEnabled(checked)
        self._on_starts_changed()

    @Slot()
    def _on_starts_changed(self, *_args: object) -> None:
        self.agenda.model.set_start(self._form_fields().starts)


def _qt_datetime(value: dt.datetime) -> QDateTime:
    """A naive London wall time as the date-time editor holds it."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def _python_datetime(value: QDateTime) -> dt.datetime:
    """The editor's date-time as a naive London wall time, to the minute."""
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
