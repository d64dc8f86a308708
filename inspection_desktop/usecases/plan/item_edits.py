"""The co-ordinator's own checklist: add, edit, delete and bring back items, and bulk changes.

Every operation snapshots the items it touches before and after, so undo (and redo) put them
back exactly: status, completion date, owner, week, hand-moved date and all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from inspection_desktop.domain import clock
from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY, pir_done_problem
from inspection_desktop.domain.plan.item_drafts import (
    ItemDraft,
    draft_of,
    draft_problems,
    tidy_draft,
)
from inspection_desktop.domain.plan.items import ItemStatus, PlanRow
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.storage.plan.plan_item_edits import ItemState
from inspection_desktop.usecases.changes import PIR_CHECKS, PLAN, Change
from inspection_desktop.usecases.services import Services


def checked_draft(services: Services, draft: ItemDraft) -> ItemDraft:
    """The draft tidied; UserFacingError saying everything wrong with it, if anything is."""
    tidy = tidy_draft(draft)
    problems = draft_problems(tidy, services.inspections.roles)
    if problems:
        raise UserFacingError(" ".join(problems))
    return tidy


def item_draft(services: Services, item_id: int) -> ItemDraft:
    """The draft an item is edited from (its exact date, if pinned, and named owner included)."""
    (state,) = services.inspections.item_states([item_id])
    row = services.inspections.plan_row(item_id)
    return draft_of(row, state.owner_contact_id, state.moved_to)


def add_item(services: Services, inspection_id: int, draft: ItemDraft) -> Change:
    """Add an item of the co-ordinator's own to the checklist."""
    draft = checked_draft(services, draft)
    store = services.inspections
    item_id = store.add_item(inspection_id, draft)
    (after,) = store.item_states([item_id])
    gone = replace(after, removed_at=dt.datetime.now(dt.UTC))
    return _restoring(services, f"add “{draft.title}”", [after], [gone])


def edit_item(services: Services, item_id: int, draft: ItemDraft) -> Change:
    """Rewrite an item: title, description, week or exact date, kind, owner, duration, notes."""
    draft = checked_draft(services, draft)
    return _snapshotting(
        services,
        [item_id],
        f"edit “{draft.title}”",
        lambda: services.inspections.update_item(item_id, draft),
    )


def delete_items(services: Services, item_ids: Collection[int]) -> Change:
    """Delete items from the checklist; a guide item deleted can be brought back later."""
    now = dt.datetime.now(dt.UTC)
    return _snapshotting(
        services,
        item_ids,
        f"delete {_what(services, item_ids)}",
        lambda: services.inspections.change_items(item_ids, {"removed_at": now}),
    )


def bring_back_items(services: Services, item_ids: Collection[int]) -> Change:
    """Put deleted items back on the checklist, as they were."""
    return _snapshotting(
        services,
        item_ids,
        f"bring back {_what(services, item_ids)}",
        lambda: services.inspections.change_items(item_ids, {"removed_at": None}),
    )


def set_items_status(
    services: Services,
    item_ids: Collection[int],
    status: ItemStatus,
    reason: str | None = None,
) -> Change:
    """Set the status of several items at once; the PIR item's rule still holds.

    Closing the PIR item among them while the last list checked has flagged columns raises
    ``CompletionBlockedError`` without a ``reason``; with one, it is recorded with that check,
    as for the item alone.
    """
    store = services.inspections
    reason_recorded = False
    if status.is_closed and item_ids:
        inspection_id = store.plan_row(next(iter(item_ids))).inspection_id
        wanted = set(item_ids)
        if any(
            row.key == PIR_ITEM_KEY and row.id in wanted for row in store.plan_rows(inspection_id)
        ):
            latest = services.pir_checks.latest(inspection_id)
            problem = pir_done_problem(latest)
            if problem:
                if latest is None or not (reason or "").strip():
                    raise CompletionBlockedError(problem)
                services.pir_checks.record_reason(latest.id, (reason or "").strip())
                reason_recorded = True
    completed_on = clock.today() if status is ItemStatus.DONE else None
    change = _snapshotting(
        services,
        item_ids,
        f"mark {_what(services, item_ids)} {status.label.lower()}",
        lambda: store.change_items(
            item_ids, {"status": status.value, "completed_on": completed_on}
        ),
    )
    return change.with_kinds(PIR_CHECKS) if reason_recorded else change


def set_items_owner(
    services: Services, item_ids: Collection[int], role_key: str, contact_id: int | None = None
) -> Change:
    """Give several items the same owner: a role, and optionally a person in the register."""
    roles = services.inspections.roles
    if role_key not in roles:
        raise UserFacingError(f"Unknown owner role {role_key!r}.")
    return _snapshotting(
        services,
        item_ids,
        f"give {_what(services, item_ids)} to {roles.name_of(role_key)}",
        lambda: services.inspections.change_items(
            item_ids, {"owner_role": role_key, "owner_contact_id": contact_id}
        ),
    )


def set_items_week(services: Services, item_ids: Collection[int], week: int) -> Change:
    """Put several items in one week (an item pinned to a date by hand is unpinned)."""
    if not 1 <= week <= 60:
        raise UserFacingError("The week must be from 1 to 60.")
    return _snapshotting(
        services,
        item_ids,
        f"move {_what(services, item_ids)} to week {week}",
        lambda: services.inspections.change_items(item_ids, {"week": week, "moved_to": None}),
    )


def deleted_rows(services: Services, inspection_id: int) -> list[PlanRow]:
    """Deleted items, which can be brought back: the guide's first."""
    rows = services.inspections.removed_rows(inspection_id)
    return sorted(rows, key=lambda row: (row.origin.value != "guide", row.week, row.position))


def import_items(
    services: Services, inspection_id: int, keyed: Sequence[tuple[str, ItemDraft]]
) -> Change:
    """Add the accepted rows of a tracker import together; undo takes them all away again."""
    store = services.inspections
    drafts = [(key, checked_draft(services, draft)) for key, draft in keyed]
    if not drafts:
        return Change("import from a tracker")
    ids = store.add_items(inspection_id, drafts)
    description = f"import {len(ids)} item{'s' if len(ids) != 1 else ''}"

    def undo() -> Change:
        store.purge_items(ids)

        def redo() -> Change:
            return import_items(services, inspection_id, drafts)

        return Change(description, frozenset({PLAN}), items=frozenset(ids), undo=redo)

    return Change(description, frozenset({PLAN}), items=frozenset(ids), undo=undo)


# The way back -----------------------------------------------------------------------------


def _what(services: Services, item_ids: Collection[int]) -> str:
    if len(item_ids) == 1:
        (item_id,) = item_ids
        return f"“{services.inspections.plan_row(item_id).title}”"
    return f"{len(item_ids)} items"


def _snapshotting(
    services: Services,
    item_ids: Collection[int],
    description: str,
    apply: Callable[[], None],
) -> Change:
    if not item_ids:
        raise UserFacingError("Select one or more checklist items first.")
    store = services.inspections
    before = store.item_states(item_ids)
    apply()
    return _restoring(services, description, store.item_states(item_ids), before)


def _restoring(
    services: Services,
    description: str,
    now: Sequence[ItemState],
    back: Sequence[ItemState],
) -> Change:
    """The change that led to ``now``; its undo restores ``back`` (and so on, both ways)."""

    def undo() -> Change:
        services.inspections.restore_item_states(back)
        return _restoring(services, description, back, now)

    return Change(
        description,
        frozenset({PLAN}),
        items=frozenset(state.item_id for state in now),
        undo=undo,
    )
