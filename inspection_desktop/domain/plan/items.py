"""Checklist items as the window and command line see them, and the rules about their dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name, previous_working_day
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar, monday_of


class ItemStatus(StrEnum):
    """Where a checklist item stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """How the status reads on screen."""
        return _STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        """True when nothing more is to be done (done, or not applicable)."""
        return self in (ItemStatus.DONE, ItemStatus.NOT_APPLICABLE)

    @classmethod
    def parse(cls, text: str) -> ItemStatus:
        """Read a status from its key or its label, ignoring case, spaces and hyphens."""
        wanted = "".join(ch for ch in text.casefold() if ch.isalnum())
        for status in cls:
            for spelling in (status.value, status.label):
                if wanted == "".join(ch for ch in spelling.casefold() if ch.isalnum()):
                    return status
        names = ", ".join(status.value for status in cls)
        raise ValueError(f"unknown status {text!r}; use one of: {names}")


_STATUS_LABELS = {
    ItemStatus.NOT_STARTED: "Not started",
    ItemStatus.IN_PROGRESS: "In progress",
    ItemStatus.DONE: "Done",
    ItemStatus.NOT_APPLICABLE: "Not applicable",
}


class ItemKind(StrEnum):
    """What sort of thing a plan item is."""

    TASK = "task"
    MEETING = "meeting"
    DEADLINE = "deadline"
    MILESTONE = "milestone"
    CI_WORK = "ci_work"

    @property
    def label(self) -> str:
        """How the kind reads on screen."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ItemKind.TASK: "Task",
    ItemKind.MEETING: "Meeting",
    ItemKind.DEADLINE: "Deadline",
    ItemKind.MILESTONE: "Milestone",
    ItemKind.CI_WORK: "Care Inspectorate work",
}

DATED_KINDS = frozenset({ItemKind.MEETING, ItemKind.DEADLINE})
# Checklist items made from a meeting's actions carry this key prefix and are dated by the action.
MEETING_ACTION_KEY_PREFIX = "meeting-action-"
# Items the co-ordinator adds carry this prefix; imported ones the other, with a digest of the
# row, so importing the same tracker again finds them.
OWN_ITEM_KEY_PREFIX = "own-"
IMPORTED_KEY_PREFIX = "import-"


class ItemOrigin(StrEnum):
    """Where a checklist item came from."""

    GUIDE = "guide"
    OWN = "own"
    IMPORTED = "imported"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        """How the origin reads on screen."""
        return _ORIGIN_LABELS[self]


_ORIGIN_LABELS = {
    ItemOrigin.GUIDE: "From the guide",
    ItemOrigin.OWN: "Added by you",
    ItemOrigin.IMPORTED: "Imported from your tracker",
    ItemOrigin.MEETING: "From a meeting",
}


def origin_of_key(key: str) -> ItemOrigin:
    """Where an item with this key came from."""
    if key.startswith(MEETING_ACTION_KEY_PREFIX):
        return ItemOrigin.MEETING
    if key.startswith(OWN_ITEM_KEY_PREFIX):
        return ItemOrigin.OWN
    if key.startswith(IMPORTED_KEY_PREFIX):
        return ItemOrigin.IMPORTED
    return ItemOrigin.GUIDE


@dataclass(frozen=True)
class PlanRow:
    """One checklist item of one inspection, with its dates worked out."""

    id: int
    inspection_id: int
    key: str
    week: int
    title: str
    description: str
    kind: ItemKind
    lead: str
    owner_role: str
    owner_name: str
    status: ItemStatus
    notes: str
    completed_on: dt.date | None
    due: dt.date
    starts_on: dt.date
    ends_on: dt.date
    moved: bool
    duration_weeks: int | None
    attendees: tuple[str, ...]
    agenda: tuple[str, ...]
    guide_notes: str
    position: int
    owner_contact_id: int | None = None
    """The person from the register named as owner, if one is (else the role owns it)."""
    shifted_from: dt.date | None = None
    """The bank holiday the item's date was moved off (to the working day before), if any."""

    @property
    def origin(self) -> ItemOrigin:
        """Where the item came from: the guide, the co-ordinator, an import or a meeting."""
        return origin_of_key(self.key)

    @property
    def from_meeting(self) -> bool:
        """True for an item made from a meeting's action (dated by the action, not the plan)."""
        return self.key.startswith(MEETING_ACTION_KEY_PREFIX)

    @property
    def moved_by_hand(self) -> bool:
        """True when the co-ordinator pinned the item to a date of their own."""
        return self.moved and not self.from_meeting

    def is_overdue(self, today: dt.date) -> bool:
        """True when the item is still open and its due date has passed."""
        return not self.status.is_closed and self.due < today

    def is_due_this_week(self, today: dt.date) -> bool:
        """True when the item is open and due in the calendar week holding ``today``."""
        monday = monday_of(today)
        return (
            not self.status.is_closed
            and monday <= self.due <= monday + dt.timedelta(days=6)
            and not self.is_overdue(today)
        )

    @property
    def bank_holiday_warning(self) -> str | None:
        """What a bank holiday did to a meeting or deadline: moved it off, or it falls on one."""
        if self.shifted_from is not None:
            holiday = bank_holiday_name(self.shifted_from) or "a bank holiday"
            return f"Moved off {holiday} ({long_date(self.shifted_from)}) to the working day before"
        if self.kind not in DATED_KINDS:
            return None
        name = bank_holiday_name(self.due)
        return f"Falls on a bank holiday: {name}" if name else None


@dataclass(frozen=True)
class ItemDates:
    """Where an item sits on the calendar."""

    due: dt.date
    starts_on: dt.date
    ends_on: dt.date
    shifted_from: dt.date | None = None


def item_dates(
    calendar: InspectionCalendar,
    week: int,
    duration_weeks: int | None,
    moved_to: dt.date | None,
    kind: str | None = None,
) -> ItemDates:
    """Work out an item's dates: due on its week's Friday, unless moved by hand.

    A meeting or deadline of ``kind`` whose Friday is a Scottish bank holiday is due on the
    working day before; an item pinned by hand stays where it was put.
    """
    if moved_to is not None:
        span = dt.timedelta(weeks=duration_weeks or 0)
        return ItemDates(due=moved_to, starts_on=moved_to, ends_on=moved_to + span)
    start_week = calendar.week(week)
    friday = start_week.friday
    if duration_weeks:
        end = calendar.week(week + duration_weeks).friday
        return ItemDates(due=friday, starts_on=start_week.starts_on, ends_on=end)
    if kind in DATED_KINDS and bank_holiday_name(friday):
        due = previous_working_day(friday)
        return ItemDates(due=due, starts_on=due, ends_on=due, shifted_from=friday)
    return ItemDates(due=friday, starts_on=friday, ends_on=friday)
