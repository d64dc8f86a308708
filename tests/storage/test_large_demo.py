"""The large demo: a real inspection's size, written in bulk rather than row by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from inspection_desktop.app import main
from inspection_desktop.demo.large import (
    LARGE_CONTACTS,
    LARGE_ITEMS,
    LARGE_MEETINGS,
    add_large_inspection,
)
from inspection_desktop.usecases.services import Services


def test_large_demo_has_the_size_of_a_real_inspection_in_few_statements(
    services: Services,
) -> None:
    """About 7,600 rows (items, contacts, meetings, agendas) arrive in under 1,000 statements."""
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(services.database.engine, "before_cursor_execute", count)
    inspection = add_large_inspection(services)
    event.remove(services.database.engine, "before_cursor_execute", count)
    assert services.inspections.count_items(inspection.id) == LARGE_ITEMS
    assert len(services.contacts.contacts(inspection.id)) == LARGE_CONTACTS
    assert len(services.meetings.list_meetings(inspection.id)) == LARGE_MEETINGS
    assert len(statements) < 1_000


def test_demo_large_on_the_command_line_prints_the_id(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`demo --large` adds the large inspection and prints its id, as `demo` does."""
    assert main(["--db", str(db_path), "demo", "--large"]) == 0
    assert capsys.readouterr().out.strip() == "1"
