"""The change history's table (the store's own bookkeeping; hand-over keeps its tables in
``handover_models``). Change them only with a new migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel


class ChangeRecord(SQLModel, table=True):
    """One change to one row of any table: the history behind "who moved this date?"."""

    __tablename__ = "change_record"

    id: int | None = Field(default=None, primary_key=True)
    changed_at: dt.datetime
    machine: str
    # The process that made it, so a window can tell its own changes from others'.
    pid: int
    table_name: str = Field(index=True)
    row_id: int = Field(index=True)
    action: str
    old_values: str | None = None
    new_values: str | None = None
