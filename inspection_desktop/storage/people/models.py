"""Tables of the contact register: organisations, contacts and the roles they hold.

Change them only together with a new Alembic migration.
"""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel


class OrganisationRecord(SQLModel, table=True):
    """A body a contact works for (council, NHS board, Police Scotland, ...), per inspection."""

    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    name: str
    kind: str


class ContactRecord(SQLModel, table=True):
    """A person in the inspection's contact register."""

    __tablename__ = "contact"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    organisation_id: int | None = Field(
        default=None, foreign_key="organisation.id", index=True, ondelete="SET NULL"
    )
    name: str
    job_title: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    notes: str = ""
    group_name: str = ""
    match_key: str = Field(index=True)
    updated_at: dt.datetime


class RoleAssignmentRecord(SQLModel, table=True):
    """A contact holding one role in one inspection."""

    __tablename__ = "role_assignment"

    contact_id: int = Field(foreign_key="contact.id", primary_key=True, ondelete="CASCADE")
    role_key: str = Field(primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
