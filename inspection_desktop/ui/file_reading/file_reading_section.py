"""The File reading section: the base, the readers, the sample with its allocation, progress."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, QSortFilterProxyModel, Qt, QThread, QTime, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.file_reading.sample import RecordStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.file_reading.rows import BaseDraft, BaseRow, ReadingDay
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE, SORT_KEY_ROLE
from inspection_desktop.ui.file_reading import table_models as tm
from inspection_desktop.ui.file_reading.reader_dialog import ReaderDialog
from inspection_desktop.ui.forms.ui_file_reading_section import Ui_FileReadingSection
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading import allocate, sample, setup
from inspection_desktop.usecases.file_reading.placements import (
    FileReadingPicture,
    PairInfo,
    picture,
)
from inspection_desktop.usecases.file_reading.readers import reading_days
from inspection_desktop.usecases.services import Services

log = logging.getLogger(__name__)
NEW_BASE = -1
READING_WEEK = 12
PDF_FILTER = "PDF files (*.pdf)"
SAMPLE_FILTER = "Sample lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)"


class AllocationWorker(QObject):
    """Runs one allocation's pure work when ``run`` is called, in whatever thread it lives in."""

    allocated = Signal(object)  # an AllocationResult
    failed = Signal(str)

    def __init__(self, job: allocate.AllocationJob) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        """Allocate and emit the result, or a plain failure."""
        try:
            self.allocated.emit(self._job.run())
        except Exception:  # a bug: log it and say so, rather than leave the section waiting
            log.exception("allocation failed")
            self.failed.emit("The allocation stopped because of a fault in the app (see the log).")


