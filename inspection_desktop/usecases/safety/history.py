"""The change history as the window and the command line read it."""

from __future__ import annotations

from inspection_desktop.storage.safety.history import FieldChange, HistoryEntry

__all__ = ["FieldChange", "HistoryEntry"]
