"""The File reading section on the demo inspection, driven as a co-ordinator would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import open_services
from inspection_desktop.domain.file_reading.sample import RecordStatus
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.file_reading.file_reading_section import FileReadingSection
from inspection_desktop.ui.file_reading.install import add_file_reading_section
from inspection_desktop.ui.plan.install import add_plan_section
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services

COLUMN_READERS = 4
COLUMN_STATUS = 7
COLUMN_NOTE = 9


@pytest.fixture
def opened(qtbot: QtBot, demo_db_path: Path) -> Iterator[tuple[MainWindow, FileReadingSection]]:
    """The window on the demo inspection with the File reading section in front."""
    services = open_services(demo_db_path)
    window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(window)
    held = add_file_reading_section(window, services)
    window.show_section(held)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, held.section
    services.close()


def cell(section: FileReadingSection, row: int, column: int) -> str:
    """The text shown in the sample table (as sorted on screen)."""
    view = section.sample.ui.sampleView
    return str(view.model().index(row, column).data())


def allocate(qtbot: QtBot, section: FileReadingSection) -> None:
    """Press Allocate and wait for the work done off the UI thread to come back."""
    section.ui.pages.setCurrentWidget(section.ui.samplePage)
    with qtbot.waitSignal(section.allocation_finished, timeout=10_000):
        qtbot.mouseClick(section.sample.ui.allocateButton, Qt.MouseButton.LeftButton)


def select_rows(section: FileReadingSection, *rows: int) -> None:
    """Select sample rows as on screen."""
    view = section.sample.ui.sampleView
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_allocate_places_every_demo_record_and_undo_takes_it_back(
    qtbot: QtBot, opened: tuple[MainWindow, FileReadingSection]
) -> None:
    """After Allocate every record has readers; Ctrl+Z leaves them unplaced again."""
    window, section = opened
    count = section.sample.sample_model.rowCount()
    allocate(qtbot, section)
    assert all(cell(section, row, COLUMN_READERS) for row in range(count))
    assert "every rule held" in section.sample.ui.sampleSummary.text() or "36 placed" in (
        section.sample.ui.sampleSummary.text()
    )
    window.undo_stack.undo()
    assert not any(cell(section, row, COLUMN_READERS) for row in range(count))


def test_a_sample_with_identifiers_is_refused_with_the_columns_named(
    opened: tuple[MainWindow, FileReadingSection],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Importing a file with names and dates of birth shows why and imports nothing."""
    _window, section = opened
    path = tmp_path / "with-identifiers.csv"
    names = ("Amy Smith", "Jack Brown", "Olivia Wilson", "Noah Taylor", "Isla Campbell")
    path.write_text(
        "Case reference,Child's name,Date of birth\n"
        + "".join(f"GM-{n},{name},0{n + 1}/04/2015\n" for n, name in enumerate(names)),
        encoding="utf-8",
    )
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: path)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))
    before = section.sample.sample_model.rowCount()
    section.ui.pages.setCurrentWidget(section.ui.samplePage)
    section.sample.ui.importButton.click()
    assert len(errors) == 1 and "Child's name" in errors[0] and "Date of birth" in errors[0]
    assert section.sample.sample_model.rowCount() == before


