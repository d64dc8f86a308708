"""Item actions: what one feature adds to the details of another's plan items, without either
importing the other's ui (the PIR guard's "Check the population list…" on the week-7 item)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inspection_desktop.domain.plan.items import PlanRow


@dataclass(frozen=True)
class ItemAction:
    """A button shown in the selected item's details for the items it applies to."""

    key: str
    """Names the action (and its button's object name), e.g. ``"pir-check"``."""
    text: str
    """The button's text, with its access key ("&Check the population list…")."""
    applies_to: Callable[[PlanRow], bool]
    """Whether the button shows for an item."""
    run: Callable[[PlanRow], None]
    """What the button does for the selected item."""
    tool_tip: str = ""
    details_html: Callable[[PlanRow], str] | None = None
    """Extra HTML after the item's description (user text escaped), for the items it applies to."""


class ItemActions:
    """The item actions features have registered, in order; the plan section listens."""

    def __init__(self) -> None:
        self._actions: list[ItemAction] = []
        self._listeners: list[Callable[[ItemAction], object]] = []

    def add(self, action: ItemAction) -> None:
        """Register an action; sections already listening show it at once."""
        self._actions.append(action)
        for listener in self._listeners:
            listener(action)

    def listen(self, listener: Callable[[ItemAction], object]) -> None:
        """Be told of every action, those registered already first."""
        self._listeners.append(listener)
        for action in self._actions:
            listener(action)

    def __iter__(self) -> Iterator[ItemAction]:
        return iter(self._actions)
