"""What a use case changed, and how to take it back: the one value every operation returns.

The window refreshes only what a change names (a hidden section refreshes when it is shown);
the ui's one generic undo command calls ``undo`` and gets the reverse change back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

# Kinds of thing a change can touch. A feature adds its own constant beside its use cases.
PLAN = "plan"
"""Checklist items (their ids in ``Change.items``)."""
CALENDAR = "calendar"
"""The inspection's dates: its notification date or holidays, so every date may move."""
INSPECTIONS = "inspections"
"""Inspections added, renamed, archived or removed."""
MEETINGS = "meetings"
"""Meetings, their agendas, papers, attendance and actions (ids in ``Change.meetings``)."""
PEOPLE = "people"
"""Contacts and role holders (ids in ``Change.contacts``)."""
PIR_CHECKS = "pir_checks"
"""Runs of the PIR data guard."""
OWNERS = "owners"
"""Which person from the register is named as owning which checklist items."""
SURVEYS = "surveys"
"""Surveys, their details and response counts."""

UndoStep = Callable[[], "Change"]
"""Makes the reverse of a change and returns it (its own undo redoes the first)."""


@dataclass(frozen=True)
class Change:
    """What an operation changed, by kind and id, and how to put it back."""

    description: str
    """The edit in the co-ordinator's words, as the Undo menu shows it ("mark “X” done")."""
    kinds: frozenset[str] = frozenset()
    items: frozenset[int] = frozenset()
    meetings: frozenset[int] = frozenset()
    contacts: frozenset[int] = frozenset()
    undo: UndoStep | None = field(default=None, compare=False, repr=False)

    @property
    def can_undo(self) -> bool:
        """Whether the change can be taken back."""
        return self.undo is not None

    def touches(self, kinds: Iterable[str]) -> bool:
        """Whether the change names any of ``kinds`` (a calendar change touches every date)."""
        wanted = set(kinds)
        return bool(self.kinds & wanted) or (CALENDAR in self.kinds and bool(wanted))

    def with_undo(self, undo: UndoStep | None) -> Change:
        """The same change with another way back."""
        return replace(self, undo=undo)

    def with_kinds(self, *kinds: str) -> Change:
        """The same change, naming more kinds of thing as changed."""
        return replace(self, kinds=self.kinds | frozenset(kinds))


def nothing_changed(description: str = "") -> Change:
    """A change that names nothing (an edit that left everything as it was)."""
    return Change(description)
