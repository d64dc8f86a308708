"""Panels with their own forms, put where a section's form holds placeholders for them."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def put_in_place(host: QWidget, pieces: Sequence[tuple[QWidget, QWidget]]) -> None:
    """Put each ``(placeholder, piece)``'s piece where its placeholder sits in ``host``'s form.

    The Tab order follows the form with each piece's own order in its placeholder's place: a
    widget moved into another window would otherwise join the end of its focus chain.
    """
    by_placeholder = {placeholder: _chain(piece) for placeholder, piece in pieces}
    moving = {widget for stops in by_placeholder.values() for widget in stops}
    order: list[QWidget] = []
    for widget in _chain(host, include=set(by_placeholder)):
        if widget in by_placeholder:
            order += by_placeholder[widget]
        elif widget not in moving:
            order.append(widget)
    for placeholder, piece in pieces:
        parent = placeholder.parentWidget()
        layout = parent.layout() if parent is not None else None
        if layout is None:
            raise ValueError(f"{placeholder.objectName()} is not in a layout")
        layout.replaceWidget(placeholder, piece)
        placeholder.hide()
        placeholder.deleteLater()
        piece.show()
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)


def _chain(root: QWidget, include: set[QWidget] | None = None) -> list[QWidget]:
    """The widgets inside ``root`` that take focus (and any in ``include``), in chain order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and root.isAncestorOf(widget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or (include and widget in include):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found