class FileReadingSection(QWidget):
    """Where the co-ordinator sets up file reading and follows it through the three days."""

    allocation_finished = Signal()
    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        push_change: Callable[[Change], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FileReadingSection()
        self.ui.setupUi(self)
        self._services = services
        self._push_change = push_change
        self._inspection_id: int | None = None
        self._needs_reading = False
        self._view: FileReadingPicture | None = None
        self._thread: QThread | None = None
        self._worker: AllocationWorker | None = None
        self._job: allocate.AllocationJob | None = None
        self._pair_of: dict[int, PairInfo] = {}
        self.readers_model = tm.readers_model(self._partners, self)
        self.not_ready_model = tm.not_ready_model(clock.today, self)
        self.sample_model = tm.sample_model(self)
        self.by_day_model = tm.progress_model("Day", self)
        self.by_reader_model = tm.progress_model("Readers", self)
        self.rooms_model = tm.RoomsModel(self)
        self.ui.roomsView.setModel(self.rooms_model)
        self._proxies: dict[QTableView, QSortFilterProxyModel] = {}
        for view, model in (
            (self.ui.readersView, self.readers_model),
            (self.ui.notReadyView, self.not_ready_model),
            (self.ui.sampleView, self.sample_model),
            (self.ui.byDayView, self.by_day_model),
            (self.ui.byReaderView, self.by_reader_model),
        ):
            self._attach(view, model)
        for status in RecordStatus:
            self.ui.statusCombo.addItem(status.label, status.value)
        self._set_up_views()
        self._connect_signals()
        self._update_buttons()

    # Set-up ------------------------------------------------------------------------------

    def _attach(self, view: QTableView, model: Any) -> None:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_KEY_ROLE)
        view.setModel(proxy)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._proxies[view] = proxy

    def _set_up_views(self) -> None:
        widths = {
            self.ui.readersView: (150, 95, 70, 150, 160, 170, 130, 150, 80, 85),
            self.ui.notReadyView: (180, 320),
            self.ui.sampleView: (115, 185, 40, 70, 250, 85, 135, 105, 125),
            self.ui.byDayView: (230, 70, 90, 70, 70, 110, 60),
            self.ui.byReaderView: (300, 70, 90, 70, 70, 110, 60),
        }
        for view, sizes in widths.items():
            for column, width in enumerate(sizes):
                view.horizontalHeader().resizeSection(column, width)
        self.ui.sampleView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.readersView.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.ui.notReadyView.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.ui.byDayView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.byReaderView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.readersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rooms = self.ui.roomsView
        rooms.verticalHeader().setVisible(False)
        rooms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rooms.horizontalHeader().resizeSection(1, 70)
        self.ui.addressEdit.setMinimumHeight(44)
        self.ui.accessEdit.setMinimumHeight(44)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.baseCombo.activated.connect(self._on_base_combo_activated)
        ui.saveBaseButton.clicked.connect(self._on_save_base_clicked)
        ui.addRoomButton.clicked.connect(self._on_add_room_clicked)
        ui.removeRoomButton.clicked.connect(self._on_remove_room_clicked)
        ui.editReaderButton.clicked.connect(self._on_edit_reader_clicked)
        ui.readersView.doubleClicked.connect(self._on_edit_reader_clicked)
        ui.makePairsButton.clicked.connect(self._on_make_pairs_clicked)
        ui.pairWithButton.clicked.connect(self._on_pair_with_clicked)
        ui.unpairButton.clicked.connect(self._on_unpair_clicked)
        ui.sheetsButton.clicked.connect(self._on_sheets_clicked)
        ui.importButton.clicked.connect(self._on_import_clicked)
        ui.allocateButton.clicked.connect(self._on_allocate_clicked)
        ui.siblingButton.clicked.connect(self._on_sibling_clicked)
        ui.placeButton.clicked.connect(self._on_place_clicked)
        ui.clearButton.clicked.connect(self._on_clear_clicked)
        ui.timetableButton.clicked.connect(self._on_timetable_clicked)
        ui.statusCombo.activated.connect(self._on_status_combo_activated)
        ui.concernButton.clicked.connect(self._on_concern_clicked)
        for view in (ui.sampleView, ui.readersView):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        for view, slot in (
            (ui.sampleView, self._on_clear_clicked),
            (ui.roomsView, self._on_remove_room_clicked),
        ):
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # Reading -----------------------------------------------------------------------------

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's file reading (read now if in view, else when shown)."""
        self._inspection_id = inspection_id
        self._needs_reading = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the inspection opened while the tab was hidden."""
        super().showEvent(event)
        if self._needs_reading:
            self.refresh()

    def refresh(self) -> None:
        """Read bases, readers, pairs and the sample again and redraw, keeping the base shown."""
        if self._inspection_id is None:
            return
        self._needs_reading = False
        try:
            view = picture(self._services, self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read file reading", str(exc))
            return
        self._view = view
        self._pair_of = {contact_id: pair for pair in view.pairs for contact_id in pair.contact_ids}
        self._show_bases(view.bases)
        self.readers_model.set_rows(view.readers)
        self.not_ready_model.set_rows(tm.not_ready_rows(view.readers))
        self.sample_model.set_rows(view.records)
        by_day, by_reader = tm.progress_rows(view.records, view.pairs)
        self.by_day_model.set_rows(by_day)
        self.by_reader_model.set_rows(by_reader)
        self._summarise(view)
        self._update_buttons()
        self.refreshed.emit()

    def _partners(self, contact_id: int) -> str:
        pair = self._pair_of.get(contact_id)
        if pair is None:
            return "Not paired"
        partners = [n for c, n in zip(pair.contact_ids, pair.names, strict=True) if c != contact_id]
        return ", ".join(partners) or "On their own"

    def _summarise(self, view: FileReadingPicture) -> None:
        records = view.records
        if not records:
            self.ui.sampleSummary.setText(
                "No sample yet. Import the list the Care Inspectorate sends (week 9): case-record "
                "references only, with team, service, child protection and sibling group."
            )
            self.ui.progressSummary.setText("Progress shows here once there is a sample.")
        else:
            placed = sum(1 for r in records if r.session is not None)
            problems = sum(1 for r in records if r.reason)
            groups = len({r.row.sibling_group for r in records if r.row.sibling_group})
            text = (
                f"{len(records)} records, {groups} sibling groups · {placed} placed, "
                f"{len(records) - placed} not placed"
            )
            if problems:
                text += f" · {problems} need attention (see Note, tinted)"
            elif placed == len(records):
                text += " · every rule held"
            self.ui.sampleSummary.setText(text)
            read = sum(1 for r in records if r.row.status is RecordStatus.READ)
            concerns = sum(1 for r in records if r.row.concern_passed_on is not None)
            self.ui.progressSummary.setText(
                f"{read} of {len(records)} records read · {concerns} concerns passed on"
            )
        not_ready = {row.contact_id for row in tm.not_ready_rows(view.readers)}
        self.ui.notReadyLabel.setText(
            f"Who is not ready yet ({len(not_ready)} of {len(view.readers)} readers)"
            if view.readers
            else "No readers yet: give people the local file reader role under People."
        )

    # Base --------------------------------------------------------------------------------

    def _show_bases(self, bases: list[BaseRow]) -> None:
        combo = self.ui.baseCombo
        current = combo.currentData()
        combo.clear()
        for base in bases:
            combo.addItem(base.venue, base.id)
        combo.addItem("New reading base…", NEW_BASE)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        self._show_base(self._base(combo.currentData()))

    def _base(self, base_id: int | None) -> BaseRow | None:
        if self._view is None or base_id in (None, NEW_BASE):
            return None
        return next((base for base in self._view.bases if base.id == base_id), None)

    def _show_base(self, base: BaseRow | None) -> None:
        ui = self.ui
        draft = base.draft if base else BaseDraft("")
        ui.addressEdit.setPlainText(draft.address)
        ui.accessEdit.setPlainText(draft.access)
        for edit, text in (
            (ui.venueEdit, draft.venue),
            (ui.printersEdit, draft.printers),
            (ui.contactNameEdit, draft.contact_name),
            (ui.contactPhoneEdit, draft.contact_phone),
        ):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long line, not its end
        ui.ictEdit.setPlainText(draft.ict_process)
        self.rooms_model.set_rows(draft.rooms)
        if draft.days:
            first, opens, closes = draft.days[0].day, draft.days[0].opens, draft.days[0].closes
        else:
            first, opens, closes = self._default_first_day(), dt.time(9, 0), dt.time(17, 0)
        ui.firstDayEdit.setDate(QDate(first.year, first.month, first.day))
        ui.dayCountSpin.setValue(len(draft.days) or 3)
        ui.opensEdit.setTime(QTime(opens.hour, opens.minute))
        ui.closesEdit.setTime(QTime(closes.hour, closes.minute))
        ui.baseMessage.setText("" if base else "A new base: fill it in and press Save changes.")

    def _default_first_day(self) -> dt.date:
        if self._inspection_id is None:
            return clock.today()
        calendar = self._services.inspections.calendar(self._inspection_id)
        return calendar.week(READING_WEEK).starts_on

    def _draft(self) -> BaseDraft:
        ui = self.ui
        first = ui.firstDayEdit.date()
        opens, closes = ui.opensEdit.time(), ui.closesEdit.time()
        days = setup.default_days(
            dt.date(first.year(), first.month(), first.day()), ui.dayCountSpin.value()
        )
        return BaseDraft(
            venue=ui.venueEdit.text().strip(),
            address=ui.addressEdit.toPlainText().strip(),
            access=ui.accessEdit.toPlainText().strip(),
            printers=ui.printersEdit.text().strip(),
            contact_name=ui.contactNameEdit.text().strip(),
            contact_phone=ui.contactPhoneEdit.text().strip(),
            ict_process=ui.ictEdit.toPlainText().strip(),
            rooms=self.rooms_model.rooms(),
            days=tuple(
                ReadingDay(
                    day,
                    dt.time(opens.hour(), opens.minute()),
                    dt.time(closes.hour(), closes.minute()),
                )
                for day in days
            ),
        )

    @Slot(int)
    def _on_base_combo_activated(self, _index: int) -> None:
        self._show_base(self._base(self.ui.baseCombo.currentData()))

    @Slot()
    def _on_save_base_clicked(self) -> None:
        if self._inspection_id is None:
            return
        base_id = self.ui.baseCombo.currentData()
        inspection_id = self._inspection_id

        def save() -> Change:
            change, saved = setup.save_base(
                self._services,
                inspection_id,
                self._draft(),
                None if base_id == NEW_BASE else base_id,
            )
            self._select_base(saved)
            return change

        if self._run(save):
            self.ui.baseMessage.setText("Saved.")

    def _select_base(self, base_id: int) -> None:
        combo = self.ui.baseCombo
        combo.blockSignals(True)
        combo.addItem("", base_id)
        combo.setCurrentIndex(combo.count() - 1)
        combo.blockSignals(False)

    @Slot()
    def _on_add_room_clicked(self) -> None:
        row = self.rooms_model.add_room()
        index = self.rooms_model.index(row, 0)
        self.ui.roomsView.setCurrentIndex(index)
        self.ui.roomsView.edit(index)

    @Slot()
    def _on_remove_room_clicked(self) -> None:
        index = self.ui.roomsView.currentIndex()
        if index.isValid():
            self.rooms_model.remove_room(index.row())

    # Readers -----------------------------------------------------------------------------

    def _selected_keys(self, view: QTableView) -> list[Any]:
        proxy = self._proxies[view]
        rows = view.selectionModel().selectedRows()
        return [proxy.data(index, RECORD_KEY_ROLE) for index in rows]

    def _selected_reader(self) -> Any:
        keys = self._selected_keys(self.ui.readersView)
        if not keys or self._view is None:
            return None
        return next((r for r in self._view.readers if r.contact_id == keys[0]), None)

    @Slot()
    def _on_edit_reader_clicked(self) -> None:
        reader = self._selected_reader()
        if reader is None or self._view is None or self._inspection_id is None:
            return
        dialog = ReaderDialog(reader, reading_days(self._view.bases), self)
        if dialog.exec() != ReaderDialog.DialogCode.Accepted:
            return
        inspection_id, details = self._inspection_id, dialog.details()
        self._run(
            lambda: setup.save_reader(self._services, inspection_id, reader.contact_id, details)
        )

    @Slot()
    def _on_make_pairs_clicked(self) -> None:
        if self._inspection_id is not None:
            inspection_id = self._inspection_id
            self._run(lambda: setup.make_pairs(self._services, inspection_id))

    @Slot()
    def _on_pair_with_clicked(self) -> None:
        reader = self._selected_reader()
        if reader is None or self._view is None or self._inspection_id is None:
            return
        others = [r for r in self._view.readers if r.contact_id != reader.contact_id]
        labels = [
            f"{r.name} ({r.side.label.lower()}"
            + (", now paired" if r.contact_id in self._pair_of else "")
            + ")"
            for r in others
        ]
        chosen = dialogs.ask_choice(self, "Pair readers", f"Pair {reader.name} with:", labels)
        if chosen is None:
            return
        partner = others[chosen].contact_id
        together = {reader.contact_id, partner}
        pairs = [list(p.contact_ids) for p in self._view.pairs if not together & set(p.contact_ids)]
        pairs.append([reader.contact_id, partner])
        inspection_id = self._inspection_id
        self._run(lambda: setup.set_pairs(self._services, inspection_id, pairs))

    @Slot()
    def _on_unpair_clicked(self) -> None:
        reader = self._selected_reader()
        if reader is None or self._view is None or self._inspection_id is None:
            return
        pairs = [
            list(p.contact_ids) for p in self._view.pairs if reader.contact_id not in p.contact_ids
        ]
        inspection_id = self._inspection_id
        self._run(lambda: setup.set_pairs(self._services, inspection_id, pairs))

    @Slot()
    def _on_sheets_clicked(self) -> None:
        from inspection_desktop.documents.file_reading.reading_pdf import render_reader_sheets

        self._print("Save the reader sheets", "reader-sheets.pdf", render_reader_sheets)

    @Slot()
    def _on_timetable_clicked(self) -> None:
        from inspection_desktop.documents.file_reading.reading_pdf import render_timetable

        self._print("Save the reading timetable", "reading-timetable.pdf", render_timetable)

    def _print(self, title: str, suggested: str, render: Callable[..., bytes]) -> None:
        if self._view is None or self._inspection_id is None:
            return
        path = dialogs.ask_save_file(self, title, Path.home() / suggested, PDF_FILTER)
        if path is None:
            return
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically

        try:
            area = self._services.inspections.get_inspection(self._inspection_id).area
            data = render(self._view, area, clock.today())
            write_bytes_atomically(path, data)
        except UserFacingError as exc:
            dialogs.show_error(self, "The PDF was not saved", str(exc))
            return
        dialogs.show_info(self, "Saved", f"Saved to {path}. It is marked OFFICIAL-SENSITIVE.")

    # The sample --------------------------------------------------------------------------

    def selected_record_ids(self) -> list[int]:
        """The ids of the records selected in the sample."""
        return [int(key) for key in self._selected_keys(self.ui.sampleView)]

    @Slot()
    def _on_import_clicked(self) -> None:
        if self._inspection_id is None:
            return
        path = dialogs.ask_open_file(self, "Import the sample", SAMPLE_FILTER)
        if path is None:
            return
        from inspection_desktop.documents.file_reading.sample_file import read_sample_file

        inspection_id = self._inspection_id
        counts: list[sample.ImportCounts] = []

        def run() -> Change:
            lines = read_sample_file(path).lines
            change, done = sample.import_sample(self._services, inspection_id, lines)
            counts.append(done)
            return change

        if self._run(run, title="The sample was not imported") and counts:
            dialogs.show_info(self, "Sample imported", f"{path.name}: {counts[0].summary}.")

    @Slot()
    def _on_allocate_clicked(self) -> None:
        if self._inspection_id is None or self._thread is not None:
            return
        try:
            job = allocate.prepare_allocation(self._services, self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot allocate", str(exc))
            return
        self._job = job
        self.ui.sampleSummary.setText("Allocating…")
        self.ui.allocateButton.setEnabled(False)
        thread = QThread(self)
        worker = AllocationWorker(job)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.allocated.connect(self._on_worker_allocated)
        worker.failed.connect(self._on_worker_failed)
        worker.allocated.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(object)
    def _on_worker_allocated(self, result: Any) -> None:
        job = self._job
        if job is None:
            return
        try:
            change, summary = allocate.apply_allocation(self._services, job, result)
        except UserFacingError as exc:
            dialogs.show_error(self, "The allocation was not saved", str(exc))
            self.refresh()
            return
        self._push(change)
        self.ui.sampleSummary.setText(
            f"Allocated: {summary.summary}. " + self.ui.sampleSummary.text()
        )

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        dialogs.show_error(self, "The allocation was not made", message)
        self.refresh()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        # The worker has no parent: dropping it here frees it, its thread having finished.
        self._thread = self._worker = self._job = None
        self._update_buttons()
        self.allocation_finished.emit()

    def is_allocating(self) -> bool:
        """Whether an allocation is running."""
        return self._thread is not None

    @Slot()
    def _on_sibling_clicked(self) -> None:
        ids = self.selected_record_ids()
        if not ids or self._inspection_id is None or self._view is None:
            return
        current = {r.row.sibling_group for r in self._view.records if r.row.id in ids}
        suggested = next(iter(current)) if len(current) == 1 else ""
        group = dialogs.ask_text(
            self,
            "Sibling group",
            f"Sibling group for the {len(ids)} selected records (leave blank to take them out):",
            suggested,
        )
        if group is None and not suggested:
            return
        inspection_id = self._inspection_id
        self._run(lambda: sample.set_sibling_group(self._services, inspection_id, ids, group or ""))

    @Slot()
    def _on_place_clicked(self) -> None:
        ids = self.selected_record_ids()
        view = self._view
        if len(ids) != 1 or view is None or self._inspection_id is None:
            return
        if not view.pairs or not view.sessions:
            dialogs.show_error(
                self,
                "Cannot place by hand",
                "Make the reading pairs (Readers) and the base's rooms and days (Base) first.",
            )
            return
        pair = dialogs.ask_choice(self, "Place by hand", "Read by:", [p.name for p in view.pairs])
        if pair is None:
            return
        sessions = list(view.sessions.values())
        labels = [f"{s.day:%A} {long_date(s.day)}: {s.room}, {s.base}" for s in sessions]
        session = dialogs.ask_choice(self, "Place by hand", "When and where:", labels)
        if session is None:
            return
        inspection_id, pair_id, key = (
            self._inspection_id,
            view.pairs[pair].id,
            sessions[session].key,
        )
        self._run(
            lambda: allocate.place_by_hand(self._services, inspection_id, ids[0], pair_id, key),
            title="Cannot place it there",
        )

    @Slot()
    def _on_clear_clicked(self) -> None:
        ids = self.selected_record_ids()
        if ids and self._inspection_id is not None:
            inspection_id = self._inspection_id
            self._run(lambda: allocate.clear_placement(self._services, inspection_id, ids))

    @Slot(int)
    def _on_status_combo_activated(self, _index: int) -> None:
        ids = self.selected_record_ids()
        if not ids or self._inspection_id is None:
            return
        status = RecordStatus(self.ui.statusCombo.currentData())
        inspection_id = self._inspection_id
        self._run(lambda: sample.set_status(self._services, inspection_id, ids, status))

    @Slot()
    def _on_concern_clicked(self) -> None:
        ids = self.selected_record_ids()
        if len(ids) != 1 or self._inspection_id is None:
            return
        day = dialogs.ask_date(
            self,
            "Concern passed on",
            "Date the concern was passed on (only the date is kept):",
            clock.today(),
        )
        if day is None:
            return
        inspection_id = self._inspection_id
        self._run(lambda: sample.set_concern_passed_on(self._services, inspection_id, ids[0], day))

    # Changes -----------------------------------------------------------------------------

    def _run(self, step: Callable[[], Change], title: str = "The change was not saved") -> bool:
        """Make a change, put it on the undo stack and redraw; a plain message if refused."""
        try:
            change = step()
        except UserFacingError as exc:
            dialogs.show_error(self, title, str(exc))
            self.refresh()
            return False
        self._push(change)
        return True

    def _push(self, change: Change) -> None:
        """Onto the window's undo stack; the window tells every section, this one included."""
        self._push_change(change)

    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        has = self._inspection_id is not None
        records = len(self.selected_record_ids()) if has else 0
        reader = self._selected_reader() if has else None
        ui.allocateButton.setEnabled(
            has and self._thread is None and bool(self.sample_model.rowCount())
        )
        for button in (ui.siblingButton, ui.clearButton, ui.statusCombo):
            button.setEnabled(records > 0)
        ui.placeButton.setEnabled(records == 1)
        ui.concernButton.setEnabled(records == 1)
        for button in (ui.editReaderButton, ui.pairWithButton):
            button.setEnabled(reader is not None)
        ui.unpairButton.setEnabled(reader is not None and reader.contact_id in self._pair_of)
        for button in (ui.importButton, ui.timetableButton, ui.sheetsButton, ui.saveBaseButton):
            button.setEnabled(has)
