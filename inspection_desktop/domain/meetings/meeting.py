"""Meetings as the documents see them: agenda items, papers, attendees, actions and status rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path


class Attendance(StrEnum):
    """Whether a person came, sent apologies, or is not yet known."""

    PRESENT = "present"
    APOLOGIES = "apologies"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """How the attendance reads on paper."""
        return {"present": "Present", "apologies": "Apologies", "unknown": "Expected"}[self.value]


@dataclass(frozen=True)
class Paper:
    """A PDF file attached to an agenda item, such as the self-evaluation draft."""

    title: str
    path: Path
    confidential: bool = False


@dataclass(frozen=True)
class AgendaItem:
    """One item on a meeting's agenda, with the time it is given."""

    title: str
    presenter: str = ""
    minutes: int = 10
    notes: str = ""
    papers: tuple[Paper, ...] = ()
    minutes_notes: str = ""
    # A confidential item keeps its slot in a recipient's copy but not its title, notes or papers.
    confidential: bool = False


@dataclass(frozen=True)
class Attendee:
    """A person invited to a meeting, with their organisation and roles."""

    name: str
    organisation: str
    roles: tuple[str, ...] = ()
    attendance: Attendance = Attendance.UNKNOWN


@dataclass(frozen=True)
class MeetingAction:
    """An action agreed at a meeting, with its owner and due date."""

    description: str
    owner: str
    due: date | None = None
    meeting_title: str = ""
    done: bool = False

    def is_overdue(self, today: date) -> bool:
        """True if the action is still open and its due date has passed."""
        return not self.done and self.due is not None and self.due < today


@dataclass(frozen=True)
class Meeting:
    """A meeting of the preparation phase, with its agenda and (after the meeting) its minutes."""

    title: str
    purpose: str = ""
    week: int | None = None
    # Naive wall-clock time in Europe/London: what the invitation says.
    starts: datetime | None = None
    duration_minutes: int | None = None
    venue: str = ""
    agenda: tuple[AgendaItem, ...] = ()
    attendees: tuple[Attendee, ...] = ()
    decisions: tuple[str, ...] = ()
    actions: tuple[MeetingAction, ...] = ()
    # General notes for the minutes, beside the notes kept under each agenda item.
    notes: str = ""

    @property
    def agenda_minutes(self) -> int:
        """The time the agenda items add up to."""
        return sum(item.minutes for item in self.agenda)

    @property
    def ends(self) -> datetime | None:
        """When the meeting ends: the set duration, else the end of the last agenda item."""
        if self.starts is None:
            return None
        length = self.duration_minutes if self.duration_minutes is not None else self.agenda_minutes
        return self.starts + timedelta(minutes=length)

    def has_confidential(self) -> bool:
        """Whether any agenda item or paper is confidential."""
        return any(
            item.confidential or any(p.confidential for p in item.papers) for item in self.agenda
        )

    @property
    def papers(self) -> tuple[Paper, ...]:
        """Every paper attached to the agenda, in agenda order."""
        return tuple(paper for item in self.agenda for paper in item.papers)


@dataclass(frozen=True)
class DeadlineRow:
    """A deadline on the plan, as the meeting pack lists it."""

    week: int
    due: date
    title: str
    owner: str = ""


@dataclass(frozen=True)
class WeekStatus:
    """How the checklist stands for one inspection week."""

    week: int
    starts_on: date
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    not_applicable: int = 0
    overdue: int = 0

    @property
    def applicable(self) -> int:
        """Items that count towards progress (everything but not-applicable ones)."""
        return self.done + self.in_progress + self.not_started

    @property
    def percent_done(self) -> int:
        """Share of applicable items done, rounded down; 100 when nothing applies."""
        if self.applicable == 0:
            return 100
        return self.done * 100 // self.applicable


@dataclass(frozen=True)
class PackContext:
    """What a document needs to know besides the meeting: whose it is and when it was made."""

    partnership_name: str
    inspection_title: str
    logo_path: Path | None = None
    generated_on: date = field(default_factory=date.today)
    marking: str = ""
    """The protective marking chosen for the document; blank for the default (see
    ``Meeting.default_marking``)."""


def running_times(start: datetime, agenda: Sequence[AgendaItem]) -> list[tuple[datetime, datetime]]:
    """Return each agenda item's (start, end), running on from the meeting's start time."""
    times: list[tuple[datetime, datetime]] = []
    current = start
    for item in agenda:
        finish = current + timedelta(minutes=max(item.minutes, 0))
        times.append((current, finish))
        current = finish
    return times


def open_actions(actions: Iterable[MeetingAction]) -> list[MeetingAction]:
    """Return the actions not yet done, earliest due first (undated last)."""
    still_open = [action for action in actions if not action.done]
    return sorted(still_open, key=lambda a: (a.due is None, a.due or date.max, a.description))


def deadlines_within(
    deadlines: Iterable[DeadlineRow], today: date, weeks: int = 3
) -> list[DeadlineRow]:
    """Return the deadlines due from today up to ``weeks`` weeks ahead, earliest first."""
    horizon = today + timedelta(weeks=weeks)
    due_soon = [row for row in deadlines if today <= row.due < horizon]
    return sorted(due_soon, key=lambda row: (row.due, row.title))
