"""Meetings pick people from the register: a searchable list, with free text as the fallback."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from inspection_desktop.ui.meetings.person_picker_dialog import PersonPickerDialog

PEOPLE = [
    ("Łukasz Nowak", "Glenmorven Council"),
    ("Ailsa Grant", "Glenmorven Council"),
    ("Priya Raman", "NHS Glenmorven"),
]


def _dialog(qtbot: QtBot, people: list[tuple[str, str]]) -> PersonPickerDialog:
    dialog = PersonPickerDialog(people)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_searching_narrows_the_list_and_picks_the_only_match(qtbot: QtBot) -> None:
    """Typing "nhs" leaves Priya Raman, chosen with her organisation."""
    dialog = _dialog(qtbot, PEOPLE)
    qtbot.keyClicks(dialog.ui.searchEdit, "nhs")
    assert dialog.ui.peopleView.model().rowCount() == 1
    assert dialog.chosen() == ("Priya Raman", "NHS Glenmorven")


def test_the_list_is_in_name_order(qtbot: QtBot) -> None:
    """People are listed by name, as the register sorts them."""
    dialog = _dialog(qtbot, PEOPLE)
    model = dialog.ui.peopleView.model()
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Ailsa Grant — Glenmorven Council",
        "Łukasz Nowak — Glenmorven Council",
        "Priya Raman — NHS Glenmorven",
    ]


def test_someone_not_in_the_register_can_be_typed(qtbot: QtBot) -> None:
    """With no match, the typed name and organisation are used."""
    dialog = _dialog(qtbot, PEOPLE)
    qtbot.keyClicks(dialog.ui.searchEdit, "Morag")
    assert "Nobody in the register matches" in dialog.ui.emptyLabel.text()
    qtbot.keyClicks(dialog.ui.freeTextEdit, "Morag Lindsay, Children's Hearings Scotland")
    assert dialog.chosen() == ("Morag Lindsay", "Children's Hearings Scotland")


def test_an_empty_register_says_where_to_add_people(qtbot: QtBot) -> None:
    """No one to list: the dialog says so and how to fill the register."""
    dialog = _dialog(qtbot, [])
    assert "Nobody is in the register yet" in dialog.ui.emptyLabel.text()
    assert dialog.chosen() is None
