"""Alembic migrations of the local store, applied automatically at start."""
