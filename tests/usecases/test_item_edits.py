"""The co-ordinator's own items: add, edit, delete, bring back and bulk changes, all undoable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemOrigin, ItemStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.usecases.changes import PLAN, Change
from inspection_desktop.usecases.plan import item_edits
from inspection_desktop.usecases.services import Services

D = dt.date


@pytest.fixture
def inspection_id(services: Services) -> int:
    """An inspection notified on Monday 2 November 2026."""
    return services.inspections.create_inspection("Test Partnership", D(2026, 11, 2)).id


def _undo(change: Change) -> Change:
    assert change.undo is not None
    return change.undo()


def _keys(services: Services, inspection_id: int) -> list[str]:
    return [row.key for row in services.inspections.plan_rows(inspection_id)]


def test_an_item_of_their_own_joins_its_week_and_says_where_it_came_from(
    services: Services, inspection_id: int
) -> None:
    """Added in week 5, the item is due that Friday and is marked as the co-ordinator's."""
    change = item_edits.add_item(
        services, inspection_id, ItemDraft("Book the file-reading base", 5, kind="deadline")
    )
    (item_id,) = change.items
    row = services.inspections.plan_row(item_id)
    assert (row.week, row.due, row.origin) == (5, D(2026, 12, 4), ItemOrigin.OWN)
    assert PLAN in change.kinds


def test_undoing_an_add_takes_the_item_away_and_redo_brings_it_back(
    services: Services, inspection_id: int
) -> None:
    """Undo and redo of an add, both ways."""
    before = len(_keys(services, inspection_id))
    change = item_edits.add_item(services, inspection_id, ItemDraft("Order lanyards", 3))
    undone = _undo(change)
    assert len(_keys(services, inspection_id)) == before
    _undo(undone)
    assert len(_keys(services, inspection_id)) == before + 1


def test_an_exact_date_pins_the_item_there(services: Services, inspection_id: int) -> None:
    """An item given a date rather than a week is due on that date."""
    draft = ItemDraft("Brief the chief officers", 4, due_on=D(2026, 11, 24))
    (item_id,) = item_edits.add_item(services, inspection_id, draft).items
    assert services.inspections.plan_row(item_id).due == D(2026, 11, 24)


def test_a_blank_title_is_refused_with_the_reason(services: Services, inspection_id: int) -> None:
    """Nothing is added and the co-ordinator is told why."""
    with pytest.raises(UserFacingError, match="title"):
        item_edits.add_item(services, inspection_id, ItemDraft("  ", 3))


def test_a_guide_item_can_be_edited_and_undo_restores_it(
    services: Services, inspection_id: int
) -> None:
    """Editing a guide item's title and week, then undoing, puts the guide's words back."""
    row = services.inspections.plan_rows(inspection_id)[0]
    draft = item_edits.item_draft(services, row.id)
    from dataclasses import replace

    change = item_edits.edit_item(services, row.id, replace(draft, title="Our wording", week=2))
    edited = services.inspections.plan_row(row.id)
    assert (edited.title, edited.week, edited.origin) == ("Our wording", 2, ItemOrigin.GUIDE)
    _undo(change)
    assert services.inspections.plan_row(row.id).title == row.title


def test_a_deleted_guide_item_can_be_brought_back(services: Services, inspection_id: int) -> None:
    """Deleted, the item leaves the checklist and is listed to bring back; brought back, it
    returns with its status."""
    row = services.inspections.plan_rows(inspection_id)[1]
    services.inspections.set_status(row.id, ItemStatus.IN_PROGRESS)
    item_edits.delete_items(services, [row.id])
    assert row.key not in _keys(services, inspection_id)
    assert [r.id for r in item_edits.deleted_rows(services, inspection_id)] == [row.id]
    item_edits.bring_back_items(services, [row.id])
    assert services.inspections.plan_row(row.id).status is ItemStatus.IN_PROGRESS
    assert item_edits.deleted_rows(services, inspection_id) == []


def test_undoing_a_delete_puts_the_item_back(services: Services, inspection_id: int) -> None:
    """Delete is undoable like any edit."""
    row = services.inspections.plan_rows(inspection_id)[2]
    _undo(item_edits.delete_items(services, [row.id]))
    assert row.key in _keys(services, inspection_id)


