"""Letters: the letterhead per inspection, the co-ordinator's own templates, the record of letters.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def _inspection() -> sa.Column[int]:
    return sa.Column(
        "inspection_id",
        sa.Integer(),
        sa.ForeignKey("inspection.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    """Create the letterhead, letter_template and letter_sent tables."""
    op.create_table(
        "letterhead",
        sa.Column(
            "inspection_id",
            sa.Integer(),
            sa.ForeignKey("inspection.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("logo_path", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("signatory_name", sa.String(), nullable=False),
        sa.Column("signatory_post", sa.String(), nullable=False),
        sa.Column("reading_base", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "letter_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        _inspection(),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("based_on", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("sign_off", sa.String(), nullable=False),
        sa.Column("marking", sa.String(), nullable=False),
        sa.Column("to_roles_json", sa.String(), nullable=False),
        sa.Column("meeting_key", sa.String(), nullable=False),
        sa.Column("ticks_key", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "letter_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        _inspection(),
        sa.Column("run_id", sa.String(), nullable=False, index=True),
        sa.Column("template_key", sa.String(), nullable=False, index=True),
        sa.Column("template_title", sa.String(), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("own_template", sa.Boolean(), nullable=False),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("recipient_name", sa.String(), nullable=False),
        sa.Column("recipient_organisation", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("file_format", sa.String(), nullable=False),
        sa.Column("file_path", sa.String(), nullable=False),
        sa.Column("produced_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    """Drop the letters tables."""
    op.drop_table("letter_sent")
    op.drop_table("letter_template")
    op.drop_table("letterhead")
