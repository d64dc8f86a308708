"""The app's idea of "today", behind one function so tests and demos can fix it."""

from __future__ import annotations

import datetime as dt
import os

TODAY_ENV_VAR = "INSPECTION_DESKTOP_TODAY"
_fixed_today: dt.date | None = None


def today() -> dt.date:
    """Return today's date, or the date fixed by ``set_today`` or the environment variable."""
    if _fixed_today is not None:
        return _fixed_today
    override = os.environ.get(TODAY_ENV_VAR)
    if override:
        try:
            return dt.date.fromisoformat(override)
        except ValueError:
            pass  # A bad override is ignored rather than stopping the app.
    return dt.date.today()


def set_today(value: dt.date | None) -> None:
    """Fix "today" to ``value`` (``None`` returns to the real date)."""
    global _fixed_today
    _fixed_today = value
