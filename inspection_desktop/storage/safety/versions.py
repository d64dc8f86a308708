"""Row versions: an edit or an undo of a row changed meanwhile elsewhere is refused.

A row's version is the sequence number of its newest entry in the change history (which the
store keeps for every table and every writer, the command line included). Before a store
writes a row it asks here whether another process changed that row since this process last
changed it (for an undo) or since this process last looked (for an edit); if so, nothing is
written, and the message shows the newer value.
"""

from __future__ import annotations

import os

from sqlalchemy import func
from sqlmodel import Session, col, select

from inspection_desktop.domain.dates import long_date
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import RecordChangedElsewhereError
from inspection_desktop.storage.safety.history import HistoryEntry, entry_of
from inspection_desktop.storage.safety.models import ChangeRecord


def refuse_outside_change(
    session: Session,
    database: Database,
    table: str,
    row_id: int,
    what: str,
    *,
    undoing: bool = False,
) -> None:
    """Raise ``RecordChangedElsewhereError`` if another process changed the row meanwhile."""
    me = os.getpid()
    mine = session.exec(
        select(func.max(ChangeRecord.id)).where(
            ChangeRecord.table_name == table, ChangeRecord.row_id == row_id, ChangeRecord.pid == me
        )
    ).one()
    since = int(mine or 0) if undoing else max(int(mine or 0), database.seen_change)
    newest = session.exec(
        select(ChangeRecord)
        .where(
            ChangeRecord.table_name == table,
            ChangeRecord.row_id == row_id,
            ChangeRecord.pid != me,
            col(ChangeRecord.id) > since,
        )
        .order_by(col(ChangeRecord.id).desc())
        .limit(1)
    ).first()
    if newest is None:
        return
    entry = entry_of(newest)
    verb = "undone" if undoing else "saved"
    raise RecordChangedElsewhereError(
        f"{what} was changed elsewhere {_where(entry)}: {_newer(entry)}. Nothing was {verb}, "
        "so that change stays; look again and make yours afresh if it is still needed."
    )


def _where(entry: HistoryEntry) -> str:
    local = entry.local_time
    return f"(on {entry.machine}, {long_date(local.date())} at {local:%H:%M})"


def _newer(entry: HistoryEntry) -> str:
    if entry.action == "removed":
        return "it was removed"
    shown = [f"{field.field} is now “{field.new or '(blank)'}”" for field in entry.fields]
    return "; ".join(shown) or "it was edited"
