"""An undecodable value in one contact's row: that row reads as damaged, the rest as they are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspection_desktop.demo.contacts import DEMO_CONTACTS
from inspection_desktop.storage.damaged_text import find_damaged_text
from inspection_desktop.usecases.services import Services


def damage_notes(path: Path, contact_id: int) -> None:
    """Write bytes that are not UTF-8 into one contact's notes, as another program might."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE contact SET notes = CAST(X'4368696c64FF41' AS TEXT) WHERE id = ?",
            (contact_id,),
        )


def _open(path: Path) -> Services:
    from inspection_desktop.composition import open_services

    return open_services(path)


def test_the_register_still_lists_with_the_damaged_row_marked(demo_db_path: Path) -> None:
    """Every contact is read; only the damaged one carries the marker, its text shown as U+FFFD."""
    damage_notes(demo_db_path, 1)
    services = _open(demo_db_path)
    try:
        inspection_id = services.inspections.resolve_inspection_id(None)
        rows = services.contacts.contacts(inspection_id)
    finally:
        services.close()
    assert len(rows) == len(DEMO_CONTACTS)
    damaged = [row for row in rows if row.is_damaged]
    assert [(row.id, row.damaged) for row in damaged] == [(1, ("notes",))]
    assert damaged[0].notes == "Child\ufffdA"


def test_the_check_finds_exactly_the_damaged_value(demo_db_path: Path) -> None:
    """find_damaged_text names the table, column and row, and not a typed replacement character."""
    damage_notes(demo_db_path, 1)
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("UPDATE contact SET notes = 'typed \ufffd on purpose' WHERE id = 2")
    services = _open(demo_db_path)
    try:
        found = find_damaged_text(services.database.engine)
    finally:
        services.close()
    assert [(d.table, d.column, d.row_id) for d in found] == [("contact", "notes", 1)]
    assert found[0].description == "contact 1: notes"
