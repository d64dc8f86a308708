"""Data safety in the window: recovery before the window, one writer, backups, history."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import open_services
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.safety import backups as stored_backups
from inspection_desktop.storage.safety.writer_lock import WriterLock, lock_path
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.safety import startup
from inspection_desktop.ui.safety.history_dialog import HistoryDialog
from inspection_desktop.ui.safety.install import SafetyActions, add_safety_actions
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(8192, len(data)):
        data[offset] = (offset * 7 + 13) % 251
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up_then_damaged(db_path: Path) -> Path:
    """A database with one inspection and one backup, then damaged."""
    services = open_services(db_path)
    services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    stored_backups.take_backup(db_path, now=dt.datetime(2026, 11, 20, 17, 5))
    services.inspections.create_inspection("Later CPP", dt.date(2026, 10, 12))
    services.close()
    damage(db_path)
    return db_path


def test_damaged_database_offers_the_newest_backup_with_its_date(
    qapp: object, backed_up_then_damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recovery dialog names the backup's date; restoring it keeps the damaged file."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, labels: list[str]) -> int:
        asked.append(text)
        return 0

    monkeypatch.setattr(dialogs, "ask_buttons", answer)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    damaged = backed_up_then_damaged.read_bytes()
    opened = startup.open_for_window(backed_up_then_damaged, open_services, False)
    assert isinstance(opened, startup.OpenedStore)
    assert "20 November 2026, 17:05" in asked[0]
    assert [row.area for row in opened.services.inspections.list_inspections()] == ["Test CPP"]
    kept = list(backed_up_then_damaged.parent.glob("*.damaged-*"))
    assert any(path.read_bytes() == damaged for path in kept)
    opened.services.close()
    opened.lock.release()


def test_quitting_the_recovery_dialog_changes_nothing(
    qapp: object, backed_up_then_damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quit leaves the damaged file where it was, as it was."""
    monkeypatch.setattr(dialogs, "ask_buttons", lambda *_args: None)
    before = backed_up_then_damaged.read_bytes()
    assert startup.open_for_window(backed_up_then_damaged, open_services, False) == 2
    assert backed_up_then_damaged.read_bytes() == before
    assert not lock_path(backed_up_then_damaged).exists()


