"""Working the checklist: an item's status (with the PIR rule), date, notes and owner.

Each returns the ``Change`` it made, whose ``undo`` puts the item back exactly.
"""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.storage.plan.inspection_service import StatusChange
from inspection_desktop.usecases.changes import (
    MEETINGS,
    OWNERS,
    PIR_CHECKS,
    PLAN,
    Change,
    UndoStep,
)
from inspection_desktop.usecases.services import Services


def item_change(description: str, row: PlanRow, *, undo: UndoStep | None = None) -> Change:
    """A change to one checklist item (and to its meeting, when it came from an action)."""
    kinds = {PLAN, MEETINGS} if row.from_meeting else {PLAN}
    return Change(description, frozenset(kinds), items=frozenset({row.id}), undo=undo)


def set_item_status(
    services: Services, item_id: int, status: ItemStatus, reason: str | None = None
) -> Change:
    """Mark an item not started, in progress, done or not applicable.

    The PIR item cannot be closed while the last population list checked still has flagged
    columns: without a ``reason`` that raises ``CompletionBlockedError``; with one, the reason
    is recorded with that check and the item is closed.
    """
    try:
        changed = services.inspections.set_status(item_id, status)
    except CompletionBlockedError:
        if not (reason or "").strip():
            raise
        inspection_id = services.inspections.plan_row(item_id).inspection_id
        latest = services.pir_checks.latest(inspection_id)
        if latest is None:  # the rule only blocks after a check; keep the error honest
            raise
        services.pir_checks.record_reason(latest.id, (reason or "").strip())
        changed = services.inspections.set_status(item_id, status)
        return _status_change(services, changed, status).with_kinds(PIR_CHECKS)
    return _status_change(services, changed, status)


def _status_change(services: Services, changed: StatusChange, status: ItemStatus) -> Change:
    row = changed.row
    description = f"mark “{row.title}” {status.label.lower()}"

    def undo() -> Change:
        back = services.inspections.restore_status(row.id, changed.before)
        return _status_change(services, back, status)

    return item_change(description, row, undo=undo)


def move_item(services: Services, item_id: int, moved_to: dt.date | None) -> Change:
    """Pin an item to a date by hand (None: back to its plan week)."""
    before = services.inspections.moved_to(item_id)
    row = services.inspections.move_item(item_id, moved_to)
    return item_change(
        f"move “{row.title}”", row, undo=lambda: move_item(services, item_id, before)
    )


def set_item_notes(services: Services, item_id: int, notes: str) -> Change:
    """Replace an item's notes."""
    before = services.inspections.plan_row(item_id).notes
    row = services.inspections.set_notes(item_id, notes)
    return item_change(
        f"edit the notes of “{row.title}”",
        row,
        undo=lambda: set_item_notes(services, item_id, before),
    )


def set_item_owner(services: Services, item_id: int, contact_id: int | None) -> Change:
    """Name a person from the register as an item's owner (None: the role alone)."""
    changed = services.inspections.set_owner(item_id, contact_id)
    before = changed.before
    return item_change(
        f"change the owner of “{changed.row.title}”",
        changed.row,
        undo=lambda: set_item_owner(services, item_id, before),
    ).with_kinds(OWNERS)


def describe_blocked(exc: CompletionBlockedError) -> UserFacingError:
    """The command line's wording of a blocked completion: how to give the reason."""
    return UserFacingError(f"{exc} (give --reason TEXT to record why)")
