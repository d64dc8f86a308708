"""The generic undo command: any use case's change undone and redone through the stack."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common.undo_commands import ChangeCommand
from inspection_desktop.usecases.changes import PLAN, Change


class Counter:
    """A stand-in store: a number that a use case sets, with undo."""

    def __init__(self) -> None:
        self.value = 0

    def set(self, value: int) -> Change:
        before = self.value
        self.value = value
        return Change(
            f"set {value}", frozenset({PLAN}), frozenset({1}), undo=lambda: self.set(before)
        )


def test_undo_and_redo_walk_the_change_and_report_each_step() -> None:
    """Undo puts the old value back, redo the new one, and each is reported to refresh."""
    counter, seen = Counter(), []
    stack = QUndoStack()
    stack.push(ChangeCommand(counter.set(5), seen.append, lambda exc: None))
    assert counter.value == 5 and seen == []  # the push itself does not run it again
    stack.undo()
    assert counter.value == 0
    stack.redo()
    assert counter.value == 5
    stack.undo()
    assert counter.value == 0
    assert [change.items for change in seen] == [frozenset({1})] * 3
    assert stack.undoText() == ""


def test_an_undo_that_fails_is_reported_and_changes_nothing() -> None:
    """A refused undo goes to the error handler; the value stays."""
    errors: list[UserFacingError] = []

    def refuse() -> Change:
        raise UserFacingError("changed elsewhere")

    stack = QUndoStack()
    stack.push(ChangeCommand(Change("x", undo=refuse), lambda c: None, errors.append))
    stack.undo()
    assert [str(e) for e in errors] == ["changed elsewhere"]
