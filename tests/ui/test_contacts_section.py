"""The People section driven as a co-ordinator would: add, assign, search, import, delete, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.storage.people.contact_service import ContactService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.people.contact_dialog import ContactDialog
from inspection_desktop.ui.people.contact_import_dialog import ContactImportDialog
from inspection_desktop.ui.people.contacts_section import ContactsSection
from inspection_desktop.ui.people.roles_model import (
    COLUMN_STATUS,
    GAP_BACKGROUND,
    OVERDUE_BACKGROUND,
)
from inspection_desktop.usecases.services import Services


@pytest.fixture
def contacts(services: Services) -> ContactService:
    """The contact service over the test database."""
    return services.contacts


@pytest.fixture
def inspection_id(service: InspectionService) -> int:
    """An inspection notified on 2 November 2026, so today (28 November) is in week 4."""
    return service.create_inspection("Test Partnership", dt.date(2026, 11, 2)).id


@pytest.fixture
def section(qtbot: QtBot, services: Services, inspection_id: int) -> ContactsSection:
    """The section showing the inspection's register."""
    widget = ContactsSection(services)
    qtbot.addWidget(widget)
    widget.set_inspection(inspection_id)
    widget.show()
    return widget


def _save(dialog: ContactDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_adding_a_contact_with_a_role_through_the_dialog_fills_the_gap(
    qtbot: QtBot, section: ContactsSection, when_dialog_opens: Any
) -> None:
    """Add…, type a name, tick the participation co-ordinator, Save: that gap goes."""
    assert "Participation co-ordinator not yet named: needed by week 2" in section.gap_text()

    def fill_in(dialog: ContactDialog) -> None:
        dialog.ui.nameEdit.setText("Morag Fyfe")
        dialog.ui.emailEdit.setText("m.fyfe@example.org")
        dialog.set_role_checked("participation_coordinator", True)
        _save(dialog)

    when_dialog_opens(ContactDialog, fill_in)
    qtbot.mouseClick(section.ui.addButton, Qt.MouseButton.LeftButton)
    assert section.visible_names() == ["Morag Fyfe"]
    assert "Participation co-ordinator" not in section.gap_text()


def test_refused_contact_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot,
    section: ContactsSection,
    contacts: ContactService,
    inspection_id: int,
    when_dialog_opens: Any,
) -> None:
    """A second inspection co-ordinator is refused in plain words, and nothing is added."""
    contacts.add_contact(
        inspection_id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    section.refresh()
    seen: list[str] = []

    def fill_in(dialog: ContactDialog) -> None:
        dialog.ui.nameEdit.setText("Ruairidh Bain")
        dialog.set_role_checked("inspection_coordinator", True)
        _save(dialog)
        seen.append(dialog.problem_text())
        dialog.reject()

    when_dialog_opens(ContactDialog, fill_in)
    qtbot.mouseClick(section.ui.addButton, Qt.MouseButton.LeftButton)
    assert "Ailsa Grant already is" in seen[0]
    assert section.visible_names() == ["Ailsa Grant"]


def test_roles_panel_marks_gaps_by_text_and_colour(section: ContactsSection) -> None:
    """An overdue gap and a later one read differently and are tinted differently."""
    model = section.roles_model
    by_key = {model.status_at(row).role.key: row for row in range(model.rowCount())}
    overdue = model.index(by_key["participation_coordinator"], COLUMN_STATUS)
    later = model.index(by_key["local_file_reader"], COLUMN_STATUS)
    assert overdue.data() == "Not yet named: needed by week 2 (overdue)"
    assert later.data() == "Not yet named: needed by week 11"
    assert overdue.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert later.data(Qt.ItemDataRole.BackgroundRole).color() == GAP_BACKGROUND


def test_search_filters_over_name_organisation_role_and_email(
    section: ContactsSection, contacts: ContactService, inspection_id: int
) -> None:
    """Typing narrows the table as you type; accents and case do not matter."""
    for draft in (
        ContactDraft(
            "Łukasz Nowak", organisation="Glenmorven Council", roles=("local_file_reader",)
        ),
        ContactDraft("Siobhán Ní Bhriain", organisation="NHS Glenmorven", email="sb@nhs.example"),
        ContactDraft("Eilidh MacLeòid", organisation="Glenmorven Council"),
    ):
        contacts.add_contact(inspection_id, draft)
    section.refresh()
    for text, expected in (
        ("lukasz", ["Łukasz Nowak"]),
        ("file reader", ["Łukasz Nowak"]),
        ("nhs", ["Siobhán Ní Bhriain"]),
        ("sb@nhs", ["Siobhán Ní Bhriain"]),
        ("council macleoid", ["Eilidh MacLeòid"]),
    ):
        section.search(text)
        assert section.visible_names() == expected, text
    assert section.ui.countLabel.text() == "1 of 3 contacts"


def test_columns_sort_by_clicking_their_header(
    section: ContactsSection, contacts: ContactService, inspection_id: int
) -> None:
    """Sorting by organisation puts the NHS board after the council."""
    contacts.add_contact(inspection_id, ContactDraft("Aaron Ames", organisation="NHS Glenmorven"))
    contacts.add_contact(inspection_id, ContactDraft("Zoe Zed", organisation="Glenmorven Council"))
    section.refresh()
    section.ui.contactsView.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert section.visible_names() == ["Zoe Zed", "Aaron Ames"]


def test_import_through_the_preview_dialog_adds_the_good_rows(
    section: ContactsSection,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_dialog_opens: Any,
) -> None:
    """Import CSV… previews the file; confirming imports the good rows and reports the counts."""
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "Name,Email,Role\nŁukasz Nowak,l.nowak@example.org,Participation co-ordinator\n"
        "Bad Email,nope,\n",
        encoding="utf-8",
    )
    told: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *_args: sheet)
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, text: told.append(text))
    when_dialog_opens(ContactImportDialog, lambda dialog: dialog.accept())
    qtbot.mouseClick(section.ui.importButton, Qt.MouseButton.LeftButton)
    assert told == ["1 added, 0 updated, 1 refused."]
    assert section.visible_names() == ["Łukasz Nowak"]
    assert "Participation co-ordinator" not in section.gap_text()


