"""What the File reading section offers its pages, and the table set-up they share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from inspection_desktop.ui.common.model_roles import RECORD_KEY_ROLE, SORT_KEY_ROLE
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading.placements import FileReadingPicture
from inspection_desktop.usecases.services import Services


class PanelHost(Protocol):
    """The section, as its pages see it."""

    @property
    def services(self) -> Services:
        """Every store over the open database."""

    @property
    def inspection_id(self) -> int | None:
        """The inspection on screen."""

    @property
    def view(self) -> FileReadingPicture | None:
        """Everything file reading showed when last read."""

    def run(self, step: Callable[[], Change], title: str = ...) -> bool:
        """Make a change and put it on the undo stack; a plain message if refused."""

    def push(self, change: Change) -> None:
        """Put a change already made on the undo stack."""

    def refresh(self) -> None:
        """Read everything again."""


def attach_table(
    view: QTableView, model: Any, widths: Sequence[int], owner: QObject, sort_column: int = 0
) -> QSortFilterProxyModel:
    """Show a model in a table through a sorting proxy, with fixed column widths."""
    proxy = QSortFilterProxyModel(owner)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_KEY_ROLE)
    view.setModel(proxy)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    return proxy


def selected_keys(view: QTableView) -> list[Any]:
    """The record keys of the rows selected in a table."""
    model = view.model()
    return [model.data(index, RECORD_KEY_ROLE) for index in view.selectionModel().selectedRows()]
