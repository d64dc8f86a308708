"""The demo's file reading: a base, readers with teams and conflicts, pairs and a sample.

Every name and case-record reference is invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.domain.file_reading.sample import AgencySystem, LoginStatus, SampleLine
from inspection_desktop.storage.file_reading.rows import (
    BaseDraft,
    ReaderDetails,
    ReadingDay,
    RoomRow,
)
from inspection_desktop.usecases.file_reading.readers import TRAINING_ITEM_KEY, file_readers
from inspection_desktop.usecases.file_reading.sample import import_sample, set_sibling_group
from inspection_desktop.usecases.file_reading.setup import (
    default_days,
    make_pairs,
    save_base,
    save_reader,
)
from inspection_desktop.usecases.services import Services

log = logging.getLogger(__name__)

SAMPLE_FILE = "sample-from-the-care-inspectorate.csv"
REFUSED_FILE = "sample-with-identifiers-refused.csv"
READING_WEEK = 12

_TEAMS = (
    "Children and Families East",
    "Children and Families West",
    "Family Support North",
    "Throughcare and Aftercare",
    "Disability Team",
)


# Name: (agency, service, team, days left out, conflict teams, conflict records, signed).
_Details = tuple[str, str, str, tuple[int, ...], tuple[str, ...], tuple[str, ...], bool]
_DETAILS: dict[str, _Details] = {
    "Łukasz Nowak": (
        "Glenmorven Council",
        "Children and families social work",
        _TEAMS[0],
        (),
        (),
        (),
        True,
    ),
    "Eilidh MacLeòid": (
        "Glenmorven Council",
        "Education",
        "Quality Improvement",
        (),
        (),
        ("GM-SW-100412",),
        True,
    ),
    "Daniel Okonkwo": (
        "Glenmorven Council",
        "Children and families social work",
        _TEAMS[2],
        (2,),
        (_TEAMS[1],),
        (),
        False,
    ),
    "Morag Sinclair": (
        "NHS Glenmorven",
        "Health visiting",
        "Health Visiting South",
        (),
        (),
        (),
        True,
    ),
    "Kenneth Lau": (
        "Police Scotland",
        "Public protection",
        "Public Protection Unit",
        (),
        (),
        ("GM-SW-100461",),
        True,
    ),
    "Aisha Rahman": (
        "Glenmorven Council",
        "Children and families social work",
        _TEAMS[3],
        (),
        (),
        (),
        True,
    ),
}


def add_demo_file_reading(services: Services, inspection_id: int, folder: Path) -> None:
    """Readers in the register, their details, a base for week 12, pairs, and the sample."""
    monday = services.inspections.calendar(inspection_id).week(READING_WEEK).starts_on
    days = default_days(monday, 3)
    _base(services, inspection_id, days)
    _readers(services, inspection_id, days)
    make_pairs(services, inspection_id)
    lines = demo_sample()
    import_sample(services, inspection_id, lines)
    _sibling_groups(services, inspection_id)
    _write_files(folder, lines)


def _base(services: Services, inspection_id: int, days: list[dt.date]) -> None:
    draft = BaseDraft(
        venue="Glenmorven House, second floor",
        address="8 Quay Street\nPort Morven\nGM1 4QS",
        access="Sign in at main reception from 08:30; visitor passes are ready at the desk. "
        "Lift to the second floor. Parking for inspectors in the rear car park (bays 12–18).",
        printers="One secure printer in the corridor (release with a PIN from reception). "
        "Confidential waste bins in both rooms.",
        contact_name="Ailsa Grant",
        contact_phone="0131 496 0101",
        ict_process="Social work (CareFirst): log in with the temporary account issued by the "
        "service desk; change the password at first log-in.\n"
        "Health (EMIS): read-only smartcards are collected from the clinical systems team.\n"
        "Education (SEEMiS): view-only accounts; ask the on-site contact if locked out.\n"
        "Police and SCRA: records are printed and held in the locked cabinet in Room 1.",
        rooms=(RoomRow("Committee Room 1", 6), RoomRow("Interview Room 3", 4)),
        days=tuple(ReadingDay(day, dt.time(9, 0), dt.time(16, 30)) for day in days),
    )
    save_base(services, inspection_id, draft)


def _readers(services: Services, inspection_id: int, days: list[dt.date]) -> None:
    readers = file_readers(services, inspection_id)
    training = _training_meeting(services, inspection_id)
    for index, reader in enumerate(readers):
        details = _DETAILS.get(reader.name)
        statuses = (LoginStatus.TESTED, LoginStatus.ISSUED, LoginStatus.REQUESTED)
        logins = tuple(
            (system, statuses[(index + position) % 3] if position < 3 else LoginStatus.TESTED)
            for position, system in enumerate(AgencySystem)
        )
        if details is None:  # an inspector
            save_reader(
                services,
                inspection_id,
                reader.contact_id,
                ReaderDetails(agency=reader.organisation, agreement_signed=True, logins=logins),
            )
            continue
        agency, service, team, left_out, teams, records, signed = details
        available = tuple(day for n, day in enumerate(days) if n not in left_out)
        save_reader(
            services,
            inspection_id,
            reader.contact_id,
            ReaderDetails(
                agency=agency,
                service=service,
                team=team,
                days=available if left_out else (),
                conflict_teams=teams,
                conflict_records=records,
                agreement_signed=signed,
                logins=logins,
            ),
        )
        if training is not None:
            services.meetings.add_attendee(
                training, reader.name, reader.organisation, "local_file_reader"
            )


def _training_meeting(services: Services, inspection_id: int) -> int | None:
    keys = {row.id: row.key for row in services.inspections.plan_rows(inspection_id)}
    for summary in services.meetings.list_meetings(inspection_id):
        if keys.get(summary.plan_item_id or 0) == TRAINING_ITEM_KEY:
            return summary.id
    return None


def demo_sample() -> list[SampleLine]:
    """Thirty-six records, a quarter on the child protection register, three sibling pairs
    listed in the file (the partnership marks more)."""
    lines = []
    listed_groups = {3: "S1", 4: "S1", 17: "S2", 18: "S2", 29: "S3", 30: "S3"}
    for n in range(36):
        lines.append(
            SampleLine(
                reference=f"GM-SW-{100400 + n * 3}",
                team=_TEAMS[(n * 7) % len(_TEAMS)],
                service="Children and families social work",
                child_protection=n % 4 == 1,
                sibling_group=listed_groups.get(n, ""),
            )
        )
    return lines


def _sibling_groups(services: Services, inspection_id: int) -> None:
    """Mark one more sibling group, as the partnership does in week 9."""
    rows = services.file_reading.sample(inspection_id)
    ids = [row.id for row in rows[10:13] if row.id is not None]
    set_sibling_group(services, inspection_id, ids, "S4")


def _write_files(folder: Path, lines: list[SampleLine]) -> None:
    """The sample as the Care Inspectorate sends it, and a copy with identifiers to show the
    refusal (all invented)."""
    headings = ["Case reference", "Team", "Service", "Child protection register", "Sibling group"]
    good = [headings] + [
        [
            line.reference,
            line.team,
            line.service,
            "Yes" if line.child_protection else "No",
            line.sibling_group,
        ]
        for line in lines
    ]
    bad = [["Case reference", "Child's name", "Date of birth", "Team"]] + [
        [line.reference, name, f"{(n % 27) + 1:02d}/0{(n % 9) + 1}/2014", line.team]
        for n, (line, name) in enumerate(
            zip(
                lines[:6],
                (
                    "Amy Smith",
                    "Jack Brown",
                    "Olivia Wilson",
                    "Noah Taylor",
                    "Isla Campbell",
                    "Leo Stewart",
                ),
                strict=True,
            )
        )
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, table in ((SAMPLE_FILE, good), (REFUSED_FILE, bad)):
            write_bytes_atomically(folder / name, _csv_text(table).encode("utf-8-sig"))
    except OSError as exc:  # The demo is still useful without its example files.
        log.warning("demo sample files not written to %s: %s", folder, exc)


def _csv_text(rows: list[list[str]]) -> str:
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()
