"""Count the work a database does: transactions begun and statements run (for N+1 guards)."""

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

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        # The store's own BEGIN IMMEDIATE opens a transaction (counted above), not a query.
        if not statement.lstrip().upper().startswith("BEGIN"):
            work.statements.append(statement)

    event.listen(engine, "begin", on_begin)
    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        yield work
    finally:
        event.remove(engine, "begin", on_begin)
        event.remove(engine, "before_cursor_execute", on_statement)
