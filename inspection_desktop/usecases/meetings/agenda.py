"""Editing a meeting's agenda where a slip is easy: reordering and removing items, undoably."""

from __future__ import annotations

from collections.abc import Sequence

from inspection_desktop.storage.meetings.meeting_rows import AgendaRow
from inspection_desktop.usecases.changes import MEETINGS, Change
from inspection_desktop.usecases.services import Services


def _agenda_change(description: str, meeting_id: int) -> Change:
    return Change(description, frozenset({MEETINGS}), meetings=frozenset({meeting_id}))


def reorder_agenda(services: Services, meeting_id: int, order: Sequence[int]) -> Change:
    """Put the agenda's items in this order (a stale list is refused)."""
    before = services.meetings.agenda_order(meeting_id)
    services.meetings.reorder_agenda(meeting_id, order)
    return _agenda_change("Move agenda item", meeting_id).with_undo(
        lambda: reorder_agenda(services, meeting_id, before)
    )


def remove_agenda_item(services: Services, meeting_id: int, item_id: int) -> Change:
    """Take an item off the agenda; undo puts it back in its place, with its papers."""
    removed = services.meetings.remove_agenda_item(item_id)
    return _removed(services, meeting_id, removed)


def _removed(services: Services, meeting_id: int, removed: AgendaRow) -> Change:
    def undo() -> Change:
        # It comes back under a new id: redoing removes whichever id it has now.
        new_id = services.meetings.restore_agenda_item(meeting_id, removed)
        return _agenda_change(f"Remove “{removed.title}”", meeting_id).with_undo(
            lambda: remove_agenda_item(services, meeting_id, new_id)
        )

    return _agenda_change(f"Remove “{removed.title}”", meeting_id).with_undo(undo)
