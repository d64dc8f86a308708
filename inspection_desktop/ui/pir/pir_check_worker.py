"""Runs a PIR file check off the UI thread, reporting progress and honouring cancel."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from inspection_desktop.documents.common.tabular_reader import ReadOptions
from inspection_desktop.documents.pir.pir_file_check import check_pir_file
from inspection_desktop.domain.pir.population_check import CheckCancelled
from inspection_desktop.errors import UserFacingError

log = logging.getLogger(__name__)


class PirCheckWorker(QObject):
    """Reads and checks one file when ``run`` is called, in whatever thread it lives in."""

    progressed = Signal(int)
    checked = Signal(object)  # a PirFileCheck
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, path: Path, options: ReadOptions, today: dt.date | None) -> None:
        super().__init__()
        self._path = path
        self._options = options
        self._today = today
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the check to stop at its next pause; safe to call from any thread."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        """Check the file and emit exactly one of checked, failed or cancelled, then finished."""
        try:
            result = check_pir_file(
                self._path,
                self._options,
                today=self._today,
                progress=lambda done, total: self.progressed.emit(done * 100 // max(total, 1)),
                should_stop=self._stop.is_set,
            )
        except CheckCancelled:
            self.cancelled.emit()
        except UserFacingError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug: log it, and tell the user plainly rather than hang the dialog
            log.exception("PIR check of %s failed", self._path)
            self.failed.emit(
                f"{self._path.name} could not be checked because of a fault in the app. "
                "The details are in the log."
            )
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.checked.emit(result)
        finally:
            self.finished.emit()
