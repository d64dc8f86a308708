"""Allocating the sample to reading pairs and sessions: automatically, and by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from inspection_desktop.domain.file_reading import allocation as alloc
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.file_reading.rows import SampleRow
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading.placements import (
    allocation_inputs,
    case_record,
    picture,
)
from inspection_desktop.usecases.file_reading.sample import sample_change
from inspection_desktop.usecases.services import Services


@dataclass(frozen=True)
class AllocationSummary:
    """What an allocation did, in counts."""

    placed: int
    by_hand: int
    not_placed: int
    hand_problems: int

    @property
    def summary(self) -> str:
        """The counts in words."""
        text = f"{self.placed} placed ({self.by_hand} by hand, kept), {self.not_placed} not placed"
        if self.hand_problems:
            text += f"; {self.hand_problems} hand placements break a rule"
        return text


@dataclass(frozen=True)
class AllocationJob:
    """What one allocation works on, read before it runs (it may run in another thread)."""

    inspection_id: int
    before: tuple[SampleRow, ...]
    records: tuple[alloc.CaseRecord, ...]
    pairs: tuple[alloc.Pair, ...]
    sessions: tuple[alloc.Session, ...]

    def run(self) -> alloc.AllocationResult:
        """Place the records: pure work on the values read, touching no database."""
        return alloc.allocate(self.records, self.pairs, self.sessions)


def prepare_allocation(services: Services, inspection_id: int) -> AllocationJob:
    """Read everything the allocation needs."""
    view = picture(services, inspection_id)
    if not view.records:
        raise UserFacingError("There is no sample yet: import the Care Inspectorate's list first.")
    records, pairs, sessions = allocation_inputs(view)
    before = tuple(placed.row for placed in view.records)
    return AllocationJob(inspection_id, before, tuple(records), tuple(pairs), tuple(sessions))


def apply_allocation(
    services: Services, job: AllocationJob, result: alloc.AllocationResult
) -> tuple[Change, AllocationSummary]:
    """Write an allocation's placements and reasons; refused if the sample changed meanwhile."""
    store = services.file_reading
    if tuple(store.sample(job.inspection_id)) != job.before:
        raise UserFacingError("The sample changed while it was being allocated: allocate again.")
    after = [_apply(row, result) for row in job.before]
    store.update_sample(job.inspection_id, after)
    summary = AllocationSummary(
        placed=len(result.placements),
        by_hand=sum(1 for row in job.before if row.by_hand and row.placed),
        not_placed=len(result.unplaced),
        hand_problems=len(result.hand_problems),
    )
    change = sample_change(services, job.inspection_id, "allocate the sample", job.before)
    return change, summary


def allocate_sample(services: Services, inspection_id: int) -> tuple[Change, AllocationSummary]:
    """Place every record not placed by hand; hand placements stay as they are."""
    job = prepare_allocation(services, inspection_id)
    return apply_allocation(services, job, job.run())


def _apply(row: SampleRow, result: alloc.AllocationResult) -> SampleRow:
    assert row.id is not None
    if row.by_hand and row.placed:
        problem = result.hand_problems.get(row.id)
        return replace(
            row,
            unplaced_rule=problem.rule.value if problem else "",
            unplaced_reason=f"Placed by hand, but {problem.reason}" if problem else "",
        )
    placement = result.placements.get(row.id)
    if placement is not None:
        room, day = _session_parts(placement.session)
        return replace(
            row,
            pair_id=placement.pair,
            room_id=room,
            day=day,
            by_hand=False,
            unplaced_rule="",
            unplaced_reason="",
        )
    unplaced = result.unplaced.get(row.id)
    return replace(
        row,
        pair_id=None,
        room_id=None,
        day=None,
        by_hand=False,
        unplaced_rule=unplaced.rule.value if unplaced else "",
        unplaced_reason=_sentence(unplaced.reason) if unplaced else "",
    )


def place_by_hand(
    services: Services, inspection_id: int, record_id: int, pair_id: int, session: str
) -> Change:
    """Put a record with a pair in a session by hand; refused, with the reason, if that would
    break a rule. A hand placement stays when the allocation runs again."""
    view = picture(services, inspection_id)
    rows = {placed.row.id: placed.row for placed in view.records}
    row = rows.get(record_id)
    if row is None:
        raise UserFacingError("That record is no longer in the sample.")
    if session not in view.sessions:
        raise UserFacingError("That reading session no longer exists.")
    _records, pairs, sessions = allocation_inputs(view)
    # Siblings placed automatically follow the record, so the group stays with one pair.
    followers = [
        other
        for other in rows.values()
        if row.sibling_group
        and other.sibling_group == row.sibling_group
        and other.id != record_id
        and not other.by_hand
    ]
    moving = {record_id, *(other.id for other in followers)}
    others = [
        case_record(other, all_placed_fixed=True)
        for other in rows.values()
        if other.id not in moving
    ]
    placement = alloc.Placement(pair_id, session)
    room, day = _session_parts(session)
    moved = []
    for index, current in enumerate([row, *followers]):
        problems = alloc.placement_problems(
            case_record(current), placement, others, pairs, sessions
        )
        if problems:
            reasons = "; ".join(problem.reason for problem in problems)
            whose = row.reference if index == 0 else f"{current.reference}, its sibling"
            raise UserFacingError(f"{row.reference} cannot go there: {reasons} ({whose}).")
        now = replace(
            current,
            pair_id=pair_id,
            room_id=room,
            day=day,
            by_hand=index == 0,
            unplaced_rule="",
            unplaced_reason="",
        )
        moved.append(now)
        others.append(case_record(now, all_placed_fixed=True))
    before = [placed_row.row for placed_row in view.records]
    services.file_reading.update_sample(inspection_id, moved)
    return sample_change(services, inspection_id, f"place {row.reference} by hand", before)


def clear_placement(services: Services, inspection_id: int, record_ids: list[int]) -> Change:
    """Take records out of their pair and session (the allocation may place them again)."""
    before = services.file_reading.sample(inspection_id)
    wanted = set(record_ids)
    cleared = [
        replace(row, pair_id=None, room_id=None, day=None, by_hand=False, unplaced_reason="")
        for row in before
        if row.id in wanted
    ]
    if not cleared:
        raise UserFacingError("Select one or more records first.")
    services.file_reading.update_sample(inspection_id, cleared)
    return sample_change(services, inspection_id, "clear placements", before)


def _session_parts(key: str) -> tuple[int, dt.date]:
    room, day = key.split(":", 1)
    return int(room), dt.date.fromisoformat(day)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
