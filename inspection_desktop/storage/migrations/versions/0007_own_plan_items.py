"""The co-ordinator's own plan: deleted items kept so they can be brought back, and archived
inspections.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add plan_item.removed_at and inspection.archived_at."""
    with op.batch_alter_table("plan_item") as batch:
        batch.add_column(sa.Column("removed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("inspection") as batch:
        batch.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Drop the two columns."""
    with op.batch_alter_table("inspection") as batch:
        batch.drop_column("archived_at")
    with op.batch_alter_table("plan_item") as batch:
        batch.drop_column("removed_at")
