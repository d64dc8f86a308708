"""The Letters section: choose a template and recipients, step through each letter, produce the
files off the UI thread, and see the record of letters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QThread, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from inspection_desktop.documents.letters.letter_files import WrittenRun, combined_paths
from inspection_desktop.domain.letters.fields import MissingField
from inspection_desktop.domain.letters.merge import (
    Letter,
    LetterRun,
    MergeData,
    Recipient,
    check_merge,
    fill_letter,
)
from inspection_desktop.domain.letters.templates import LetterTemplate
from inspection_desktop.domain.marking import MARKINGS, clean_marking
from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import SORT_KEY_ROLE
from inspection_desktop.ui.forms.ui_letters_section import Ui_LettersSection
from inspection_desktop.ui.letters.letter_preview import letter_html, problems_html
from inspection_desktop.ui.letters.letterhead_dialog import LetterheadDialog
from inspection_desktop.ui.letters.letters_worker import LettersWorker, start_worker
from inspection_desktop.ui.letters.recipients_model import (
    RecipientRow,
    RecipientsFilter,
    RecipientsModel,
)
from inspection_desktop.ui.letters.record_model import (
    COLUMN_FORMAT,
    COLUMN_LETTER,
    COLUMN_TO,
    COLUMN_VERSION,
    COLUMN_WHEN,
    RecordModel,
)
from inspection_desktop.ui.letters.template_dialog import LetterTemplateDialog
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.letters import LETTERS, catalogue
from inspection_desktop.usecases.letters import recipients as pick
from inspection_desktop.usecases.letters.letterhead import save_letterhead
from inspection_desktop.usecases.letters.merge_run import (
    LetterJob,
    meeting_for,
    merge_data,
    not_yet_sent,
    prepare_run,
    record_run,
    ticked_item,
)
from inspection_desktop.usecases.services import Services

_ATTENDANCE_CHOICES = (
    ("everyone invited", None),
    ("those present", Attendance.PRESENT),
    ("those sending apologies", Attendance.APOLOGIES),
)


class LettersSection(QWidget):
    """Letters to many people at once, each looked at first, then written as PDF or Word."""

    run_ended = Signal(str)
    """"written", "cancelled" or "failed", once a run of letters is over."""

    def __init__(
        self,
        services: Services,
        push_change: Callable[[Change], None],
        announce: Callable[[Change], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LettersSection()
        self.ui.setupUi(self)
        self._services = services
        # The window's undo stack and the other sections hear of changes through these.
        self._push_change = push_change
        self._announce = announce
        self._inspection_id: int | None = None
        self._templates: list[LetterTemplate] = []
        self._data: MergeData | None = None
        self._data_for: tuple[str, int, int | None] | None = None
        self._position = 0
        self._problems: list[MissingField] = []
        self._thread: QThread | None = None
        self._worker: LettersWorker | None = None
        self._job: LetterJob | None = None
        # Who the template's usual roles ticked, so a change of template can replace them.
        self._usual: list[Recipient] = []
        self._recipients = RecipientsModel(self)
        self._filter = RecipientsFilter(self)
        self._filter.setSourceModel(self._recipients)
        self.ui.recipientsView.setModel(self._filter)
        self._record = RecordModel(self)
        record_proxy = QSortFilterProxyModel(self)
        record_proxy.setSourceModel(self._record)
        record_proxy.setSortRole(SORT_KEY_ROLE)
        self.ui.recordView.setModel(record_proxy)
        self._set_up_widgets()
        self._connect_signals()
        self._show_busy(False)
        self.ui.previewBrowser.setHtml("<p>Open an inspection to write its letters.</p>")

    # Set-up ------------------------------------------------------------------------------

    def _set_up_widgets(self) -> None:
        ui = self.ui
        ui.markingCombo.addItems(list(MARKINGS))
        for text, _ in _ATTENDANCE_CHOICES:
            ui.attendanceCombo.addItem(text)
        view = ui.recordView
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (COLUMN_TO, 150),
            (COLUMN_LETTER, 190),
            (COLUMN_WHEN, 130),
            (COLUMN_VERSION, 60),
            (COLUMN_FORMAT, 60),
        ):
            header.resizeSection(column, width)
        view.sortByColumn(COLUMN_WHEN, Qt.SortOrder.DescendingOrder)
        ui.contentsSplitter.setStretchFactor(0, 2)
        ui.contentsSplitter.setStretchFactor(1, 3)
        self._previous_shortcut = QShortcut(QKeySequence("Alt+Left"), self)
        self._next_shortcut = QShortcut(QKeySequence("Alt+Right"), self)
        for shortcut in (self._previous_shortcut, self._next_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.templateCombo.currentIndexChanged.connect(self._on_template_combo_changed)
        ui.meetingCombo.currentIndexChanged.connect(self._on_meeting_combo_changed)
        ui.copyButton.clicked.connect(self._on_copy_button_clicked)
        ui.editButton.clicked.connect(self._on_edit_button_clicked)
        ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        ui.tickRoleButton.clicked.connect(self._on_tick_role_button_clicked)
        ui.tickMeetingButton.clicked.connect(self._on_tick_meeting_button_clicked)
        ui.untickButton.clicked.connect(self._on_untick_button_clicked)
        ui.filterEdit.textChanged.connect(self._filter.set_text)
        self._recipients.dataChanged.connect(self._on_recipients_changed)
        self._recipients.rowsInserted.connect(self._on_recipients_changed)
        ui.previousButton.clicked.connect(self._on_previous_button_clicked)
        ui.nextButton.clicked.connect(self._on_next_button_clicked)
        self._previous_shortcut.activated.connect(self._on_previous_button_clicked)
        self._next_shortcut.activated.connect(self._on_next_button_clicked)
        ui.letterheadButton.clicked.connect(self._on_letterhead_button_clicked)
        ui.produceButton.clicked.connect(self._on_produce_button_clicked)
        ui.cancelButton.clicked.connect(self._on_cancel_button_clicked)
        for check in (ui.pdfCheck, ui.wordCheck):
            check.toggled.connect(self._on_format_toggled)

    # Public API --------------------------------------------------------------------------

    def set_inspection(self, inspection_id: int) -> None:
        """Show another inspection's templates, people and record."""
        self._inspection_id = inspection_id
        self._recipients.untick_all()
        self.reload()

    @property
    def recipients_model(self) -> RecipientsModel:
        """The people the letter can go to, with their ticks."""
        return self._recipients

    @property
    def record_model(self) -> RecordModel:
        """The record of letters on screen."""
        return self._record

    def reload(self) -> None:
        """Read the templates, register, meetings and record again (the tab was shown)."""
        if self._inspection_id is None:
            return
        try:
            self._reload(self._inspection_id)
        except UserFacingError as exc:
            dialogs.show_error(self, "Cannot read the letters", str(exc))

    def select_template(self, key: str) -> bool:
        """Choose a template by key; False if there is none."""
        index = next((i for i, t in enumerate(self._templates) if t.key == key), -1)
        if index >= 0:
            self.ui.templateCombo.setCurrentIndex(index)
        return index >= 0

    def current_template(self) -> LetterTemplate | None:
        """The template chosen."""
        index = self.ui.templateCombo.currentIndex()
        return self._templates[index] if 0 <= index < len(self._templates) else None

    def preview_letter(self) -> Letter | None:
        """The letter the preview shows now, if one can be shown."""
        chosen = self._recipients.chosen()
        template, data = self.current_template(), self._merge_data()
        if template is None or data is None or self._problems or not chosen:
            return None
        return fill_letter(template, data, chosen[min(self._position, len(chosen) - 1)])

    def stop_run(self) -> None:
        """Cancel a run still writing (the window is closing) and wait for it: nothing is left."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    # Reading -----------------------------------------------------------------------------

    def _reload(self, inspection_id: int) -> None:
        services = self._services
        current = self.current_template()
        self._templates = catalogue.templates(services, inspection_id)
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for template in self._templates:
            combo.addItem(template.title if template.shipped else f"{template.title} (yours)")
        combo.blockSignals(False)
        roles = services.contacts.roles
        holders = services.contacts.role_holders(inspection_id)
        self.ui.roleCombo.clear()
        for role in roles:
            count = len(holders.get(role.key, ()))
            self.ui.roleCombo.addItem(f"{role.name} ({count})", role.key)
        meetings = services.meetings.list_meetings(inspection_id)
        for meeting_combo, empty in (
            (self.ui.meetingCombo, "No meeting"),
            (self.ui.attendeesCombo, None),
        ):
            meeting_combo.blockSignals(True)
            chosen_id = meeting_combo.currentData()
            meeting_combo.clear()
            if empty:
                meeting_combo.addItem(empty, None)
            for summary in meetings:
                week = f"Week {summary.week}: " if summary.week else ""
                meeting_combo.addItem(f"{week}{summary.title}", summary.id)
            found = meeting_combo.findData(chosen_id)
            meeting_combo.setCurrentIndex(max(found, 0))
            meeting_combo.blockSignals(False)
        contacts = services.contacts.contacts(inspection_id)
        self._recipients.set_rows(
            [
                RecipientRow(pick.recipient_of(row), row.role_names(roles))
                for row in contacts
                if not any(roles.get(k).young_person for k in row.roles if k in roles)
            ]
        )
        self._record.set_rows(services.letters.sent(inspection_id))
        self._data_for = None
        if current is None or not self.select_template(current.key):
            combo.setCurrentIndex(0)
        self._template_chosen(keep_choices=current is not None)

    def _merge_data(self) -> MergeData | None:
        template = self.current_template()
        if template is None or self._inspection_id is None:
            return None
        meeting_id = self.ui.meetingCombo.currentData()
        wanted = (template.key, template.version, meeting_id)
        if self._data is None or self._data_for != wanted:
            self._data = merge_data(self._services, self._inspection_id, template, meeting_id)
            self._data_for = wanted
        return self._data

    # Choosing ----------------------------------------------------------------------------

    def _template_chosen(self, *, keep_choices: bool = False) -> None:
        template = self.current_template()
        ui = self.ui
        if template is None or self._inspection_id is None:
            return
        ui.templateNote.setText(template.description or "Your own copy of a letter.")
        ui.editButton.setEnabled(not template.shipped)
        ui.removeButton.setEnabled(not template.shipped)
        if not keep_choices:
            meeting_id = meeting_for(self._services, self._inspection_id, template)
            ui.meetingCombo.blockSignals(True)
            ui.meetingCombo.setCurrentIndex(max(ui.meetingCombo.findData(meeting_id), 0))
            ui.meetingCombo.blockSignals(False)
            ui.markingCombo.setCurrentText(template.marking)
            self._tick_usual_recipients(template)
        item_id = ticked_item(self._services, self._inspection_id, template)
        ui.tickCheck.setVisible(item_id is not None)
        if item_id is not None:
            title = self._services.inspections.plan_row(item_id).title
            ui.tickCheck.setText(f"Mark “{title}” done")
            ui.tickCheck.setChecked(True)
        self._position = 0
        self._update_preview()

    def _tick_usual_recipients(self, template: LetterTemplate) -> None:
        """Tick the template's usual recipients, unless the co-ordinator has chosen others."""
        assert self._inspection_id is not None
        ui = self.ui
        if template.to_roles:
            ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(template.to_roles[0]), 0))
        chosen = self._recipients.chosen()
        if chosen and chosen != self._usual:
            return
        usual = pick.by_role(self._services, self._inspection_id, template.to_roles)
        self._recipients.blockSignals(True)
        self._recipients.untick_all()
        self._recipients.blockSignals(False)
        self._recipients.tick(usual)
        self._usual = self._recipients.chosen()

    def _update_preview(self) -> None:
        ui = self.ui
        template, data = self.current_template(), self._merge_data()
        chosen = self._recipients.chosen()
        self._problems = check_merge(template, data, chosen) if template and data else []
        self._position = min(self._position, max(len(chosen) - 1, 0))
        ui.chosenLabel.setText(self._chosen_text(chosen))
        ui.warningLabel.setVisible(False)
        if template is None or data is None:
            ui.previewBrowser.setHtml("<p>There are no letter templates.</p>")
        elif not chosen:
            ui.previewBrowser.setHtml(
                "<p>Tick the people this letter goes to: by role, by a meeting's invitation, "
                "or one by one in the list.</p>"
            )
        elif self._problems:
            ui.previewBrowser.setHtml(problems_html(self._problems))
        else:
            letter = fill_letter(template, data, chosen[self._position])
            ui.previewBrowser.setHtml(letter_html(letter, self._run_for(template, data)))
            if letter.warnings:
                ui.warningLabel.setText(" ".join(letter.warnings))
                ui.warningLabel.setVisible(True)
        count = len(chosen)
        if count and not self._problems and template is not None:
            name = chosen[self._position].name or "(no name)"
            ui.positionLabel.setText(f"Letter {self._position + 1} of {count}: {name}")
        else:
            ui.positionLabel.setText("")
        ui.previousButton.setEnabled(self._position > 0 and not self._problems)
        ui.nextButton.setEnabled(self._position < count - 1 and not self._problems)
        self._update_not_sent(template, chosen)
        self._update_produce_button()

    def _chosen_text(self, chosen: Sequence[Recipient]) -> str:
        if self._recipients.rowCount() == 0:
            return "The register has nobody in it yet: add people under People."
        if not chosen:
            return "Nobody ticked yet."
        no_address = [r.name for r in chosen if not r.address.strip()]
        text = f"{len(chosen)} {'person' if len(chosen) == 1 else 'people'} ticked."
        if no_address:
            text += f" No address for: {', '.join(no_address[:6])}"
            text += "…" if len(no_address) > 6 else "."
        return text

    def _run_for(self, template: LetterTemplate, data: MergeData) -> LetterRun:
        marking = clean_marking(self.ui.markingCombo.currentText() or template.marking)
        return LetterRun(data.partnership, data.letterhead, marking, template.title)

    def _update_not_sent(self, template: LetterTemplate | None, chosen: list[Recipient]) -> None:
        if template is None or self._inspection_id is None or not chosen:
            self.ui.notSentLabel.setText("Letters produced are recorded here.")
            return
        missing = not_yet_sent(self._services, self._inspection_id, template.key, chosen)
        if not missing:
            text = f"Everyone ticked has had “{template.title}”."
        else:
            names = ", ".join(r.name for r in missing[:8]) + ("…" if len(missing) > 8 else "")
            text = f"Not yet sent “{template.title}”: {names}."
        self.ui.notSentLabel.setText(text)

    def _formats(self) -> list[str]:
        return [
            fmt
            for fmt, check in (("pdf", self.ui.pdfCheck), ("docx", self.ui.wordCheck))
            if check.isChecked()
        ]

    def _update_produce_button(self) -> None:
        ready = bool(self._recipients.chosen()) and not self._problems and bool(self._formats())
        self.ui.produceButton.setEnabled(ready and self._thread is None)

    def _show_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy)
        ui.cancelButton.setVisible(busy)
        ui.cancelButton.setEnabled(busy)
        for widget in (ui.choosePane, ui.letterheadButton, ui.pdfCheck, ui.wordCheck):
            widget.setEnabled(not busy)
        if busy:
            ui.progressBar.setValue(0)
        self._update_produce_button()

    # Slots -------------------------------------------------------------------------------

    @Slot(int)
    def _on_template_combo_changed(self, _index: int) -> None:
        self._template_chosen()

    @Slot(int)
    def _on_meeting_combo_changed(self, _index: int) -> None:
        self._update_preview()

    @Slot()
    def _on_recipients_changed(self, *_args: object) -> None:
        self._update_preview()

    @Slot(bool)
    def _on_format_toggled(self, _checked: bool) -> None:
        self._update_produce_button()

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._update_preview()

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self._position < len(self._recipients.chosen()) - 1:
            self._position += 1
            self._update_preview()

    @Slot()
    def _on_tick_role_button_clicked(self) -> None:
        role_key = self.ui.roleCombo.currentData()
        if self._inspection_id is None or role_key is None:
            return
        found = pick.by_role(self._services, self._inspection_id, [role_key])
        if not found:
            name = self._services.contacts.roles.name_of(role_key)
            dialogs.show_info(
                self, "Nobody to tick", f"Nobody is the {name} yet: add them in People."
            )
        self._recipients.tick(found)

    @Slot()
    def _on_tick_meeting_button_clicked(self) -> None:
        meeting_id = self.ui.attendeesCombo.currentData()
        if meeting_id is None:
            return
        attendance = _ATTENDANCE_CHOICES[self.ui.attendanceCombo.currentIndex()][1]
        found = pick.by_meeting(self._services, meeting_id, attendance)
        if not found:
            dialogs.show_info(self, "Nobody to tick", "Nobody of those is on the meeting's list.")
        self._recipients.tick(found)

    @Slot()
    def _on_untick_button_clicked(self) -> None:
        self._recipients.untick_all()

    @Slot()
    def _on_letterhead_button_clicked(self) -> None:
        if self._inspection_id is None:
            return
        dialog = LetterheadDialog(self._services.letters.letterhead(self._inspection_id), self)
        if dialog.exec() != LetterheadDialog.DialogCode.Accepted:
            return
        try:
            change = save_letterhead(self._services, self._inspection_id, dialog.letterhead())
        except UserFacingError as exc:
            dialogs.show_error(self, "The letterhead was not saved", str(exc))
            return
        self._push(change)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        template = self.current_template()
        if template is None or self._inspection_id is None:
            return
        title = dialogs.ask_text(
            self, "Copy the letter", "Title of your copy:", f"{template.title} (own copy)"
        )
        if title is None:
            return
        try:
            copy, change = catalogue.copy_template(
                self._services, self._inspection_id, template, title
            )
        except UserFacingError as exc:
            dialogs.show_error(self, "The letter was not copied", str(exc))
            return
        self._push(change)
        self.select_template(copy.key)
        self._on_edit_button_clicked()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        template = self.current_template()
        if template is None or template.shipped:
            return
        dialog = LetterTemplateDialog(template, self)
        if dialog.exec() != LetterTemplateDialog.DialogCode.Accepted:
            return
        try:
            change = catalogue.save_template(self._services, dialog.template())
        except UserFacingError as exc:
            dialogs.show_error(self, "The letter was not saved", str(exc))
            return
        self._push(change)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        template = self.current_template()
        if template is None or template.shipped or self._inspection_id is None:
            return
        question = f"Remove your letter “{template.title}”? Edit › Undo puts it back."
        if not dialogs.ask_yes_no(self, "Remove the letter", question):
            return
        try:
            change = catalogue.delete_template(self._services, self._inspection_id, template)
        except UserFacingError as exc:
            dialogs.show_error(self, "The letter was not removed", str(exc))
            return
        self._push(change)

    @Slot()
    def _on_produce_button_clicked(self) -> None:
        template = self.current_template()
        if template is None or self._inspection_id is None or self._thread is not None:
            return
        folder = dialogs.ask_folder(self, "Folder for the letters")
        if folder is None:
            return
        formats = self._formats()
        joined = folder / f"00 All letters - {template.key}.pdf"
        combined = joined if self.ui.joinedCheck.isChecked() else None
        try:
            job = prepare_run(
                self._services,
                self._inspection_id,
                template,
                self._recipients.chosen(),
                meeting_id=self.ui.meetingCombo.currentData(),
                marking=self.ui.markingCombo.currentText(),
            )
        except UserFacingError as exc:
            dialogs.show_error(self, "The letters cannot be produced yet", str(exc))
            return
        existing = [p for p in combined_paths(combined, formats) if p.exists()]
        if existing and not dialogs.ask_yes_no(
            self, "Replace the joined file?", f"{existing[0].name} is there already. Replace it?"
        ):
            return
        self._start(job, folder, formats, combined)

    def _start(
        self, job: LetterJob, folder: Path, formats: Sequence[str], combined: Path | None
    ) -> None:
        self._job = job
        worker = LettersWorker(job, folder, formats, combined, self.ui.coverCheck.isChecked())
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self._thread = start_worker(worker, self)
        self._thread.finished.connect(self._on_thread_finished)
        self._show_busy(True)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressBar.setFormat("Cancelling…")

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, message: str) -> None:
        bar = self.ui.progressBar
        bar.setMaximum(max(total, 1))
        bar.setValue(done)
        bar.setFormat(message)

    @Slot(object)
    def _on_worker_finished(self, written: WrittenRun) -> None:
        job, inspection_id = self._job, self._inspection_id
        self._show_busy(False)
        if job is None or inspection_id is None:
            return
        try:
            change = record_run(
                self._services,
                inspection_id,
                job,
                written.files,
                tick=self.ui.tickCheck.isVisible() and self.ui.tickCheck.isChecked(),
            )
        except UserFacingError as exc:
            dialogs.show_error(self, "The letters were written but not recorded", str(exc))
            self.run_ended.emit("failed")
            return
        self._push(change)
        self.run_ended.emit("written")
        folder = written.files[0].path.parent if written.files else None
        text = f"{len(job.letters)} letters written to {folder}."
        if written.combined:
            text += f" All of them are in {written.combined[0].name}. Open it now?"
            if dialogs.ask_yes_no(self, "Letters written", text):
                dialogs.open_with_default_app(written.combined[0])
        else:
            dialogs.show_info(self, "Letters written", text)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        self._show_busy(False)
        dialogs.show_error(self, "The letters were not written", message)
        self.run_ended.emit("failed")

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._show_busy(False)
        self.run_ended.emit("cancelled")

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        self._thread = None
        self._worker = None
        self._update_produce_button()

    # Changes ---------------------------------------------------------------------------

    def _push(self, change: Change) -> None:
        """Undoable changes go on the window's stack; either way the window hears of it."""
        if change.can_undo:
            self._push_change(change)
        else:
            self._announce(change)
        if LETTERS not in change.kinds:
            self.reload()
