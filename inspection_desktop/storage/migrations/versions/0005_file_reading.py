"""File reading: bases with rooms and days, readers' details and logins, pairs, the sample.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def _fk(target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(target, ondelete=ondelete)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=False)


def _inspection() -> sa.Column[int]:
    return sa.Column("inspection_id", sa.Integer(), _fk("inspection.id", "CASCADE"), nullable=False)


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    """Create the file-reading tables."""
    op.create_table(
        "reading_base",
        _id(),
        _inspection(),
        *(_text(name) for name in ("venue", "address", "access", "printers")),
        *(_text(name) for name in ("contact_name", "contact_phone", "ict_process")),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    _index("reading_base", "inspection_id")
    op.create_table(
        "reading_room",
        _id(),
        sa.Column("base_id", sa.Integer(), _fk("reading_base.id", "CASCADE"), nullable=False),
        _text("name"),
        sa.Column("desks", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    _index("reading_room", "base_id")
    op.create_table(
        "reading_day",
        _id(),
        sa.Column("base_id", sa.Integer(), _fk("reading_base.id", "CASCADE"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
    )
    _index("reading_day", "base_id")
    op.create_table(
        "file_reader",
        _id(),
        _inspection(),
        sa.Column("contact_id", sa.Integer(), _fk("contact.id", "CASCADE"), nullable=False),
        *(_text(name) for name in ("agency", "service", "team", "days")),
        *(_text(name) for name in ("conflict_teams", "conflict_records")),
        sa.Column("agreement_signed", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("inspection_id", "contact_id"),
    )
    _index("file_reader", "inspection_id", "contact_id")
    op.create_table(
        "reader_login",
        _id(),
        _inspection(),
        sa.Column("contact_id", sa.Integer(), _fk("contact.id", "CASCADE"), nullable=False),
        _text("system"),
        _text("status"),
        sa.UniqueConstraint("inspection_id", "contact_id", "system"),
    )
    _index("reader_login", "inspection_id", "contact_id")
    op.create_table(
        "reading_pair",
        _id(),
        _inspection(),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    _index("reading_pair", "inspection_id")
    op.create_table(
        "reading_pair_member",
        _id(),
        sa.Column("pair_id", sa.Integer(), _fk("reading_pair.id", "CASCADE"), nullable=False),
        sa.Column("contact_id", sa.Integer(), _fk("contact.id", "CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    _index("reading_pair_member", "pair_id", "contact_id")
    op.create_table(
        "sample_record",
        _id(),
        _inspection(),
        *(_text(name) for name in ("reference", "team", "service")),
        sa.Column("child_protection", sa.Boolean(), nullable=False),
        _text("sibling_group"),
        _text("status"),
        sa.Column("concern_passed_on", sa.Date(), nullable=True),
        sa.Column("pair_id", sa.Integer(), _fk("reading_pair.id", "SET NULL"), nullable=True),
        sa.Column("room_id", sa.Integer(), _fk("reading_room.id", "SET NULL"), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("by_hand", sa.Boolean(), nullable=False),
        _text("unplaced_rule"),
        _text("unplaced_reason"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("inspection_id", "reference"),
    )
    _index("sample_record", "inspection_id", "pair_id", "room_id")


def downgrade() -> None:
    """Drop the file-reading tables."""
    for table in (
        "sample_record",
        "reading_pair_member",
        "reading_pair",
        "reader_login",
        "file_reader",
        "reading_day",
        "reading_room",
        "reading_base",
    ):
        op.drop_table(table)
