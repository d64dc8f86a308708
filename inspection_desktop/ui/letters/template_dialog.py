"""Editing the wording of one of the co-ordinator's own letter templates."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from inspection_desktop.domain.letters.templates import LetterTemplate
from inspection_desktop.domain.marking import MARKINGS, clean_marking
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_letter_template_dialog import Ui_LetterTemplateDialog
from inspection_desktop.usecases.letters.catalogue import check_template_text

FIELDS_HELP = (
    "Fields go in double braces: {{ recipient.name }}, {{ recipient.title }}, "
    "{{ recipient.organisation }}, {{ partnership }}, {{ meeting.date }}, {{ meeting.time }}, "
    "{{ meeting.venue }}, {{ week_commencing[12] }}, {{ due.w4_staff_survey_issued }}, "
    "{{ people.inspection_coordinator.name }}, {{ reading_base }}, {{ sender.name }}. "
    "Leave a blank line between paragraphs. A field with no value for someone is named "
    "before anything is produced."
)


class LetterTemplateDialog(QDialog):
    """Edits title, subject, body, sign-off and marking; ``template()`` gives the result."""

    def __init__(self, template: LetterTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterTemplateDialog()
        self.ui.setupUi(self)
        self._template = template
        ui = self.ui
        ui.titleEdit.setText(template.title)
        ui.subjectEdit.setText(template.subject)
        ui.bodyEdit.setPlainText(template.body)
        ui.signOffEdit.setText(template.sign_off)
        ui.markingCombo.addItems(list(MARKINGS))
        ui.markingCombo.setCurrentText(template.marking)
        ui.fieldsLabel.setText(FIELDS_HELP)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)

    def template(self) -> LetterTemplate:
        """The template as edited."""
        ui = self.ui
        return replace(
            self._template,
            title=ui.titleEdit.text(),
            subject=ui.subjectEdit.text(),
            body=ui.bodyEdit.toPlainText(),
            sign_off=ui.signOffEdit.text() or "Yours sincerely",
            marking=clean_marking(ui.markingCombo.currentText()),
        )

    @Slot()
    def _on_button_box_accepted(self) -> None:
        try:
            check_template_text(self.template())
        except UserFacingError as exc:
            dialogs.show_error(self, "The letter cannot be saved yet", str(exc))
            return
        self.accept()
