"""Count the work a database does: transactions begun, statements run and rows fetched (for N+1
guards, and for reads that must not grow with rows they do not use)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event


@dataclass
class DatabaseWork:
    """What ran on the engine while counting."""

    transactions: int = 0
    statements: list[str] = field(default_factory=list)
    rows: int = 0
    """Rows the database handed back (SQLite's driver only)."""

    @property
    def statement_count(self) -> int:
        """How many SQL statements ran."""
        return len(self.statements)


@contextlib.contextmanager
def counting(engine: Engine) -> Iterator[DatabaseWork]:
    """Count transactions and statements on ``engine`` inside the block."""
    work = DatabaseWork()

    def on_begin(_connection: Any) -> None:
        work.transactions += 1

    def on_row(_cursor: Any, row: tuple[Any, ...]) -> tuple[Any, ...]:
        work.rows += 1
        return row

    def on_statement(_conn: Any, cursor: Any, statement: str, *_rest: Any) -> None:
        # The store's own BEGIN IMMEDIATE opens a transaction (counted above), not a query.
        if not statement.lstrip().upper().startswith("BEGIN"):
            work.statements.append(statement)
        if hasattr(cursor, "row_factory"):  # sqlite3 builds every fetched row through this
            cursor.row_factory = on_row

    event.listen(engine, "begin", on_begin)
    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        yield work
    finally:
        event.remove(engine, "begin", on_begin)
        event.remove(engine, "before_cursor_execute", on_statement)
