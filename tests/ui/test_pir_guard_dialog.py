"""Tests for the PIR data guard dialog: check in the background, choose columns, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.pir.pir_column_model import KEEP
from inspection_desktop.ui.pir.pir_guard_dialog import PirGuardDialog
from tests import pir_synthetic as synth


@pytest.fixture
def dialog(qtbot: QtBot) -> PirGuardDialog:
    widget = PirGuardDialog(today=synth.TODAY)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def disguised_file(tmp_path: Path) -> Path:
    headings, rows = synth.disguised_population(200)
    return synth.write_csv(tmp_path / "population.csv", headings, rows, delimiter=";")


def _check(qtbot: QtBot, dialog: PirGuardDialog, path: Path) -> None:
    with qtbot.waitSignal(dialog.file_checked, timeout=10_000):
        dialog.check_file(path)


def _row_of(dialog: PirGuardDialog, heading: str) -> int:
    return next(
        i for i in range(dialog.model.rowCount()) if dialog.model.row(i).verdict.heading == heading
    )


def test_check_lists_columns_with_verdicts(
    qtbot: QtBot, dialog: PirGuardDialog, disguised_file: Path
) -> None:
    """After a check every column is listed and the three disguised identifiers are flagged."""
    _check(qtbot, dialog, disguised_file)
    assert dialog.model.rowCount() == 9
    assert dialog.model.flagged_headings() == ("Col A", "Ref2", "Field 7")
    assert "3 columns hold personal identifiers" in dialog.ui.summaryLabel.text()


def test_choose_button_asks_for_a_file(
    qtbot: QtBot, dialog: PirGuardDialog, disguised_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choose file asks through the dialogs module and checks the file chosen."""
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: disguised_file)
    with qtbot.waitSignal(dialog.file_checked, timeout=10_000):
        qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.fileEdit.text() == str(disguised_file)


def test_unreadable_file_shows_error(
    qtbot: QtBot, dialog: PirGuardDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty file gives a plain error message, not a crash."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with qtbot.waitSignal(dialog.check_failed, timeout=10_000):
        dialog.check_file(path)
    assert shown == ["empty.csv is empty"]
    assert dialog.outcome().checked_file is None


def test_cancel_stops_the_check(qtbot: QtBot, dialog: PirGuardDialog, tmp_path: Path) -> None:
    """Cancelling straight after starting ends with check_cancelled and no result."""
    headings, rows = synth.disguised_population(5000)
    path = synth.write_csv(tmp_path / "big.csv", headings, rows)
    with qtbot.waitSignal(dialog.check_cancelled, timeout=10_000):
        dialog.check_file(path)
        qtbot.mouseClick(dialog.ui.cancelCheckButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and not dialog.is_checking()


def test_export_writes_only_kept_columns(
    qtbot: QtBot,
    dialog: PirGuardDialog,
    disguised_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export writes the allowed columns beside the original and the outcome is clear."""
    _check(qtbot, dialog, disguised_file)
    target = tmp_path / "to send.csv"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: target)
    with qtbot.waitSignal(dialog.minimised_file_written):
        qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(synth.ALLOWED_COLUMNS)
    outcome = dialog.outcome()
    assert outcome.minimised_file == target and outcome.still_flagged == ()
    assert outcome.allows_done


def test_keeping_a_flagged_column_needs_a_reason(
    qtbot: QtBot,
    dialog: PirGuardDialog,
    disguised_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A flagged column kept in the export stays flagged until a reason is recorded."""
    _check(qtbot, dialog, disguised_file)
    dialog.model.set_keep(_row_of(dialog, "Field 7"), True)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args: True)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: tmp_path / "out.csv")
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert dialog.outcome().still_flagged == ("Field 7",)
    assert not dialog.outcome().allows_done
    dialog.ui.reasonEdit.setPlainText("Agreed with the inspection lead")
    assert dialog.outcome().allows_done


def test_declining_to_keep_flagged_columns_writes_nothing(
    qtbot: QtBot,
    dialog: PirGuardDialog,
    disguised_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Answering No to keeping flagged columns writes no file."""
    _check(qtbot, dialog, disguised_file)
    dialog.model.set_keep(_row_of(dialog, "Ref2"), True)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *args: False)
    asked: list[object] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: asked.append(args))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert asked == [] and dialog.outcome().minimised_file is None


def test_without_export_every_flagged_column_is_outstanding(
    qtbot: QtBot, dialog: PirGuardDialog, disguised_file: Path
) -> None:
    """Closing without exporting leaves all flagged columns of the original outstanding."""
    _check(qtbot, dialog, disguised_file)
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    outcome = dialog.outcome()
    assert outcome.checked_file == disguised_file
    assert outcome.still_flagged == ("Col A", "Ref2", "Field 7")


def test_space_toggles_keep_from_the_keyboard(
    qtbot: QtBot, dialog: PirGuardDialog, disguised_file: Path
) -> None:
    """With a Keep cell current, Space ticks and unticks it."""
    _check(qtbot, dialog, disguised_file)
    view = dialog.ui.columnsView
    row = _row_of(dialog, "Ref2")
    view.setFocus()
    view.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, KEEP)))
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert dialog.model.row(row).keep


def test_workbook_sheets_offered(qtbot: QtBot, dialog: PirGuardDialog, tmp_path: Path) -> None:
    """A workbook's sheets are offered for choosing after the first check."""
    headings, rows = synth.population(30)
    path = synth.write_xlsx(tmp_path / "pir.xlsx", headings, list(rows), sheets=("List", "Notes"))
    _check(qtbot, dialog, path)
    items = [dialog.ui.sheetCombo.itemText(i) for i in range(dialog.ui.sheetCombo.count())]
    assert items == ["First sheet", "List", "Notes"]
    assert not dialog.ui.separatorCombo.isEnabled()


def test_export_over_the_original_is_refused(
    qtbot: QtBot,
    dialog: PirGuardDialog,
    disguised_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing the original file as the export target shows an error and leaves it intact."""
    _check(qtbot, dialog, disguised_file)
    before = disguised_file.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: disguised_file)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    assert shown and "cannot be written over the original" in shown[0]
    assert disguised_file.read_bytes() == before and dialog.outcome().minimised_file is None


def test_closing_during_a_check_stops_it(
    qtbot: QtBot, dialog: PirGuardDialog, tmp_path: Path
) -> None:
    """Closing the dialog while a check runs stops the check and leaves nothing running."""
    headings, rows = synth.disguised_population(5000)
    dialog.check_file(synth.write_csv(tmp_path / "big.csv", headings, rows))
    dialog.reject()
    assert not dialog.is_checking()
    assert dialog.outcome().checked_file is None