def test_delete_is_undone_with_the_undo_stack(
    section: ContactsSection, contacts: ContactService, inspection_id: int, qtbot: QtBot
) -> None:
    """Delete removes the selected contact; undo brings them back with their role."""
    row = contacts.add_contact(
        inspection_id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    section.refresh()
    section.select_contact(row.id)
    with qtbot.waitSignal(section.plan_changed):
        qtbot.mouseClick(section.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert section.visible_names() == []
    section.undo_stack.undo()
    assert section.visible_names() == ["Ailsa Grant"]
    assert contacts.contact(row.id).roles == ("inspection_coordinator",)


def test_young_person_form_hides_contact_details_and_says_why(
    qtbot: QtBot, service: InspectionService
) -> None:
    """Ticking a young person's role hides email, phone and address and shows the privacy note."""
    saved: list[ContactDraft] = []
    dialog = ContactDialog(service.roles, {}, lambda draft, _kind: saved.append(draft))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.emailEdit.setText("jo@example.org")
    assert dialog.ui.emailEdit.isVisible() and not dialog.ui.privacyNoteLabel.isVisible()
    dialog.set_role_checked("young_inspection_volunteer", True)
    for field in (dialog.ui.emailEdit, dialog.ui.phoneEdit, dialog.ui.addressEdit):
        assert not field.isVisible()
    assert dialog.ui.privacyNoteLabel.isVisible() and dialog.ui.groupEdit.isVisible()
    dialog.ui.nameEdit.setText("Jo")
    dialog.ui.groupEdit.setText("Champions Board")
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved[0].email == "" and saved[0].group == "Champions Board"


def test_vcard_export_of_the_selected_contact_only(
    section: ContactsSection,
    contacts: ContactService,
    inspection_id: int,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With one of two selected, choosing "the selected" writes one vCard 4.0 card."""
    target = tmp_path / "out.vcf"
    chosen = contacts.add_contact(inspection_id, ContactDraft("Siobhán Ní Bhriain"))
    contacts.add_contact(inspection_id, ContactDraft("Łukasz Nowak"))
    section.refresh()
    section.select_contact(chosen.id)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: 1)
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    monkeypatch.setattr(dialogs, "show_info", lambda *_args: None)
    qtbot.mouseClick(section.ui.exportVcardButton, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1
    assert "VERSION:4.0" in text and "Siobhán Ní Bhriain" in text


def test_naming_someone_for_a_selected_role_fills_its_gap(
    section: ContactsSection,
    contacts: ContactService,
    inspection_id: int,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Select a role, press "Name someone…", pick a person: the role is theirs."""
    person = contacts.add_contact(inspection_id, ContactDraft("Morag Fyfe"))
    section.refresh()
    model = section.roles_model
    row = next(
        r for r in range(model.rowCount()) if model.status_at(r).role.key == "local_file_reader"
    )
    section.ui.rolesView.sortByColumn(COLUMN_STATUS, Qt.SortOrder.AscendingOrder)
    view_row = section.ui.rolesView.model().mapFromSource(model.index(row, 0)).row()
    section.ui.rolesView.selectRow(view_row)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: 0)
    qtbot.mouseClick(section.ui.nameForRoleButton, Qt.MouseButton.LeftButton)
    assert contacts.contact(person.id).roles == ("local_file_reader",)
    assert "Local file reader" not in section.gap_text()


def test_ctrl_z_in_a_section_with_its_own_stack_undoes_a_delete(
    section: ContactsSection, contacts: ContactService, inspection_id: int, qtbot: QtBot
) -> None:
    """Without the window's stack, the section's own Ctrl+Z reverses its last change."""
    row = contacts.add_contact(inspection_id, ContactDraft("Ailsa Grant"))
    section.refresh()
    section.select_contact(row.id)
    section.activateWindow()
    section.ui.contactsView.setFocus()
    qtbot.waitUntil(section.ui.contactsView.hasFocus)
    qtbot.keyClick(section.ui.contactsView, Qt.Key.Key_Delete)
    assert section.visible_names() == []
    qtbot.keyClick(section.ui.contactsView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert section.visible_names() == ["Ailsa Grant"]


def test_an_empty_register_says_how_to_fill_it(section: ContactsSection) -> None:
    """With nobody in it, the register points at Add and Import, which are ready to use."""
    assert section.ui.countLabel.text().startswith("Nobody in the register yet: Add a person")
    assert section.ui.addButton.isEnabled() and section.ui.importButton.isEnabled()


def test_a_search_with_no_match_says_so(
    section: ContactsSection, contacts: ContactService, inspection_id: int
) -> None:
    """A word nobody matches is named, with how to see everyone again."""
    contacts.add_contact(inspection_id, ContactDraft("Ailsa Grant"))
    section.refresh()
    section.search("xyzzy")
    assert section.ui.countLabel.text() == "No match for “xyzzy” — clear the search to see all 1."
