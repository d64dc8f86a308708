"""The first schema: inspections, their holiday periods and plan items.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the first tables."""
    op.create_table(
        "inspection",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=False),
        sa.Column("template_key", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_opened_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "holiday_period",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inspection_id",
            sa.Integer(),
            sa.ForeignKey("inspection.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
    )
    op.create_index("ix_holiday_period_inspection_id", "holiday_period", ["inspection_id"])
    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inspection_id",
            sa.Integer(),
            sa.ForeignKey("inspection.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_key", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("lead", sa.String(), nullable=False),
        sa.Column("owner_role", sa.String(), nullable=False),
        sa.Column("duration_weeks", sa.Integer(), nullable=True),
        sa.Column("attendees_json", sa.String(), nullable=False),
        sa.Column("agenda_json", sa.String(), nullable=False),
        sa.Column("guide_notes", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("moved_to", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_plan_item_inspection_id", "plan_item", ["inspection_id"])


def downgrade() -> None:
    """Drop the first tables."""
    op.drop_table("plan_item")
    op.drop_table("holiday_period")
    op.drop_table("inspection")
