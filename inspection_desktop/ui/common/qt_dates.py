"""Dates between Python and Qt's date editors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())
