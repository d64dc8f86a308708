"""Every table of the store, imported together so that migrations and tests see them all.

A feature that adds tables imports its ``models`` module here.
"""

from __future__ import annotations

import inspection_desktop.storage.file_reading.models
import inspection_desktop.storage.letters.models
import inspection_desktop.storage.meetings.models
import inspection_desktop.storage.people.models
import inspection_desktop.storage.pir.models
import inspection_desktop.storage.plan.models
import inspection_desktop.storage.safety.models
import inspection_desktop.storage.surveys.models  # noqa: F401  (registers the tables on the metadata)
