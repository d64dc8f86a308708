"""Hand-over rows: every row that belongs to one inspection, out and back in, for any schema.

The tables are found by walking the foreign keys from ``inspection`` in the metadata (every
feature's tables are listed by ``storage.tables``), so a table letters or file reading add
is carried without code here. On import the ids are remapped, and each row's origin (the
source database and its id there) is kept, so importing the same file again adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from inspection_desktop.storage.database import Database, head_revision
from inspection_desktop.storage.errors import RecordNotFoundError, StorageError
from inspection_desktop.storage.safety.handover_models import HandoverOrigin, StoreIdentity

ROOT_TABLE = "inspection"
Rows = dict[str, list[dict[str, Any]]]


def inspection_tables() -> list[sa.Table]:
    """Every table reachable from ``inspection`` by foreign keys, parents before children."""
    reachable = {ROOT_TABLE}
    changed = True
    from inspection_desktop.storage.tables import every_table

    tables = every_table()
    while changed:
        changed = False
        for table in tables:
            if table.name in reachable:
                continue
            if any(key.column.table.name in reachable for key in table.foreign_keys):
                reachable.add(table.name)
                changed = True
    return [table for table in tables if table.name in reachable]


def _single_id(table: sa.Table) -> sa.Column[Any] | None:
    keys = list(table.primary_key.columns)
    # A key that is also a foreign key (a letterhead's inspection) is mapped through its parent.
    if len(keys) == 1 and isinstance(keys[0].type, sa.Integer) and not keys[0].foreign_keys:
        return keys[0]
    return None


def _owning_key(table: sa.Table, exported: set[str]) -> sa.ForeignKey:
    """The foreign key that ties a table's rows to the inspection (non-null ones first)."""
    keys = [key for key in table.foreign_keys if key.column.table.name in exported]
    keys.sort(key=lambda key: (key.parent.nullable, key.column.table.name != ROOT_TABLE))
    return keys[0]


@dataclass(frozen=True)
class HandoverData:
    """The rows of one inspection, as plain JSON-ready values."""

    source_store: str
    schema: str
    rows: Rows


@dataclass(frozen=True)
class ImportCounts:
    """How many rows of each table an import adds (or would add)."""

    added: dict[str, int]

    @property
    def total(self) -> int:
        """All rows added."""
        return sum(self.added.values())


class HandoverStore:
    """Reads an inspection's rows out of the store and writes hand-over rows into it."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def store_id(self) -> str:
        """This database's own identity."""
        with self._database.transaction() as session:
            identity = session.get(StoreIdentity, 1)
            if identity is None:
                raise StorageError("The database has no identity; run 'inspection-desktop check'.")
            return identity.store_uuid

    def collect(self, inspection_id: int) -> HandoverData:
        """Every row belonging to the inspection, one query per table."""
        tables = inspection_tables()
        exported: set[str] = set()
        ids: dict[str, list[Any]] = {}
        rows: Rows = {}
        with self._database.transaction() as session:
            identity = session.get(StoreIdentity, 1)
            source = identity.store_uuid if identity else ""
            for table in tables:
                if table.name == ROOT_TABLE:
                    query = sa.select(table).where(table.c.id == inspection_id)
                else:
                    key = _owning_key(table, exported)
                    parents = ids.get(key.column.table.name, [])
                    query = sa.select(table).where(key.parent.in_(parents))
                # In id order, so the rows keep their order when they get new ids.
                query = query.order_by(*table.primary_key.columns)
                found = [dict(row._mapping) for row in session.connection().execute(query)]
                if table.name == ROOT_TABLE and not found:
                    raise RecordNotFoundError(f"There is no inspection with id {inspection_id}.")
                exported.add(table.name)
                single = _single_id(table)
                if single is not None:
                    ids[table.name] = [row[single.name] for row in found]
                rows[table.name] = [_plain(row) for row in found]
        return HandoverData(source, head_revision(), rows)

    def add(self, data: HandoverData, dry_run: bool = False) -> ImportCounts:
        """Add the rows not imported before; everything in one transaction (or, dry, nothing)."""
        if data.source_store and data.source_store == self.store_id():
            raise StorageError(
                "This file was exported from this database, so everything in it is here already."
            )
        with self._database.transaction() as session:
            counts = _add_rows(session, data)
            if dry_run:
                session.rollback()
        return counts


