"""Bring an existing tracker in: a CSV or .xlsx of title, due date, owner, status and notes,
mapped by its headings, every row checked, refused rows with their reasons."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from inspection_desktop.documents.common.tabular_reader import (
    PopulationTable,
    ReadOptions,
    read_population_table,
)
from inspection_desktop.domain.plan.inspection_calendar import InspectionCalendar
from inspection_desktop.domain.plan.item_drafts import MAX_TITLE_LENGTH, ItemDraft
from inspection_desktop.domain.plan.items import IMPORTED_KEY_PREFIX, ItemStatus
from inspection_desktop.domain.roles import RoleCatalogue
from inspection_desktop.usecases.services import Services

DEFAULT_OWNER_ROLE = "inspection_coordinator"


class TrackerField(StrEnum):
    """What a column of a tracker can fill."""

    TITLE = "title"
    DUE = "due"
    OWNER = "owner"
    STATUS = "status"
    NOTES = "notes"

    @property
    def label(self) -> str:
        """How the field reads on screen."""
        return {
            TrackerField.TITLE: "Title",
            TrackerField.DUE: "Due date",
            TrackerField.OWNER: "Owner (role or person)",
            TrackerField.STATUS: "Status",
            TrackerField.NOTES: "Notes",
        }[self]


_ALIASES: dict[TrackerField, tuple[str, ...]] = {
    TrackerField.TITLE: ("title", "task", "item", "action", "activity", "description", "what"),
    TrackerField.DUE: ("due", "duedate", "deadline", "date", "by", "bywhen", "targetdate", "when"),
    TrackerField.OWNER: ("owner", "lead", "responsible", "who", "assignedto", "actionowner"),
    TrackerField.STATUS: ("status", "progress", "state", "rag", "ragstatus"),
    TrackerField.NOTES: ("notes", "note", "comments", "comment", "update", "updates"),
}

TrackerMapping = Mapping[TrackerField, int]
"""Which column (0-based) fills each field; a field left out is not imported."""

_STATUS_WORDS = {
    ItemStatus.DONE: ("done", "complete", "completed", "closed", "finished", "yes", "green"),
    ItemStatus.IN_PROGRESS: ("inprogress", "ongoing", "started", "underway", "wip", "amber"),
    ItemStatus.NOT_STARTED: ("notstarted", "open", "todo", "new", "pending", "no", "red"),
    ItemStatus.NOT_APPLICABLE: ("notapplicable", "na", "notneeded", "cancelled"),
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def guess_tracker_mapping(headings: Sequence[str]) -> dict[TrackerField, int]:
    """Guess which column fills each field from the headings (first match wins)."""
    keys = [_key(heading) for heading in headings]
    mapping: dict[TrackerField, int] = {}
    for field, aliases in _ALIASES.items():
        for alias in aliases:  # the aliases are in order of preference
            index = next(
                (i for i, key in enumerate(keys) if key == alias and i not in mapping.values()),
                None,
            )
            if index is not None:
                mapping[field] = index
                break
    return mapping


def parse_due_date(text: str) -> dt.date | None:
    """A date as trackers write it: 2027-02-08, 08/02/2027, 8/2/27, 8 February 2027, 8 Feb 27.

    Day before month, as in the UK; None when the text is no date at all.
    """
    value = text.strip()
    if not value:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", value)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", value)
    if numeric:
        return _date(_year(numeric[3]), int(numeric[2]), int(numeric[1]))
    words = re.fullmatch(
        r"(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{2}|\d{4})", value
    )
    if words and words[2].casefold() in _MONTHS:
        return _date(_year(words[3]), _MONTHS[words[2].casefold()], int(words[1]))
    return None


def _year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_status(text: str) -> ItemStatus | None:
    """A status in a tracker's words ("Complete", "Ongoing", "N/A"); blank is not started."""
    key = _key(text)
    if not key:
        return ItemStatus.NOT_STARTED
    for status, words in _STATUS_WORDS.items():
        if key in words:
            return status
    return None


def import_key(title: str, due: dt.date) -> str:
    """The key an imported row is stored under, so importing the same row again finds it."""
    digest = hashlib.sha256(f"{' '.join(title.casefold().split())}|{due}".encode()).hexdigest()
    return f"{IMPORTED_KEY_PREFIX}{digest[:16]}"


@dataclass(frozen=True)
class TrackerRow:
    """One row of the tracker as it would be imported, with the reasons it can't be, if any."""

    number: int
    key: str
    draft: ItemDraft
    owner_text: str
    problems: tuple[str, ...]

    @property
    def refused(self) -> bool:
        """Whether the row is left out."""
        return bool(self.problems)

    @property
    def reason(self) -> str:
        """Why the row is refused, in one line ("" when it is not)."""
        return " ".join(self.problems)


@dataclass(frozen=True)
class TrackerPreview:
    """Every non-blank row of a tracker, mapped and checked, ready to confirm."""

    rows: tuple[TrackerRow, ...]

    @property
    def accepted(self) -> tuple[TrackerRow, ...]:
        """The rows that will be imported."""
        return tuple(row for row in self.rows if not row.refused)

    @property
    def refused(self) -> tuple[TrackerRow, ...]:
        """The rows left out, each with its reason."""
        return tuple(row for row in self.rows if row.refused)

    @property
    def summary(self) -> str:
        """Counts in words, e.g. "12 to import, 2 refused"."""
        return f"{len(self.accepted)} to import, {len(self.refused)} refused"


