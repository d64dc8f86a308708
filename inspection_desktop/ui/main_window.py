"""The main window: the plan as a checklist, the selected item's details, and the timeline."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from inspection_desktop import __version__
from inspection_desktop.domain import clock
from inspection_desktop.domain.checklist_views import ChecklistView, group_rows
from inspection_desktop.domain.dates import long_date, week_span
from inspection_desktop.domain.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.plan import ItemStatus, PlanRow
from inspection_desktop.domain.plan_template import ItemKind
from inspection_desktop.domain.plan_timeline import timeline_entries, timeline_weeks
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.storage.inspection_service import InspectionService
from inspection_desktop.storage.pir_check_service import PirCheckService
from inspection_desktop.ui import dialogs
from inspection_desktop.ui.checklist_model import (
    COLUMN_ATTENTION,
    COLUMN_DUE,
    COLUMN_OWNER,
    COLUMN_STATUS,
    COLUMN_TITLE,
    COLUMN_WEEK,
    ChecklistFilterModel,
    ChecklistModel,
)
from inspection_desktop.ui.forms.ui_main_window import Ui_MainWindow
from inspection_desktop.ui.holidays_dialog import HolidaysDialog
from inspection_desktop.ui.item_details import details_html, when_text
from inspection_desktop.ui.move_item_dialog import MoveItemDialog
from inspection_desktop.ui.new_inspection_dialog import NewInspectionDialog
from inspection_desktop.ui.timeline_view import TimelineView
from inspection_desktop.ui.undo_commands import AppliedChangeCommand

if TYPE_CHECKING:
    from inspection_desktop.storage.contact_service import ContactService
    from inspection_desktop.ui.item_owner_picker import ItemOwnerPicker


class MainWindow(QMainWindow):
    """The co-ordinator's working window over one inspection at a time."""

    inspection_opened = Signal(int)
    plan_refreshed = Signal()

    def __init__(
        self,
        service: InspectionService,
        inspection_id: int | None = None,
        parent: QWidget | None = None,
        pir_checks: PirCheckService | None = None,
    ) -> None:
        super().__init__(parent)
        self._pir_checks = pir_checks
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._service = service
        self._inspection_id: int | None = None
        self._rows: dict[int, PlanRow] = {}
        # Replaced by the open inspection's calendar on every refresh.
        self._calendar = InspectionCalendar(clock.today(), (), 1)
        self._undo_stack = QUndoStack(self)
        self._sections: list[QWidget] = []
        self._people: ContactService | None = None  # set by set_people: owners become people
        self._owner_picker: ItemOwnerPicker | None = None
        self._model = ChecklistModel(self)
        self._proxy = ChecklistFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self.ui.checklistView.setModel(self._proxy)
        self.timeline = TimelineView(self)
        self.ui.timelineLayout.addWidget(self.timeline)
        self._set_up_widgets()
        self._connect_signals()
        if inspection_id is not None:
            self.open_inspection(inspection_id)
        else:
            self._show_details(None)

    # Set-up ------------------------------------------------------------------------------

    def _set_up_widgets(self) -> None:
        heading_font = self.ui.inspectionHeading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.ui.inspectionHeading.setFont(heading_font)
        title_font = self.ui.itemTitleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.ui.itemTitleLabel.setFont(title_font)

        undo = self._undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.ui.menuEdit.addAction(undo)
        self.ui.menuEdit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        for view in ChecklistView:
            self.ui.viewCombo.addItem(view.label, view.value)
        self._view_actions: dict[ChecklistView, QAction] = {
            ChecklistView.BY_WEEK: self.ui.actionViewByWeek,
            ChecklistView.THIS_WEEK: self.ui.actionViewThisWeek,
            ChecklistView.OVERDUE: self.ui.actionViewOverdue,
            ChecklistView.BY_OWNER: self.ui.actionViewByOwner,
        }
        group = QActionGroup(self)
        for action in self._view_actions.values():
            group.addAction(action)
        self.ui.actionViewByWeek.setChecked(True)

        for status in ItemStatus:
            self.ui.statusCombo.addItem(status.label, status.value)

        header = self.ui.checklistView.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_WEEK, COLUMN_DUE, COLUMN_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COLUMN_OWNER, 170)
        header.resizeSection(COLUMN_ATTENTION, 150)
        header.setMinimumSectionSize(40)
        # Most spare width goes to the checklist: its titles are what the co-ordinator scans.
        self.ui.topSplitter.setStretchFactor(0, 3)
        self.ui.topSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.actionNewInspection.triggered.connect(self._on_new_inspection_triggered)
        ui.actionSwitchInspection.triggered.connect(self._on_switch_inspection_triggered)
        ui.actionAddDemo.triggered.connect(self._on_add_demo_triggered)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionToggleDone.triggered.connect(self._on_toggle_done_triggered)
        ui.actionNotStarted.triggered.connect(lambda: self._set_selected(ItemStatus.NOT_STARTED))
        ui.actionInProgress.triggered.connect(lambda: self._set_selected(ItemStatus.IN_PROGRESS))
        ui.actionDone.triggered.connect(lambda: self._set_selected(ItemStatus.DONE))
        ui.actionNotApplicable.triggered.connect(
            lambda: self._set_selected(ItemStatus.NOT_APPLICABLE)
        )
        ui.actionMoveDate.triggered.connect(self._on_move_date_triggered)
        ui.moveButton.clicked.connect(self._on_move_date_triggered)
        ui.pirCheckButton.clicked.connect(self._on_pir_check_clicked)
        ui.saveNotesButton.clicked.connect(self._on_save_notes_clicked)
        ui.actionHolidays.triggered.connect(self._on_holidays_triggered)
        ui.actionAbout.triggered.connect(self._on_about_triggered)
        ui.actionFocusFilter.triggered.connect(self._on_focus_filter_triggered)
        ui.actionFocusChecklist.triggered.connect(self.ui.checklistView.setFocus)
        ui.actionFocusTimeline.triggered.connect(self.timeline.timeline.setFocus)
        self.timeline.item_selected.connect(self._on_timeline_item_selected)
        self.timeline.item_activated.connect(self._on_timeline_item_activated)
        ui.actionShowTimeline.toggled.connect(self.ui.timelineContainer.setVisible)
        for view, action in self._view_actions.items():
            action.triggered.connect(lambda _checked=False, v=view: self.set_view(v))
        ui.viewCombo.currentIndexChanged.connect(self._on_view_combo_changed)
        ui.filterEdit.textChanged.connect(self._on_filter_edit_changed)
        ui.statusCombo.activated.connect(self._on_status_combo_activated)
        ui.checklistView.selectionModel().selectionChanged.connect(
            self._on_checklist_selection_changed
        )
        self._model.check_toggled.connect(self._on_checklist_check_toggled)

    # Public API --------------------------------------------------------------------------

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""
        return self._inspection_id

    @property
    def undo_stack(self) -> QUndoStack:
        """The stack of undoable edits."""
        return self._undo_stack

    @property
    def checklist_model(self) -> ChecklistModel:
        """The checklist's source model."""
        return self._model

    def add_section(self, title: str, section: QWidget) -> None:
        """Add a tab (contacts, meetings, …) beside the plan.

        A section with a ``set_inspection(inspection_id: int)`` method is told whenever another
        inspection opens; one with a ``plan_changed`` signal makes the plan refresh when it fires.
        """
        self.ui.sectionTabs.addTab(section, title)
        self._sections.append(section)
        plan_changed = getattr(section, "plan_changed", None)
        if plan_changed is not None:
            plan_changed.connect(self.refresh)
        if self._inspection_id is not None and hasattr(section, "set_inspection"):
            section.set_inspection(self._inspection_id)

    def set_people(self, contacts: ContactService) -> None:
        """Let owners be people: names in the checklist and a "Person:" choice under Owner."""
        from inspection_desktop.ui.item_owner_picker import ItemOwnerPicker

        self._people = contacts
        self._owner_picker = ItemOwnerPicker(contacts, self.ui.ownerLabel.parentWidget())
        self._owner_picker.add_to_form(self.ui.detailForm, after_row=1)
        self._owner_picker.owner_chosen.connect(self._on_owner_picker_chosen)
        self.refresh()

    @Slot(int, object)
    def _on_owner_picker_chosen(self, item_id: int, contact_id: int | None) -> None:
        people, row = self._people, self._rows.get(item_id)
        if people is None or row is None:
            return
        before = people.item_owner(item_id)
        try:
            people.set_item_owner(item_id, contact_id)
        except UserFacingError as exc:
            self._on_service_error(exc)
            return
        self._push(
            f"change the owner of “{row.title}”",
            lambda: people.set_item_owner(item_id, contact_id),
            lambda: people.set_item_owner(item_id, before),
        )

    def show_section(self, section: QWidget) -> None:
        """Bring a section's tab to the front."""
        self.ui.sectionTabs.setCurrentWidget(section)

    def current_view(self) -> ChecklistView:
        """The checklist view chosen."""
        return ChecklistView(self.ui.viewCombo.currentData())

    def set_view(self, view: ChecklistView) -> None:
        """Show another checklist view."""
        self.ui.viewCombo.setCurrentIndex(self.ui.viewCombo.findData(view.value))

    def open_inspection(self, inspection_id: int) -> None:
        """Show an inspection's plan."""
        try:
            self._service.mark_opened(inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot open the inspection", str(exc))
            return
        self._inspection_id = inspection_id
        self._undo_stack.clear()
        self.refresh()
        self._select_first_open_item()
        for section in self._sections:
            if hasattr(section, "set_inspection"):
                section.set_inspection(inspection_id)
        self.inspection_opened.emit(inspection_id)

    def refresh(self) -> None:
        """Read the plan again and redraw, keeping the selection."""
        if self._inspection_id is None:
            return
        selected = self.selected_item_id()
        try:
            inspection = self._service.get_inspection(self._inspection_id)
            rows = self._service.plan_rows(self._inspection_id)
            calendar = self._service.calendar(self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the plan", str(exc))
            return
        today = clock.today()
        self._rows = {row.id: row for row in rows}
        self._calendar = calendar
        people = self._people.owner_names(self._inspection_id) if self._people else {}
        groups = group_rows(
            rows, self.current_view(), calendar, today, lambda r: people.get(r.id, r.owner_name)
        )
        self._model.set_groups(groups, today, people)
        self._span_headings()
        self.setWindowTitle(f"{inspection.area} – Inspection Desktop")
        self.ui.inspectionHeading.setText(
            f"{inspection.area} · notified {long_date(inspection.notified_on)}"
        )
        self._update_summary(rows, today)
        self.timeline.set_data(timeline_weeks(calendar, rows), timeline_entries(rows, today), today)
        if selected is not None:
            self.select_item(selected)
        self._show_details(self._rows.get(selected) if selected is not None else None)
        self.plan_refreshed.emit()

    def _select_first_open_item(self) -> None:
        """Start where the work is: the first overdue item, else the next one still open."""
        today = clock.today()
        rows = sorted(self._rows.values(), key=lambda row: (row.due, row.position))
        pick = next((row for row in rows if row.is_overdue(today)), None) or next(
            (row for row in rows if not row.status.is_closed), None
        )
        if pick is not None:
            self.select_item(pick.id)

    def _span_headings(self) -> None:
        """Let week and owner headings run across all columns, then open every group."""
        view = self.ui.checklistView
        for row in range(self._proxy.rowCount()):
            view.setFirstColumnSpanned(row, QModelIndex(), True)
        view.expandAll()

    def selected_item_id(self) -> int | None:
        """The id of the selected checklist item, if an item (not a heading) is selected."""
        index = self.ui.checklistView.currentIndex()
        if not index.isValid():
            return None
        row = self._model.row_at(self._proxy.mapToSource(index.siblingAtColumn(0)))
        return row.id if row else None

    def select_item(self, item_id: int) -> bool:
        """Select an item in the checklist; False when the current view does not show it."""
        source = self._model.index_of_item(item_id)
        index = self._proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.ui.checklistView.setCurrentIndex(index)
        self.ui.checklistView.scrollTo(index)
        return True

    def set_item_status(self, item_id: int, status: ItemStatus) -> None:
        """Change an item's status, undoably."""
        row = self._rows.get(item_id)
        if row is None or row.status is status:
            return
        before = self._service.status_snapshot(item_id)
        try:
            self._service.set_status(item_id, status)
        except CompletionBlockedError as exc:
            if not self._record_reason_to_complete(item_id, exc):
                return
        except UserFacingError as exc:
            self._on_service_error(exc)
            return
        after = self._service.status_snapshot(item_id)
        self._push(
            f"mark “{row.title}” {status.label.lower()}",
            lambda: self._service.restore_status(item_id, after),
            lambda: self._service.restore_status(item_id, before),
        )

    # Helpers -----------------------------------------------------------------------------

    def _record_reason_to_complete(self, item_id: int, blocked: CompletionBlockedError) -> bool:
        """Ask why it is all right to go ahead; with a reason recorded, make the change."""
        latest = self._pir_checks.latest(self._inspection_id or 0) if self._pir_checks else None
        reason = dialogs.ask_multiline_text(
            self, "Flagged columns remain", f"{blocked}\n\nWhy is it all right to send them?"
        )
        if latest is None or reason is None or self._pir_checks is None:
            self.refresh()
            return False
        try:
            self._pir_checks.record_reason(latest.id, reason)
            self._service.set_status(item_id, ItemStatus.DONE)
        except UserFacingError as exc:
            self._on_service_error(exc)
            return False
        return True

    def _pir_check_html(self) -> str:
        latest = self._pir_checks.latest(self._inspection_id or 0) if self._pir_checks else None
        if latest is None:
            return "<p><b>Population list:</b> not checked yet.</p>"
        when = long_date(latest.checked_at.date())
        if latest.still_flagged:
            columns = html.escape(", ".join(latest.still_flagged))
            state = f"flagged columns remain: {columns}"
            if latest.reason:
                state += f". Reason recorded: {html.escape(latest.reason)}"
        else:
            state = "no flagged columns in what will be sent"
        name = html.escape(latest.file_name)
        return f"<p><b>Population list:</b> {name}, checked {when}: {state}.</p>"

    def _push(self, text: str, apply: Callable[[], object], revert: Callable[[], object]) -> None:
        def apply_and_refresh() -> None:
            apply()
            self.refresh()

        def revert_and_refresh() -> None:
            revert()
            self.refresh()

        self._undo_stack.push(
            AppliedChangeCommand(
                text, apply_and_refresh, revert_and_refresh, self._on_service_error
            )
        )
        self.refresh()

    def _on_service_error(self, exc: UserFacingError) -> None:
        dialogs.show_error(self, "The change was not saved", str(exc))
        self.refresh()

    def _update_summary(self, rows: list[PlanRow], today: dt.date) -> None:
        overdue = sum(1 for row in rows if row.is_overdue(today))
        due_soon = sum(1 for row in rows if row.is_due_this_week(today))
        done = sum(1 for row in rows if row.status.is_closed)
        week = self._calendar.current_week(today)
        if week is not None:
            calendar_week = self._calendar.week(week)
            where = (
                f"Week {week} of {self._calendar.week_count} "
                f"({week_span(calendar_week.starts_on, calendar_week.friday)})"
            )
        elif today < self._calendar.weeks[0].starts_on:
            where = "Before week 1"
        elif today > self._calendar.weeks[-1].ends_on:
            where = "Preparation phase over"
        else:
            where = "Holiday week (not counted)"
        summary = f"{where} · {overdue} overdue · {due_soon} due this week"
        self.ui.weekSummaryLabel.setText(summary)
        self.ui.statusbar.showMessage(f"{done} of {len(rows)} items done · {summary}")

    def _show_details(self, row: PlanRow | None) -> None:
        has_row = row is not None
        if self._owner_picker is not None:
            self._owner_picker.show_item(row)
        for widget in (
            self.ui.statusCombo,
            self.ui.notesEdit,
            self.ui.saveNotesButton,
            self.ui.moveButton,
        ):
            widget.setEnabled(has_row)
        for action in (
            self.ui.actionToggleDone,
            self.ui.actionNotStarted,
            self.ui.actionInProgress,
            self.ui.actionDone,
            self.ui.actionNotApplicable,
            self.ui.actionMoveDate,
        ):
            action.setEnabled(has_row)
        if row is None:
            self.ui.pirCheckButton.setVisible(False)
            self.ui.itemTitleLabel.setText("Select an item in the checklist.")
            for label in (self.ui.whenLabel, self.ui.ownerLabel, self.ui.kindLabel):
                label.clear()
            self.ui.completedLabel.clear()
            self.ui.statusCombo.setCurrentIndex(-1)  # not the last item's status, greyed out
            self.ui.descriptionBrowser.clear()
            self.ui.notesEdit.clear()
            return
        week = self._calendar.week(row.week)
        self.ui.itemTitleLabel.setText(row.title)
        self.ui.whenLabel.setText(when_text(row, week_span(week.starts_on, week.friday)))
        lead = "Care Inspectorate" if row.lead == "care_inspectorate" else "Partnership"
        self.ui.ownerLabel.setText(f"{row.owner_name} ({lead} leads)")
        self.ui.kindLabel.setText(ItemKind(row.kind).label)
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(row.status.value))
        self.ui.completedLabel.setText(long_date(row.completed_on) if row.completed_on else "—")
        extra = self._pir_check_html() if row.key == PIR_ITEM_KEY else ""
        self.ui.descriptionBrowser.setHtml(details_html(row, self._service.roles) + extra)
        self.ui.pirCheckButton.setVisible(row.key == PIR_ITEM_KEY and self._pir_checks is not None)
        if self.ui.notesEdit.toPlainText() != row.notes:
            self.ui.notesEdit.setPlainText(row.notes)

    def _set_selected(self, status: ItemStatus) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self.set_item_status(item_id, status)

    # Slots -------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_checklist_selection_changed(self, *_args: object) -> None:
        item_id = self.selected_item_id()
        self._show_details(self._rows.get(item_id) if item_id is not None else None)
        if item_id is not None and self.timeline.selected_item() != item_id:
            self.timeline.select_item(item_id)

    @Slot(int)
    def _on_timeline_item_selected(self, item_id: int) -> None:
        if not self.select_item(item_id):
            # The current view hides the item: fall back to the full plan, filter cleared.
            self.ui.filterEdit.clear()
            self.set_view(ChecklistView.BY_WEEK)
            self.select_item(item_id)

    @Slot(int)
    def _on_timeline_item_activated(self, item_id: int) -> None:
        self._on_timeline_item_selected(item_id)
        self.ui.checklistView.setFocus()

    @Slot(int, bool)
    def _on_checklist_check_toggled(self, item_id: int, checked: bool) -> None:
        row = self._rows.get(item_id)
        if row is None:
            return
        self.select_item(item_id)
        fallback = (
            ItemStatus.IN_PROGRESS if row.completed_on or row.notes else ItemStatus.NOT_STARTED
        )
        self.set_item_status(item_id, ItemStatus.DONE if checked else fallback)

    @Slot()
    def _on_toggle_done_triggered(self) -> None:
        item_id = self.selected_item_id()
        row = self._rows.get(item_id) if item_id is not None else None
        if row is not None:
            self._on_checklist_check_toggled(row.id, row.status is not ItemStatus.DONE)

    @Slot(int)
    def _on_status_combo_activated(self, index: int) -> None:
        self._set_selected(ItemStatus(self.ui.statusCombo.itemData(index)))

    @Slot(int)
    def _on_view_combo_changed(self, _index: int) -> None:
        self._view_actions[self.current_view()].setChecked(True)
        self.refresh()

    @Slot(str)
    def _on_filter_edit_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        self._span_headings()
        # Filtering a selected row away emits no selection change: keep the details in step.
        self._on_checklist_selection_changed()

    @Slot()
    def _on_focus_filter_triggered(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    @Slot()
    def _on_save_notes_clicked(self) -> None:
        item_id = self.selected_item_id()
        row = self._rows.get(item_id) if item_id is not None else None
        if row is None:
            return
        before, after = row.notes, self.ui.notesEdit.toPlainText()
        if before == after:
            return
        try:
            self._service.set_notes(row.id, after)
        except UserFacingError as exc:
            self._on_service_error(exc)
            return
        self._push(
            f"edit the notes of “{row.title}”",
            lambda: self._service.set_notes(row.id, after),
            lambda: self._service.set_notes(row.id, before),
        )
        self.ui.statusbar.showMessage("Notes saved", 3000)

    @Slot()
    def _on_move_date_triggered(self) -> None:
        item_id = self.selected_item_id()
        row = self._rows.get(item_id) if item_id is not None else None
        if row is None:
            return
        dialog = MoveItemDialog(row, self._calendar.due_date(row.week), self)
        if dialog.exec() != MoveItemDialog.DialogCode.Accepted:
            return
        self.move_item(row.id, dialog.chosen_date)

    def move_item(self, item_id: int, moved_to: dt.date | None) -> None:
        """Pin an item to a date (None: back to its plan week), undoably."""
        row = self._rows.get(item_id)
        if row is None:
            return
        before = self._service.moved_to(item_id)
        try:
            self._service.move_item(item_id, moved_to)
        except UserFacingError as exc:
            self._on_service_error(exc)
            return
        self._push(
            f"move “{row.title}”",
            lambda: self._service.move_item(item_id, moved_to),
            lambda: self._service.move_item(item_id, before),
        )

    @Slot()
    def _on_pir_check_clicked(self) -> None:
        from inspection_desktop.ui.pir_guard_dialog import PirGuardDialog

        if self._pir_checks is None or self._inspection_id is None:
            return
        dialog = PirGuardDialog(self, today=clock.today())
        dialog.exec()
        outcome = dialog.outcome()
        if outcome.checked_file is None:
            return
        try:
            self._pir_checks.record(self._inspection_id, outcome)
        except UserFacingError as exc:
            self._on_service_error(exc)
            return
        self.refresh()

    @Slot()
    def _on_holidays_triggered(self) -> None:
        if self._inspection_id is None:
            return
        dialog = HolidaysDialog(self._service, self._inspection_id, self, self._undo_stack)
        dialog.holidays_changed.connect(self.refresh)
        dialog.exec()

    @Slot()
    def _on_new_inspection_triggered(self) -> None:
        dialog = NewInspectionDialog(self)
        if dialog.exec() != NewInspectionDialog.DialogCode.Accepted:
            return
        try:
            inspection = self._service.create_inspection(dialog.area, dialog.notified_on)
        except UserFacingError as exc:
            dialogs.show_error(self, "Inspection not created", str(exc))
            return
        self.open_inspection(inspection.id)

    @Slot()
    def _on_switch_inspection_triggered(self) -> None:
        inspections = self._service.list_inspections()
        labels = [f"{i.area} (notified {long_date(i.notified_on)})" for i in inspections]
        current = next((n for n, i in enumerate(inspections) if i.id == self._inspection_id), 0)
        chosen = dialogs.ask_choice(self, "Open inspection", "Inspection:", labels, current)
        if chosen is not None:
            self.open_inspection(inspections[chosen].id)

    @Slot()
    def _on_add_demo_triggered(self) -> None:
        from inspection_desktop.demo import add_demo_inspection

        try:
            inspection = add_demo_inspection(self._service)
        except UserFacingError as exc:
            dialogs.show_error(self, "Demo not added", str(exc))
            return
        self.open_inspection(inspection.id)

    @Slot()
    def _on_about_triggered(self) -> None:
        dialogs.show_info(
            self,
            "About Inspection Desktop",
            f"Inspection Desktop {__version__}\n\nPlan and run a partnership's preparation "
            "for a joint inspection of services for children and young people.",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved notes from being lost silently."""
        item_id = self.selected_item_id()
        row = self._rows.get(item_id) if item_id is not None else None
        unsaved = row is not None and self.ui.notesEdit.toPlainText() != row.notes
        if unsaved and dialogs.ask_yes_no(
            self, "Unsaved notes", "Save your notes on this item first?"
        ):
            self._on_save_notes_clicked()
        event.accept()
