"""Tables of hand-over between databases: the store's identity and where imported rows came
from (loaded with hand-over, not at start-up). Change them only with a new migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

from sqlmodel import Field, SQLModel


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
