"""Tooltips for the timeline's backdrop: a week's heading, a holiday column, the "Today" line."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from inspection_desktop.domain.plan.timeline_text import long_date
from inspection_desktop.ui.plan.timeline_backdrop import Backdrop

TODAY_REACH = 4.0


def backdrop_tooltip(backdrop: Backdrop, pos: QPointF) -> str:
    """What the backdrop says under ``pos``; empty where there is nothing to say."""
    if backdrop.today is not None:
        x = backdrop.scale.today_x(backdrop.today)
        if x is not None and abs(pos.x() - x) <= TODAY_REACH and pos.y() >= backdrop.header_height:
            return f"Today: {long_date(backdrop.today)}"
    column = next((c for c in backdrop.scale.columns if c.x <= pos.x() < c.right), None)
    if column is None:
        return ""
    week = column.week
    dates = f"{long_date(week.starts_on)} to {long_date(week.ends_on)}"
    if not week.counted:
        label = week.holiday_label or "Holiday"
        return f"{label}: not counted as an inspection week\n{dates}"
    if pos.y() < backdrop.header_height:
        return f"Week {week.number}\n{dates}"
    return ""
