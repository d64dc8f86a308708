"""Date fields take the dates the app plans for (2000–2100), as the command line does.

Qt's date fields run from 1752 to 9999 by default; a year typed as 9999 would be accepted and
then break every date worked out from it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

EARLIEST = QDate(2000, 1, 1)
LATEST = QDate(2100, 12, 31)


def limit_date_fields(widget: QWidget) -> None:
    """Hold every date field inside ``widget`` to 2000–2100."""
    for field in widget.findChildren(QDateEdit):
        field.setDateRange(EARLIEST, LATEST)
