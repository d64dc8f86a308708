"""Reading the change history: what changed, when, from what to what, on which machine.

The rows are written by the store itself for every table (``storage.sqlite`` logs each
insert, update and delete), so tables other features add are covered without code here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from inspection_desktop.domain.dates import long_date
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.safety.models import ChangeRecord

# Columns the history does not show: ids, links and bookkeeping.
HIDDEN_COLUMNS = frozenset({"id", "updated_at", "last_opened_at", "version", "position"})
ACTION_WORDS = {"added": "Added", "changed": "Changed", "removed": "Removed"}


@dataclass(frozen=True)
class FieldChange:
    """One column's old and new value."""

    field: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One change to one row."""

    id: int
    changed_at: dt.datetime
    machine: str
    table: str
    row_id: int
    action: str
    title: str
    fields: tuple[FieldChange, ...]

    @property
    def local_time(self) -> dt.datetime:
        """When, in this computer's time zone (the history is kept in UTC)."""
        return self.changed_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)

    @property
    def what(self) -> str:
        """ "Changed plan item 'Send the letter'"-style summary."""
        thing = self.table.replace("_", " ")
        named = f" '{self.title}'" if self.title else ""
        return f"{ACTION_WORDS.get(self.action, self.action)} {thing}{named}"


class HistoryStore:
    """The change history of one database."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def last_change_id(self) -> int:
        """The newest change's id (0 when nothing is recorded)."""
        with self._database.transaction() as session:
            return int(session.exec(select(func.max(ChangeRecord.id))).one() or 0)

    def changed_elsewhere_since(self, change_id: int) -> int | None:
        """The newest change after ``change_id`` made by another process, if any."""
        with self._database.transaction() as session:
            newest = session.exec(
                select(func.max(ChangeRecord.id)).where(
                    ChangeRecord.id > change_id,  # type: ignore[operator]
                    ChangeRecord.pid != os.getpid(),
                )
            ).one()
        return None if newest is None else int(newest)

    def mark_seen(self, change_id: int) -> None:
        """This process has shown everything up to ``change_id`` (edits are judged from there)."""
        self._database.seen_change = max(self._database.seen_change, change_id)

    def row_history(self, table: str, row_id: int) -> list[HistoryEntry]:
        """Every change of one row, newest first."""
        with self._database.transaction() as session:
            records = session.exec(
                select(ChangeRecord)
                .where(ChangeRecord.table_name == table, ChangeRecord.row_id == row_id)
                .order_by(col(ChangeRecord.id).desc())
            ).all()
        return [entry_of(record) for record in records]

    def item_history(self, item_id: int) -> list[HistoryEntry]:
        """Every change of one checklist item, newest first."""
        return self.row_history("plan_item", item_id)

    def meeting_history(self, meeting_id: int) -> list[HistoryEntry]:
        """Every change of a meeting and of what belongs to it (agenda, papers, …), newest first.

        What belongs to it is found from the tables' foreign keys, so a table another feature
        links to meetings is included without code here.
        """
        return self.family_history("meeting", meeting_id)

    def family_history(self, table: str, row_id: int) -> list[HistoryEntry]:
        """Changes of a row and of every row linked beneath it by foreign keys."""
        children = _child_links()
        found: dict[int, ChangeRecord] = {}
        wanted: dict[str, set[int]] = {table: {row_id}}
        frontier = [table]
        with self._database.transaction() as session:
            for record in session.exec(
                select(ChangeRecord).where(
                    ChangeRecord.table_name == table, ChangeRecord.row_id == row_id
                )
            ).all():
                found[int(record.id or 0)] = record
            while frontier:
                parent = frontier.pop()
                for child, column in children.get(parent, ()):
                    records = session.exec(
                        select(ChangeRecord).where(ChangeRecord.table_name == child)
                    ).all()
                    ids = wanted.setdefault(child, set())
                    before = len(ids)
                    for record in records:
                        values = _values(record)
                        if values.get(column) in wanted[parent]:
                            found[int(record.id or 0)] = record
                            ids.add(record.row_id)
                    if len(ids) > before:
                        frontier.append(child)
        return [entry_of(found[key]) for key in sorted(found, reverse=True)]


def _child_links() -> dict[str, list[tuple[str, str]]]:
    """For each table, the tables whose rows point at it, and by which column."""
    from inspection_desktop.storage.tables import every_table

    links: dict[str, list[tuple[str, str]]] = {}
    for table in every_table():
        for key in table.foreign_keys:
            parent = key.column.table.name
            if parent != table.name and parent != "inspection":
                links.setdefault(parent, []).append((table.name, key.parent.name))
    return links


def _values(record: ChangeRecord) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for text in (record.old_values, record.new_values):
        if text:
            merged.update(json.loads(text))
    return merged


def entry_of(record: ChangeRecord) -> HistoryEntry:
    """A change record as the co-ordinator reads it."""
    old = json.loads(record.old_values) if record.old_values else {}
    new = json.loads(record.new_values) if record.new_values else {}
    names: Sequence[str] = list(new or old)
    fields = []
    for name in names:
        if name in HIDDEN_COLUMNS or name.endswith("_id"):
            continue
        before, after = old.get(name), new.get(name)
        if record.action == "changed" and before == after:
            continue
        if record.action != "changed" and after in (None, "", "[]") and before in (None, ""):
            continue
        shown_before, shown_after = _shown(before), _shown(after)
        if record.action != "changed":  # A whole row added or removed: its gist, not its text.
            shown_before, shown_after = _gist(shown_before), _gist(shown_after)
        fields.append(FieldChange(name.replace("_", " "), shown_before, shown_after))
    values = new or old
    title = str(values.get("title") or values.get("name") or values.get("label") or "")
    return HistoryEntry(
        id=int(record.id or 0),
        changed_at=record.changed_at,
        machine=record.machine,
        table=record.table_name,
        row_id=record.row_id,
        action=record.action,
        title=title,
        fields=tuple(fields),
    )


GIST_LENGTH = 60


def _gist(text: str) -> str:
    return text if len(text) <= GIST_LENGTH else text[: GIST_LENGTH - 1].rstrip() + "…"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
_CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")


def _shown(value: Any) -> str:
    """A stored value as the co-ordinator reads it: dates in words, codes without underscores."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    try:
        if _ISO_DATE.match(text):
            return long_date(dt.date.fromisoformat(text))
        if _ISO_DATETIME.match(text):
            moment = dt.datetime.fromisoformat(text)
            return f"{long_date(moment.date())}, {moment:%H:%M}"
    except ValueError:
        return text
    if _CODE.match(text):
        return text.replace("_", " ")
    return text
