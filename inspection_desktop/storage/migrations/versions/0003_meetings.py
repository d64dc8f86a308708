"""Meetings: their agendas, papers, attendees and actions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def _fk(target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def upgrade() -> None:
    """Create the meeting tables."""
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inspection_id", sa.Integer(), _fk("inspection.id", "CASCADE"), nullable=False),
        sa.Column("plan_item_id", sa.Integer(), _fk("plan_item.id", "SET NULL"), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=True),
        sa.Column("starts", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("decisions", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_meeting_inspection_id", "meeting", ["inspection_id"])
    op.create_index("ix_meeting_plan_item_id", "meeting", ["plan_item_id"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), _fk("meeting.id", "CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("presenter", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("minutes_notes", sa.String(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_agenda_item_meeting_id", "agenda_item", ["meeting_id"])
    op.create_table(
        "paper",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("agenda_item_id", sa.Integer(), _fk("agenda_item.id", "CASCADE"), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_paper_agenda_item_id", "paper", ["agenda_item_id"])
    op.create_table(
        "meeting_attendee",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), _fk("meeting.id", "CASCADE"), nullable=False),
        sa.Column("role_key", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("attendance", sa.String(), nullable=False),
    )
    op.create_index("ix_meeting_attendee_meeting_id", "meeting_attendee", ["meeting_id"])
    op.create_table(
        "meeting_action",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("meeting_id", sa.Integer(), _fk("meeting.id", "CASCADE"), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), _fk("plan_item.id", "SET NULL"), nullable=True),
    )
    op.create_index("ix_meeting_action_meeting_id", "meeting_action", ["meeting_id"])
    op.create_index("ix_meeting_action_plan_item_id", "meeting_action", ["plan_item_id"])


def downgrade() -> None:
    """Drop the meeting tables."""
    op.drop_table("meeting_action")
    op.drop_table("meeting_attendee")
    op.drop_table("paper")
    op.drop_table("agenda_item")
    op.drop_table("meeting")
