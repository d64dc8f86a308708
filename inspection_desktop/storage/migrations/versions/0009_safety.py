"""Data safety: the change history, the store's identity, and where hand-over rows came from.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the change_record, store_identity and handover_origin tables."""
    op.create_table(
        "change_record",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("machine", sa.String(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("old_values", sa.String(), nullable=True),
        sa.Column("new_values", sa.String(), nullable=True),
    )
    op.create_index("ix_change_record_table_name", "change_record", ["table_name"])
    op.create_index("ix_change_record_row_id", "change_record", ["row_id"])
    identity = op.create_table(
        "store_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("store_uuid", sa.String(), nullable=False),
    )
    op.bulk_insert(identity, [{"id": 1, "store_uuid": str(uuid.uuid4())}])
    op.create_table(
        "handover_origin",
        sa.Column("source_store", sa.String(), primary_key=True),
        sa.Column("table_name", sa.String(), primary_key=True),
        sa.Column("source_id", sa.Integer(), primary_key=True),
        sa.Column("local_id", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    """Drop the safety tables."""
    op.drop_table("handover_origin")
    op.drop_table("store_identity")
    op.drop_table("change_record")
