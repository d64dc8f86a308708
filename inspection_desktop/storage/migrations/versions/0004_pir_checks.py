"""PIR data guard runs, so the week-7 item knows whether the last file checked was clean.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the pir_check table."""
    op.create_table(
        "pir_check",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "inspection_id",
            sa.Integer(),
            sa.ForeignKey("inspection.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("still_flagged_json", sa.String(), nullable=False),
        sa.Column("minimised_file", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
    )
    op.create_index("ix_pir_check_inspection_id", "pir_check", ["inspection_id"])


def downgrade() -> None:
    """Drop the pir_check table."""
    op.drop_table("pir_check")
