"""A checklist item as the co-ordinator writes it: the fields they set, and the rules on them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from inspection_desktop.domain.plan.items import ItemKind, ItemStatus, PlanRow
from inspection_desktop.domain.roles import RoleCatalogue, Side

MAX_TITLE_LENGTH = 300
MAX_DESCRIPTION_LENGTH = 10_000
# Beyond the preparation phase an item still has a week; this is where a typo is caught.
MAX_WEEK = 60
MAX_DURATION_WEEKS = 30
DEFAULT_OWNER_ROLE = "inspection_coordinator"


@dataclass(frozen=True)
class ItemDraft:
    """The parts of a checklist item the co-ordinator writes (dates are worked out from them)."""

    title: str
    week: int
    description: str = ""
    due_on: dt.date | None = None
    """An exact date, in place of the week's Friday."""
    kind: str = ItemKind.TASK.value
    owner_role: str = DEFAULT_OWNER_ROLE
    owner_contact_id: int | None = None
    """A person named as the owner; the role stays for when they go."""
    duration_weeks: int | None = None
    """For a window such as a survey: how many weeks it runs after its start week."""
    lead: str = Side.PARTNERSHIP.value
    notes: str = ""
    status: ItemStatus = ItemStatus.NOT_STARTED


def tidy_draft(draft: ItemDraft) -> ItemDraft:
    """The draft with spaces trimmed and an empty duration as none."""
    return replace(
        draft,
        title=" ".join(draft.title.split()),
        description=draft.description.strip(),
        owner_role=draft.owner_role.strip(),
        notes=draft.notes.strip(),
        duration_weeks=draft.duration_weeks or None,
    )


def draft_problems(draft: ItemDraft, roles: RoleCatalogue) -> list[str]:
    """What stops a draft being saved, in the co-ordinator's words (empty when it can be)."""
    problems: list[str] = []
    if not draft.title.strip():
        problems.append("Give the item a title.")
    elif len(draft.title) > MAX_TITLE_LENGTH:
        problems.append(f"The title is too long (at most {MAX_TITLE_LENGTH} characters).")
    if len(draft.description) > MAX_DESCRIPTION_LENGTH:
        problems.append(
            f"The description is too long (at most {MAX_DESCRIPTION_LENGTH} characters)."
        )
    if not 1 <= draft.week <= MAX_WEEK:
        problems.append(f"The week must be from 1 to {MAX_WEEK}.")
    if draft.duration_weeks is not None and not 0 <= draft.duration_weeks <= MAX_DURATION_WEEKS:
        problems.append(f"The duration must be from 0 to {MAX_DURATION_WEEKS} weeks.")
    if draft.kind not in {kind.value for kind in ItemKind}:
        problems.append(f"Unknown kind of item {draft.kind!r}.")
    if draft.owner_role and draft.owner_role not in roles:
        problems.append(f"Unknown owner role {draft.owner_role!r}.")
    if draft.lead not in {side.value for side in Side}:
        problems.append(f"Unknown lead {draft.lead!r}.")
    return problems


def draft_of(row: PlanRow, owner_contact_id: int | None, due_on: dt.date | None) -> ItemDraft:
    """The draft an existing item would be edited from."""
    return ItemDraft(
        title=row.title,
        week=row.week,
        description=row.description,
        due_on=due_on,
        kind=str(row.kind),
        owner_role=row.owner_role,
        owner_contact_id=owner_contact_id,
        duration_weeks=row.duration_weeks,
        lead=row.lead,
        notes=row.notes,
        status=row.status,
    )
