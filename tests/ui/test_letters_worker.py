"""The worker that writes letters off the UI thread: how a run ends, whatever happens."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from inspection_desktop.documents.letters import letter_pdf
from inspection_desktop.domain.letters.merge import (
    Letterhead,
    LetterRun,
    MergeData,
    Recipient,
    fill_letters,
)
from inspection_desktop.domain.letters.templates import LetterTemplate
from inspection_desktop.ui.letters.letters_worker import LettersWorker, start_worker
from inspection_desktop.usecases.letters.merge_run import LetterJob

TEMPLATE = LetterTemplate(key="t", title="T", subject="Hello", body="Dear all.")
HEAD = Letterhead(signatory_name="Ailsa Grant")


class Relay(QObject):
    """Lives on the test's thread, so the worker's signals reach it queued, as the window's do."""

    ended = Signal(str)
    cancelled = Signal()


def _job() -> LetterJob:
    data = MergeData("Glenmorven", "Joint inspection", dt.date(2027, 1, 4), HEAD)
    letters = fill_letters(TEMPLATE, data, [Recipient("Ruaridh Fraser")])
    return LetterJob(TEMPLATE, LetterRun("Glenmorven", HEAD, "OFFICIAL", "T"), tuple(letters), "r1")


def test_a_cancel_before_the_first_letter_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    """Cancelled before it starts, the run ends cancelled with the folder empty."""
    worker = LettersWorker(_job(), tmp_path, ("pdf",), None, False)
    relay = Relay()
    worker.cancelled.connect(relay.cancelled)
    worker.cancel()
    with qtbot.waitSignal(relay.cancelled, timeout=30_000):
        thread = start_worker(worker, relay)
    thread.wait()
    assert list(tmp_path.iterdir()) == []


def test_an_unexpected_error_ends_the_run_as_failed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug while rendering is reported as a failure (the window stops waiting), not lost."""

    def broken(*_args: object) -> bytes:
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(letter_pdf, "render_letter", broken)
    worker = LettersWorker(_job(), tmp_path, ("pdf",), None, False)
    relay = Relay()
    worker.failed.connect(relay.ended)
    with qtbot.waitSignal(relay.ended, timeout=30_000) as failed:
        thread = start_worker(worker, relay)
    thread.wait()
    assert "no letter was kept" in failed.args[0]
    assert list(tmp_path.iterdir()) == []
