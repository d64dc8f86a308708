"""A small file-reading set-up through the use cases: two pairs, one base, a few records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.domain.file_reading.sample import SampleLine
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.storage.file_reading.rows import (
    BaseDraft,
    ReaderDetails,
    ReadingDay,
    RoomRow,
)
from inspection_desktop.usecases.file_reading.sample import import_sample
from inspection_desktop.usecases.file_reading.setup import save_base, save_reader, set_pairs
from inspection_desktop.usecases.services import Services

MON = dt.date(2027, 3, 8)
DAYS = (MON, MON + dt.timedelta(days=1), MON + dt.timedelta(days=2))


@dataclass(frozen=True)
class Setup:
    """Ids of what was made."""

    inspection_id: int
    base_id: int
    readers: dict[str, int]


def make_setup(
    services: Services,
    lines: list[SampleLine] | None = None,
    desks: int = 4,
    teams: dict[str, str] | None = None,
) -> Setup:
    """An inspection with two inspectors, two local readers (teams as given), paired, a base
    with one room over three days, and the sample."""
    inspection = services.inspections.create_inspection("Testshire CPP", dt.date(2026, 10, 26))
    readers = {}
    for name, role, org in (
        ("Ines Inspector", "link_inspector", "Care Inspectorate"),
        ("Ivo Inspector", "link_inspector", "Care Inspectorate"),
        ("Lena Local", "local_file_reader", "Testshire Council"),
        ("Łucja Local", "local_file_reader", "Testshire Council"),
    ):
        contact = services.contacts.add_contact(
            inspection.id, ContactDraft(name=name, organisation=org, roles=(role,))
        )
        readers[name] = contact.id
    for name, team in (teams or {}).items():
        save_reader(services, inspection.id, readers[name], ReaderDetails(team=team))
    _change, base_id = save_base(
        services,
        inspection.id,
        BaseDraft(
            "Testshire House",
            address="1 High Street",
            ict_process="Log in with the temporary account.",
            rooms=(RoomRow("Room A", desks),),
            days=tuple(ReadingDay(day) for day in DAYS),
        ),
    )
    set_pairs(
        services,
        inspection.id,
        [
            [readers["Ines Inspector"], readers["Lena Local"]],
            [readers["Ivo Inspector"], readers["Łucja Local"]],
        ],
    )
    if lines is None:
        lines = [SampleLine(f"REF-{n}", "Team A") for n in range(6)]
    if lines:
        import_sample(services, inspection.id, lines)
    return Setup(inspection.id, base_id, readers)
