"""The large demo: a real inspection's size, written in bulk rather than row by row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from inspection_desktop.app import main
from inspection_desktop.composition import open_services
from inspection_desktop.demo.inspection import add_demo_inspection
from inspection_desktop.demo.large import (
    LARGE_CONTACTS,
    LARGE_ITEMS,
    LARGE_MEETINGS,
    add_large_inspection,
)
from inspection_desktop.usecases.services import Services
from tests.sql_counting import counting


def _statements(services: Services, build: Callable[[Services], object]) -> int:
    with counting(services.database.engine) as work:
        build(services)
    return work.statement_count


def test_large_demo_adds_thousands_of_rows_in_a_few_dozen_statements(
    services: Services, tmp_path: Path
) -> None:
    """Beyond the ordinary demo, about 7,000 rows (items, people, meetings) take under 100."""
    ordinary = open_services(tmp_path / "ordinary.sqlite3")
    try:
        demo_only = _statements(ordinary, add_demo_inspection)
    finally:
        ordinary.close()
    large = _statements(services, add_large_inspection)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    assert services.inspections.count_items(inspection_id) == LARGE_ITEMS
    assert len(services.contacts.contacts(inspection_id)) == LARGE_CONTACTS
    assert len(services.meetings.list_meetings(inspection_id)) == LARGE_MEETINGS
    assert large - demo_only < 100


def test_demo_large_on_the_command_line_prints_the_id(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`demo --large` adds the large inspection and prints its id, as `demo` does."""
    assert main(["--db", str(db_path), "demo", "--large"]) == 0
    assert capsys.readouterr().out.strip() == "1"
