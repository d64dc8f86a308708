"""Tables of the PIR data guard: its runs over population lists (column names only).

Change them only together with a new Alembic migration.
"""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel


class PirCheckRecord(SQLModel, table=True):
    """One run of the PIR data guard over a population list (names of columns only, no values)."""

    __tablename__ = "pir_check"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    checked_at: dt.datetime
    file_name: str
    still_flagged_json: str = "[]"
    minimised_file: str = ""
    reason: str = ""
