"""Writing a run of letters off the UI thread, with progress and cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from inspection_desktop.documents.letters.letter_files import (
    LettersCancelled,
    WrittenRun,
    write_run,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.letters.merge_run import LetterJob

log = logging.getLogger(__name__)


class LettersWorker(QObject):
    """Renders and writes the letters; no database is touched here (the job holds everything)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        job: LetterJob,
        folder: Path,
        formats: Sequence[str],
        combined: Path | None,
        cover: bool,
    ) -> None:
        super().__init__()
        self._job = job
        self._folder = folder
        self._formats = tuple(formats)
        self._combined = combined
        self._cover = cover
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the run to stop; it stops before the next letter and writes nothing."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        """Write the run, then say how it ended."""
        try:
            written: WrittenRun = write_run(
                self._job,
                self._folder,
                self._formats,
                combined=self._combined,
                cover=self._cover,
                progress=self.progressed.emit,
                cancelled=self._stop.is_set,
            )
        except LettersCancelled:
            self.cancelled.emit()
        except UserFacingError as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug: logged, and the window must not wait for ever
            log.exception("Writing the letters failed")
            self.failed.emit(
                "Something unexpected went wrong while writing the letters, and no letter was "
                "kept. The details are in the log."
            )
        else:
            self.finished.emit(written)


def start_worker(worker: LettersWorker, parent: QObject) -> QThread:
    """Run the worker on its own thread, which ends (and is cleaned up) when the worker does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: the thread's loop is told to stop from the worker's own thread, so it ends even
    # while the UI thread is blocked waiting for it (the window closing).
    for signal in (worker.finished, worker.failed, worker.cancelled):
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
