"""Alembic environment: runs on the connection the app hands over, never on a URL of its own."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import inspection_desktop.storage.tables  # noqa: F401  (registers every table on the metadata)

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through inspection_desktop.storage.database")

# SQLite alters tables by copying them, hence batch mode.
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
