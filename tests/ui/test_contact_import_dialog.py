"""Tests for the contact import preview dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from inspection_desktop.documents.people.contact_columns import ContactField
from inspection_desktop.documents.people.contact_mapping import ImportPreview
from inspection_desktop.documents.people.contacts_csv import Delimiter, TextEncoding
from inspection_desktop.domain.roles import default_roles
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.people import contact_import_dialog
from inspection_desktop.ui.people.contact_import_dialog import (
    ContactImportDialog,
    ask_contact_import,
)
from inspection_desktop.ui.people.contact_preview_model import REASON

SHEET = (
    "Name,Email,Organisation,Role\n"
    "Siobhán Testperson,siobhan@example.gov.uk,Anytown Council,Inspection co-ordinator\n"
    "Bruce Sample,bruce@example.org,Police Scotland,Chief Wizard\n"
    "Callum Sample,callum.example.org,SCRA,\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A small plain contact sheet in Windows-1252 with one bad role and one bad email."""
    path = tmp_path / "contacts.csv"
    path.write_bytes(SHEET.encode("cp1252"))
    return path


@pytest.fixture
def dialog(qtbot: QtBot, sheet: Path) -> ContactImportDialog:
    """The dialog opened on the sheet."""
    widget = ContactImportDialog(sheet, default_roles())
    qtbot.addWidget(widget)
    return widget


def _ok_button(dialog: ContactImportDialog) -> QWidget:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_detected_reading_is_shown(dialog: ContactImportDialog) -> None:
    """The encoding and delimiter found in the file are selected."""
    assert dialog.ui.encodingCombo.currentData() == TextEncoding.WINDOWS_1252
    assert dialog.ui.delimiterCombo.currentData() == Delimiter.COMMA


def test_counts_and_ok_button_follow_the_preview(dialog: ContactImportDialog) -> None:
    """The counts read "1 to import, 2 refused" and OK says how many will be imported."""
    assert dialog.ui.countsLabel.text() == "1 to import, 2 refused"
    assert _ok_button(dialog).text() == "&Import 1 contact"


def test_changing_a_mapping_updates_the_preview(qtbot: QtBot, dialog: ContactImportDialog) -> None:
    """Choosing not to import the email column lets the row with a bad email through."""
    combo = dialog.field_combo(ContactField.EMAIL)
    with qtbot.waitSignal(dialog.preview_updated) as blocker:
        combo.setCurrentIndex(combo.findData(-1))
    preview = blocker.args[0]
    assert isinstance(preview, ImportPreview)
    assert [draft.name for draft in preview.contacts] == ["Siobhán Testperson", "Callum Sample"]
    assert dialog.ui.countsLabel.text() == "2 to import, 1 refused"


def test_unmapping_the_name_refuses_every_row(qtbot: QtBot, dialog: ContactImportDialog) -> None:
    """With no name column every row is refused, and OK is disabled."""
    combo = dialog.field_combo(ContactField.NAME)
    with qtbot.waitSignal(dialog.preview_updated):
        combo.setCurrentIndex(combo.findData(-1))
    assert dialog.ui.countsLabel.text() == "0 to import, 3 refused"
    assert not _ok_button(dialog).isEnabled()


def test_refused_only_filter_shows_reasons(dialog: ContactImportDialog) -> None:
    """Ticking "refused rows only" leaves the two refused rows, each with its reason."""
    dialog.ui.refusedOnlyCheck.setChecked(True)
    model = dialog.ui.previewTable.model()
    reasons = [model.data(model.index(row, REASON)) for row in range(model.rowCount())]
    assert reasons[0] == 'Unknown role "Chief Wizard".'
    assert reasons[1].startswith('The email address "callum.example.org"')


def test_wrong_encoding_is_explained_in_the_dialog(
    qtbot: QtBot, dialog: ContactImportDialog
) -> None:
    """Forcing UTF-8 on a Windows-1252 file shows why, empties the preview and disables OK."""
    combo = dialog.ui.encodingCombo
    with qtbot.waitSignal(dialog.preview_updated) as blocker:
        combo.setCurrentIndex(combo.findData(TextEncoding.UTF8))
    assert blocker.args == [None]
    assert "can't be read as UTF-8" in dialog.ui.readProblemLabel.text()
    assert not _ok_button(dialog).isEnabled()


def test_changing_the_delimiter_rereads_the_file(qtbot: QtBot, dialog: ContactImportDialog) -> None:
    """Reading the file as semicolon-separated gives one column and guesses the mapping again."""
    combo = dialog.ui.delimiterCombo
    with qtbot.waitSignal(dialog.preview_updated):
        combo.setCurrentIndex(combo.findData(Delimiter.SEMICOLON))
    assert dialog.field_combo(ContactField.NAME).count() == 2  # "(not imported)" and one column
    assert dialog.mapping() == {}


def test_ok_returns_the_preview(qtbot: QtBot, dialog: ContactImportDialog) -> None:
    """Pressing OK accepts the dialog and keeps the preview to import."""
    with qtbot.waitSignal(dialog.accepted):
        _ok_button(dialog).click()
    preview = dialog.preview()
    assert preview is not None
    assert [draft.name for draft in preview.contacts] == ["Siobhán Testperson"]


def test_unreadable_file_is_refused_before_the_dialog_opens(tmp_path: Path) -> None:
    """An empty file raises a user-facing error instead of opening an empty dialog."""
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(UserFacingError, match="is empty"):
        ContactImportDialog(path, default_roles())


def test_ask_contact_import_reports_unreadable_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Choosing an unreadable file shows one error message and returns nothing."""
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: path)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    assert ask_contact_import(None, default_roles()) is None
    assert len(errors) == 1 and "empty.csv is empty" in errors[0]


def test_ask_contact_import_returns_the_confirmed_preview(
    monkeypatch: pytest.MonkeyPatch, sheet: Path
) -> None:
    """When the user confirms, the preview comes back to the caller."""
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: sheet)
    monkeypatch.setattr(
        contact_import_dialog.ContactImportDialog,
        "exec",
        lambda self: QDialog.DialogCode.Accepted,
    )
    preview = ask_contact_import(None, default_roles())
    assert preview is not None and preview.summary == "1 to import, 2 refused"


def test_cancelling_the_file_choice_returns_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No file chosen, nothing imported."""
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *args: None)
    assert ask_contact_import(None, default_roles()) is None


# The offscreen platform warns on show(); that says nothing about the dialog.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_tab_goes_from_the_delimiter_through_every_field(
    qtbot: QtBot, dialog: ContactImportDialog
) -> None:
    """Tab moves from the delimiter choice to the first field's combo, then on down the fields."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.delimiterCombo.setFocus()
    order = []
    for _ in range(3):
        dialog.focusNextChild()
        order.append(dialog.focusWidget())
    assert order == [
        dialog.field_combo(ContactField.NAME),
        dialog.field_combo(ContactField.TITLE),
        dialog.field_combo(ContactField.FIRST_NAME),
    ]
