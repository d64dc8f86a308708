"""The Sample and allocation page: import, sibling groups, allocation (off the UI thread),
placements by hand, status and concern dates; the timetable."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from inspection_desktop.domain import clock
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.file_reading.sample import RecordStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.file_reading import table_models as tm
from inspection_desktop.ui.file_reading.panel_host import PanelHost, attach_table, selected_keys
from inspection_desktop.ui.forms.ui_sample_panel import Ui_SamplePanel
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading import allocate, sample
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture

log = logging.getLogger(__name__)
SAMPLE_FILTER = "Sample lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)"
_WIDTHS = (115, 185, 40, 70, 250, 85, 135, 105, 125)


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
        except Exception:  # a bug: log it and say so, rather than leave the page waiting
            log.exception("allocation failed")
            self.failed.emit("The allocation stopped because of a fault in the app (see the log).")


class SamplePanel(QWidget):
    """The sample's records, where each is read, and how far its reading has got."""

    allocation_finished = Signal()

    def __init__(
        self, host: PanelHost, print_pdf: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SamplePanel()
        self.ui.setupUi(self)
        self._host = host
        self._print_pdf = print_pdf
        self._thread: QThread | None = None
        self._worker: AllocationWorker | None = None
        self._job: allocate.AllocationJob | None = None
        self.sample_model = tm.sample_model(self)
        attach_table(self.ui.sampleView, self.sample_model, _WIDTHS, self)
        for status in RecordStatus:
            self.ui.statusCombo.addItem(status.label, status.value)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.importButton.clicked.connect(self._on_import_clicked)
        ui.allocateButton.clicked.connect(self._on_allocate_clicked)
        ui.siblingButton.clicked.connect(self._on_sibling_clicked)
        ui.placeButton.clicked.connect(self._on_place_clicked)
        ui.clearButton.clicked.connect(self._on_clear_clicked)
        ui.timetableButton.clicked.connect(self._on_timetable_clicked)
        ui.statusCombo.activated.connect(self._on_status_combo_activated)
        ui.concernButton.clicked.connect(self._on_concern_clicked)
        ui.sampleView.selectionModel().selectionChanged.connect(self.update_buttons)
        clear = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.sampleView)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self._on_clear_clicked)

    def show_view(self, view: FileReadingPicture) -> None:
        """Show the records with their placements, and a summary line."""
        self.sample_model.set_rows(view.records)
        records = view.records
        if not records:
            self.ui.sampleSummary.setText(
                "No sample yet. Import the list the Care Inspectorate sends (week 9): case-record "
                "references only, with team, service, child protection and sibling group."
            )
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
        self.update_buttons()

    def selected_record_ids(self) -> list[int]:
        """The ids of the records selected in the sample."""
        return [int(key) for key in selected_keys(self.ui.sampleView)]

    def is_allocating(self) -> bool:
        """Whether an allocation is running."""
        return self._thread is not None

    # Import and allocation ---------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        inspection_id = self._host.inspection_id
        if inspection_id is None:
            return
        path = dialogs.ask_open_file(self, "Import the sample", SAMPLE_FILTER)
        if path is None:
            return
        from inspection_desktop.documents.file_reading.sample_file import read_sample_file

        services = self._host.services
        counts: list[sample.ImportCounts] = []

        def run() -> Change:
            lines = read_sample_file(path).lines
            change, done = sample.import_sample(services, inspection_id, lines)
            counts.append(done)
            return change

        if self._host.run(run, title="The sample was not imported") and counts:
            dialogs.show_info(self, "Sample imported", f"{path.name}: {counts[0].summary}.")

    @Slot()
    def _on_allocate_clicked(self) -> None:
        inspection_id = self._host.inspection_id
        if inspection_id is None or self._thread is not None:
            return
        try:
            job = allocate.prepare_allocation(self._host.services, inspection_id)
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
            change, summary = allocate.apply_allocation(self._host.services, job, result)
        except UserFacingError as exc:
            dialogs.show_error(self, "The allocation was not saved", str(exc))
            self._host.refresh()
            return
        self._host.push(change)
        self.ui.sampleSummary.setText(f"Allocated just now: {summary.summary}.")

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        dialogs.show_error(self, "The allocation was not made", message)
        self._host.refresh()

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        # The worker has no parent: dropping it here frees it, its thread having finished.
        self._thread = self._worker = self._job = None
        self.update_buttons()
        self.allocation_finished.emit()

    # Editing records ---------------------------------------------------------------------

    @Slot()
    def _on_sibling_clicked(self) -> None:
        ids = self.selected_record_ids()
        view, inspection_id = self._host.view, self._host.inspection_id
        if not ids or inspection_id is None or view is None:
            return
        current = {r.row.sibling_group for r in view.records if r.row.id in ids}
        suggested = next(iter(current)) if len(current) == 1 else ""
        group = dialogs.ask_text(
            self,
            "Sibling group",
            f"Sibling group for the {len(ids)} selected records (leave blank to take them out):",
            suggested,
        )
        if group is None and not suggested:
            return
        services = self._host.services
        self._host.run(lambda: sample.set_sibling_group(services, inspection_id, ids, group or ""))

    @Slot()
    def _on_place_clicked(self) -> None:
        ids = self.selected_record_ids()
        view, inspection_id = self._host.view, self._host.inspection_id
        if len(ids) != 1 or view is None or inspection_id is None:
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
        services, pair_id, key = self._host.services, view.pairs[pair].id, sessions[session].key
        self._host.run(
            lambda: allocate.place_by_hand(services, inspection_id, ids[0], pair_id, key),
            title="Cannot place it there",
        )

    @Slot()
    def _on_clear_clicked(self) -> None:
        ids = self.selected_record_ids()
        inspection_id = self._host.inspection_id
        if ids and inspection_id is not None:
            services = self._host.services
            self._host.run(lambda: allocate.clear_placement(services, inspection_id, ids))

    @Slot(int)
    def _on_status_combo_activated(self, _index: int) -> None:
        ids = self.selected_record_ids()
        inspection_id = self._host.inspection_id
        if not ids or inspection_id is None:
            return
        status = RecordStatus(self.ui.statusCombo.currentData())
        services = self._host.services
        self._host.run(lambda: sample.set_status(services, inspection_id, ids, status))

    @Slot()
    def _on_concern_clicked(self) -> None:
        ids = self.selected_record_ids()
        inspection_id = self._host.inspection_id
        if len(ids) != 1 or inspection_id is None:
            return
        day = dialogs.ask_date(
            self,
            "Concern passed on",
            "Date the concern was passed on (only the date is kept):",
            clock.today(),
        )
        if day is None:
            return
        services = self._host.services
        self._host.run(lambda: sample.set_concern_passed_on(services, inspection_id, ids[0], day))

    @Slot()
    def _on_timetable_clicked(self) -> None:
        self._print_pdf("timetable")

    @Slot()
    def update_buttons(self) -> None:
        """Enable what makes sense for the selection."""
        ui = self.ui
        has = self._host.inspection_id is not None
        records = len(self.selected_record_ids()) if has else 0
        ui.allocateButton.setEnabled(
            has and self._thread is None and bool(self.sample_model.rowCount())
        )
        for control in (ui.siblingButton, ui.clearButton, ui.statusCombo):
            control.setEnabled(records > 0)
        ui.placeButton.setEnabled(records == 1)
        ui.concernButton.setEnabled(records == 1)
        ui.importButton.setEnabled(has)
        ui.timetableButton.setEnabled(has)
