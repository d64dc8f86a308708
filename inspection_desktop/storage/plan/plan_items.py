"""The one writer of checklist items: every change to the ``plan_item`` table goes through here.

Other stores (contacts naming an owner, meetings putting an action on the checklist) call these
inside their own transaction, so their change and the item's are one unit of work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, update
from sqlmodel import Session, col, select

from inspection_desktop.domain.plan.items import ItemKind, ItemStatus
from inspection_desktop.domain.roles import Side
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.people.models import ContactRecord
from inspection_desktop.storage.plan.models import PlanItemRecord


@dataclass(frozen=True)
class NewPlanItem:
    """A checklist item to add to an inspection, beyond those its template gave it."""

    key: str
    week: int
    title: str
    description: str = ""
    kind: ItemKind = ItemKind.TASK
    lead: Side = Side.PARTNERSHIP
    owner_role: str = "inspection_coordinator"
    guide_notes: str = ""
    moved_to: dt.date | None = None


def item_record(session: Session, item_id: int) -> PlanItemRecord:
    """One checklist item's record, or a clear error naming the id."""
    record = session.get(PlanItemRecord, item_id)
    if record is None:
        raise RecordNotFoundError(f"There is no checklist item with id {item_id}.")
    return record


def add_item(session: Session, inspection_id: int, item: NewPlanItem) -> int:
    """Add an item at the end of the inspection's checklist; returns its id."""
    last = session.exec(
        select(func.max(PlanItemRecord.position)).where(
            PlanItemRecord.inspection_id == inspection_id
        )
    ).one()
    record = PlanItemRecord(
        inspection_id=inspection_id,
        item_key=item.key,
        position=(last or 0) + 1,
        week=item.week,
        title=item.title,
        description=item.description,
        kind=item.kind.value,
        lead=item.lead.value,
        owner_role=item.owner_role,
        guide_notes=item.guide_notes,
        moved_to=item.moved_to,
        updated_at=dt.datetime.now(dt.UTC),
    )
    session.add(record)
    session.flush()
    assert record.id is not None
    return record.id


def set_owner(session: Session, item_id: int, contact_id: int | None) -> int | None:
    """Name a person as an item's owner (None: the role alone); returns the owner before."""
    item = item_record(session, item_id)
    if contact_id is not None:
        contact = session.get(ContactRecord, contact_id)
        if contact is None:
            raise RecordNotFoundError(f"There is no contact with id {contact_id}.")
        if contact.inspection_id != item.inspection_id:
            raise UserFacingError("That person belongs to another inspection's register.")
    before = item.owner_contact_id
    item.owner_contact_id = contact_id
    item.updated_at = dt.datetime.now(dt.UTC)
    session.add(item)
    return before


def give_back_ownership(session: Session, item_ids: Iterable[int], contact_id: int) -> None:
    """Make a restored contact the owner again of the items they owned (those that remain)."""
    ids = list(item_ids)
    if ids:
        session.execute(
            update(PlanItemRecord)
            .where(col(PlanItemRecord.id).in_(ids))
            .values(owner_contact_id=contact_id, updated_at=dt.datetime.now(dt.UTC))
        )


def items_owned_by(session: Session, contact_id: int) -> tuple[int, ...]:
    """The ids of the items a person is named as owning."""
    ids = session.exec(
        select(PlanItemRecord.id).where(PlanItemRecord.owner_contact_id == contact_id)
    ).all()
    return tuple(item_id for item_id in ids if item_id is not None)


# Many at once -------------------------------------------------------------------------------
# For a batch arriving together (a large demo, an import): Core statements, a few per batch,
# never one ORM object per item.


def add_items_in_bulk(
    session: Session, inspection_id: int, items: Sequence[NewPlanItem]
) -> list[int]:
    """Add the items at the end of the checklist, in order; returns their ids in that order."""
    if not items:
        return []
    table = _plan_items()
    first = (
        session.exec(
            select(func.max(PlanItemRecord.position)).where(
                PlanItemRecord.inspection_id == inspection_id
            )
        ).one()
        or 0
    ) + 1
    now = dt.datetime.now(dt.UTC)
    session.execute(
        insert(table),
        [
            {
                "inspection_id": inspection_id,
                "item_key": item.key,
                "position": first + number,
                "week": item.week,
                "title": item.title,
                "description": item.description,
                "kind": item.kind.value,
                "lead": item.lead.value,
                "owner_role": item.owner_role,
                "guide_notes": item.guide_notes,
                "moved_to": item.moved_to,
                "attendees_json": "[]",
                "agenda_json": "[]",
                "status": ItemStatus.NOT_STARTED.value,
                "notes": "",
                "updated_at": now,
            }
            for number, item in enumerate(items)
        ],
    )
    # Read the ids back by position: SQLite promises no order for a many-row insert's ids.
    ids: dict[int, int] = dict(
        session.execute(
            select(table.c.position, table.c.id).where(
                table.c.inspection_id == inspection_id, table.c.position >= first
            )
        ).all()
    )
    return [ids[first + number] for number in range(len(items))]


def set_in_bulk(session: Session, values: Mapping[int, Mapping[str, Any]]) -> None:
    """Set columns of many items in one statement: item id -> {column: value}, same columns."""
    if not values:
        return
    columns = next(iter(values.values())).keys()
    table = _plan_items()
    session.execute(
        update(table)
        .where(table.c.id == bindparam("item_id"))
        .values({name: bindparam(f"new_{name}") for name in columns}),
        [
            {"item_id": item_id, **{f"new_{name}": row[name] for name in columns}}
            for item_id, row in values.items()
        ],
    )


def _plan_items() -> Table:
    table = PlanItemRecord.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
