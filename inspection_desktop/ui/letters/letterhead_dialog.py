"""The letterhead, logo and signature, set once per inspection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from inspection_desktop.domain.letters.merge import Letterhead
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.forms.ui_letterhead_dialog import Ui_LetterheadDialog


class LetterheadDialog(QDialog):
    """Edits a letterhead; ``letterhead()`` gives what was typed."""

    def __init__(self, letterhead: Letterhead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterheadDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.logoEdit.setText(str(letterhead.logo_path or ""))
        ui.addressEdit.setPlainText(letterhead.address)
        ui.nameEdit.setText(letterhead.signatory_name)
        ui.postEdit.setText(letterhead.signatory_post)
        ui.baseEdit.setPlainText(letterhead.reading_base)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._on_browse_button_clicked)
        self.ui.clearLogoButton.clicked.connect(self.ui.logoEdit.clear)

    def letterhead(self) -> Letterhead:
        """The letterhead as typed."""
        ui = self.ui
        logo = ui.logoEdit.text().strip()
        return Letterhead(
            logo_path=Path(logo) if logo else None,
            address=ui.addressEdit.toPlainText(),
            signatory_name=ui.nameEdit.text(),
            signatory_post=ui.postEdit.text(),
            reading_base=ui.baseEdit.toPlainText(),
        )

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        chosen = dialogs.ask_open_file(self, "Choose the logo", "Images (*.png *.jpg *.jpeg)")
        if chosen is not None:
            self.ui.logoEdit.setText(str(chosen))

    @Slot()
    def _on_button_box_accepted(self) -> None:
        head = self.letterhead()
        if head.logo_path is not None and not head.logo_path.is_file():
            dialogs.show_error(self, "No such logo", f"Cannot find {head.logo_path}.")
            return
        if not head.signatory_name.strip():
            dialogs.show_error(
                self, "Who signs the letters?", "Give the name of the person who signs them."
            )
            return
        self.accept()
