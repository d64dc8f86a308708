"""Tables for letters. Change them only together with a new Alembic migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel


class LetterheadRecord(SQLModel, table=True):
    """The letterhead and signature set once per inspection."""

    __tablename__ = "letterhead"

    inspection_id: int = Field(foreign_key="inspection.id", primary_key=True, ondelete="CASCADE")
    logo_path: str = ""
    address: str = ""
    signatory_name: str = ""
    signatory_post: str = ""
    reading_base: str = ""
    updated_at: dt.datetime


class LetterTemplateRecord(SQLModel, table=True):
    """A co-ordinator's own letter template (a copy of a shipped one, edited in the app)."""

    __tablename__ = "letter_template"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    key: str
    title: str
    based_on: str = ""
    version: int = 1
    subject: str
    body: str
    sign_off: str = "Yours sincerely"
    marking: str = "OFFICIAL"
    to_roles_json: str = "[]"
    meeting_key: str = ""
    ticks_key: str = ""
    updated_at: dt.datetime


class LetterSentRecord(SQLModel, table=True):
    """One letter produced for one recipient: the record of letters."""

    __tablename__ = "letter_sent"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    run_id: str = Field(index=True)
    template_key: str = Field(index=True)
    template_title: str
    template_version: int
    own_template: bool = False
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", index=True, ondelete="SET NULL"
    )
    recipient_name: str
    recipient_organisation: str = ""
    subject: str = ""
    file_format: str
    file_path: str = ""
    produced_at: dt.datetime
