"""The Letters section on the demo: template, recipients, stepping through, producing, record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from inspection_desktop.composition import open_services
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.letters.install import add_letters_section
from inspection_desktop.ui.letters.letterhead_dialog import LetterheadDialog
from inspection_desktop.ui.letters.letters_section import LettersSection
from inspection_desktop.ui.letters.template_dialog import LetterTemplateDialog
from inspection_desktop.ui.shell.main_window import MainWindow
from inspection_desktop.usecases.services import Services


@pytest.fixture
def services(demo_services: Services) -> Services:
    """Services over a copy of the demo."""
    return demo_services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    """The main window on the demo inspection."""
    shown = MainWindow(services, services.inspections.current_inspection_id())
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def section(qtbot: QtBot, window: MainWindow, services: Services) -> LettersSection:
    """The Letters section in front, with the training letter chosen."""
    held = add_letters_section(window, services)
    window.show_section(held)
    window.show()
    qtbot.waitExposed(window)
    letters = held.section
    assert letters.select_template("file-reader-training")
    return letters


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The folder the letters go to; every question after the run is answered No."""
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(dialogs, "ask_folder", lambda *_args, **_kw: folder)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_args: False)
    return folder


def readers(services: Services) -> list[str]:
    """The demo's local file readers, in name order."""
    from inspection_desktop.usecases.letters.recipients import by_role

    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    return [r.name for r in by_role(services, inspection_id, ["local_file_reader"])]


def test_the_training_letter_is_ready_for_every_file_reader(
    section: LettersSection, services: Services
) -> None:
    """Choosing it ticks every reader and shows the first of their letters."""
    names = readers(services)
    assert {"Daniel Okonkwo", "Eilidh MacLeòid", "Łukasz Nowak"} <= set(names)
    assert [r.name for r in section.recipients_model.chosen()] == names
    assert section.ui.positionLabel.text() == f"Letter 1 of {len(names)}: {names[0]}"
    assert section.ui.produceButton.isEnabled()


def test_stepping_through_shows_each_recipients_letter(
    section: LettersSection, services: Services
) -> None:
    """Next moves to the next letter up to the last; its greeting is in the preview."""
    names = readers(services)
    for _ in names[1:]:
        section.ui.nextButton.click()
    assert section.ui.positionLabel.text() == f"Letter {len(names)} of {len(names)}: {names[-1]}"
    assert f"Dear {names[-1]}" in section.ui.previewBrowser.toPlainText()
    assert not section.ui.nextButton.isEnabled()
    section.ui.previousButton.click()
    assert f"Dear {names[-2]}" in section.ui.previewBrowser.toPlainText()


def test_a_reader_without_an_address_is_warned_about(
    section: LettersSection, services: Services
) -> None:
    """Daniel has no address: his preview says so; Eilidh's letter has no warning."""
    names = readers(services)
    assert names.index("Daniel Okonkwo") < names.index("Eilidh MacLeòid")
    while not section.ui.positionLabel.text().endswith("Daniel Okonkwo"):
        section.ui.nextButton.click()
    assert section.ui.warningLabel.isVisible()
    assert "Daniel Okonkwo has no address" in section.ui.warningLabel.text()
    while not section.ui.positionLabel.text().endswith("Eilidh MacLeòid"):
        section.ui.nextButton.click()
    assert not section.ui.warningLabel.isVisible()


def test_a_meeting_with_no_date_is_named_before_anything_is_produced(
    section: LettersSection, services: Services
) -> None:
    """About an undated meeting, the preview lists the gap and Produce is off."""
    combo = section.ui.meetingCombo
    undated = next(i for i in range(1, combo.count()) if "Facilitated session" in combo.itemText(i))
    combo.setCurrentIndex(undated)
    text = section.ui.previewBrowser.toPlainText()
    assert "Before these letters can be produced" in text
    names = readers(services)
    assert f"“meeting.date” has no value for {', '.join(names[:-1])} and {names[-1]}" in text
    assert not section.ui.produceButton.isEnabled()


def test_producing_writes_the_files_and_the_record(
    qtbot: QtBot, section: LettersSection, answers: Path, services: Services
) -> None:
    """PDF and Word for each reader, both joined files, and three lines in the record."""
    section.ui.wordCheck.setChecked(True)
    with qtbot.waitSignal(section.run_ended, timeout=60_000) as ended:
        section.ui.produceButton.click()
    assert ended.args == ["written"]
    names = sorted(p.name for p in answers.iterdir())
    assert names[:2] == [
        "00 All letters - file-reader-training.docx",
        "00 All letters - file-reader-training.pdf",
    ]
    count = len(readers(services))
    assert len(names) == 2 + 2 * count
    assert section.record_model.rowCount() == 2 * count
    assert "Everyone ticked has had" in section.ui.notSentLabel.text()
    assert not section.ui.progressBar.isVisible()


def test_cancelling_leaves_no_partial_file(
    qtbot: QtBot, section: LettersSection, answers: Path
) -> None:
    """Cancel straight after starting: the run ends cancelled and the folder stays empty."""
    with qtbot.waitSignal(section.run_ended, timeout=60_000) as ended:
        section.ui.produceButton.click()
        assert section.ui.cancelButton.isVisible()
        section.ui.cancelButton.click()
    assert ended.args == ["cancelled"]
    assert list(answers.iterdir()) == []
    assert section.record_model.rowCount() == 0


