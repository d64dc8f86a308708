"""Undoable edits: a use case makes its change first, then it is recorded so Ctrl+Z reverses it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.changes import Change

ErrorHandler = Callable[[UserFacingError], None]


class ChangeCommand(QUndoCommand):
    """Any use case's change on the undo stack: undo asks the change for its reverse.

    Pushed after the use case has run, so its first redo (run by ``QUndoStack.push``) is
    skipped; ``on_change`` is told every change made afterwards, to refresh what it names.
    """

    def __init__(
        self, change: Change, on_change: Callable[[Change], None], on_error: ErrorHandler
    ) -> None:
        super().__init__(change.description)
        self._done = change
        self._reverse: Change | None = None
        self._on_change = on_change
        self._on_error = on_error
        self._applied_already = True

    def redo(self) -> None:
        """Make the change again (skipped on the push itself)."""
        if self._applied_already:
            self._applied_already = False
            return
        if self._reverse is not None and self._reverse.undo is not None:
            done = self._run(self._reverse.undo)
            if done is not None:
                self._done = done

    def undo(self) -> None:
        """Take the change back."""
        if self._done.undo is not None:
            reverse = self._run(self._done.undo)
            if reverse is not None:
                self._reverse = reverse

    def _run(self, step: Callable[[], Change]) -> Change | None:
        try:
            change = step()
        except UserFacingError as exc:
            self._on_error(exc)
            return None
        self._on_change(change)
        return change
