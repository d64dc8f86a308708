"""The Readers page: readers from the register with their details and pairs; reader sheets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QAbstractItemView, QWidget

from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE
from inspection_desktop.ui.file_reading import table_models as tm
from inspection_desktop.ui.file_reading.panel_host import PanelHost, attach_table, selected_keys
from inspection_desktop.ui.file_reading.reader_dialog import ReaderDialog
from inspection_desktop.ui.forms.ui_readers_panel import Ui_ReadersPanel
from inspection_desktop.usecases.file_reading import setup
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture, PairInfo
from inspection_desktop.usecases.file_reading.readers import FileReader, reading_days

_WIDTHS = (150, 95, 70, 150, 160, 170, 130, 150, 80, 85)


class ReadersPanel(QWidget):
    """Who reads: their team, days, conflicts, pair, training, agreement and logins."""

    def __init__(
        self, host: PanelHost, print_pdf: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReadersPanel()
        self.ui.setupUi(self)
        self._host = host
        self._print_pdf = print_pdf
        self._pair_of: dict[int, PairInfo] = {}
        self._readers: list[FileReader] = []
        self.readers_model = tm.readers_model(self._partners, self)
        attach_table(self.ui.readersView, self.readers_model, _WIDTHS, self, 1)
        self.ui.readersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.editReaderButton.clicked.connect(self._on_edit_reader_clicked)
        ui.readersView.doubleClicked.connect(self._on_edit_reader_clicked)
        ui.makePairsButton.clicked.connect(self._on_make_pairs_clicked)
        ui.pairWithButton.clicked.connect(self._on_pair_with_clicked)
        ui.unpairButton.clicked.connect(self._on_unpair_clicked)
        ui.sheetsButton.clicked.connect(self._on_sheets_clicked)
        ui.readersView.selectionModel().selectionChanged.connect(self.update_buttons)

    def show_view(self, view: FileReadingPicture) -> None:
        """Show the readers and their pairs."""
        self._readers = view.readers
        self._pair_of = {contact_id: p for p in view.pairs for contact_id in p.contact_ids}
        self.readers_model.set_rows(view.readers)
        self.update_buttons()

    def _partners(self, contact_id: int) -> str:
        pair = self._pair_of.get(contact_id)
        if pair is None:
            return "Not paired"
        partners = [n for c, n in zip(pair.contact_ids, pair.names, strict=True) if c != contact_id]
        return ", ".join(partners) or "On their own"

    def select_reader(self, contact_id: int) -> bool:
        """Select a reader's row; False when the table does not show them."""
        view = self.ui.readersView
        model = view.model()
        for row in range(model.rowCount()):
            if model.data(model.index(row, 0), RECORD_KEY_ROLE) == contact_id:
                view.selectRow(row)
                view.setFocus()
                return True
        return False

    def selected_reader(self) -> FileReader | None:
        """The reader selected in the table."""
        keys = selected_keys(self.ui.readersView)
        return next((r for r in self._readers if keys and r.contact_id == keys[0]), None)

    # Slots -------------------------------------------------------------------------------

    @Slot()
    def _on_edit_reader_clicked(self) -> None:
        reader = self.selected_reader()
        view, inspection_id = self._host.view, self._host.inspection_id
        if reader is None or view is None or inspection_id is None:
            return
        dialog = ReaderDialog(reader, reading_days(view.bases), self)
        if dialog.exec() != ReaderDialog.DialogCode.Accepted:
            return
        details = dialog.details()
        services = self._host.services
        self._host.run(
            lambda: setup.save_reader(services, inspection_id, reader.contact_id, details)
        )

    @Slot()
    def _on_make_pairs_clicked(self) -> None:
        inspection_id = self._host.inspection_id
        if inspection_id is not None:
            services = self._host.services
            self._host.run(lambda: setup.make_pairs(services, inspection_id))

    @Slot()
    def _on_pair_with_clicked(self) -> None:
        reader = self.selected_reader()
        view, inspection_id = self._host.view, self._host.inspection_id
        if reader is None or view is None or inspection_id is None:
            return
        others = [r for r in view.readers if r.contact_id != reader.contact_id]
        labels = [
            f"{r.name} ({r.side.label.lower()}"
            + (", now paired" if r.contact_id in self._pair_of else "")
            + ")"
            for r in others
        ]
        chosen = dialogs.ask_choice(self, "Pair readers", f"Pair {reader.name} with:", labels)
        if chosen is None:
            return
        together = {reader.contact_id, others[chosen].contact_id}
        pairs = [list(p.contact_ids) for p in view.pairs if not together & set(p.contact_ids)]
        pairs.append([reader.contact_id, others[chosen].contact_id])
        services = self._host.services
        self._host.run(lambda: setup.set_pairs(services, inspection_id, pairs))

    @Slot()
    def _on_unpair_clicked(self) -> None:
        reader = self.selected_reader()
        view, inspection_id = self._host.view, self._host.inspection_id
        if reader is None or view is None or inspection_id is None:
            return
        pairs = [list(p.contact_ids) for p in view.pairs if reader.contact_id not in p.contact_ids]
        services = self._host.services
        self._host.run(lambda: setup.set_pairs(services, inspection_id, pairs))

    @Slot()
    def _on_sheets_clicked(self) -> None:
        self._print_pdf("sheets")

    @Slot()
    def update_buttons(self) -> None:
        """Enable what makes sense for the selection."""
        has = self._host.inspection_id is not None
        reader = self.selected_reader() if has else None
        for button in (self.ui.editReaderButton, self.ui.pairWithButton):
            button.setEnabled(reader is not None)
        self.ui.unpairButton.setEnabled(reader is not None and reader.contact_id in self._pair_of)
        self.ui.sheetsButton.setEnabled(has)
