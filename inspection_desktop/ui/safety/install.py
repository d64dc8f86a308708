"""The data-safety feature's part of the window: File › Back up now, Restore, the backups
folder in the status bar, history of an item or a meeting, the automatic snapshot on close,
and picking up changes made outside this window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel

from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.usecases.changes import CALENDAR, INSPECTIONS, Change
from inspection_desktop.usecases.safety import backups, outside_changes

if TYPE_CHECKING:
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

log = logging.getLogger(__name__)
# How often the window looks for changes made elsewhere (the command line, another copy).
OUTSIDE_CHANGES_INTERVAL_MS = 3000
BACKUP_FILTER = "Inspection Desktop backups (*.sqlite3);;All files (*)"
HANDOVER_FILTER = "Hand-over files (*.zip);;All files (*)"
READ_ONLY_SUFFIX = " (read-only)"
# Changes made elsewhere may touch anything: every section refreshes (a hidden one on show).
EVERYTHING_CHANGED = Change("changes made elsewhere", frozenset({CALENDAR, INSPECTIONS}))


def add_safety_actions(window: MainWindow, services: Services) -> SafetyActions:
    """Add the backup, restore and history actions and the backups folder to the window."""
    return SafetyActions(window, services)


def when(backup: backups.Backup) -> str:
    """The date and time of a backup as the co-ordinator reads it."""
    return f"{backup.taken_at.day} {backup.taken_at:%B %Y}, {backup.taken_at:%H:%M}"


class SafetyActions(QObject):
    """The menu actions and the watchers, living as long as the window."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._database = services.database.path
        self._read_only = services.database.read_only
        self._watcher = outside_changes.watch(self._database, services.history.last_change_id())
        self._add_menu_actions()
        self._show_backups_folder()
        self._watch_outside_changes()
        if self._read_only:
            window.inspection_opened.connect(self._on_window_inspection_opened)
            self._on_window_inspection_opened()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_application_about_to_quit)

    def _add_menu_actions(self) -> None:
        window = self._window
        menu = window.ui.menuFile
        before = window.ui.actionQuit
        self.back_up_action = QAction("&Back up now…", window)
        self.restore_action = QAction("&Restore from a backup…", window)
        self.folder_action = QAction("Open the bac&kups folder", window)
        self.export_action = QAction("E&xport for hand-over…", window)
        self.import_action = QAction("&Import a hand-over file…", window)
        for action in (self.back_up_action, self.restore_action, self.folder_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        for action in (self.export_action, self.import_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        self.import_action.setEnabled(not self._read_only)
        self.export_action.triggered.connect(self._on_export_triggered)
        self.import_action.triggered.connect(self._on_import_triggered)
        self.restore_action.setEnabled(not self._read_only)
        self.back_up_action.triggered.connect(self._on_back_up_triggered)
        self.restore_action.triggered.connect(self._on_restore_triggered)
        self.folder_action.triggered.connect(self._on_folder_triggered)
        from inspection_desktop.ui.shell.item_actions import ItemAction
        from inspection_desktop.ui.shell.main_window import Menu

        window.item_actions.add(
            ItemAction(
                key="item-history",
                text="Histor&y…",
                tool_tip="Every change to this item: when, old and new value, and where",
                applies_to=lambda _row: True,
                run=self._on_item_history_requested,
            )
        )
        self.meeting_history_action = QAction("&Meeting history…", window)
        window.add_menu_actions(Menu.INSPECTION, [self.meeting_history_action])
        self.meeting_history_action.triggered.connect(self._on_meeting_history_triggered)

    def _show_backups_folder(self) -> None:
        folder = backups.backups_folder(self._database)
        self.folder_label = QLabel(f"Backups: {folder}")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setToolTip("Where the automatic and hand-made backups are kept")
        self._window.statusBar().addPermanentWidget(self.folder_label)

    def _watch_outside_changes(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(OUTSIDE_CHANGES_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def pick_up_outside_changes(self) -> bool:
        """Refresh the window if another program changed the database; True if it did."""
        if not self._watcher.changed_elsewhere():
            return False
        self._services.history.mark_seen(self._watcher.newest_seen)
        log.info("changes made elsewhere picked up")
        self._window.announce(EVERYTHING_CHANGED)
        return True

    @Slot()
    def _on_window_inspection_opened(self, *_args: object) -> None:
        title = self._window.windowTitle()
        if not title.endswith(READ_ONLY_SUFFIX):
            self._window.setWindowTitle(f"{title}{READ_ONLY_SUFFIX}")

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.pick_up_outside_changes()

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.pick_up_outside_changes()

    @Slot()
    def _on_back_up_triggered(self) -> None:
        folder = backups.backups_folder(self._database)
        today = clock.today().isoformat()
        suggested = folder / f"{self._database.stem}-backup-{today}.sqlite3"
        target = dialogs.ask_save_file(self._window, "Back up now", suggested, BACKUP_FILTER)
        if target is None:
            return
        try:
            if target.exists():
                raise UserFacingError(f"{target} already exists; choose a new file name.")
            backup = backups.back_up_now(self._database, target)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Back up now", str(exc))
            return
        dialogs.show_info(self._window, "Back up now", f"Backed up to {backup.path}")

    @Slot()
    def _on_restore_triggered(self) -> None:
        found = backups.list_backups(self._database)
        if not found:
            dialogs.show_info(
                self._window,
                "Restore from a backup",
                f"There are no backups in {backups.backups_folder(self._database)} yet.",
            )
            return
        labels = [f"{when(backup)} ({backup.kind_name})" for backup in found]
        index = dialogs.ask_choice(
            self._window, "Restore from a backup", "&Backup to restore:", labels
        )
        if index is None:
            return
        chosen = found[index]
        if not dialogs.ask_yes_no(
            self._window,
            "Restore from a backup",
            f"Replace everything in the database with the backup of {when(chosen)}?\n\n"
            "The database as it is now is backed up first, so this can be undone by restoring "
            "that backup.",
        ):
            return
        try:
            kept = backups.restore(self._database, chosen.path)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Restore from a backup", str(exc))
            return
        newest = self._services.history.last_change_id()
        self._watcher.skip_to(newest)
        self._services.history.mark_seen(newest)
        current = self._services.inspections.current_inspection_id()
        if current is not None:
            self._window.open_inspection(current)  # Clears the undo stack too.
        else:
            self._window.undo_stack.clear()
        note = f"\nWhat was there before is kept in {kept.path}." if kept else ""
        dialogs.show_info(
            self._window, "Restore from a backup", f"Restored the backup of {when(chosen)}.{note}"
        )

    @Slot()
    def _on_export_triggered(self) -> None:
        from inspection_desktop.documents.safety.handover_file import write_handover

        inspection_id = self._window.inspection_id
        if inspection_id is None:
            return
        area = self._services.inspections.get_inspection(inspection_id).area
        suggested = Path.home() / f"{area} hand-over.zip"
        target = dialogs.ask_save_file(
            self._window, "Export for hand-over", suggested, HANDOVER_FILTER
        )
        if target is None:
            return
        choice = dialogs.ask_buttons(
            self._window,
            "Export for hand-over",
            "The file holds everything about this inspection, people's details included. "
            "Protect it with a passphrase if it leaves on a memory stick or by email.",
            ["Protect with a &passphrase", "&No passphrase"],
        )
        if choice is None:
            return
        passphrase = None
        if choice == 0:
            passphrase = dialogs.ask_passphrase(self._window, "Passphrase", "&Passphrase:")
            if passphrase is None:
                return
            again = dialogs.ask_passphrase(self._window, "Passphrase", "The passphrase &again:")
            if again != passphrase:
                dialogs.show_error(self._window, "Passphrase", "The passphrases differ.")
                return
        try:
            write_handover(self._services.handover, inspection_id, target, passphrase)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Export for hand-over", str(exc))
            return
        dialogs.show_info(self._window, "Export for hand-over", f"Exported {area} to {target}")

    @Slot()
    def _on_import_triggered(self) -> None:
        from inspection_desktop.documents.safety.handover_file import (
            describe,
            import_handover,
            is_encrypted,
            read_handover,
        )

        source = dialogs.ask_open_file(self._window, "Import a hand-over file", HANDOVER_FILTER)
        if source is None:
            return
        passphrase = None
        if is_encrypted(source):
            passphrase = dialogs.ask_passphrase(
                self._window, "Import a hand-over file", "This file's &passphrase:"
            )
            if passphrase is None:
                return
        folder = self._database.parent / "attachments"
        try:
            handover = read_handover(source, passphrase)
            preview = import_handover(self._services.handover, handover, folder, dry_run=True)
            if not preview.total:
                dialogs.show_info(
                    self._window,
                    "Import a hand-over file",
                    f"Nothing to add: everything in this file about {handover.area} is here.",
                )
                return
            if not dialogs.ask_yes_no(
                self._window,
                "Import a hand-over file",
                f"Add {handover.area} from this file?\n\nIt adds {describe(preview)}.",
            ):
                return
            counts = import_handover(self._services.handover, handover, folder)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Import a hand-over file", str(exc))
            return
        self._window.announce(Change("import a hand-over file", frozenset({INSPECTIONS})))
        dialogs.show_info(
            self._window,
            "Import a hand-over file",
            f"Added {describe(counts)}. Open it with File › Open inspection.",
        )

    @Slot()
    def _on_folder_triggered(self) -> None:
        folder = backups.backups_folder(self._database)
        if not folder.is_dir():
            dialogs.show_info(
                self._window, "Backups folder", f"No backups yet; they go in {folder}."
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _on_item_history_requested(self, row: PlanRow) -> None:
        self._show_history(row.title, self._services.history.item_history(row.id))

    @Slot()
    def _on_meeting_history_triggered(self) -> None:
        inspection_id = self._window.inspection_id
        if inspection_id is None:
            return
        meetings = self._services.meetings.list_meetings(inspection_id)
        if not meetings:
            dialogs.show_info(self._window, "Meeting history", "This inspection has no meetings.")
            return
        index = dialogs.ask_choice(
            self._window, "Meeting history", "&Meeting:", [meeting.title for meeting in meetings]
        )
        if index is None:
            return
        meeting = meetings[index]
        self._show_history(meeting.title, self._services.history.meeting_history(meeting.id))

    def _show_history(self, subject: str, entries: list[backups.HistoryEntry]) -> None:
        from inspection_desktop.ui.safety.history_dialog import HistoryDialog

        dialog = HistoryDialog(subject, entries, self._window)
        dialog.resize(min(1200, self._window.width() - 40), 480)
        dialog.exec()

    @Slot()
    def _on_application_about_to_quit(self) -> None:
        self.timer.stop()
        self._watcher.close()
        if self._read_only:
            return
        try:
            backups.back_up_on_close(Path(self._database))
        except UserFacingError:
            log.warning("no backup on close")
