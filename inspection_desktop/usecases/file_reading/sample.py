"""The sample: imported from the Care Inspectorate's list, sibling groups marked, progress kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from inspection_desktop.domain import clock
from inspection_desktop.domain.file_reading.sample import (
    RecordStatus,
    SampleLine,
    normalise_reference,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.file_reading.rows import SampleRow
from inspection_desktop.usecases.changes import Change
from inspection_desktop.usecases.file_reading.kinds import FILE_READING
from inspection_desktop.usecases.services import Services

MAX_GROUP_LENGTH = 40


@dataclass(frozen=True)
class ImportCounts:
    """What an import did."""

    added: int
    updated: int
    kept: int
    """Records already in the sample that the file did not list (left as they were)."""

    @property
    def summary(self) -> str:
        """The counts in words."""
        text = f"{self.added} added, {self.updated} updated"
        if self.kept:
            text += f", {self.kept} already in the sample and not in this file (kept)"
        return text


def sample_change(
    services: Services, inspection_id: int, description: str, before: Sequence[SampleRow]
) -> Change:
    """A change to the sample whose undo puts ``before`` back (and whose redo puts it again)."""
    after = services.file_reading.sample(inspection_id)

    def put(rows: Sequence[SampleRow], other: Sequence[SampleRow]) -> Callable[[], Change]:
        def restore() -> Change:
            services.file_reading.replace_sample(inspection_id, rows)
            return Change(description, frozenset({FILE_READING}), undo=put(other, rows))

        return restore

    return Change(description, frozenset({FILE_READING}), undo=put(before, after))


def import_sample(
    services: Services, inspection_id: int, lines: Sequence[SampleLine]
) -> tuple[Change, ImportCounts]:
    """Add the file's records to the sample, updating those already there (placements kept)."""
    if not lines:
        raise UserFacingError("The file lists no case records: nothing was imported.")
    store = services.file_reading
    before = store.sample(inspection_id)
    by_reference = {normalise_reference(row.reference): row for row in before}
    rows = list(before)
    index = {normalise_reference(row.reference): i for i, row in enumerate(rows)}
    added = updated = 0
    listed = set()
    for line in lines:
        key = normalise_reference(line.reference)
        listed.add(key)
        old = by_reference.get(key)
        if old is None:
            rows.append(_new_row(line, len(rows)))
            index[key] = len(rows) - 1
            by_reference[key] = rows[-1]
            added += 1
            continue
        new = replace(
            old,
            team=line.team or old.team,
            service=line.service or old.service,
            child_protection=line.child_protection,
            sibling_group=line.sibling_group or old.sibling_group,
        )
        if new != old:
            rows[index[key]] = new
            updated += 1
    store.replace_sample(inspection_id, rows)
    kept = sum(1 for row in before if normalise_reference(row.reference) not in listed)
    counts = ImportCounts(added, updated, kept)
    return sample_change(services, inspection_id, "import the sample", before), counts


def _new_row(line: SampleLine, position: int) -> SampleRow:
    return SampleRow(
        reference=line.reference.strip(),
        team=line.team.strip(),
        service=line.service.strip(),
        child_protection=line.child_protection,
        sibling_group=line.sibling_group.strip(),
        position=position,
    )


def set_sibling_group(
    services: Services, inspection_id: int, record_ids: Sequence[int], group: str
) -> Change:
    """Put records in one sibling group (a blank group takes them out of any)."""
    group = " ".join(group.split())
    if len(group) > MAX_GROUP_LENGTH:
        raise UserFacingError(f"Keep the sibling group's label to {MAX_GROUP_LENGTH} characters.")
    description = (
        f"put {len(record_ids)} records in sibling group {group}"
        if group
        else (f"take {len(record_ids)} records out of their sibling group")
    )
    return _edit(services, inspection_id, record_ids, description, sibling_group=group)


def set_status(
    services: Services, inspection_id: int, record_ids: Sequence[int], status: RecordStatus
) -> Change:
    """Record how far the reading of records has got."""
    description = f"mark {len(record_ids)} records {status.label.lower()}"
    return _edit(services, inspection_id, record_ids, description, status=status)


def set_concern_passed_on(
    services: Services, inspection_id: int, record_id: int, day: dt.date | None
) -> Change:
    """Record the date a concern about a record was passed on (None clears it): only the date."""
    if day is not None and day > clock.today():
        raise UserFacingError("A concern cannot be passed on in the future: check the date.")
    description = "record a concern passed on" if day else "clear the concern date"
    return _edit(services, inspection_id, [record_id], description, concern_passed_on=day)


def _edit(
    services: Services,
    inspection_id: int,
    record_ids: Sequence[int],
    description: str,
    **values: object,
) -> Change:
    if not record_ids:
        raise UserFacingError("Select one or more records first.")
    store = services.file_reading
    before = store.sample(inspection_id)
    wanted = set(record_ids)
    changed = [replace(row, **values) for row in before if row.id in wanted]  # type: ignore[arg-type]
    if len(changed) != len(wanted):
        raise UserFacingError("Some of those records are no longer in the sample.")
    store.update_sample(inspection_id, changed)
    return sample_change(services, inspection_id, description, before)
