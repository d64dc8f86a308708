"""The data roles our item models answer beyond Qt's own: sort key, record key, search text."""

from __future__ import annotations

from PySide6.QtCore import Qt

# Proxies sort by this raw value (a date, a number, a folded name), not by the text shown.
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole
# The id or key that finds the row's record again, whatever the view's sorting.
RECORD_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Everything a search box may match on a row, in one string.
FILTER_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
