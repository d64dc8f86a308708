"""Meetings come from the plan: each plan meeting gets its meeting once, and actions can become
checklist items."""

from __future__ import annotations

from inspection_desktop.usecases.changes import MEETINGS, PLAN, Change
from inspection_desktop.usecases.services import Services


def make_plan_meetings(services: Services, inspection_id: int) -> Change:
    """Make a meeting for every meeting in the plan that has none yet (never twice).

    A database opened read-only (another window holds it) is left as it is.
    """
    if services.database.read_only:
        return Change("make no meetings (read-only)", frozenset())
    made = services.meetings.ensure_meetings(inspection_id)
    kinds = frozenset({MEETINGS}) if made else frozenset()
    return Change(f"make {made} meeting{'' if made == 1 else 's'} from the plan", kinds)


def put_action_on_checklist(services: Services, action_id: int) -> Change:
    """Make a meeting's action a checklist item linked to its meeting (once)."""
    item_id = services.meetings.add_action_to_checklist(action_id)
    return Change(
        "put the action on the checklist", frozenset({PLAN, MEETINGS}), items=frozenset({item_id})
    )
