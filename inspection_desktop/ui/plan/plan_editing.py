"""The plan as the co-ordinator's own tracker, in the window: add, edit, delete and bring back
items, bulk owner and week, import a tracker, export and print the plan, and edit, archive or
delete the inspection itself. Every change goes through a use case and onto the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemOrigin
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.plan import item_edits

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from inspection_desktop.ui.plan.plan_section import PlanSection
    from inspection_desktop.ui.shell.main_window import MainWindow
    from inspection_desktop.usecases.services import Services

EXPORT_FILTER = "Excel workbook (*.xlsx);;CSV for Excel (*.csv);;PDF, A4 landscape (*.pdf)"
DEFAULT_MARKING = "OFFICIAL-SENSITIVE"


def _action(parent: QObject, text: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class PlanEditing(QObject):
    """The plan's editing, import, export and print commands, for one window."""

    def __init__(self, window: MainWindow, section: PlanSection, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._section = section
        self._services = services
        self.marking = DEFAULT_MARKING
        self.action_add = _action(self, "Add an item of your &own…", "Ins")
        self.action_edit = _action(self, "&Edit item…", "F2")
        self.action_delete = _action(self, "De&lete item", "Del")
        self.action_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        section.ui.checklistView.addAction(self.action_delete)
        # Insert and F2 belong to the plan: on the People or Meetings tab they must not open
        # a checklist item.
        for action in (self.action_add, self.action_edit):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            section.addAction(action)
        self.action_bring_back = _action(self, "&Bring back a deleted item…")
        self.action_owner = _action(self, "Give selected items an o&wner…")
        self.action_week = _action(self, "Put selected items in a wee&k…")
        self.action_import = _action(self, "Import a trac&ker…")
        self.action_export = _action(self, "&Export plan…", "Ctrl+E")
        self.action_export_timeline = _action(self, "Export ti&meline as PDF…")
        self.action_print = _action(self, "&Print plan…", "Ctrl+P")
        self.action_preview = _action(self, "Print pre&view…", "Ctrl+Shift+P")
        self.action_edit_inspection = _action(self, "&Edit the inspection…")
        self.action_archive = _action(self, "&Archive this inspection…")
        self.action_delete_inspection = _action(self, "&Delete this inspection…")
        self.action_show_key = _action(self, "Show the timeline's &key")
        self.action_show_key.setCheckable(True)
        self.action_show_key.setChecked(True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action_add.triggered.connect(self._on_add_triggered)
        self.action_edit.triggered.connect(self._on_edit_triggered)
        self.action_delete.triggered.connect(self._on_delete_triggered)
        self.action_bring_back.triggered.connect(self._on_bring_back_triggered)
        self.action_owner.triggered.connect(self._on_owner_triggered)
        self.action_week.triggered.connect(self._on_week_triggered)
        self.action_import.triggered.connect(self._on_import_triggered)
        self.action_export.triggered.connect(self._on_export_triggered)
        self.action_export_timeline.triggered.connect(self._on_export_timeline_triggered)
        self.action_print.triggered.connect(self._on_print_triggered)
        self.action_preview.triggered.connect(self._on_preview_triggered)
        self.action_edit_inspection.triggered.connect(self._on_edit_inspection_triggered)
        self.action_archive.triggered.connect(self._on_archive_triggered)
        self.action_delete_inspection.triggered.connect(self._on_delete_inspection_triggered)
        self._section.ui.checklistView.doubleClicked.connect(self._on_checklist_double_clicked)
        # Folding the key away gives its lines to the timeline (a small screen needs them).
        self.action_show_key.toggled.connect(self._section.show_key)

    # Helpers -----------------------------------------------------------------------------

    @property
    def _inspection_id(self) -> int | None:
        return self._window.inspection_id

    def _push(self, change: Change) -> None:
        self._window.push_change(change)

    def _run(self, title: str, make: object) -> Change | None:
        """Run a use case; a refusal is a message, not a crash."""
        try:
            change = make() if callable(make) else None
        except UserFacingError as exc:
            dialogs.show_error(self._window, title, str(exc))
            return None
        if isinstance(change, Change):
            self._push(change)
            return change
        return None

    def _people(self) -> list[tuple[int, str]]:
        if self._inspection_id is None:
            return []
        return [(c.id, c.name) for c in self._services.contacts.contacts(self._inspection_id)]

    def _item_dialog(
        self, draft: ItemDraft | None, save: object, origin: ItemOrigin | None, guide: str | None
    ) -> None:
        from inspection_desktop.ui.plan.item_editor_dialog import ItemEditorDialog

        dialog = ItemEditorDialog(
            self._services.inspections.roles,
            self._people(),
            self._section.plan_calendar(),
            save,  # type: ignore[arg-type]
            draft,
            origin,
            guide,
            self._window,
        )
        dialog.exec()

    def _guide_title(self, key: str) -> str | None:
        if self._inspection_id is None:
            return None
        template = self._services.inspections.template_of(self._inspection_id)
        return next((item.title for item in template.items if item.key == key), None)

    # Items -------------------------------------------------------------------------------

    @Slot()
    def _on_add_triggered(self) -> None:
        inspection_id = self._inspection_id
        if inspection_id is None:
            return

        def save(draft: ItemDraft) -> None:
            change = item_edits.add_item(self._services, inspection_id, draft)
            self._push(change)
            (item_id,) = change.items
            self._section.select_item(item_id)

        self._window.show_section(self._section)
        self._item_dialog(None, save, None, None)

    @Slot()
    def _on_edit_triggered(self) -> None:
        item_id = self._section.selected_item_id()
        row = self._section.plan_row(item_id)
        if item_id is None or row is None:
            dialogs.show_info(self._window, "Edit item", "Select an item in the checklist first.")
            return

        def save(draft: ItemDraft) -> None:
            self._push(item_edits.edit_item(self._services, item_id, draft))

        try:
            draft = item_edits.item_draft(self._services, item_id)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Edit item", str(exc))
            return
        self._item_dialog(draft, save, row.origin, self._guide_title(row.key))

    @Slot()
    def _on_checklist_double_clicked(self) -> None:
        if self._section.selected_item_id() is not None:
            self._on_edit_triggered()

    @Slot()
    def _on_delete_triggered(self) -> None:
        ids = self._section.selected_item_ids()
        if not ids:
            dialogs.show_info(self._window, "Delete", "Select one or more items first.")
            return
        change = self._run("Not deleted", lambda: item_edits.delete_items(self._services, ids))
        if change is not None:
            self._window.show_status(
                f"Deleted {len(ids)} item{'s' if len(ids) != 1 else ''}: Ctrl+Z puts "
                f"{'them' if len(ids) != 1 else 'it'} back, or Item › Bring back a deleted item.",
                8000,
            )

    @Slot()
    def _on_bring_back_triggered(self) -> None:
        if self._inspection_id is None:
            return
        rows = item_edits.deleted_rows(self._services, self._inspection_id)
        if not rows:
            dialogs.show_info(
                self._window, "Bring back a deleted item", "No items have been deleted."
            )
            return
        labels = [f"Week {row.week}: {row.title} ({row.origin.label})" for row in rows]
        chosen = dialogs.ask_choice(
            self._window, "Bring back a deleted item", "Deleted items:", labels
        )
        if chosen is None:
            return
        item_id = rows[chosen].id
        if self._run(
            "Not brought back", lambda: item_edits.bring_back_items(self._services, [item_id])
        ):
            self._section.select_item(item_id)

    @Slot()
    def _on_owner_triggered(self) -> None:
        ids = self._section.selected_item_ids()
        if not ids:
            dialogs.show_info(self._window, "Owner", "Select one or more items first.")
            return
        roles = list(self._services.inspections.roles)
        chosen = dialogs.ask_choice(
            self._window, "Give an owner", f"Owner of {len(ids)} item(s):", [r.name for r in roles]
        )
        if chosen is not None:
            role = roles[chosen].key
            self._run(
                "Owner not changed", lambda: item_edits.set_items_owner(self._services, ids, role)
            )

    @Slot()
    def _on_week_triggered(self) -> None:
        ids = self._section.selected_item_ids()
        if not ids:
            dialogs.show_info(self._window, "Week", "Select one or more items first.")
            return
        first = self._section.plan_row(ids[0])
        from PySide6.QtWidgets import QInputDialog

        week, ok = QInputDialog.getInt(
            self._window,
            "Put in a week",
            f"Week for {len(ids)} item(s):",
            first.week if first else 1,
            1,
            60,
        )
        if ok:
            self._run(
                "Week not changed", lambda: item_edits.set_items_week(self._services, ids, week)
            )

    # Import ------------------------------------------------------------------------------

    @Slot()
    def _on_import_triggered(self) -> None:
        from inspection_desktop.documents.plan.tracker_import import plan_context, read_tracker
        from inspection_desktop.ui.plan.tracker_import_dialog import TrackerImportDialog

        inspection_id = self._inspection_id
        if inspection_id is None:
            return
        path = dialogs.ask_open_file(
            self._window, "Import a tracker", "Trackers (*.csv *.xlsx *.xlsm);;All files (*)"
        )
        if path is None:
            return
        try:
            table = read_tracker(path)
            context = plan_context(self._services, inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Cannot read the tracker", str(exc))
            return
        dialog = TrackerImportDialog(table, context, self._window)
        if dialog.exec() != TrackerImportDialog.DialogCode.Accepted:
            return
        keyed = [(row.key, row.draft) for row in dialog.accepted_rows]
        change = self._run(
            "Not imported", lambda: item_edits.import_items(self._services, inspection_id, keyed)
        )
        if change is not None:
            refused = len(dialog.preview.refused)
            self._window.show_status(
                f"Imported {len(keyed)} item(s); {refused} row(s) refused. Ctrl+Z takes the "
                "import back.",
                8000,
            )

    # Export and print --------------------------------------------------------------------

    def _export(self) -> object | None:
        from inspection_desktop.documents.plan.plan_export import plan_export

        if self._inspection_id is None:
            return None
        try:
            return plan_export(self._services, self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Cannot read the plan", str(exc))
            return None

    def _suggested(self, suffix: str, stem: str = "plan") -> Path:
        from inspection_desktop.paths import user_documents_dir

        return user_documents_dir() / f"{stem}.{suffix}"

    @Slot()
    def _on_export_triggered(self) -> None:
        from inspection_desktop.documents.plan.plan_files import write_plan

        export = self._export()
        if export is None:
            return
        path = dialogs.ask_save_file(
            self._window, "Export the plan", self._suggested("xlsx"), EXPORT_FILTER
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        fmt = path.suffix.casefold().lstrip(".")
        marking = self.marking
        if fmt == "pdf":
            asked = self._ask_marking()
            if asked is None:
                return
            marking = asked
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_plan(export, path, fmt, marking)  # type: ignore[arg-type]
        except UserFacingError as exc:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self._window, "Plan not exported", str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        self._window.show_status(f"Plan exported to {path}", 8000)

    def _ask_marking(self) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self._window,
            "Protective marking",
            "Marking printed at the top and foot of every page (leave blank for none):",
            text=self.marking,
        )
        if not ok:
            return None
        self.marking = " ".join(text.split())
        return self.marking

    @Slot()
    def _on_export_timeline_triggered(self) -> None:
        from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
        from inspection_desktop.documents.plan.timeline_pdf import render_timeline_pdf

        export = self._export()
        if export is None:
            return
        path = dialogs.ask_save_file(
            self._window, "Export the timeline", self._suggested("pdf", "timeline"), "PDF (*.pdf)"
        )
        if path is None:
            return
        marking = self._ask_marking()
        if marking is None:
            return
        try:
            write_bytes_atomically(path, render_timeline_pdf(export, marking))  # type: ignore[arg-type]
        except UserFacingError as exc:
            dialogs.show_error(self._window, "Timeline not exported", str(exc))
            return
        self._window.show_status(f"Timeline exported to {path}", 8000)

    def plan_pdf(self) -> bytes | None:
        """The plan as the printed PDF, or None (with a message) when it cannot be read."""
        from inspection_desktop.documents.plan.plan_pdf import render_plan_pdf

        export = self._export()
        if export is None:
            return None
        return render_plan_pdf(export, self.marking)  # type: ignore[arg-type]

    @Slot()
    def _on_preview_triggered(self) -> None:
        from inspection_desktop.ui.common.pdf_preview_dialog import PdfPreviewDialog

        data = self.plan_pdf()
        if data is None:
            return
        dialog = PdfPreviewDialog(data, "The plan", "plan.pdf", self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(min(1100, self._window.width()), max(560, self._window.height() - 40))
        dialog.open()

    @Slot()
    def _on_print_triggered(self) -> None:
        from PySide6.QtGui import QPageLayout

        from inspection_desktop.ui.common.pdf_printing import (
            ask_printer,
            page_count_of,
            print_pdf_bytes,
        )

        data = self.plan_pdf()
        if data is None:
            return
        printer: QPrinter | None = ask_printer(self._window, page_count_of(data), "the plan")
        if printer is None:
            return
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        try:
            print_pdf_bytes(data, printer)
        except OSError as exc:
            dialogs.show_error(self._window, "Not printed", str(exc))

    # The inspection ----------------------------------------------------------------------

    @Slot()
    def _on_edit_inspection_triggered(self) -> None:
        from inspection_desktop.ui.plan.inspection_edit_dialog import InspectionEditDialog
        from inspection_desktop.usecases.plan.inspection_edits import date_moves, edit_inspection

        inspection_id = self._inspection_id
        if inspection_id is None:
            return
        inspection = self._services.inspections.get_inspection(inspection_id)
        dialog = InspectionEditDialog(
            inspection,
            lambda day: date_moves(self._services, inspection_id, day),
            self._window,
        )
        if dialog.exec() != InspectionEditDialog.DialogCode.Accepted:
            return
        if self._run(
            "Inspection not saved",
            lambda: edit_inspection(self._services, inspection_id, dialog.area, dialog.notified_on),
        ):
            self._window.open_inspection(inspection_id)

    @Slot()
    def _on_archive_triggered(self) -> None:
        from inspection_desktop.usecases.plan.inspection_edits import archive_inspection

        self._confirm_then_leave(
            "Archive the inspection",
            "Archive the inspection of {name}? It stays in the file but no longer opens "
            "when the app starts. Inspection › Open shows it again.",
            archive_inspection,
            "Not archived",
        )

    @Slot()
    def _on_delete_inspection_triggered(self) -> None:
        from inspection_desktop.usecases.plan.inspection_edits import delete_inspection

        self._confirm_then_leave(
            "Delete the inspection",
            "Delete the inspection of {name} with its plan, people and meetings? This cannot "
            "be undone. (Archive keeps it instead.)",
            delete_inspection,
            "Not deleted",
        )

    def _confirm_then_leave(
        self,
        title: str,
        question: str,
        use_case: Callable[[Services, int], object],
        refused_title: str,
    ) -> None:
        """Ask first (``{name}`` is the partnership); then run it and open another inspection."""
        inspection_id = self._inspection_id
        if inspection_id is None:
            return
        name = self._services.inspections.get_inspection(inspection_id).area
        if not dialogs.ask_yes_no(self._window, title, question.format(name=name)):
            return
        try:
            use_case(self._services, inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self._window, refused_title, str(exc))
            return
        self._open_another()

    def _open_another(self) -> None:
        """After archiving or deleting: open the most recent other inspection; with none left,
        offer to start one, and open the demo if that is cancelled, so the window never shows
        an inspection that has gone."""
        gone = self._window.inspection_id
        self._window.undo_stack.clear()
        remaining = self._services.inspections.current_inspection_id()
        if remaining is not None:
            self._window.open_inspection(remaining)
            return
        self._window.ui.actionNewInspection.trigger()
        if self._window.inspection_id == gone:
            from inspection_desktop.demo.inspection import add_demo_inspection

            self._window.open_inspection(add_demo_inspection(self._services).id)
