"""Meetings as the window and command line read them: frozen rows, never ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.items import PlanRow
from inspection_desktop.storage.plan.inspection_service import WeekTally


@dataclass(frozen=True)
class PaperRow:
    """A paper attached to an agenda item."""

    id: int
    title: str
    path: str
    confidential: bool


@dataclass(frozen=True)
class AgendaRow:
    """One agenda item with its papers."""

    id: int
    position: int
    title: str
    presenter: str
    minutes: int
    notes: str
    minutes_notes: str
    confidential: bool
    papers: tuple[PaperRow, ...] = ()


@dataclass(frozen=True)
class AgendaFields:
    """What the co-ordinator can change on an agenda item."""

    title: str
    presenter: str = ""
    minutes: int = 10
    notes: str = ""
    minutes_notes: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class AttendeeRow:
    """Someone invited: a role from the guide, a named person, or both."""

    id: int
    role_key: str | None
    role_name: str
    name: str
    organisation: str
    attendance: Attendance

    @property
    def shown_name(self) -> str:
        """The person's name, or the role's while nobody is named."""
        return self.name or self.role_name


@dataclass(frozen=True)
class ActionRow:
    """An action agreed at a meeting; ``done`` is read through its checklist item."""

    id: int
    meeting_id: int
    description: str
    owner: str
    due: dt.date | None
    plan_item_id: int | None
    done: bool


@dataclass(frozen=True)
class MeetingFields:
    """The meeting's own details, as the editor's form holds them."""

    title: str
    purpose: str = ""
    week: int | None = None
    starts: dt.datetime | None = None
    duration_minutes: int | None = None
    venue: str = ""
    notes: str = ""
    decisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting as the list of meetings shows it."""

    id: int
    inspection_id: int
    plan_item_id: int | None
    title: str
    week: int | None
    starts: dt.datetime | None
    day: dt.date | None
    attendee_count: int
    open_actions: int
    agenda_titles: tuple[str, ...]
    attendee_names: tuple[str, ...]


@dataclass(frozen=True)
class MeetingDetails:
    """Everything about one meeting: details, agenda, attendees and minutes."""

    id: int
    inspection_id: int
    plan_item_id: int | None
    fields: MeetingFields
    agenda: tuple[AgendaRow, ...]
    attendees: tuple[AttendeeRow, ...]
    actions: tuple[ActionRow, ...]
    day: dt.date | None = None
    """Its set start's day, else the day its checklist item is due."""

    @property
    def title(self) -> str:
        """The meeting's title."""
        return self.fields.title


@dataclass(frozen=True)
class InspectionMeetings:
    """One read of everything an inspection's meeting documents draw on.

    The agenda, minutes, pack and calendar are made from this alone, so building one costs a
    fixed number of queries however many meetings and items the inspection has.
    """

    inspection_id: int
    area: str
    weeks: int
    calendar: InspectionCalendar
    plan: tuple[PlanRow, ...]
    summaries: tuple[MeetingSummary, ...]
    details: Mapping[int, MeetingDetails]
    actions: tuple[ActionRow, ...]
    people_by_role: Mapping[str, Sequence[tuple[str, str]]]
    """Role key -> the register's (name, organisation) pairs for it."""


@dataclass(frozen=True)
class MeetingReading:
    """What the documents about one meeting (its agenda, minutes, letters) draw on.

    Read for that meeting alone: the work does not grow with the inspection's other meetings,
    items or people.
    """

    inspection_id: int
    area: str
    weeks: int
    calendar: InspectionCalendar
    details: MeetingDetails
    people_by_role: Mapping[str, Sequence[tuple[str, str]]]
    """Role key -> the register's (name, organisation) pairs, for the roles the reading names."""


@dataclass(frozen=True)
class MeetingDate:
    """A meeting as a pack's look ahead and back places it: when, and who owns it on the plan."""

    id: int
    plan_item_id: int | None
    title: str
    week: int | None
    starts: dt.datetime | None
    day: dt.date | None
    owner_role: str = ""
    """The owner of the checklist item the meeting was made from, if any."""


@dataclass(frozen=True)
class PackReading:
    """What a meeting pack prints beyond the meeting itself, read for that pack alone.

    Only what the pack prints is read: the open actions of earlier meetings, the plan's
    deadlines, and the checklist counted by week and status, not item by item.
    """

    meeting: MeetingReading
    dates: tuple[MeetingDate, ...]
    """Every meeting of the inspection, earliest first (undated ones after their week)."""
    earlier_actions: tuple[ActionRow, ...]
    """The actions still open from the meetings before this one, in the order recorded."""
    deadlines: tuple[PlanRow, ...]
    """The plan's deadlines (items deleted from the checklist left out)."""
    tallies: tuple[WeekTally, ...]
    """The checklist counted by week, status and due day (deleted items left out)."""
