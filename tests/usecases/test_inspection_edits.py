"""The inspection itself edited: name, notification date (with a preview), archive, delete."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.usecases.changes import CALENDAR
from inspection_desktop.usecases.plan import inspection_edits
from inspection_desktop.usecases.services import Services

D = dt.date


def test_the_preview_lists_the_dates_a_new_notification_date_moves(services: Services) -> None:
    """A week later, every item not pinned by hand moves seven days on."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 9, 7))
    rows = services.inspections.plan_rows(inspection.id)
    services.inspections.move_item(rows[0].id, D(2026, 9, 9))
    moves = inspection_edits.date_moves(services, inspection.id, D(2026, 9, 14))
    assert len(moves) == len(rows) - 1
    assert all((m.new_due - m.due).days == 7 for m in moves)


def test_changing_the_date_moves_the_plan_and_undo_moves_it_back(services: Services) -> None:
    """The change names the calendar, so every date on screen is refreshed."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 9, 7))
    first_due = services.inspections.plan_rows(inspection.id)[0].due
    change = inspection_edits.edit_inspection(services, inspection.id, "Renamed", D(2026, 9, 14))
    assert CALENDAR in change.kinds
    assert services.inspections.plan_rows(inspection.id)[0].due == first_due + dt.timedelta(7)
    assert change.undo is not None
    change.undo()
    back = services.inspections.get_inspection(inspection.id)
    assert (back.area, back.notified_on) == ("Test Partnership", D(2026, 9, 7))


def test_an_archived_inspection_is_not_opened_next_time(services: Services) -> None:
    """Archiving hands "most recent" to the other inspection; the archived one is still kept."""
    older = services.inspections.create_inspection("Older", D(2026, 9, 7))
    newer = services.inspections.create_inspection("Newer", D(2026, 9, 7))
    inspection_edits.archive_inspection(services, newer.id)
    assert services.inspections.current_inspection_id() == older.id
    assert {i.id for i in services.inspections.list_inspections(include_archived=True)} == {
        older.id,
        newer.id,
    }


def test_deleting_an_inspection_removes_its_plan(services: Services) -> None:
    """Nothing of a deleted inspection is left behind."""
    inspection = services.inspections.create_inspection("Gone", D(2026, 9, 7))
    inspection_edits.delete_inspection(services, inspection.id)
    assert services.inspections.list_inspections(include_archived=True) == []
    assert services.inspections.count_items(inspection.id) == 0
