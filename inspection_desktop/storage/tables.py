"""Every table of the store, imported together so that migrations and tests see them all.

A feature that adds tables imports its ``models`` module here. Code that walks every table
(the history's links, hand-over, the damage check) asks ``every_table`` when it runs, so that
start-up loads only the tables the first screen reads.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlmodel import SQLModel

import inspection_desktop.storage.file_reading.models
import inspection_desktop.storage.letters.models
import inspection_desktop.storage.meetings.models
import inspection_desktop.storage.people.models
import inspection_desktop.storage.pir.models
import inspection_desktop.storage.plan.models
import inspection_desktop.storage.safety.handover_models
import inspection_desktop.storage.safety.models
import inspection_desktop.storage.surveys.models  # noqa: F401  (registers the tables on the metadata)


def every_table() -> list[Table]:
    """Every table of the store, each before the tables that point at it."""
    return SQLModel.metadata.sorted_tables