@dataclass(frozen=True)
class PlanContext:
    """What checking a tracker needs to know about the plan it goes into."""

    calendar: InspectionCalendar
    roles: RoleCatalogue
    people: Mapping[str, int]
    """Names in the register (case-folded, spaces squeezed) to contact ids."""
    existing_keys: frozenset[str]
    existing_items: frozenset[tuple[str, dt.date]]
    """(case-folded title, due date) of the items already on the checklist."""


def plan_context(services: Services, inspection_id: int) -> PlanContext:
    """What the plan of this inspection already holds, for checking a tracker against it."""
    store = services.inspections
    calendar = store.calendar(inspection_id)
    rows = store.plan_rows(inspection_id, calendar)
    people = {
        " ".join(contact.name.casefold().split()): contact.id
        for contact in services.contacts.contacts(inspection_id)
    }
    return PlanContext(
        calendar=calendar,
        roles=store.roles,
        people=people,
        existing_keys=frozenset(store.item_keys(inspection_id)),
        existing_items=frozenset((row.title.casefold(), row.due) for row in rows),
    )


def read_tracker(path: Path, options: ReadOptions | None = None) -> PopulationTable:
    """Read a tracker file (CSV of any usual encoding and separator, or .xlsx)."""
    return read_population_table(path, options)


def apply_tracker_mapping(
    table: PopulationTable, mapping: TrackerMapping, context: PlanContext
) -> TrackerPreview:
    """Map and check every row of the tracker."""
    seen: dict[str, int] = {}
    rows = []
    for index, cells in enumerate(table.rows):
        if not any(cell.strip() for cell in cells):
            continue
        row = _check_row(index + 2, cells, mapping, context, seen)
        if not row.refused:
            seen[row.key] = row.number
        rows.append(row)
    return TrackerPreview(tuple(rows))


def preview_tracker_file(path: Path, context: PlanContext) -> TrackerPreview:
    """Read a tracker and map it by its headings, with no one to confirm (the command line)."""
    table = read_tracker(path)
    return apply_tracker_mapping(table, guess_tracker_mapping(table.headings), context)


def _check_row(
    number: int,
    cells: tuple[str, ...],
    mapping: TrackerMapping,
    context: PlanContext,
    seen: Mapping[str, int],
) -> TrackerRow:
    def cell(field: TrackerField) -> str:
        index = mapping.get(field)
        if index is None or index >= len(cells):
            return ""
        value = cells[index].strip()
        # Undo our own export's formula guard, so a round trip gives back what went out.
        if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
            value = value[1:]
        return value

    problems: list[str] = []
    title = " ".join(cell(TrackerField.TITLE).split())
    if not title:
        problems.append("No title.")
    elif len(title) > MAX_TITLE_LENGTH:
        problems.append(f"The title is longer than {MAX_TITLE_LENGTH} characters.")
    due_text = cell(TrackerField.DUE)
    due = parse_due_date(due_text)
    if not due_text:
        problems.append("No due date.")
    elif due is None:
        problems.append(f'"{due_text}" is not a date (write it as 8/2/2027 or 8 February 2027).')
    status_text = cell(TrackerField.STATUS)
    status = parse_status(status_text)
    if status is None:
        problems.append(
            f'Unknown status "{status_text}" (use Not started, In progress, Done or '
            "Not applicable)."
        )
    owner_text = cell(TrackerField.OWNER)
    owner_role, contact_id, owner_note = _owner(owner_text, context)
    notes = "\n".join(part for part in (cell(TrackerField.NOTES), owner_note) if part)
    key = import_key(title, due) if due is not None else ""
    if key and not problems:
        if key in context.existing_keys:
            problems.append("Already imported.")
        elif (title.casefold(), due) in context.existing_items:
            problems.append("Already on the checklist (same title and due date).")
        elif key in seen:
            problems.append(f"Repeats row {seen[key]} (same title and due date).")
    draft = ItemDraft(
        title=title,
        week=_week_of(due, context.calendar) if due is not None else 1,
        due_on=due,
        owner_role=owner_role,
        owner_contact_id=contact_id,
        notes=notes,
        status=status or ItemStatus.NOT_STARTED,
    )
    return TrackerRow(number, key, draft, owner_text, tuple(problems))


def _owner(text: str, context: PlanContext) -> tuple[str, int | None, str]:
    """The owner role and person a tracker's owner cell names; a note when neither matches."""
    if not text:
        return DEFAULT_OWNER_ROLE, None, ""
    role = context.roles.find(text)
    if role is not None:
        return role.key, None, ""
    contact_id = context.people.get(" ".join(text.casefold().split()))
    if contact_id is not None:
        return DEFAULT_OWNER_ROLE, contact_id, ""
    return DEFAULT_OWNER_ROLE, None, f"Owner in the tracker: {text}"


def _week_of(due: dt.date, calendar: InspectionCalendar) -> int:
    """The inspection week holding ``due``; the nearest counted week before it otherwise."""
    weeks = calendar.weeks
    if due < weeks[0].starts_on:
        return 1
    number = 1
    for week in weeks:
        if week.starts_on > due:
            break
        if week.number is not None:
            number = week.number
    if due > weeks[-1].ends_on:
        number = calendar.week_count + (due - weeks[-1].ends_on).days // 7 + 1
    return min(number, 60)