def test_ticking_by_meeting_adds_its_invited_people(section: LettersSection) -> None:
    """The week-4 meeting's invitation ticks the inspection lead and a typed-in name."""
    ui = section.ui
    ui.untickButton.click()
    ui.attendeesCombo.setCurrentIndex(
        next(
            i
            for i in range(ui.attendeesCombo.count())
            if "Week 4:" in ui.attendeesCombo.itemText(i)
        )
    )
    ui.tickMeetingButton.click()
    names = {r.name for r in section.recipients_model.chosen()}
    assert {"Moira Henderson", "Tomás Ó Ceallaigh"} <= names


def test_a_copied_template_is_edited_in_the_app_and_undone(
    qtbot: QtBot,
    section: LettersSection,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    when_dialog_opens: Callable[[type[Any], Callable[[Any], None]], Any],
) -> None:
    """Copy, change the wording, see it in the preview; Undo twice and the copy is gone."""
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args: "Training, our way")

    def edit(dialog: LetterTemplateDialog) -> None:
        dialog.ui.bodyEdit.setPlainText("See you there, {{ recipient.first_name }} & co.")
        dialog.ui.buttonBox.accepted.emit()

    when_dialog_opens(LetterTemplateDialog, edit)
    section.ui.copyButton.click()
    template = section.current_template()
    assert template is not None and template.title == "Training, our way" and template.version == 2
    first = section.recipients_model.chosen()[0].name.split()[0]
    assert f"See you there, {first} & co." in section.ui.previewBrowser.toPlainText()
    window.undo_stack.undo()
    window.undo_stack.undo()
    combo = section.ui.templateCombo
    assert not any(combo.itemText(i).endswith("(yours)") for i in range(combo.count()))


def test_the_letterhead_is_set_once_and_signs_every_letter(
    section: LettersSection,
    when_dialog_opens: Callable[[type[Any], Callable[[Any], None]], Any],
) -> None:
    """A new signatory typed in the dialog signs the previewed letter."""

    def sign(dialog: LetterheadDialog) -> None:
        dialog.ui.nameEdit.setText("Siobhán Ó Briain")
        dialog.ui.buttonBox.accepted.emit()

    when_dialog_opens(LetterheadDialog, sign)
    section.ui.letterheadButton.click()
    assert "Siobhán Ó Briain" in section.ui.previewBrowser.toPlainText()


def test_view_menu_brings_the_letters_to_the_front(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """View › Go to letters shows the Letters tab."""
    letters = add_letters_section(window, services)
    window.show()
    action = next(a for a in window.ui.menuView.actions() if a.text() == "Go to lette&rs")
    action.trigger()
    assert window.ui.sectionTabs.currentWidget() is letters


def test_producing_the_leaflets_letter_ticks_its_item_and_undo_unticks_it(
    qtbot: QtBot, section: LettersSection, window: MainWindow, services: Services, answers: Path
) -> None:
    """With "Mark … done" ticked the checklist item is done after the run; Undo puts it back."""
    from inspection_desktop.domain.plan.items import ItemStatus
    from inspection_desktop.usecases.plan.items import set_item_status

    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    item = next(
        r
        for r in services.inspections.plan_rows(inspection_id)
        if r.key == "w4-distribute-leaflets"
    )
    set_item_status(services, item.id, ItemStatus.NOT_STARTED)
    section.reload()
    assert section.select_template("leaflets-cover")
    assert section.ui.tickCheck.isVisible() and section.ui.tickCheck.isChecked()
    with qtbot.waitSignal(section.run_ended, timeout=60_000):
        section.ui.produceButton.click()
    assert services.inspections.plan_row(item.id).status is ItemStatus.DONE
    window.undo_stack.undo()
    assert services.inspections.plan_row(item.id).status is ItemStatus.NOT_STARTED


def test_closing_the_window_mid_run_leaves_no_partial_file(
    qtbot: QtBot, section: LettersSection, window: MainWindow, answers: Path
) -> None:
    """Closing cancels the run and waits for it; the folder stays empty."""
    with qtbot.waitSignal(section.run_ended, timeout=60_000) as ended:
        section.ui.produceButton.click()
        window.close()
    assert ended.args == ["cancelled"]
    assert list(answers.iterdir()) == []


def test_an_empty_register_says_why_the_list_is_empty(qtbot: QtBot, db_path: Path) -> None:
    """A new inspection with nobody in the register says where to add people."""
    import datetime as dt

    services = open_services(db_path)
    inspection = services.inspections.create_inspection("Glenmorven", dt.date(2026, 10, 26))
    window = MainWindow(services, inspection.id)
    qtbot.addWidget(window)
    held = add_letters_section(window, services)
    window.show_section(held)
    window.show()
    letters = held.section
    assert "nobody in it yet" in letters.ui.chosenLabel.text()
    assert "Tick the people" in letters.ui.previewBrowser.toPlainText()
    services.close()
