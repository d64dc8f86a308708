"""The Plan tab: the plan as a checklist, the selected item's details, and the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.checklist_views import (
    ChecklistView,
    checklist_notice,
    filter_groups,
    group_rows,
    item_words,
    items_done_line,
    plan_summary,
    row_group_key,
)
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_plan_section import Ui_PlanSection
from inspection_desktop.ui.plan.checklist_columns import fit_checklist_columns
from inspection_desktop.ui.plan.checklist_model import ChecklistModel
from inspection_desktop.ui.plan.item_detail_panel import ItemDetailPanel
from inspection_desktop.usecases.changes import (
    CALENDAR,
    INSPECTIONS,
    MEETINGS,
    OWNERS,
    PEOPLE,
    Change,
)
from inspection_desktop.usecases.plan.items import set_item_status

if TYPE_CHECKING:
    from inspection_desktop.storage.people.contact_service import ContactService
    from inspection_desktop.ui.plan.plan_editing import PlanEditing
    from inspection_desktop.ui.plan.timeline_view import TimelineView
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services


class PlanSection(QWidget):
    """The open inspection's plan: tick, filter, group, move and annotate its items."""

    plan_refreshed = Signal()
    """The plan was read again and redrawn."""

    def __init__(
        self, window: MainWindow, services: Services, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanSection()
        self.ui.setupUi(self)
        self._window = window
        self._services = services
        self.editing: PlanEditing | None = None  # set by the plan's install: add, edit, export
        self._action_dues: list[dt.date | None] | None = None
        self._applied: Change | None = None  # the change last redrawn by apply_change
        self._service = services.inspections
        self._inspection_id: int | None = None
        self._rows: dict[int, PlanRow] = {}
        # Replaced by the open inspection's calendar on every refresh.
        self._calendar = InspectionCalendar(clock.today(), (), 1)
        self._people: ContactService | None = None  # set by set_people: owners become people
        self._owner_names: dict[int, str] = {}  # item id -> its owner's name, as last read
        self._words = ""  # what the filter box holds
        # By item id: the row and owner its words were worked out for, and the words.
        self._found_by: dict[int, tuple[PlanRow, str, str]] = {}
        self._model = ChecklistModel(self)
        # The view shows the model itself: the checklist keeps plan order and filters before
        # grouping, and a proxy between them doubled the calls into Python at every layout.
        self.ui.checklistView.setModel(self._model)
        self.details = ItemDetailPanel(self, services)
        # In a scroll area, so the details never hold the timeline to a sliver on a laptop:
        # the splitter can give the timeline half the height or more.
        self._details_scroll = QScrollArea()
        self._details_scroll.setWidget(self.details)
        self._details_scroll.setWidgetResizable(True)
        self._details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.topSplitter.replaceWidget(
            self.ui.topSplitter.indexOf(self.ui.detailPlaceholder), self._details_scroll
        )
        self.ui.detailPlaceholder.deleteLater()
        # Made when first drawn (the tab is filled when first shown), after the details, so Tab
        # runs checklist, details, timeline as on screen.
        self._timeline: TimelineView | None = None
        self._key_shown = True
        self._set_up_widgets()
        self._connect_signals()
        window.item_actions.listen(self.details.add_item_action)
        self._show_details(None)

    # Set-up ------------------------------------------------------------------------------

    def _set_up_widgets(self) -> None:
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

        fit_checklist_columns(self.ui.checklistView)
        # Most spare width goes to the checklist: its titles are what the co-ordinator scans.
        self.ui.topSplitter.setStretchFactor(0, 3)
        self.ui.topSplitter.setStretchFactor(1, 1)
        self.ui.topSplitter.setSizes([620, 380])
        self.ui.mainSplitter.setStretchFactor(0, 3)
        self.ui.mainSplitter.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.actionToggleDone.triggered.connect(self._on_toggle_done_triggered)
        ui.actionNotStarted.triggered.connect(lambda: self._set_selected(ItemStatus.NOT_STARTED))
        ui.actionInProgress.triggered.connect(lambda: self._set_selected(ItemStatus.IN_PROGRESS))
        ui.actionDone.triggered.connect(lambda: self._set_selected(ItemStatus.DONE))
        ui.actionNotApplicable.triggered.connect(
            lambda: self._set_selected(ItemStatus.NOT_APPLICABLE)
        )
        ui.actionMoveDate.triggered.connect(self._on_move_date_triggered)
        ui.actionFocusFilter.triggered.connect(self._on_focus_filter_triggered)
        ui.actionFocusChecklist.triggered.connect(self._on_focus_checklist_triggered)
        ui.actionFocusTimeline.triggered.connect(self._on_focus_timeline_triggered)
        ui.actionShowTimeline.toggled.connect(self.ui.timelineContainer.setVisible)
        for view, action in self._view_actions.items():
            action.triggered.connect(lambda _checked=False, v=view: self.set_view(v))
        ui.viewCombo.currentIndexChanged.connect(self._on_view_combo_changed)
        ui.filterEdit.textChanged.connect(self._on_filter_edit_changed)
        clear_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.filterEdit)
        clear_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.activated.connect(ui.filterEdit.clear)
        self.details.status_chosen.connect(self._on_details_status_chosen)
        ui.checklistView.selectionModel().selectionChanged.connect(
            self._on_checklist_selection_changed
        )
        # A drag from one row to another moves the current row without a selection change.
        ui.checklistView.selectionModel().currentChanged.connect(self._on_checklist_current_changed)
        self._model.check_toggled.connect(self._on_checklist_check_toggled)
        self._window.changed.connect(self._on_window_changed)

    # Public API --------------------------------------------------------------------------

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""
        return self._inspection_id

    @property
    def timeline(self) -> TimelineView:
        """The timeline pane, made the first time it is needed (its modules are a third of the
        tab's making, and the tab may never be looked at)."""
        if self._timeline is None:
            from inspection_desktop.ui.plan.timeline_view import TimelineView

            made = TimelineView(self)
            made.legend.setVisible(self._key_shown)
            self.ui.timelineLayout.addWidget(made)
            made.item_selected.connect(self._on_timeline_item_selected)
            made.item_activated.connect(self._on_timeline_item_activated)
            self._timeline = made
        return self._timeline

    def show_key(self, shown: bool) -> None:
        """Show or fold away the timeline's key (folded, its lines go to the timeline)."""
        self._key_shown = shown
        if self._timeline is not None:
            self._timeline.legend.setVisible(shown)

    @property
    def checklist_model(self) -> ChecklistModel:
        """The checklist's source model."""
        return self._model

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's plan, landing on the work that is late."""
        self._inspection_id = inspection_id
        self._action_dues = None
        self.refresh()
        self._select_first_open_item()

    def set_people(self, contacts: ContactService) -> None:
        """Let owners be people: names in the checklist and a "Person:" choice under Owner."""
        if self._people is None:
            self.details.add_owner_picker(contacts)
        self._people = contacts
        self.refresh()

    def current_view(self) -> ChecklistView:
        """The checklist view chosen."""
        return ChecklistView(self.ui.viewCombo.currentData())

    def set_view(self, view: ChecklistView) -> None:
        """Show another checklist view."""
        self.ui.viewCombo.setCurrentIndex(self.ui.viewCombo.findData(view.value))

    def refresh(self) -> None:
        """Read the plan again and redraw, keeping the selection."""
        if self._inspection_id is None:
            return
        selected = self.selected_item_id()
        try:
            calendar = self._service.calendar(self._inspection_id)
            rows = self._service.plan_rows(self._inspection_id, calendar)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the plan", str(exc))
            return
        self._rows = {row.id: row for row in rows}
        self._found_by.clear()
        self._calendar = calendar
        self._owner_names = self._people.owner_names(self._inspection_id) if self._people else {}
        self.details.forget_people()
        self._redraw(selected)

    def apply_change(self, change: Change) -> None:
        """Redraw after a change: read back only the items it names, when that is enough."""
        if MEETINGS in change.kinds or CALENDAR in change.kinds:
            self._action_dues = None  # counted afresh in this redraw's summary
        # The window announces the change to everyone next: the summary is done already.
        self._applied = change
        known = change.items and change.items <= self._rows.keys()
        whole = change.kinds & {CALENDAR, OWNERS, PEOPLE, INSPECTIONS}
        if self._inspection_id is None or not known or whole:
            self.refresh()
            return
        selected = self.selected_item_id()
        try:
            rows = self._service.plan_rows(self._inspection_id, self._calendar, change.items)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the plan", str(exc))
            return
        if {row.id for row in rows} != change.items:  # an item went meanwhile: read it all
            self.refresh()
            return
        today = clock.today()
        in_place = all(
            self._place(self._rows[row.id], today) == self._place(row, today) for row in rows
        )
        self._rows.update({row.id: row for row in rows})
        shown = [row for row in rows if self._place(row, today) is not None]
        # Items that keep their heading and order (a tick) are redrawn where they are.
        if in_place and self._model.replace_rows(shown, self._owner_names):
            self._redraw_around_checklist(selected, today, details=selected in change.items)
        else:
            self._redraw(selected)

    def _place(self, row: PlanRow, today: dt.date) -> tuple[object, ...] | None:
        """Where the checklist shows a row: its heading and what orders it there (None: hidden)."""
        owner = self._owner_names.get(row.id, row.owner_name)
        key = row_group_key(row, self.current_view(), today, owner)
        words = self._words.casefold()
        if key is None or (words and words not in self._words_of(row)):
            return None
        return (key, row.week, row.due, row.position, row.title)

    def _words_of(self, row: PlanRow) -> str:
        """What an item is found by, worked out once per version of the row and its owner."""
        owner = self._owner_names.get(row.id, row.owner_name)
        known = self._found_by.get(row.id)
        if known is None or known[0] is not row or known[1] != owner:
            known = self._found_by[row.id] = (row, owner, item_words(row, owner))
        return known[2]

    def _redraw(self, selected: int | None, *, timeline: bool = True) -> None:
        """Lay the rows as last read out again: checklist, summary, timeline and details.

        A view switch or a filter keystroke comes here without reading anything; the timeline
        shows the whole plan whatever the view, so it is left alone then (``timeline=False``).
        """
        today = clock.today()
        rows = sorted(self._rows.values(), key=lambda row: (row.week, row.position))
        people = self._owner_names
        groups = group_rows(
            rows,
            self.current_view(),
            self._calendar,
            today,
            lambda r: people.get(r.id, r.owner_name),
        )
        groups = filter_groups(groups, self._words, self._words_of)
        self._model.set_groups(groups, today, people)
        self._span_headings()
        if timeline:
            self._update_summary(rows, today)
            self._draw_timeline(rows, today)
        self._update_notice()
        if selected is not None:
            self.select_item(selected)
        # What the checklist highlights now, not what was asked for: a view or filter that
        # hides the item leaves nothing selected, and the details must not act on it unseen.
        shown = self.selected_item_id()
        self._show_details(self._rows.get(shown) if shown is not None else None)
        if shown is None and self.timeline.selected_item() is not None:
            self.timeline.select_item(None)
        self.plan_refreshed.emit()

    def _redraw_around_checklist(
        self, selected: int | None, today: dt.date, *, details: bool
    ) -> None:
        """After items changed in place: the summary, the timeline, and their details if shown."""
        rows = sorted(self._rows.values(), key=lambda row: (row.week, row.position))
        self._update_summary(rows, today)
        self._update_notice()
        self._draw_timeline(rows, today)
        if details and selected is not None:
            self._show_details(self._rows.get(selected))
        self.plan_refreshed.emit()

    def _draw_timeline(self, rows: list[PlanRow], today: dt.date) -> None:
        from inspection_desktop.domain.plan.timeline_rows import timeline_entries, timeline_weeks

        self.timeline.set_data(
            timeline_weeks(self._calendar, rows), timeline_entries(rows, today), today
        )

    def selected_item_id(self) -> int | None:
        """The id of the selected checklist item, if an item (not a heading) is selected."""
        index = self.ui.checklistView.currentIndex()
        if not index.isValid():
            return None
        row = self._model.row_at(index.siblingAtColumn(0))
        return row.id if row else None

    def selected_item_ids(self) -> list[int]:
        """The ids of every selected item (headings left out), the current one when only it is."""
        ids: list[int] = []
        for index in self.ui.checklistView.selectionModel().selectedRows():
            row = self._model.row_at(index)
            if row is not None and row.id not in ids:
                ids.append(row.id)
        current = self.selected_item_id()
        if not ids and current is not None:
            ids.append(current)
        return ids

    def select_item(self, item_id: int) -> bool:
        """Select an item in the checklist; False when the current view does not show it."""
        self._window.bring_up_to_date(self)
        index = self._model.index_of_item(item_id)
        if not index.isValid():
            return False
        self.ui.checklistView.setCurrentIndex(index)
        self.ui.checklistView.scrollTo(index)
        return True

    def show_item(self, item_id: int) -> bool:
        """Select an item, clearing the filter and showing the whole plan if they hide it, and
        put the focus on the checklist (Home opens an item this way)."""
        if not self.select_item(item_id):
            self.ui.filterEdit.clear()
            self.set_view(ChecklistView.BY_WEEK)
            if not self.select_item(item_id):
                return False
        self.ui.checklistView.setFocus()
        return True

    def show_week(self, week: int) -> bool:
        """Show the plan by week with the week's first item selected (False: it has none)."""
        self._window.bring_up_to_date(self)
        rows = [row for row in self._rows.values() if row.week == week]
        if not rows:
            self.ui.filterEdit.clear()
            self.set_view(ChecklistView.BY_WEEK)
            return False
        return self.show_item(min(rows, key=lambda row: row.position).id)

    def set_item_status(self, item_id: int, status: ItemStatus) -> None:
        """Change an item's status, undoably."""
        self._window.bring_up_to_date(self)
        row = self._rows.get(item_id)
        if row is None or row.status is status:
            return
        try:
            change = set_item_status(self._services, item_id, status)
        except CompletionBlockedError as blocked:
            reason = self._ask_why_flagged_may_go(blocked)
            if reason is None:
                self._redraw(item_id)  # the box the user ticked goes back as it was
                return
            self.apply(lambda: set_item_status(self._services, item_id, status, reason))
            return
        except UserFacingError as exc:
            self.report_error(exc)
            return
        self._window.push_change(change)

    def _ask_why_flagged_may_go(self, blocked: CompletionBlockedError) -> str | None:
        """The co-ordinator's reason for sending a list with flagged columns (None: cancelled)."""
        return dialogs.ask_multiline_text(
            self.window(),
            "Flagged columns remain",
            f"{blocked}\n\nWhy is it all right to send them?",
        )

    def move_item(self, item_id: int, moved_to: dt.date | None) -> None:
        """Pin an item to a date (None: back to its plan week), undoably."""
        self._window.bring_up_to_date(self)
        self.details.move_item(item_id, moved_to)

    def plan_row(self, item_id: int | None) -> PlanRow | None:
        """An item of the plan on screen, as last read."""
        return self._rows.get(item_id) if item_id is not None else None

    def plan_calendar(self) -> InspectionCalendar:
        """The open inspection's calendar, as last read (read now if the tab waits to be shown)."""
        self._window.bring_up_to_date(self)
        return self._calendar

    def apply(self, use_case: Callable[[], Change]) -> bool:
        """Run a use case; put its change on the undo stack, or say why it was not saved."""
        try:
            change = use_case()
        except UserFacingError as exc:
            self.report_error(exc)
            return False
        self._window.push_change(change)
        return True

    def report_error(self, exc: UserFacingError) -> None:
        """Tell the user a change was not saved, and refresh."""
        self._window.report_error(exc)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """A message on the window's status bar."""
        self._window.show_status(text, timeout_ms)

    def has_unsaved_notes(self) -> bool:
        """Whether the notes box holds text not yet saved to the selected item."""
        return self.details.has_unsaved_notes()

    def offer_to_save_notes(self) -> None:
        """Before the window closes: keep unsaved notes from being lost silently."""
        if self.details.has_unsaved_notes() and dialogs.ask_yes_no(
            self.window(), "Unsaved notes", "Save your notes on this item first?"
        ):
            self.details.save_notes()

    # Helpers -----------------------------------------------------------------------------

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
        """Open every group, then let week and owner headings run across all columns.

        Straight after the model's reset the view's layout is pending, so expanding a heading
        only notes it, and the first span lays out every row once. ``expandAll`` instead walks
        every item asking the model whether it has children, and keeps a persistent index for
        each: a few calls per item, where this is a few per heading.
        """
        view = self.ui.checklistView
        model = self._model
        root = QModelIndex()
        headings = [model.index(row, 0, root) for row in range(model.rowCount(root))]
        # From the top, as a fresh list reads; the selection is scrolled to afterwards.
        view.scrollToTop()
        for heading in headings:
            view.expand(heading)
        # Laid out before any span: while spans are set, the layout asks for every item's index
        # again to look it up among them.
        view.executeDelayedItemsLayout()
        for row in range(len(headings)):
            view.setFirstColumnSpanned(row, root, True)

    def _update_summary(self, rows: list[PlanRow], today: dt.date) -> None:
        summary = plan_summary(rows, self._calendar, today, self._open_action_dues())
        self._window.show_summary(summary)
        self._window.show_status(items_done_line(rows, summary))

    def _update_notice(self) -> None:
        """Say why the checklist is empty, or what its view leaves out."""
        shown = sum(
            self._model.rowCount(self._model.index(group, 0))
            for group in range(self._model.rowCount())
        )
        text = checklist_notice(
            self.current_view(),
            shown,
            self.ui.filterEdit.text(),
            self._open_action_dues(),
            clock.today(),
        )
        self.ui.checklistNoticeLabel.setText(text)
        self.ui.checklistNoticeLabel.setVisible(bool(text))

    def _open_action_dues(self) -> list[dt.date | None]:
        """Due dates of open meeting actions off the checklist: read again only after a change
        to meetings, so ticking items costs the meetings' tables nothing."""
        from inspection_desktop.usecases.plan.plan_work import open_action_dues

        if self._action_dues is None and self._inspection_id is not None:
            try:
                self._action_dues = open_action_dues(self._services, self._inspection_id)
            except UserFacingError:
                return []  # the plan is on screen; the actions can count at the next refresh
        return list(self._action_dues or [])

    @Slot(object)
    def _on_window_changed(self, change: Change) -> None:
        if change is self._applied:
            return
        if MEETINGS in change.kinds or CALENDAR in change.kinds:
            self._action_dues = None
            if self._inspection_id is not None and self._rows:
                self._update_summary(list(self._rows.values()), clock.today())
                self._update_notice()

    def _show_details(self, row: PlanRow | None) -> None:
        self.details.show_item(row)
        for action in (
            self.ui.actionToggleDone,
            self.ui.actionNotStarted,
            self.ui.actionInProgress,
            self.ui.actionDone,
            self.ui.actionNotApplicable,
            self.ui.actionMoveDate,
        ):
            action.setEnabled(row is not None)

    def _set_selected(self, status: ItemStatus) -> None:
        ids = self.selected_item_ids()
        if len(ids) > 1:
            self.set_items_status(ids, status)
            return
        item_id = self.selected_item_id()
        if item_id is not None:
            self.set_item_status(item_id, status)

    def set_items_status(self, item_ids: list[int], status: ItemStatus) -> None:
        """Give several items one status in a single undoable change."""
        from inspection_desktop.usecases.plan.item_edits import set_items_status

        self._window.bring_up_to_date(self)
        try:
            change = set_items_status(self._services, item_ids, status)
        except CompletionBlockedError as blocked:
            # As for the PIR item alone: say what is flagged and ask why it may go.
            reason = self._ask_why_flagged_may_go(blocked)
            if reason is not None:
                self.apply(lambda: set_items_status(self._services, item_ids, status, reason))
            return
        except UserFacingError as exc:
            dialogs.show_error(self.window(), "Status not changed", str(exc))
            return
        self._window.push_change(change)

    # Slots -------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_checklist_current_changed(self, *_args: object) -> None:
        self._on_checklist_selection_changed()

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
        self._window.bring_up_to_date(self)
        item_id = self.selected_item_id()
        row = self._rows.get(item_id) if item_id is not None else None
        if row is not None:
            self._on_checklist_check_toggled(row.id, row.status is not ItemStatus.DONE)

    @Slot(object)
    def _on_details_status_chosen(self, status: ItemStatus) -> None:
        self._set_selected(status)

    @Slot()
    def _on_move_date_triggered(self) -> None:
        self._window.bring_up_to_date(self)
        self.details.ask_move_date()

    @Slot(int)
    def _on_view_combo_changed(self, _index: int) -> None:
        self._view_actions[self.current_view()].setChecked(True)
        self._window.bring_up_to_date(self)
        if self._inspection_id is not None:
            self._redraw(self.selected_item_id(), timeline=False)

    @Slot(str)
    def _on_filter_edit_changed(self, text: str) -> None:
        self._words = text.strip()
        if self._inspection_id is not None:
            self._redraw(self.selected_item_id(), timeline=False)
        # Filtering a selected row away emits no selection change: keep the details in step.
        self._on_checklist_selection_changed()

    @Slot()
    def _on_focus_filter_triggered(self) -> None:
        self._window.show_section(self)
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    @Slot()
    def _on_focus_checklist_triggered(self) -> None:
        self._window.show_section(self)
        self.ui.checklistView.setFocus()

    @Slot()
    def _on_focus_timeline_triggered(self) -> None:
        self._window.show_section(self)
        self.timeline.timeline.setFocus()
