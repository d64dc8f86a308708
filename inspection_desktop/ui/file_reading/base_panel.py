"""The Base page: venue, address, access, printers, contact, days and hours, rooms, the ICT
login process, and who is not ready yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from inspection_desktop.domain import clock
from inspection_desktop.storage.file_reading.rows import BaseDraft, BaseRow, ReadingDay
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.common.date_limits import limit_date_fields
from inspection_desktop.ui.file_reading import table_models as tm
from inspection_desktop.ui.file_reading.panel_host import PanelHost, attach_table
from inspection_desktop.ui.forms.ui_reading_base_panel import Ui_ReadingBasePanel
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading import setup
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture

NEW_BASE = -1
READING_WEEK = 12


class BasePanel(QWidget):
    """One reading base at a time, chosen in the Base list, and who is not ready."""

    def __init__(self, host: PanelHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReadingBasePanel()
        self.ui.setupUi(self)
        self._host = host
        self._bases: list[BaseRow] = []
        self.rooms_model = tm.RoomsModel(self)
        self.ui.roomsView.setModel(self.rooms_model)
        self.not_ready_model = tm.not_ready_model(clock.today, self)
        attach_table(self.ui.notReadyView, self.not_ready_model, (180, 320), self, 2)
        rooms = self.ui.roomsView
        rooms.verticalHeader().setVisible(False)
        rooms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rooms.horizontalHeader().resizeSection(1, 70)
        self.ui.addressEdit.setMinimumHeight(44)
        self.ui.accessEdit.setMinimumHeight(44)
        limit_date_fields(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.baseCombo.activated.connect(self._on_base_combo_activated)
        ui.saveBaseButton.clicked.connect(self._on_save_base_clicked)
        ui.removeBaseButton.clicked.connect(self._on_remove_base_clicked)
        ui.addRoomButton.clicked.connect(self._on_add_room_clicked)
        ui.removeRoomButton.clicked.connect(self._on_remove_room_clicked)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.roomsView)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._on_remove_room_clicked)

    # Showing -----------------------------------------------------------------------------

    def show_view(self, view: FileReadingPicture) -> None:
        """Show the bases (keeping the one chosen) and who is not ready."""
        self._bases = view.bases
        combo = self.ui.baseCombo
        current = combo.currentData()
        if current == NEW_BASE and not self.ui.venueEdit.text().strip():
            current = None  # nothing typed for a new base: show the first base again
        combo.clear()
        for base in view.bases:
            combo.addItem(base.venue, base.id)
        combo.addItem("New reading base…", NEW_BASE)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        self._show_base(self._base(combo.currentData()))
        rows = tm.not_ready_rows(view.readers)
        self.not_ready_model.set_rows(rows)
        not_ready = {row.contact_id for row in rows}
        self.ui.notReadyLabel.setText(
            f"Who is not ready yet ({len(not_ready)} of {len(view.readers)} readers)"
            if view.readers
            else "No readers yet: give people the local file reader role under People."
        )

    def _base(self, base_id: int | None) -> BaseRow | None:
        if base_id in (None, NEW_BASE):
            return None
        return next((base for base in self._bases if base.id == base_id), None)

    def _show_base(self, base: BaseRow | None) -> None:
        ui = self.ui
        draft = base.draft if base else BaseDraft("")
        for edit, text in (
            (ui.venueEdit, draft.venue),
            (ui.printersEdit, draft.printers),
            (ui.contactNameEdit, draft.contact_name),
            (ui.contactPhoneEdit, draft.contact_phone),
        ):
            edit.setText(text)
            edit.setCursorPosition(0)  # show the start of a long line, not its end
        ui.addressEdit.setPlainText(draft.address)
        ui.accessEdit.setPlainText(draft.access)
        ui.ictEdit.setPlainText(draft.ict_process)
        self.rooms_model.set_rows(draft.rooms)
        if draft.days:
            first, opens, closes = draft.days[0].day, draft.days[0].opens, draft.days[0].closes
        else:
            first, opens, closes = self._default_first_day(), dt.time(9, 0), dt.time(17, 0)
        ui.firstDayEdit.setDate(QDate(first.year, first.month, first.day))
        ui.dayCountSpin.setValue(len(draft.days) or 3)
        ui.opensEdit.setTime(QTime(opens.hour, opens.minute))
        ui.closesEdit.setTime(QTime(closes.hour, closes.minute))
        ui.baseMessage.setText("" if base else "A new base: fill it in and press Save changes.")

    def _default_first_day(self) -> dt.date:
        inspection_id = self._host.inspection_id
        if inspection_id is None:
            return clock.today()
        calendar = self._host.services.inspections.calendar(inspection_id)
        return calendar.week(READING_WEEK).starts_on

    def draft(self) -> BaseDraft:
        """The base as the page holds it."""
        ui = self.ui
        first = ui.firstDayEdit.date()
        opens, closes = ui.opensEdit.time(), ui.closesEdit.time()
        days = setup.default_days(
            dt.date(first.year(), first.month(), first.day()), ui.dayCountSpin.value()
        )
        return BaseDraft(
            venue=ui.venueEdit.text().strip(),
            address=ui.addressEdit.toPlainText().strip(),
            access=ui.accessEdit.toPlainText().strip(),
            printers=ui.printersEdit.text().strip(),
            contact_name=ui.contactNameEdit.text().strip(),
            contact_phone=ui.contactPhoneEdit.text().strip(),
            ict_process=ui.ictEdit.toPlainText().strip(),
            rooms=self.rooms_model.rooms(),
            days=tuple(
                ReadingDay(
                    day,
                    dt.time(opens.hour(), opens.minute()),
                    dt.time(closes.hour(), closes.minute()),
                )
                for day in days
            ),
        )

    # Slots -------------------------------------------------------------------------------

    @Slot(int)
    def _on_base_combo_activated(self, _index: int) -> None:
        self._show_base(self._base(self.ui.baseCombo.currentData()))
        self.update_buttons(self._host.inspection_id is not None)

    @Slot()
    def _on_save_base_clicked(self) -> None:
        inspection_id = self._host.inspection_id
        if inspection_id is None:
            return
        base_id = self.ui.baseCombo.currentData()
        draft = self.draft()

        def save() -> Change:
            change, saved = setup.save_base(
                self._host.services,
                inspection_id,
                draft,
                None if base_id == NEW_BASE else base_id,
            )
            self._select_base(saved)
            return change

        if self._host.run(save):
            self.ui.baseMessage.setText("Saved.")

    @Slot()
    def _on_remove_base_clicked(self) -> None:
        inspection_id = self._host.inspection_id
        base = self._base(self.ui.baseCombo.currentData())
        if inspection_id is None or base is None:
            return
        question = (
            f"Remove {base.venue} with its rooms and days? Records placed there will need "
            "placing again. Edit › Undo puts it back."
        )
        if not dialogs.ask_yes_no(self, "Remove the reading base", question):
            return
        services = self._host.services
        self._host.run(lambda: setup.remove_base(services, inspection_id, base.id))

    def _select_base(self, base_id: int) -> None:
        """Keep the saved base chosen when the page is filled again."""
        combo = self.ui.baseCombo
        combo.blockSignals(True)
        combo.addItem("", base_id)
        combo.setCurrentIndex(combo.count() - 1)
        combo.blockSignals(False)

    @Slot()
    def _on_add_room_clicked(self) -> None:
        row = self.rooms_model.add_room()
        index = self.rooms_model.index(row, 0)
        self.ui.roomsView.setCurrentIndex(index)
        self.ui.roomsView.edit(index)

    @Slot()
    def _on_remove_room_clicked(self) -> None:
        index = self.ui.roomsView.currentIndex()
        if index.isValid():
            self.rooms_model.remove_room(index.row())

    def update_buttons(self, has_inspection: bool) -> None:
        """Enable what makes sense."""
        self.ui.saveBaseButton.setEnabled(has_inspection)
        self.ui.removeBaseButton.setEnabled(
            has_inspection and self._base(self.ui.baseCombo.currentData()) is not None
        )