def test_second_window_is_told_and_may_open_read_only(
    qapp: object, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the lock held by a live process, the second copy opens read-only and cannot write."""
    open_services(db_path).close()
    first = WriterLock(db_path)
    assert first.acquire() is None
    told: list[str] = []

    def answer(_parent: object, _title: str, text: str, _labels: list[str]) -> int:
        told.append(text)
        return 0

    monkeypatch.setattr(dialogs, "ask_buttons", answer)
    monkeypatch.setattr(os, "getpid", lambda: 1)  # Another process, as the lock sees it.
    opened = startup.open_for_window(db_path, open_services, False)
    monkeypatch.undo()
    assert isinstance(opened, startup.OpenedStore) and opened.read_only
    assert "open in another copy" in told[0]
    from inspection_desktop.storage.errors import DatabaseReadOnlyError

    with pytest.raises(DatabaseReadOnlyError):
        opened.services.inspections.create_inspection("Nope", dt.date(2026, 10, 5))
    opened.services.close()
    first.release()


def test_stale_lock_of_a_crashed_process_is_taken_over(db_path: Path) -> None:
    """A lock naming a process that no longer runs does not stop the window."""
    import json
    import socket

    lock_path(db_path).write_text(
        json.dumps(
            {"pid": 2**22 + 12345, "host": socket.gethostname(), "started": "2026-11-01T09:00:00"}
        ),
        encoding="utf-8",
    )
    lock = WriterLock(db_path)
    assert lock.acquire() is None
    assert json.loads(lock_path(db_path).read_text(encoding="utf-8"))["pid"] == os.getpid()
    lock.release()
    assert not lock_path(db_path).exists()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> tuple[MainWindow, SafetyActions]:
    inspection = services.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    main_window = MainWindow(services, inspection.id)
    qtbot.addWidget(main_window)
    actions = add_safety_actions(main_window, services)
    return main_window, actions


def test_backups_folder_is_shown_in_the_window(
    window: tuple[MainWindow, SafetyActions], services: Services
) -> None:
    """The status bar names the backups folder."""
    _main, actions = window
    assert str(stored_backups.backups_folder(services.database.path)) in actions.folder_label.text()


def test_back_up_now_writes_to_the_chosen_file(
    window: tuple[MainWindow, SafetyActions], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File › Back up now writes a sound copy where the user chose."""
    target = tmp_path / "chosen.sqlite3"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    _main, actions = window
    actions.back_up_action.trigger()
    stored_backups.check_backup(target)


def test_restore_from_the_dated_list_after_confirming(
    window: tuple[MainWindow, SafetyActions], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restore picks from the list, asks first, and snapshots the current database."""
    path = services.database.path
    stored_backups.take_backup(path, "manual", now=dt.datetime(2026, 11, 1, 9))
    services.inspections.create_inspection("Later CPP", dt.date(2026, 10, 12))
    confirmed: list[str] = []
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: 0)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: confirmed.append(text) or True)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    _main, actions = window
    actions.restore_action.trigger()
    assert "1 November 2026" in confirmed[0]
    assert [row.area for row in services.inspections.list_inspections()] == ["Test CPP"]
    assert any(backup.kind == "before-restore" for backup in stored_backups.list_backups(path))


def test_window_picks_up_a_change_made_by_another_process(
    window: tuple[MainWindow, SafetyActions], services: Services
) -> None:
    """A status set from the command line shows after the window looks for outside changes."""
    import subprocess
    import sys

    main, actions = window
    assert main.inspection_id is not None
    item_id = services.inspections.plan_rows(main.inspection_id)[0].id
    assert actions.pick_up_outside_changes() is False
    subprocess.run(
        [sys.executable, "-m", "inspection_desktop", "--db", str(services.database.path),
         "task", "set", str(item_id), "--status", "in_progress"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    announced: list[object] = []
    main.changed.connect(announced.append)
    assert actions.pick_up_outside_changes() is True
    assert len(announced) == 1


def test_own_changes_are_not_taken_for_outside_ones(
    window: tuple[MainWindow, SafetyActions], services: Services
) -> None:
    """A change this window made does not trigger a refresh."""
    main, actions = window
    assert main.inspection_id is not None
    item_id = services.inspections.plan_rows(main.inspection_id)[0].id
    services.inspections.set_notes(item_id, "Mine")
    assert actions.pick_up_outside_changes() is False


def test_item_history_shows_old_and_new_status(
    window: tuple[MainWindow, SafetyActions], services: Services, qtbot: QtBot
) -> None:
    """A status change appears in the item's history with both values and the machine."""
    main, _actions = window
    assert main.inspection_id is not None
    item_id = services.inspections.plan_rows(main.inspection_id)[0].id
    services.inspections.set_status(item_id, ItemStatus.DONE)
    dialog = HistoryDialog("Item", services.history.item_history(item_id), main)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() >= 1
    changes = model.index(0, 2).data()
    assert "status: not started → done" in changes
    assert model.index(0, 3).data()


def test_export_then_import_in_another_window_previews_then_adds(
    window: tuple[MainWindow, SafetyActions],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Export with a passphrase; importing elsewhere shows what it adds first, then adds it."""
    main, actions = window
    target = tmp_path / "hand-over.zip"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "ask_buttons", lambda *_args: 0)
    monkeypatch.setattr(dialogs, "ask_passphrase", lambda *_args: "correct horse")
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    actions.export_action.trigger()
    assert target.exists()
    other = open_services(tmp_path / "other" / "laptop.sqlite3")
    other_inspection = other.inspections.create_inspection("Other CPP", dt.date(2026, 9, 7))
    other_window = MainWindow(other, other_inspection.id)
    qtbot.addWidget(other_window)
    other_actions = add_safety_actions(other_window, other)
    previews: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: previews.append(text) or True)
    other_actions.import_action.trigger()
    assert "1 inspection" in previews[0] and "plan items" in previews[0]
    assert [row.area for row in other.inspections.list_inspections()].count("Test CPP") == 1
    other_actions.import_action.trigger()  # A second import adds nothing, and asks nothing.
    assert len(previews) == 1
    assert main.inspection_id is not None
    other.close()


def test_every_item_offers_its_history_in_the_details(
    window: tuple[MainWindow, SafetyActions], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The History… item action applies to any item and opens that item's history."""
    main, _actions = window
    [history] = [action for action in main.item_actions if action.key == "item-history"]
    assert main.inspection_id is not None
    row = services.inspections.plan_rows(main.inspection_id)[0]
    assert history.applies_to(row)
    shown: list[str] = []
    monkeypatch.setattr(
        HistoryDialog, "exec", lambda dialog: shown.append(dialog.ui.subjectLabel.text()) or 0
    )
    history.run(row)
    assert shown and shown[0].startswith(row.title)


def test_read_only_window_opens_the_inspection_and_says_read_only(
    qtbot: QtBot, db_path: Path
) -> None:
    """The second copy's window shows the plan, with "(read-only)" in its title."""
    from inspection_desktop.composition import add_features_to_window

    writer = open_services(db_path)
    inspection = writer.inspections.create_inspection("Test CPP", dt.date(2026, 10, 5))
    reader = open_services(db_path, read_only=True)
    main = MainWindow(reader, inspection.id)
    qtbot.addWidget(main)
    add_features_to_window(main, reader)
    main.open_inspection(inspection.id)
    assert main.inspection_id == inspection.id
    assert main.windowTitle().endswith("(read-only)")
    reader.close()
    writer.close()


def test_save_dialog_refuses_the_open_database_and_asks_again(
    qapp: object, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choosing the database's -wal file in a save dialog is refused; the next choice is used."""
    from PySide6.QtWidgets import QFileDialog

    wal = services.database.path.with_name(services.database.path.name + "-wal")
    answers = [(str(wal), ""), (str(tmp_path / "calendar.ics"), "")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: answers.pop(0))
    refused: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: refused.append(text))
    chosen = dialogs.ask_save_file(None, "Export calendar", tmp_path, "*.ics")
    assert chosen == tmp_path / "calendar.ics"
    assert len(refused) == 1 and "database" in refused[0]
