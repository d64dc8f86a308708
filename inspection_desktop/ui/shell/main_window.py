"""The main window: the plan as a checklist, the selected item's details, and the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QComboBox, QHeaderView, QMainWindow, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.checklist_views import ChecklistView, group_rows, plan_summary
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.domain.plan.timeline_rows import timeline_entries, timeline_weeks
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.undo_commands import AppliedChangeCommand
from inspection_desktop.ui.forms.ui_main_window import Ui_MainWindow
from inspection_desktop.ui.plan.checklist_model import (
    COLUMN_ATTENTION,
    COLUMN_DUE,
    COLUMN_OWNER,
    COLUMN_STATUS,
    COLUMN_TITLE,
    COLUMN_WEEK,
    ChecklistFilterModel,
    ChecklistModel,
)
from inspection_desktop.ui.plan.inspection_menu import InspectionMenu
from inspection_desktop.ui.plan.item_detail_panel import ItemDetailPanel
from inspection_desktop.ui.plan.timeline_view import TimelineView

if TYPE_CHECKING:
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.usecases.services import Services


class MainWindow(QMainWindow):
    """The co-ordinator's working window over one inspection at a time."""

    inspection_opened = Signal(int)
    plan_refreshed = Signal()

    def __init__(
        self, services: Services, inspection_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        service = services.inspections
        pir_checks = services.pir_checks
        self._services = services
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
        self._model = ChecklistModel(self)
        self._proxy = ChecklistFilterModel(self)
        self._proxy.setSourceModel(self._model)
        self.ui.checklistView.setModel(self._proxy)
        self.timeline = TimelineView(self)
        self.ui.timelineLayout.addWidget(self.timeline)
        self._details = ItemDetailPanel(self, service, pir_checks, self)
        self._inspection_menu = InspectionMenu(self, services)
        self._set_up_widgets()
        self._connect_signals()
        if inspection_id is not None:
            self.open_inspection(inspection_id)
        else:
            self._details.show_item(None)

    # Set-up ------------------------------------------------------------------------------

    def _set_up_widgets(self) -> None:
        heading_font = self.ui.inspectionHeading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        heading_font.setBold(True)
        self.ui.inspectionHeading.setFont(heading_font)

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
        # The checklist's titles matter most: keep the details panel from claiming half the width
        # (long names in its combo boxes would otherwise set its minimum).
        for combo in self.ui.detailBox.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.ui.topSplitter.setSizes([620, 380])
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionToggleDone.triggered.connect(self._on_toggle_done_triggered)
        ui.actionNotStarted.triggered.connect(lambda: self._set_selected(ItemStatus.NOT_STARTED))
        ui.actionInProgress.triggered.connect(lambda: self._set_selected(ItemStatus.IN_PROGRESS))
        ui.actionDone.triggered.connect(lambda: self._set_selected(ItemStatus.DONE))
        ui.actionNotApplicable.triggered.connect(
            lambda: self._set_selected(ItemStatus.NOT_APPLICABLE)
        )
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
        clear_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.filterEdit)
        clear_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.activated.connect(ui.filterEdit.clear)
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
        self._people = contacts
        self._details.add_owner_picker(contacts)
        self.refresh()

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
            calendar = self._service.calendar(self._inspection_id)
            rows = self._service.plan_rows(self._inspection_id, calendar)
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
        self._details.show_item(self._rows.get(selected) if selected is not None else None)
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
            if not self._record_reason_to_complete(item_id, status, exc):
                return
        except UserFacingError as exc:
            self.report_error(exc)
            return
        after = self._service.status_snapshot(item_id)
        self.push_change(
            f"mark “{row.title}” {status.label.lower()}",
            lambda: self._service.restore_status(item_id, after),
            lambda: self._service.restore_status(item_id, before),
        )

    # Helpers -----------------------------------------------------------------------------

    def _record_reason_to_complete(
        self, item_id: int, status: ItemStatus, blocked: CompletionBlockedError
    ) -> bool:
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
            self._service.set_status(item_id, status)
        except UserFacingError as exc:
            self.report_error(exc)
            return False
        return True

    def plan_row(self, item_id: int | None) -> PlanRow | None:
        """An item of the plan on screen, as last read."""
        return self._rows.get(item_id) if item_id is not None else None

    def plan_calendar(self) -> InspectionCalendar:
        """The open inspection's calendar, as last read."""
        return self._calendar

    def push_change(
        self, text: str, apply: Callable[[], object], revert: Callable[[], object]
    ) -> None:
        """Put a change that is already made on the undo stack, and refresh."""

        def apply_and_refresh() -> None:
            apply()
            self.refresh()

        def revert_and_refresh() -> None:
            revert()
            self.refresh()

        self._undo_stack.push(
            AppliedChangeCommand(text, apply_and_refresh, revert_and_refresh, self.report_error)
        )
        self.refresh()

    def report_error(self, exc: UserFacingError) -> None:
        """Tell the user a change was not saved, and refresh."""
        dialogs.show_error(self, "The change was not saved", str(exc))
        self.refresh()

    def _update_summary(self, rows: list[PlanRow], today: dt.date) -> None:
        done = sum(1 for row in rows if row.status.is_closed)
        summary = plan_summary(rows, self._calendar, today)
        self.ui.weekSummaryLabel.setText(summary)
        self.ui.statusbar.showMessage(f"{done} of {len(rows)} items done · {summary}")

    def _set_selected(self, status: ItemStatus) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self.set_item_status(item_id, status)

    # Slots -------------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_checklist_selection_changed(self, *_args: object) -> None:
        item_id = self.selected_item_id()
        self._details.show_item(self._rows.get(item_id) if item_id is not None else None)
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

    def move_item(self, item_id: int, moved_to: dt.date | None) -> None:
        """Pin an item to a date (None: back to its plan week), undoably."""
        self._details.move_item(item_id, moved_to)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep unsaved notes from being lost silently."""
        if self._details.has_unsaved_notes() and dialogs.ask_yes_no(
            self, "Unsaved notes", "Save your notes on this item first?"
        ):
            self._details.save_notes()
        event.accept()