def _add_rows(session: Session, data: HandoverData) -> ImportCounts:
    connection = session.connection()
    origin = HandoverOrigin.__table__  # type: ignore[attr-defined]
    known: dict[tuple[str, int], int] = {
        (row.table_name, row.source_id): row.local_id
        for row in connection.execute(
            sa.select(origin).where(origin.c.source_store == data.source_store)
        )
    }
    new_ids: dict[tuple[str, Any], Any] = {}
    added: dict[str, int] = {}
    for table in inspection_tables():
        incoming = data.rows.get(table.name, [])
        if not incoming:
            continue
        single = _single_id(table)
        fresh = []
        for raw in incoming:
            row = _typed(table, raw)
            for key in table.foreign_keys:
                value = row.get(key.parent.name)
                if value is not None and key.column.table.name in data.rows:
                    row[key.parent.name] = new_ids.get((key.column.table.name, value))
            if single is not None:
                old_id = row.pop(single.name)
                local = known.get((table.name, old_id))
                if local is not None:
                    new_ids[(table.name, old_id)] = local
                    continue
                fresh.append((old_id, row))
            else:
                fresh.append((None, row))
        if single is None:
            fresh = _without_existing(connection, table, fresh)
            if fresh:
                connection.execute(sa.insert(table), [row for _old, row in fresh])
        elif fresh:
            result = connection.execute(
                sa.insert(table).returning(single, sort_by_parameter_order=True),
                [row for _old, row in fresh],
            )
            inserted = [row[0] for row in result]
            origins = []
            for (old_id, _row), local in zip(fresh, inserted, strict=True):
                new_ids[(table.name, old_id)] = local
                origins.append(
                    {
                        "source_store": data.source_store,
                        "table_name": table.name,
                        "source_id": old_id,
                        "local_id": local,
                    }
                )
            connection.execute(sa.insert(origin), origins)
        if fresh:
            added[table.name] = len(fresh)
    return ImportCounts(added)


def _without_existing(
    connection: sa.Connection, table: sa.Table, rows: list[tuple[Any, dict[str, Any]]]
) -> list[tuple[Any, dict[str, Any]]]:
    """Rows of a table without a single id whose primary key is not there already."""
    keys = list(table.primary_key.columns)
    if not keys or not rows:
        return rows
    first = keys[0]
    values = {row[first.name] for _old, row in rows}
    existing = {
        tuple(found) for found in connection.execute(sa.select(*keys).where(first.in_(values)))
    }
    return [(old, row) for old, row in rows if tuple(row[key.name] for key in keys) not in existing]


def _plain(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: value.isoformat() if isinstance(value, dt.date | dt.datetime | dt.time) else value
        for name, value in row.items()
    }


def _typed(table: sa.Table, raw: Mapping[str, Any]) -> dict[str, Any]:
    """JSON values back into the column types (columns this schema lacks are dropped)."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in raw:
            continue
        value = raw[column.name]
        if isinstance(value, str):
            kind = _python_type(column)
            if kind is dt.datetime:
                value = dt.datetime.fromisoformat(value)
            elif kind is dt.date:
                value = dt.date.fromisoformat(value)
            elif kind is dt.time:
                value = dt.time.fromisoformat(value)
        row[column.name] = value
    return row


def _python_type(column: sa.Column[Any]) -> type | None:
    kind = getattr(column.type, "impl", column.type)  # Through sqlmodel's decorated types.
    if isinstance(kind, sa.DateTime):
        return dt.datetime
    if isinstance(kind, sa.Date):
        return dt.date
    if isinstance(kind, sa.Time):
        return dt.time
    return None


def file_columns(table: sa.Table) -> list[str]:
    """Columns holding the path of an attached file (papers' PDFs, say)."""
    return [
        column.name
        for column in table.columns
        if column.name == "path" or column.name.endswith("_path")
    ]


def tables_with_files() -> Iterable[sa.Table]:
    """The hand-over tables that name attached files."""
    return [table for table in inspection_tables() if file_columns(table)]
