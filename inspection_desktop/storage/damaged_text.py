"""Text the database cannot decode: read it as damaged instead of failing the whole register.

A value written by another program (or a disk fault) may hold bytes that are not UTF-8. SQLite's
driver would then fail the whole query, with the value's text in its message; here such bytes
read as U+FFFD (the replacement character), the row carries a "damaged" marker naming the
fields, and ``find_damaged_text`` lists every damaged value for a database check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Engine, LargeBinary, MetaData, String, cast, event, select

DAMAGE = "\ufffd"
_decode_tolerantly = partial(str, encoding="utf-8", errors="replace")


@dataclass(frozen=True)
class DamagedValue:
    """One stored value that is not valid text: where it is, never what it holds."""

    table: str
    column: str
    row_id: int | str

    @property
    def description(self) -> str:
        """Where the damage is, in words: "contact 12: notes"."""
        return f"{self.table} {self.row_id}: {self.column.replace('_', ' ')}"


def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    # Set on every checkout: connections made before this was installed get it too.
    if getattr(dbapi_connection, "text_factory", None) is not _decode_tolerantly:
        dbapi_connection.text_factory = _decode_tolerantly


def tolerate_damaged_text(engine: Engine) -> None:
    """Make every connection of ``engine`` read undecodable text as U+FFFD, not fail."""
    if engine.dialect.name != "sqlite":
        return  # other databases refuse to store invalid text in the first place
    if not event.contains(engine, "checkout", _on_checkout):
        event.listen(engine, "checkout", _on_checkout)


def damaged_fields(values: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The names of the fields whose text was undecodable (holds U+FFFD), in the order given."""
    return tuple(name for name, value in values if DAMAGE in value)


def find_damaged_text(engine: Engine, metadata: MetaData | None = None) -> list[DamagedValue]:
    """Every stored text value, in every table, that is not valid UTF-8 (for a database check).

    Reads the raw bytes, a table at a time, so the check is exact: a replacement character the
    user typed on purpose is not reported. ``metadata`` defaults to every table of the app.
    """
    if metadata is None:
        from inspection_desktop.storage.tables import every_table

        tables = every_table()
    else:
        tables = metadata.sorted_tables
    found: list[DamagedValue] = []
    with engine.connect() as connection:
        for table in tables:
            texts = [column for column in table.columns if _is_text(column.type)]
            keys: Sequence[Any] = list(table.primary_key.columns)
            if not texts or len(keys) != 1:
                continue
            query = select(keys[0], *(cast(column, LargeBinary) for column in texts))
            for row in connection.execute(query):
                for column, raw in zip(texts, row[1:], strict=True):
                    if raw is not None and not _is_utf8(bytes(raw)):
                        found.append(DamagedValue(table.name, column.name, row[0]))
    return found


def _is_text(kind: Any) -> bool:
    # sqlmodel's AutoString wraps String in a TypeDecorator.
    return isinstance(kind, String) or isinstance(getattr(kind, "impl", None), String)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
