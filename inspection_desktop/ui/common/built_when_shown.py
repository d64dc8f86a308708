"""A tab whose section is made the first time it is needed, not while the window opens.

Letters, File reading, Surveys and Meetings are a sixth of the way to the plan on screen, and a
co-ordinator may open the app many times without looking at them. Their tab holds this place
instead; the section is made inside it when the tab is first shown, or when Home opens
something it shows (the methods named in ``forwards``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

Section = TypeVar("Section", bound=QWidget)


class SectionBuiltWhenShown(QWidget, Generic[Section]):
    """A tab's place that makes its section on first use."""

    plan_changed = Signal()
    """The section's own ``plan_changed``, passed on (the window listens to the tab's widget)."""

    def __init__(
        self,
        build: Callable[[], Section],
        forwards: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._layout = layout
        self._build = build
        self._section: Section | None = None
        for name in forwards:
            setattr(self, name, self._forwarded(name))

    @property
    def built(self) -> Section | None:
        """The section, if it has been made (None: the tab was never needed)."""
        return self._section

    @property
    def section(self) -> Section:
        """The section, made now if it was not yet."""
        if self._section is None:
            section = self._build()
            self._layout.addWidget(section)
            self._section = section
            self.setFocusProxy(section)
            if self.isVisible():
                section.show()  # now, not at the next turn of the event loop
            passed_on = getattr(section, "plan_changed", None)
            if passed_on is not None:
                passed_on.connect(self.plan_changed.emit)
        return self._section

    def set_inspection(self, inspection_id: int) -> None:
        """Open an inspection in the section (the window calls it when the tab is shown)."""
        self.section.set_inspection(inspection_id)  # type: ignore[attr-defined]

    def _forwarded(self, name: str) -> Callable[..., Any]:
        def forward(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.section, name)(*args, **kwargs)

        return forward
