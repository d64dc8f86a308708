"""The Progress page: records by status, by day and by reading pair."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inspection_desktop.domain.file_reading.sample import RecordStatus
from inspection_desktop.ui.file_reading import table_models as tm
from inspection_desktop.ui.file_reading.panel_host import attach_table
from inspection_desktop.ui.forms.ui_progress_panel import Ui_ProgressPanel
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture

_WIDTHS = (230, 70, 90, 70, 70, 110, 60)


class ProgressPanel(QWidget):
    """How far the reading has got, as a picture by day and by reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProgressPanel()
        self.ui.setupUi(self)
        self.by_day_model = tm.progress_model("Day", self)
        self.by_reader_model = tm.progress_model("Readers", self)
        attach_table(self.ui.byDayView, self.by_day_model, _WIDTHS, self)
        attach_table(self.ui.byReaderView, self.by_reader_model, (300, *_WIDTHS[1:]), self)

    def show_view(self, view: FileReadingPicture) -> None:
        """Count the records again."""
        by_day, by_reader = tm.progress_rows(view.records, view.pairs)
        self.by_day_model.set_rows(by_day)
        self.by_reader_model.set_rows(by_reader)
        records = view.records
        if not records:
            self.ui.progressSummary.setText("Progress shows here once there is a sample.")
            return
        read = sum(1 for r in records if r.row.status is RecordStatus.READ)
        concerns = sum(1 for r in records if r.row.concern_passed_on is not None)
        self.ui.progressSummary.setText(
            f"{read} of {len(records)} records read · {concerns} concerns passed on"
        )
