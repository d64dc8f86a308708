"""Surveys and their dated response counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def _fk(target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def upgrade() -> None:
    """Create the survey and survey_count tables."""
    op.create_table(
        "survey",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("inspection_id", sa.Integer(), _fk("inspection.id", "CASCADE"), nullable=False),
        sa.Column("plan_key", sa.String(), nullable=True),
        sa.Column("plan_item_id", sa.Integer(), _fk("plan_item.id", "SET NULL"), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("link", sa.String(), nullable=False),
        sa.Column("distribution", sa.String(), nullable=False),
        sa.Column("audience", sa.String(), nullable=False),
        sa.Column("target", sa.Integer(), nullable=True),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("closes_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_survey_inspection_id", "survey", ["inspection_id"])
    op.create_index("ix_survey_plan_item_id", "survey", ["plan_item_id"])
    op.create_table(
        "survey_count",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("survey_id", sa.Integer(), _fk("survey.id", "CASCADE"), nullable=False),
        sa.Column("counted_on", sa.Date(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.UniqueConstraint("survey_id", "counted_on", name="uq_survey_count_day"),
    )
    op.create_index("ix_survey_count_survey_id", "survey_count", ["survey_id"])


def downgrade() -> None:
    """Drop the survey tables."""
    op.drop_table("survey_count")
    op.drop_table("survey")
