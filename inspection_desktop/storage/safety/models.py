"""Tables of the store's own safety bookkeeping. Change them only with a new migration."""

from __future__ import annotations

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


class StoreIdentity(SQLModel, table=True):
    """The database's own identity, so an imported hand-over knows where its rows came from."""

    __tablename__ = "store_identity"

    id: int | None = Field(default=None, primary_key=True)
    store_uuid: str


class HandoverOrigin(SQLModel, table=True):
    """A row imported from a hand-over file: importing the same file again adds nothing."""

    __tablename__ = "handover_origin"

    source_store: str = Field(primary_key=True)
    table_name: str = Field(primary_key=True)
    source_id: int = Field(primary_key=True)
    local_id: int
