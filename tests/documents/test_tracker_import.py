"""Bringing an existing tracker in: mapping, refused rows with reasons, nothing imported twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from inspection_desktop.documents.plan.tracker_import import (
    TrackerField,
    guess_tracker_mapping,
    parse_due_date,
    plan_context,
    preview_tracker_file,
)
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.plan.items import ItemOrigin, ItemStatus
from inspection_desktop.usecases.plan import item_edits
from inspection_desktop.usecases.services import Services

D = dt.date
TRACKER = (
    "Task,Deadline,Lead,RAG,Comments\r\n"
    "Book the file-reading base,18/11/2026,Participation co-ordinator,Ongoing,Room 3\r\n"
    "Brief chief officers,4 December 2026,Alex Morgan,Complete,\r\n"
    "Order lanyards,,Inspection co-ordinator,,\r\n"
    "Print leaflets,31/02/2026,,,\r\n"
    "Check the rota,20/11/2026,,Maybe,\r\n"
    "Book the file-reading base,18/11/2026,,,\r\n"
)


@pytest.fixture
def inspection_id(services: Services) -> int:
    """An inspection notified on 2 November 2026, with Alex Morgan in the register."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 11, 2))
    services.contacts.add_contact(
        inspection.id, ContactDraft(name="Alex Morgan", organisation="Glenmorven Council")
    )
    return inspection.id


@pytest.fixture
def tracker(tmp_path: Path) -> Path:
    """A hand-made tracker CSV with good rows and bad."""
    path = tmp_path / "tracker.csv"
    path.write_text(TRACKER, encoding="utf-8")
    return path


def test_the_headings_people_use_are_recognised() -> None:
    """Task, Deadline, Lead, RAG and Comments map to title, due, owner, status and notes."""
    mapping = guess_tracker_mapping(["Task", "Deadline", "Lead", "RAG", "Comments"])
    assert mapping == {
        TrackerField.TITLE: 0,
        TrackerField.DUE: 1,
        TrackerField.OWNER: 2,
        TrackerField.STATUS: 3,
        TrackerField.NOTES: 4,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-02-08", D(2027, 2, 8)),
        ("08/02/2027", D(2027, 2, 8)),
        ("8/2/27", D(2027, 2, 8)),
        ("8 February 2027", D(2027, 2, 8)),
        ("Monday 8 Feb 2027", D(2027, 2, 8)),
        ("31/02/2027", None),
        ("soon", None),
    ],
)
def test_dates_are_read_day_first(text: str, expected: dt.date | None) -> None:
    """UK day-first dates in the forms trackers use; an impossible date is no date."""
    assert parse_due_date(text) == expected


def test_each_refused_row_says_why(services: Services, inspection_id: int, tracker: Path) -> None:
    """No due date, an impossible date, an unknown status and a repeat are each explained."""
    preview = preview_tracker_file(tracker, plan_context(services, inspection_id))
    reasons = {row.number: row.reason for row in preview.refused}
    assert reasons == {
        4: "No due date.",
        5: '"31/02/2026" is not a date (write it as 8/2/2027 or 8 February 2027).',
        6: 'Unknown status "Maybe" (use Not started, In progress, Done or Not applicable).',
        7: "Repeats row 2 (same title and due date).",
    }
    assert preview.summary == "2 to import, 4 refused"


def test_owners_become_roles_or_people_in_the_register(
    services: Services, inspection_id: int, tracker: Path
) -> None:
    """A role name gives the role; a name in the register names that person."""
    preview = preview_tracker_file(tracker, plan_context(services, inspection_id))
    base, brief = (row.draft for row in preview.accepted)
    assert (base.owner_role, base.status, base.notes) == (
        "participation_coordinator",
        ItemStatus.IN_PROGRESS,
        "Room 3",
    )
    assert brief.owner_contact_id is not None
    assert brief.status is ItemStatus.DONE


def test_a_second_run_imports_nothing_twice(
    services: Services, inspection_id: int, tracker: Path
) -> None:
    """The same tracker again: every row already imported is refused as such."""
    context = plan_context(services, inspection_id)
    first = preview_tracker_file(tracker, context)
    item_edits.import_items(
        services, inspection_id, [(row.key, row.draft) for row in first.accepted]
    )
    again = preview_tracker_file(tracker, plan_context(services, inspection_id))
    assert again.accepted == ()
    assert {row.reason for row in again.refused if row.number in (2, 3)} == {"Already imported."}
    imported = [
        row
        for row in services.inspections.plan_rows(inspection_id)
        if row.origin is ItemOrigin.IMPORTED
    ]
    assert sorted(row.due for row in imported) == [D(2026, 11, 18), D(2026, 12, 4)]


def test_a_workbook_tracker_is_read_with_its_date_cells(
    services: Services, inspection_id: int, tmp_path: Path
) -> None:
    """An .xlsx with real date cells imports the same as CSV."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Title", "Due date", "Owner", "Status", "Notes"])
    sheet.append(["Send the PIR", dt.datetime(2026, 12, 11), "", "Not started", ""])
    path = tmp_path / "tracker.xlsx"
    workbook.save(path)
    preview = preview_tracker_file(path, plan_context(services, inspection_id))
    (row,) = preview.accepted
    assert (row.draft.due_on, row.draft.week) == (D(2026, 12, 11), 6)
