"""Tables of the plan: inspections, their holiday periods and checklist items.

Change them only together with a new Alembic migration.
"""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel


class InspectionRecord(SQLModel, table=True):
    """An inspection of one partnership, dated from its notification letter."""

    __tablename__ = "inspection"

    id: int | None = Field(default=None, primary_key=True)
    area: str
    notified_on: dt.date
    template_key: str
    created_at: dt.datetime
    last_opened_at: dt.datetime
    # Archived inspections stay in the file but are not opened or listed by default.
    archived_at: dt.datetime | None = None


class HolidayRecord(SQLModel, table=True):
    """A holiday period recorded for one inspection."""

    __tablename__ = "holiday_period"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    starts_on: dt.date
    ends_on: dt.date
    label: str = ""


class PlanItemRecord(SQLModel, table=True):
    """One checklist item of one inspection, copied from the plan template at creation."""

    __tablename__ = "plan_item"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    item_key: str
    position: int
    week: int
    title: str
    description: str = ""
    kind: str
    lead: str
    owner_role: str
    # A person named as the owner; the role stays, so the item falls back to it if they go.
    owner_contact_id: int | None = Field(
        default=None, foreign_key="contact.id", index=True, ondelete="SET NULL"
    )
    duration_weeks: int | None = None
    attendees_json: str = "[]"
    agenda_json: str = "[]"
    guide_notes: str = ""
    status: str = "not_started"
    notes: str = ""
    completed_on: dt.date | None = None
    moved_to: dt.date | None = None
    updated_at: dt.datetime
    # Deleted items are kept (hidden) so a guide item can be brought back and undo is exact.
    removed_at: dt.datetime | None = None
