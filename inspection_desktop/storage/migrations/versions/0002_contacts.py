"""The contact register: organisations, contacts, role assignments; plan items owned by a person.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _inspection_id() -> sa.Column[int]:
    return sa.Column(
        "inspection_id",
        sa.Integer(),
        sa.ForeignKey("inspection.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    """Add the register's tables and the plan item's person-owner column."""
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), primary_key=True),
        _inspection_id(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
    )
    op.create_index("ix_organisation_inspection_id", "organisation", ["inspection_id"])
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        _inspection_id(),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisation.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("job_title", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("group_name", sa.String(), nullable=False),
        sa.Column("match_key", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_contact_inspection_id", "contact", ["inspection_id"])
    op.create_index("ix_contact_organisation_id", "contact", ["organisation_id"])
    op.create_index("ix_contact_match_key", "contact", ["match_key"])
    op.create_table(
        "role_assignment",
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey("contact.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("role_key", sa.String(), primary_key=True),
        _inspection_id(),
    )
    op.create_index("ix_role_assignment_inspection_id", "role_assignment", ["inspection_id"])
    # SQLite cannot add a foreign key to an existing table; batch mode rebuilds plan_item.
    with op.batch_alter_table("plan_item") as batch:
        batch.add_column(sa.Column("owner_contact_id", sa.Integer(), nullable=True))
        batch.create_index("ix_plan_item_owner_contact_id", ["owner_contact_id"])
        batch.create_foreign_key(
            "fk_plan_item_owner_contact_id_contact",
            "contact",
            ["owner_contact_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    """Drop the register and the person-owner column."""
    with op.batch_alter_table("plan_item") as batch:
        batch.drop_constraint("fk_plan_item_owner_contact_id_contact", type_="foreignkey")
        batch.drop_index("ix_plan_item_owner_contact_id")
        batch.drop_column("owner_contact_id")
    op.drop_table("role_assignment")
    op.drop_table("contact")
    op.drop_table("organisation")
