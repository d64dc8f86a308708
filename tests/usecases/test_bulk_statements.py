"""Bulk changes are a fixed number of statements, whatever the number of items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.usecases.plan import item_edits
from inspection_desktop.usecases.services import Services


@contextmanager
def _counting(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _statements_for(services: Services, how_many: int) -> int:
    inspection = services.inspections.create_inspection("Test", dt.date(2026, 9, 7))
    rows = services.inspections.plan_rows(inspection.id)
    ids = [row.id for row in rows if row.key != PIR_ITEM_KEY][:how_many]
    with _counting(services) as statements:
        change = item_edits.set_items_status(services, ids[1:], ItemStatus.DONE)
        assert change.undo is not None
        change.undo()
    return len(statements)


def test_a_bulk_status_change_and_its_undo_do_not_grow_with_the_items(services: Services) -> None:
    """Marking 20 items costs the same statements as marking 2 (no query per item)."""
    assert _statements_for(services, 3) == _statements_for(services, 21)
