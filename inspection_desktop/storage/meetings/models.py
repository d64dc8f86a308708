"""Tables for meetings: agendas, papers, attendees and actions. Change only with a migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel


class MeetingRecord(SQLModel, table=True):
    """A meeting of one inspection, made from the plan or added by the co-ordinator."""

    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    # The checklist item the meeting was made from; None for the co-ordinator's own meetings.
    plan_item_id: int | None = Field(
        default=None, foreign_key="plan_item.id", index=True, ondelete="SET NULL"
    )
    title: str
    purpose: str = ""
    week: int | None = None
    # Naive wall-clock time in Europe/London (the default datetime type insists on UTC).
    starts: NaiveDatetime | None = None
    duration_minutes: int | None = None
    venue: str = ""
    notes: str = ""
    # One decision per line.
    decisions: str = ""
    position: int = 0


class AgendaItemRecord(SQLModel, table=True):
    """One item on a meeting's agenda."""

    __tablename__ = "agenda_item"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    position: int
    title: str
    presenter: str = ""
    minutes: int = 10
    notes: str = ""
    minutes_notes: str = ""
    confidential: bool = False


class PaperRecord(SQLModel, table=True):
    """A PDF file attached to an agenda item."""

    __tablename__ = "paper"

    id: int | None = Field(default=None, primary_key=True)
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True, ondelete="CASCADE")
    title: str
    path: str
    confidential: bool = False


class MeetingAttendeeRecord(SQLModel, table=True):
    """Someone invited to a meeting: a role from the guide, a named person, or both."""

    __tablename__ = "meeting_attendee"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    role_key: str | None = None
    name: str = ""
    organisation: str = ""
    attendance: str = "unknown"


class MeetingActionRecord(SQLModel, table=True):
    """An action agreed at a meeting; its checklist item, once made, holds whether it is done."""

    __tablename__ = "meeting_action"

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    description: str
    owner: str = ""
    due: dt.date | None = None
    plan_item_id: int | None = Field(
        default=None, foreign_key="plan_item.id", index=True, ondelete="SET NULL"
    )
