"""The co-ordinator's edits to checklist items: add, edit, delete and bring back, bulk changes,
imports, and exact snapshots for undo. Part of the plan store, the one writer of ``plan_item``."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, update
from sqlmodel import Session, col, select

from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import OWN_ITEM_KEY_PREFIX, ItemStatus
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordNotFoundError
from inspection_desktop.storage.people.models import ContactRecord
from inspection_desktop.storage.plan.models import InspectionRecord, PlanItemRecord

_STATE_FIELDS = (
    "week",
    "title",
    "description",
    "kind",
    "lead",
    "owner_role",
    "owner_contact_id",
    "duration_weeks",
    "status",
    "notes",
    "completed_on",
    "moved_to",
    "removed_at",
)


@dataclass(frozen=True)
class ItemState:
    """Everything the co-ordinator can change on an item, kept so undo puts it back exactly."""

    item_id: int
    week: int
    title: str
    description: str
    kind: str
    lead: str
    owner_role: str
    owner_contact_id: int | None
    duration_weeks: int | None
    status: str
    notes: str
    completed_on: dt.date | None
    moved_to: dt.date | None
    removed_at: dt.datetime | None


def _state(record: PlanItemRecord) -> ItemState:
    assert record.id is not None
    return ItemState(record.id, *(getattr(record, name) for name in _STATE_FIELDS))


def _item(session: Session, item_id: int) -> PlanItemRecord:
    record = session.get(PlanItemRecord, item_id)
    if record is None:
        raise RecordNotFoundError(f"There is no checklist item with id {item_id}.")
    return record


def _check_owner(session: Session, inspection_id: int, contact_id: int | None) -> None:
    if contact_id is None:
        return
    contact = session.get(ContactRecord, contact_id)
    if contact is None:
        raise RecordNotFoundError(f"There is no contact with id {contact_id}.")
    if contact.inspection_id != inspection_id:
        raise RecordNotFoundError("That person belongs to another inspection's register.")


def _draft_values(draft: ItemDraft) -> dict[str, object]:
    return {
        "week": draft.week,
        "title": draft.title,
        "description": draft.description,
        "kind": draft.kind,
        "lead": draft.lead,
        "owner_role": draft.owner_role,
        "owner_contact_id": draft.owner_contact_id,
        "duration_weeks": draft.duration_weeks,
        "notes": draft.notes,
        "moved_to": draft.due_on,
    }


class PlanItemEdits:
    """Item-editing half of the plan store (``InspectionService``), kept apart to stay short."""

    _database: Database

    def add_item(self, inspection_id: int, draft: ItemDraft, key: str | None = None) -> int:
        """Add a checklist item of the co-ordinator's own; return its id."""
        return self.add_items(inspection_id, [(key, draft)])[0]

    def add_items(
        self, inspection_id: int, drafts: Sequence[tuple[str | None, ItemDraft]]
    ) -> list[int]:
        """Add items together, in one statement; a key of None gets a new one of our own."""
        now = dt.datetime.now(dt.UTC)
        today = clock.today()
        with self._database.transaction() as session:
            if session.get(InspectionRecord, inspection_id) is None:
                raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
            for _, draft in drafts:
                _check_owner(session, inspection_id, draft.owner_contact_id)
            last = session.exec(
                select(func.max(PlanItemRecord.position)).where(
                    PlanItemRecord.inspection_id == inspection_id
                )
            ).one()
            start = (last if last is not None else -1) + 1
            values = [
                {
                    **_draft_values(draft),
                    "inspection_id": inspection_id,
                    "item_key": key or f"{OWN_ITEM_KEY_PREFIX}{uuid.uuid4().hex[:12]}",
                    "position": start + offset,
                    "status": draft.status.value,
                    "completed_on": today if draft.status is ItemStatus.DONE else None,
                    "attendees_json": "[]",
                    "agenda_json": "[]",
                    "guide_notes": "",
                    "updated_at": now,
                }
                for offset, (key, draft) in enumerate(drafts)
            ]
            if not values:
                return []
            session.execute(insert(PlanItemRecord), values)
            keys = [value["item_key"] for value in values]
            found = session.exec(
                select(PlanItemRecord.item_key, PlanItemRecord.id).where(
                    PlanItemRecord.inspection_id == inspection_id,
                    col(PlanItemRecord.item_key).in_(keys),
                )
            ).all()
            ids = {item_key: item_id for item_key, item_id in found if item_id is not None}
            return [ids[str(key)] for key in keys]

    def update_item(self, item_id: int, draft: ItemDraft) -> None:
        """Rewrite an item's title, description, week or date, kind, owner, duration and notes."""
        with self._database.transaction() as session:
            record = _item(session, item_id)
            _check_owner(session, record.inspection_id, draft.owner_contact_id)
            for name, value in _draft_values(draft).items():
                setattr(record, name, value)
            record.updated_at = dt.datetime.now(dt.UTC)
            session.add(record)

    def item_states(self, item_ids: Collection[int]) -> list[ItemState]:
        """The items' editable fields as they are now (all the ids must exist)."""
        wanted = set(item_ids)
        with self._database.transaction() as session:
            records = session.exec(
                select(PlanItemRecord).where(col(PlanItemRecord.id).in_(wanted))
            ).all()
            found = {record.id for record in records}
            missing = sorted(wanted - found)
            if missing:
                raise RecordNotFoundError(f"There is no checklist item with id {missing[0]}.")
            return [_state(record) for record in records]

    def restore_item_states(self, states: Iterable[ItemState]) -> None:
        """Put items back exactly as snapshotted (used by undo), in one statement."""
        now = dt.datetime.now(dt.UTC)
        rows = [
            {"item_id": s.item_id, "updated_at": now}
            | {f"new_{name}": getattr(s, name) for name in _STATE_FIELDS}
            for s in states
        ]
        if not rows:
            return
        statement = (
            update(PlanItemRecord)
            .where(col(PlanItemRecord.id) == bindparam("item_id"))
            .values(
                updated_at=bindparam("updated_at"),
                **{name: bindparam(f"new_{name}") for name in _STATE_FIELDS},
            )
        )
        with self._database.transaction() as session:
            session.connection().execute(statement, rows)

    def change_items(self, item_ids: Collection[int], values: Mapping[str, object]) -> None:
        """Set the same fields on several items at once (bulk status, owner, week, delete)."""
        allowed = set(_STATE_FIELDS)
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not an item field: {sorted(unknown)}")
        self.item_states(item_ids)  # every id must exist
        with self._database.transaction() as session:
            if "owner_contact_id" in values:
                inspections = set(
                    session.exec(
                        select(PlanItemRecord.inspection_id).where(
                            col(PlanItemRecord.id).in_(item_ids)
                        )
                    ).all()
                )
                contact_id = values["owner_contact_id"]
                for inspection_id in inspections:
                    _check_owner(
                        session, inspection_id, contact_id if isinstance(contact_id, int) else None
                    )
            session.execute(
                update(PlanItemRecord)
                .where(col(PlanItemRecord.id).in_(item_ids))
                .values(**values, updated_at=dt.datetime.now(dt.UTC))
            )

    def purge_items(self, item_ids: Collection[int]) -> None:
        """Remove items for good (taking back an import, so it can be run again)."""
        with self._database.transaction() as session:
            session.execute(delete(PlanItemRecord).where(col(PlanItemRecord.id).in_(item_ids)))

    def item_keys(self, inspection_id: int) -> set[str]:
        """Every item key the inspection has used, deleted items' included."""
        with self._database.transaction() as session:
            return set(
                session.exec(
                    select(PlanItemRecord.item_key).where(
                        PlanItemRecord.inspection_id == inspection_id
                    )
                ).all()
            )