def test_a_record_placed_by_hand_says_so_and_stays_after_allocating_again(
    qtbot: QtBot, opened: tuple[MainWindow, FileReadingSection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Place one record by hand with the first pair on the first session, then allocate."""
    _window, section = opened
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_a: 0)
    monkeypatch.setattr(dialogs, "show_error", lambda *_a: pytest.fail("refused"))
    select_rows(section, 0)
    section.sample.ui.placeButton.click()
    placed = (cell(section, 0, COLUMN_READERS), cell(section, 0, COLUMN_NOTE))
    assert placed[1] == "Placed by hand"
    allocate(qtbot, section)
    assert (cell(section, 0, COLUMN_READERS), cell(section, 0, COLUMN_NOTE)) == placed


def test_marking_records_read_shows_in_the_table_and_the_progress(
    opened: tuple[MainWindow, FileReadingSection],
) -> None:
    """Two records marked read: their status says so and progress counts them."""
    _window, section = opened
    section.ui.pages.setCurrentWidget(section.ui.samplePage)
    select_rows(section, 0, 1)
    combo = section.sample.ui.statusCombo
    combo.setCurrentIndex(combo.findData(RecordStatus.READ.value))
    combo.activated.emit(combo.currentIndex())
    assert [cell(section, row, COLUMN_STATUS) for row in (0, 1)] == ["Read", "Read"]
    assert section.progress.ui.progressSummary.text().startswith("2 of 36 records read")


def test_a_room_added_on_the_base_page_is_saved(
    opened: tuple[MainWindow, FileReadingSection],
) -> None:
    """Add room, then Save changes: the base has a third room of six desks."""
    window, section = opened
    section.ui.pages.setCurrentWidget(section.ui.basePage)
    section.base.ui.addRoomButton.click()
    section.base.ui.saveBaseButton.click()
    services: Services = section._services
    (base,) = services.file_reading.bases(window.inspection_id or 0)
    assert [(room.name, room.desks) for room in base.draft.rooms][-1] == ("Room 3", 6)


def test_an_inspection_without_file_reading_says_what_to_do(
    qtbot: QtBot, services: Services
) -> None:
    """A new inspection's sample page says to import the sample; no readers are listed."""
    import datetime as dt

    inspection = services.inspections.create_inspection("Testshire CPP", dt.date(2026, 10, 26))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    held = add_file_reading_section(window, services)
    window.show_section(held)
    window.show()
    qtbot.waitExposed(window)
    section = held.section
    assert section.sample.ui.sampleSummary.text().startswith("No sample yet")
    assert "No readers yet" in section.base.ui.notReadyLabel.text()
    assert not section.sample.ui.allocateButton.isEnabled()


def test_the_window_with_the_section_fits_a_council_laptop_screen(
    opened: tuple[MainWindow, FileReadingSection],
) -> None:
    """On every page the window needs no more than 1366 × 768."""
    window, section = opened
    for page in range(section.ui.pages.count()):
        section.ui.pages.setCurrentIndex(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740


def test_ctrl_r_brings_the_file_reading_tab_to_the_front(
    qtbot: QtBot, opened: tuple[MainWindow, FileReadingSection]
) -> None:
    """From another tab, Ctrl+R shows File reading (its tab's letters are all taken)."""
    window, section = opened
    tab = section.parentWidget()  # the place the tab holds, where the section was made
    add_plan_section(window, section._services)
    window.ui.sectionTabs.setCurrentIndex(1)
    assert window.ui.sectionTabs.currentWidget() is not tab
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.sectionTabs.currentWidget() is tab


def test_a_hidden_file_reading_tab_reads_its_tables_only_once_shown(
    qtbot: QtBot, demo_db_path: Path
) -> None:
    """Opening the window on the plan reads no file-reading table; showing the tab does."""
    from sqlalchemy import event

    services = open_services(demo_db_path)
    seen: list[str] = []
    event.listen(
        services.database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: seen.append(statement),
    )
    window = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(window)
    add_plan_section(window, services)
    section = add_file_reading_section(window, services)
    window.show()
    qtbot.waitExposed(window)
    assert not [s for s in seen if "sample_record" in s]
    window.show_section(section)
    assert [s for s in seen if "sample_record" in s]
    services.close()


def test_a_readers_team_changed_in_the_dialog_is_kept_and_undone_with_ctrl_z(
    opened: tuple[MainWindow, FileReadingSection], when_dialog_opens: Any
) -> None:
    """Update reader, type a team, Save: the table shows it; Undo puts the old team back."""
    from inspection_desktop.ui.file_reading.reader_dialog import ReaderDialog

    window, section = opened
    section.ui.pages.setCurrentWidget(section.ui.readersPage)
    view = section.readers.ui.readersView
    view.selectRow(0)
    name = str(view.model().index(0, 0).data())
    old_team = str(view.model().index(0, 5).data())

    def type_team(dialog: ReaderDialog) -> None:
        dialog.ui.teamEdit.setText("Early Years   Team")
        dialog.accept()

    when_dialog_opens(ReaderDialog, type_team)
    section.readers.ui.editReaderButton.click()
    teams = {
        str(view.model().index(r, 0).data()): str(view.model().index(r, 5).data())
        for r in range(view.model().rowCount())
    }
    assert teams[name] == "Early Years Team"
    window.undo_stack.undo()
    teams = {
        str(view.model().index(r, 0).data()): str(view.model().index(r, 5).data())
        for r in range(view.model().rowCount())
    }
    assert teams[name] == old_team


def test_removing_the_base_asks_first_and_undo_brings_it_back(
    opened: tuple[MainWindow, FileReadingSection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remove base, answer yes: only "New reading base…" is left; Undo puts the base back."""
    window, section = opened
    section.ui.pages.setCurrentWidget(section.ui.basePage)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    combo = section.base.ui.baseCombo
    venue = combo.currentText()
    section.base.ui.removeBaseButton.click()
    assert [combo.itemText(i) for i in range(combo.count())] == ["New reading base…"]
    window.undo_stack.undo()
    assert combo.currentText() == venue


def test_the_first_reading_day_holds_to_the_years_the_app_plans_for(
    opened: tuple[MainWindow, FileReadingSection],
) -> None:
    """A first reading day set to 9999 stops at 31 December 2100."""
    from PySide6.QtCore import QDate

    _window, section = opened
    section.base.ui.firstDayEdit.setDate(QDate(9999, 1, 4))
    assert section.base.ui.firstDayEdit.date() == QDate(2100, 12, 31)
