"""The PIR data guard window: pick the population list, see each column's verdict, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from inspection_desktop.documents.common.tabular_reader import ReadOptions
from inspection_desktop.documents.pir.pir_file_check import PirFileCheck
from inspection_desktop.documents.pir.pir_minimise import MinimisedFile
from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_pir_guard_dialog import Ui_PirGuardDialog
from inspection_desktop.ui.pir.pir_check_worker import PirCheckWorker
from inspection_desktop.ui.pir.pir_column_model import (
    COLUMN,
    KEEP,
    REASON,
    VERDICT,
    FlaggedOnlyProxy,
    PirColumnModel,
)
from inspection_desktop.ui.pir.pir_export import export_minimised

OPEN_FILTER = "Population lists (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"
SEPARATORS = (("Automatic", None), ("Comma", ","), ("Semicolon", ";"), ("Tab", "\t"), ("Bar", "|"))
ENCODINGS = (
    ("Automatic", None),
    ("UTF-8", "utf-8"),
    ("Windows-1252", "cp1252"),
    ("UTF-16", "utf-16"),
)
FIRST_SHEET = "First sheet"


class PirGuardDialog(QDialog):
    """Checks a population list off the UI thread and writes the minimised copy the user chose."""

    file_checked = Signal(object)  # PirFileCheck
    check_failed = Signal(str)
    check_cancelled = Signal()
    minimised_file_written = Signal(object)  # MinimisedFile

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PirGuardDialog()
        self.ui.setupUi(self)
        self._today = today
        self._path: Path | None = None
        self._result: PirFileCheck | None = None
        self._written: MinimisedFile | None = None
        self._flagged_in_export: tuple[str, ...] = ()
        self._thread: QThread | None = None
        self._worker: PirCheckWorker | None = None
        self.model = PirColumnModel(self)
        self.proxy = FlaggedOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self._set_up_widgets()
        self._connect_signals()
        self._show_state()

    def _set_up_widgets(self) -> None:
        for label, value in SEPARATORS:
            self.ui.separatorCombo.addItem(label, value)
        for label, value in ENCODINGS:
            self.ui.encodingCombo.addItem(label, value)
        self.ui.sheetCombo.addItem(FIRST_SHEET, None)
        view = self.ui.columnsView
        view.setModel(self.proxy)
        view.sortByColumn(COLUMN, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        for column in (KEEP, COLUMN, VERDICT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setVisible(False)

    def _connect_signals(self) -> None:
        self.ui.chooseButton.clicked.connect(self._on_choose_clicked)
        self.ui.recheckButton.clicked.connect(self._on_recheck_clicked)
        self.ui.cancelCheckButton.clicked.connect(self._on_cancel_check_clicked)
        self.ui.exportButton.clicked.connect(self._on_export_clicked)
        self.ui.closeButton.clicked.connect(self._on_close_clicked)
        self.ui.flaggedOnlyCheck.toggled.connect(self._on_flagged_only_toggled)
        self.model.keep_changed.connect(self._on_model_keep_changed)

    # Public API -----------------------------------------------------------------------------

    def check_file(self, path: Path) -> None:
        """Start checking a file in the background (any check already running is cancelled)."""
        if path != self._path:
            self._reset_sheets()
        self._path = path
        self.ui.fileEdit.setText(str(path))
        self._start_check()

    def outcome(self) -> PirGuardOutcome:
        """What the week-7 checklist needs: the checked file, what is still flagged, any reason."""
        if self._result is None:
            return PirGuardOutcome(None, reason_for_proceeding=self._reason())
        if self._written is not None:
            still = self._flagged_in_export
        else:
            still = tuple(v.heading for v in self._result.flagged)
        written = self._written.path if self._written else None
        return PirGuardOutcome(self._result.table.path, still, written, self._reason())

    def is_checking(self) -> bool:
        """True while a check is running."""
        return self._thread is not None

    # Checking ------------------------------------------------------------------------------

    def _options(self) -> ReadOptions:
        return ReadOptions(
            encoding=self.ui.encodingCombo.currentData(),
            delimiter=self.ui.separatorCombo.currentData(),
            sheet=self.ui.sheetCombo.currentData(),
        )

    def _start_check(self) -> None:
        assert self._path is not None
        self._stop_check()
        self._result, self._written, self._flagged_in_export = None, None, ()
        self.model.set_verdicts(())
        self.ui.progressBar.setValue(0)
        self.ui.summaryLabel.setText(f"Checking {self._path.name}…")
        thread = QThread(self)
        worker = PirCheckWorker(self._path, self._options(), self._today)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.ui.progressBar.setValue)
        worker.checked.connect(self._on_worker_checked)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        worker.finished.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        thread.start()
        self._show_state()

    def _stop_check(self) -> None:
        """Cancel a running check and wait for its thread; its late results are ignored."""
        if self._thread is None or self._worker is None:
            return
        self._worker.checked.disconnect(self._on_worker_checked)
        self._worker.failed.disconnect(self._on_worker_failed)
        self._worker.cancelled.disconnect(self._on_worker_cancelled)
        self._worker.cancel()
        self._thread.quit()
        self._thread.wait()
        self._forget_thread()

    def _forget_thread(self) -> None:
        if self._thread is not None:
            # quit() here as well: the queued quit from the worker cannot run while we wait.
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._worker = None, None

    @Slot(object)
    def _on_worker_checked(self, result: PirFileCheck) -> None:
        self._forget_thread()
        self._result = result
        self.model.set_verdicts(result.verdicts)
        self._fill_sheets(result)
        self.ui.progressBar.setValue(100)
        table = result.table
        flagged = len(result.flagged)
        summary = f"{table.path.name}: {len(table.rows):,} rows, {len(table.headings)} columns "
        summary += f"({table.description}). "
        if flagged:
            summary += f"{flagged} column{'s' if flagged != 1 else ''} hold personal identifiers "
            summary += "and are left out unless you tick Keep."
        else:
            summary += "No personal identifiers found."
        self.ui.summaryLabel.setText(summary)
        self._show_state()
        self.file_checked.emit(result)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._forget_thread()
        self.ui.progressBar.setValue(0)
        self.ui.summaryLabel.setText(message)
        self._show_state()
        dialogs.show_error(self, "The file could not be checked", message)
        self.check_failed.emit(message)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._forget_thread()
        self.ui.progressBar.setValue(0)
        self.ui.summaryLabel.setText("Check cancelled.")
        self._show_state()
        self.check_cancelled.emit()

    def _reset_sheets(self) -> None:
        self.ui.sheetCombo.clear()
        self.ui.sheetCombo.addItem(FIRST_SHEET, None)

    def _fill_sheets(self, result: PirFileCheck) -> None:
        if not result.table.is_workbook or self.ui.sheetCombo.count() > 1:
            return
        for name in result.table.sheets:
            self.ui.sheetCombo.addItem(name, name)

    # Buttons -------------------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        path = dialogs.ask_open_file(self, "Choose the PIR population list", OPEN_FILTER)
        if path is not None:
            self.check_file(path)

    @Slot()
    def _on_recheck_clicked(self) -> None:
        if self._path is not None:
            self._start_check()

    @Slot()
    def _on_cancel_check_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    @Slot(bool)
    def _on_flagged_only_toggled(self, checked: bool) -> None:
        self.proxy.set_flagged_only(checked)

    @Slot()
    def _on_model_keep_changed(self) -> None:
        self._show_state()

    @Slot()
    def _on_export_clicked(self) -> None:
        if self._result is None:
            return
        exported = export_minimised(self, self._result, self.model)
        if exported is None:
            return
        self._written, self._flagged_in_export = exported
        self.ui.summaryLabel.setText(
            f"Minimised list written to {exported[0].path.name}, with a record of what was "
            f"removed in {exported[0].record_path.name}."
        )
        self._show_state()
        self.minimised_file_written.emit(exported[0])

    @Slot()
    def _on_close_clicked(self) -> None:
        self.accept()

    def _reason(self) -> str | None:
        text = self.ui.reasonEdit.toPlainText().strip()
        return text or None

    def _show_state(self) -> None:
        checking = self._thread is not None
        self.ui.cancelCheckButton.setEnabled(checking)
        self.ui.progressBar.setVisible(checking or self._result is not None)
        self.ui.cancelCheckButton.setVisible(checking)
        self.ui.recheckButton.setEnabled(self._path is not None and not checking)
        workbook = self._path is not None and self._path.suffix.casefold() in (".xlsx", ".xlsm")
        if self._result is not None:
            workbook = self._result.table.is_workbook
        self.ui.sheetCombo.setEnabled(workbook and not checking)
        self.ui.separatorCombo.setEnabled(not workbook and not checking)
        self.ui.encodingCombo.setEnabled(not workbook and not checking)
        self.ui.exportButton.setEnabled(self._result is not None and not checking)

    def done(self, result: int) -> None:
        """Stop any running check before the dialog closes."""
        self._stop_check()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop any running check when the window is closed."""
        self._stop_check()
        super().closeEvent(event)