def test_bulk_status_marks_every_selected_item_and_undo_restores_each(
    services: Services, inspection_id: int
) -> None:
    """Three items marked done at once; undo gives each its own status and date back."""
    rows = services.inspections.plan_rows(inspection_id)[:3]
    services.inspections.set_status(rows[0].id, ItemStatus.IN_PROGRESS)
    ids = [row.id for row in rows]
    change = item_edits.set_items_status(services, ids, ItemStatus.DONE)
    after = [services.inspections.plan_row(i) for i in ids]
    assert {(r.status, r.completed_on) for r in after} == {(ItemStatus.DONE, D(2026, 11, 28))}
    _undo(change)
    statuses = [services.inspections.plan_row(i).status for i in ids]
    assert statuses == [ItemStatus.IN_PROGRESS, ItemStatus.NOT_STARTED, ItemStatus.NOT_STARTED]


def test_bulk_status_keeps_the_pir_rule(services: Services, inspection_id: int) -> None:
    """The PIR item cannot be ticked done in a bulk change while its last file is flagged."""
    rows = {row.key: row for row in services.inspections.plan_rows(inspection_id)}
    services.pir_checks.record(inspection_id, PirGuardOutcome(Path("pop.csv"), ("Name",)))
    with pytest.raises(CompletionBlockedError):
        item_edits.set_items_status(
            services, [rows["w7-return-pir"].id, rows["w9-case-file-sample"].id], ItemStatus.DONE
        )
    assert services.inspections.plan_row(rows["w9-case-file-sample"].id).status is (
        ItemStatus.NOT_STARTED
    )


def test_bulk_status_with_a_reason_closes_the_pir_item_and_keeps_the_reason(
    services: Services, inspection_id: int
) -> None:
    """As for the item alone: with a reason the PIR item is done, and the reason is recorded."""
    from inspection_desktop.usecases.changes import PIR_CHECKS

    rows = {row.key: row for row in services.inspections.plan_rows(inspection_id)}
    services.pir_checks.record(inspection_id, PirGuardOutcome(Path("pop.csv"), ("Name",)))
    ids = [rows["w7-return-pir"].id, rows["w9-case-file-sample"].id]
    change = item_edits.set_items_status(
        services, ids, ItemStatus.DONE, "Name holds the team, not a child"
    )
    assert {services.inspections.plan_row(i).status for i in ids} == {ItemStatus.DONE}
    latest = services.pir_checks.latest(inspection_id)
    assert latest is not None and latest.reason == "Name holds the team, not a child"
    assert PIR_CHECKS in change.kinds


def test_bulk_owner_and_week_apply_to_every_selected_item(
    services: Services, inspection_id: int
) -> None:
    """Two items given to the participation co-ordinator and moved to week 6."""
    ids = [row.id for row in services.inspections.plan_rows(inspection_id)[:2]]
    item_edits.set_items_owner(services, ids, "participation_coordinator")
    item_edits.set_items_week(services, ids, 6)
    rows = [services.inspections.plan_row(i) for i in ids]
    assert {(r.owner_role, r.week) for r in rows} == {("participation_coordinator", 6)}


def test_a_bulk_change_with_nothing_selected_says_so(services: Services) -> None:
    """An empty selection is a plain message, not a silent no-op."""
    with pytest.raises(UserFacingError, match="Select one or more"):
        item_edits.set_items_week(services, [], 3)


def test_undoing_an_import_lets_the_same_rows_be_imported_again(
    services: Services, inspection_id: int
) -> None:
    """An import taken back leaves no trace, so running it again is not refused."""
    keyed = [("import-abc", ItemDraft("From the tracker", 3, due_on=D(2026, 11, 18)))]
    change = item_edits.import_items(services, inspection_id, keyed)
    _undo(change)
    assert "import-abc" not in services.inspections.item_keys(inspection_id)
    item_edits.import_items(services, inspection_id, keyed)
    assert "import-abc" in _keys(services, inspection_id)
