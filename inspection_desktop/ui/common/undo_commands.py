"""Undoable edits: each change is made first, then recorded so Ctrl+Z can reverse it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from inspection_desktop.errors import UserFacingError

ErrorHandler = Callable[[UserFacingError], None]


class AppliedChangeCommand(QUndoCommand):
    """A change already applied when pushed; undo and redo call back into the services.

    The first redo, which QUndoStack.push() runs at once, is skipped: the change was made
    before the push so that a failure (a locked database) never leaves a phantom undo step.
    """

    def __init__(
        self,
        text: str,
        apply: Callable[[], None],
        revert: Callable[[], None],
        on_error: ErrorHandler,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._on_error = on_error
        self._applied_already = True

    def redo(self) -> None:
        """Apply the change again (skipped on the push itself)."""
        if self._applied_already:
            self._applied_already = False
            return
        self._run(self._apply)

    def undo(self) -> None:
        """Reverse the change."""
        self._run(self._revert)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserFacingError as exc:
            self._on_error(exc)
