"""The checklist's column widths, worked out once from the font and the widest possible text.

Never resize-to-contents: that asks the model for every cell of every row, on every change
(about sixty calls per item when a refresh re-spans the headings). Week, due date and status
can only hold a few known shapes of text, so their widths follow from those and the font.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QTreeView

from inspection_desktop.domain.dates import short_date
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.ui.plan.checklist_model import (
    COLUMN_ATTENTION,
    COLUMN_DUE,
    COLUMN_OWNER,
    COLUMN_STATUS,
    COLUMN_TITLE,
    COLUMN_WEEK,
    HEADERS,
)

OWNER_WIDTH = 170
ATTENTION_WIDTH = 150
CELL_PADDING = 12  # the cell's margins and the focus frame, either side
HEADER_PADDING = 16  # the header's margins (the checklist keeps plan order: no sort arrow)


def _widest_texts() -> dict[int, list[str]]:
    """Every shape of text the fixed columns can hold."""
    # Each month with days 22 to 28 gives every weekday: the widest pair is among them.
    dates = [dt.date(2026, month, day) for month in range(1, 13) for day in range(22, 29)]
    return {
        COLUMN_WEEK: ["88"],
        # A date moved by hand adds " (moved)", cut short if need be: Attention says it in full.
        COLUMN_DUE: [short_date(day) for day in dates],
        COLUMN_STATUS: [status.label for status in ItemStatus],
    }


def fit_checklist_columns(view: QTreeView) -> None:
    """Give the checklist's columns their widths: titles take what the others leave."""
    header = view.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
    cells = view.fontMetrics()
    headings = header.fontMetrics()
    for column, texts in _widest_texts().items():
        width = max(
            max(cells.horizontalAdvance(text) for text in texts) + CELL_PADDING,
            headings.horizontalAdvance(HEADERS[column]) + HEADER_PADDING,
        )
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.resizeSection(COLUMN_OWNER, OWNER_WIDTH)
    header.resizeSection(COLUMN_ATTENTION, ATTENTION_WIDTH)
