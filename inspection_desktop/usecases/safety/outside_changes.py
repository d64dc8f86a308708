"""Noticing changes made outside this window, for the window to refresh."""

from __future__ import annotations

from inspection_desktop.storage.safety.outside_changes import OutsideChangeWatcher, watch

__all__ = ["OutsideChangeWatcher", "watch"]
