"""The meetings list's column widths, worked out once from the font and the widest possible text.

Never resize-to-contents: that asks the model for every cell of every meeting each time the
tab is shown or the list changes. Week, date and counts can only hold a few known shapes of
text, so their widths follow from those, the header's own size and the font.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QHeaderView, QTableView

from inspection_desktop.storage.meetings.meeting_rows import MeetingSummary
from inspection_desktop.ui.meetings.meeting_list_model import (
    ATTENDEES,
    OPEN_ACTIONS,
    TITLE,
    WEEK,
    WHEN,
    when_text,
)

CELL_PADDING = 12  # the cell's margins and the focus frame, either side


def _widest_texts() -> dict[int, list[str]]:
    """Every shape of text the fixed columns can hold."""
    undated = MeetingSummary(0, 0, None, "", None, None, None, 0, 0, (), ())
    # Each month with days 22 to 28 gives every weekday: the widest pair is among them.
    days = [dt.date(2026, month, day) for month in range(1, 13) for day in range(22, 29)]
    shapes = [undated]
    for day in days:
        shapes.append(replace(undated, day=day))
        shapes.append(replace(undated, starts=dt.datetime.combine(day, dt.time(20, 0))))
    return {
        WEEK: ["88"],
        WHEN: [when_text(shape) for shape in shapes],
        ATTENDEES: ["888"],
        OPEN_ACTIONS: ["888"],
    }


def fit_meeting_columns(view: QTableView) -> None:
    """Give the meetings list's columns their widths: titles take what the others leave."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    cells = view.fontMetrics()
    for column, texts in _widest_texts().items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The header's own hint covers its title and the sort arrow, from the header alone.
        width = max(
            max(cells.horizontalAdvance(text) for text in texts) + CELL_PADDING,
            header.sectionSizeHint(column),
        )
        header.resizeSection(column, width)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
