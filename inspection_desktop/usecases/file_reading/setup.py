"""Setting file reading up: the base, each reader's details and logins, the reading pairs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from inspection_desktop.domain.file_reading.sample import ReaderSide
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.file_reading.rows import BaseDraft, PairRow, ReaderDetails
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading.kinds import FILE_READING
from inspection_desktop.usecases.file_reading.readers import file_readers
from inspection_desktop.usecases.file_reading.sample import sample_change
from inspection_desktop.usecases.services import Services

MAX_DESKS = 200
KINDS = frozenset({FILE_READING})


def base_problems(draft: BaseDraft) -> list[str]:
    """What is wrong with a base as filled in, every problem at once."""
    problems = []
    if not draft.venue.strip():
        problems.append("Give the base's venue.")
    names = [room.name.strip().casefold() for room in draft.rooms]
    if any(not name for name in names):
        problems.append("Every room needs a name.")
    if len(set(names)) != len(names):
        problems.append("Two rooms have the same name.")
    if any(not 1 <= room.desks <= MAX_DESKS for room in draft.rooms):
        problems.append(f"A room has between 1 and {MAX_DESKS} desks.")
    if any(day.closes <= day.opens for day in draft.days):
        problems.append("A reading day must close after it opens.")
    if len({day.day for day in draft.days}) != len(draft.days):
        problems.append("The same reading day is listed twice.")
    return problems


def save_base(
    services: Services, inspection_id: int, draft: BaseDraft, base_id: int | None = None
) -> tuple[Change, int]:
    """Add a reading base, or change one; refused with every problem if it is not right."""
    problems = base_problems(draft)
    if problems:
        raise UserFacingError(" ".join(problems))
    store = services.file_reading
    before_bases = {base.id: base for base in store.bases(inspection_id)}
    before_sample = store.sample(inspection_id)
    saved_id = store.save_base(inspection_id, draft, base_id)
    previous = before_bases.get(base_id) if base_id is not None else None
    description = f"change the reading base {draft.venue}" if previous else "add a reading base"
    placements = sample_change(services, inspection_id, description, before_sample)

    def undo() -> Change:
        if previous is None:
            store.delete_base(saved_id)
        else:
            store.save_base(inspection_id, previous.draft, previous.id)
        assert placements.undo is not None
        placements.undo()
        return Change(description, KINDS, undo=redo)

    def redo() -> Change:
        new_id = store.save_base(inspection_id, draft, saved_id)
        assert new_id == saved_id
        return Change(description, KINDS, undo=undo)

    return Change(description, KINDS, undo=undo), saved_id


def remove_base(services: Services, inspection_id: int, base_id: int) -> Change:
    """Remove a reading base with its rooms and days; records placed there are no longer placed."""
    store = services.file_reading
    base = next((b for b in store.bases(inspection_id) if b.id == base_id), None)
    if base is None:
        raise UserFacingError("That reading base is no longer there.")
    before_sample = store.sample(inspection_id)
    store.delete_base(base_id)
    description = f"remove the reading base {base.venue}"
    placements = sample_change(services, inspection_id, description, before_sample)

    def undo() -> Change:
        store.save_base(inspection_id, base.draft, base.id)
        assert placements.undo is not None
        placements.undo()
        return Change(description, KINDS, undo=redo)

    def redo() -> Change:
        store.delete_base(base_id)
        return Change(description, KINDS, undo=undo)

    return Change(description, KINDS, undo=undo)


def save_reader(
    services: Services, inspection_id: int, contact_id: int, details: ReaderDetails
) -> Change:
    """Keep a reader's agency, service, team, days, conflicts, agreement and logins."""
    readers = {r.contact_id: r for r in file_readers(services, inspection_id)}
    reader = readers.get(contact_id)
    if reader is None:
        raise UserFacingError(
            "That person is not a reader: give them the local file reader role in People."
        )
    before = reader.details
    store = services.file_reading
    store.save_reader(inspection_id, contact_id, details)
    description = f"change {reader.name}'s reading details"
    return _swap(
        description, lambda d: store.save_reader(inspection_id, contact_id, d), before, details
    )


def _swap(
    description: str,
    write: Callable[[ReaderDetails], None],
    before: ReaderDetails,
    after: ReaderDetails,
) -> Change:
    def undo() -> Change:
        write(before)
        return _swap(description, write, after, before)

    return Change(description, KINDS, undo=undo)


def set_pairs(services: Services, inspection_id: int, pairs: Sequence[Sequence[int]]) -> Change:
    """Make these the reading pairs (contact ids of their readers); records placed with a pair
    that is gone are no longer placed."""
    store = services.file_reading
    known = {r.contact_id for r in file_readers(services, inspection_id)}
    for pair in pairs:
        if not pair:
            raise UserFacingError("A reading pair needs at least one reader.")
        if set(pair) - known:
            raise UserFacingError("Only readers can be in a reading pair.")
    before_pairs = store.pairs(inspection_id)
    before_sample = store.sample(inspection_id)
    kept = {tuple(p.contact_ids): p.id for p in before_pairs}
    stored = store.replace_pairs(
        inspection_id, [PairRow(tuple(pair), kept.get(tuple(pair))) for pair in pairs]
    )
    return _pairs_change(
        services, inspection_id, "change the reading pairs", before_pairs, stored, before_sample
    )


def _pairs_change(
    services: Services,
    inspection_id: int,
    description: str,
    before: list[PairRow],
    after: list[PairRow],
    before_sample: list[Any],
) -> Change:
    store = services.file_reading
    placements = sample_change(services, inspection_id, description, before_sample)

    def undo() -> Change:
        store.replace_pairs(inspection_id, before)
        assert placements.undo is not None
        placements.undo()
        return Change(description, KINDS, undo=redo)

    def redo() -> Change:
        store.replace_pairs(inspection_id, after)
        return Change(description, KINDS, undo=undo)

    return Change(description, KINDS, undo=undo)


def make_pairs(services: Services, inspection_id: int) -> Change:
    """Pair each inspector not yet in a pair with a local reader not yet in one, in order;
    pairs already made stay."""
    store = services.file_reading
    readers = file_readers(services, inspection_id)
    current = [list(pair.contact_ids) for pair in store.pairs(inspection_id)]
    paired = {contact_id for pair in current for contact_id in pair}
    inspectors = [
        r for r in readers if r.side is ReaderSide.INSPECTOR and r.contact_id not in paired
    ]
    locals_ = [r for r in readers if r.side is ReaderSide.LOCAL and r.contact_id not in paired]
    if not inspectors or not locals_:
        raise UserFacingError(
            "Every inspector or every local reader is already in a pair: add readers in People "
            "(the local file reader role, or an inspector's role) to make more pairs."
        )
    new = [[a.contact_id, b.contact_id] for a, b in zip(inspectors, locals_, strict=False)]
    return set_pairs(services, inspection_id, [*current, *new])


def default_days(first: dt.date, count: int) -> list[dt.date]:
    """``count`` consecutive working days from ``first`` (records are read over three days)."""
    days: list[dt.date] = []
    day = first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days
