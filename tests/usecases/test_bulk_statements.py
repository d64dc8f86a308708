"""Bulk changes are a fixed number of statements, whatever the number of items."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.usecases.plan import item_edits
from inspection_desktop.usecases.services import Services
from tests.sql_counting import counting


def _statements_for(services: Services, how_many: int) -> int:
    inspection = services.inspections.create_inspection("Test", dt.date(2026, 9, 7))
    rows = services.inspections.plan_rows(inspection.id)
    ids = [row.id for row in rows if row.key != PIR_ITEM_KEY][:how_many]
    with counting(services.database.engine) as work:
        change = item_edits.set_items_status(services, ids[1:], ItemStatus.DONE)
        assert change.undo is not None
        change.undo()
    return work.statement_count


def test_a_bulk_status_change_and_its_undo_do_not_grow_with_the_items(services: Services) -> None:
    """Marking 20 items costs the same statements as marking 2 (no query per item)."""
    assert _statements_for(services, 3) == _statements_for(services, 21)
