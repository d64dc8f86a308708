"""A demo inspection of synthetic data, so a new user sees a plan in use straight away."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspection_desktop.demo.names import DEMO_AREA
from inspection_desktop.domain import clock
from inspection_desktop.domain.letters.merge import Letterhead
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod, monday_of
from inspection_desktop.domain.plan.items import ItemKind, ItemStatus
from inspection_desktop.storage.plan.inspection_service import InspectionSummary, StatusSnapshot
from inspection_desktop.usecases.letters.letterhead import save_letterhead
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.services import Services

DEMO_DAYS_SINCE_NOTIFICATION = 33
# Invented, like everything in the demo.
DEMO_LETTERHEAD = Letterhead(
    address="Council Offices\nHigh Street\nGlenmorven\nGM1 2AB\n"
    "inspection@glenmorven-council.example",
    signatory_name="Ailsa Grant",
    signatory_post="Inspection co-ordinator",
    reading_base="Rooms 3 and 4, Glenmorven House\n8 Quay Street\nPort Morven\nGM3 1AA",
)


def christmas_holiday_after(day: dt.date) -> HolidayPeriod:
    """The Christmas school holiday that follows ``day``: two full weeks from the Monday before."""
    year = day.year if day <= dt.date(day.year, 12, 18) else day.year + 1
    starts = monday_of(dt.date(year, 12, 24))
    return HolidayPeriod(starts, starts + dt.timedelta(days=13), "Christmas school holidays")


def add_demo_inspection(services: Services) -> InspectionSummary:
    """Create the demo inspection, notified a month ago, with earlier weeks' work ticked off."""
    service = services.inspections
    today = clock.today()
    notified = today - dt.timedelta(days=DEMO_DAYS_SINCE_NOTIFICATION)
    inspection = start_inspection(
        services, DEMO_AREA, notified, holidays=[christmas_holiday_after(notified)]
    )
    rows = service.plan_rows(inspection.id)
    past = [row for row in rows if row.due < today - dt.timedelta(days=7)]
    # The latest past partnership task is left slipping, to show what "overdue" looks like.
    slipped = [row for row in past if row.kind is ItemKind.TASK and row.lead == "partnership"][-1:]
    for row in past:
        if row in slipped:
            service.restore_status(row.id, StatusSnapshot(ItemStatus.IN_PROGRESS, None))
        else:
            service.restore_status(row.id, StatusSnapshot(ItemStatus.DONE, row.due))
    for row in rows:
        soon = today - dt.timedelta(days=7) <= row.due <= today + dt.timedelta(days=7)
        if soon and row.lead == "partnership":
            service.restore_status(row.id, StatusSnapshot(ItemStatus.IN_PROGRESS, None))
    from inspection_desktop.demo.contacts import add_demo_contacts

    add_demo_contacts(services.contacts, inspection.id)
    _add_meetings(services, inspection.id)
    from inspection_desktop.demo.surveys import add_demo_surveys

    add_demo_surveys(services, inspection.id, today)
    _add_file_reading(services, inspection.id)
    save_letterhead(services, inspection.id, DEMO_LETTERHEAD)
    return inspection


def demo_papers_folder(database_path: Path, inspection_id: int) -> Path:
    """Where the demo's papers are written: beside the database, never into the program."""
    return database_path.with_name(f"{database_path.stem}-papers") / f"demo-{inspection_id}"


def _add_meetings(services: Services, inspection_id: int) -> None:
    from inspection_desktop.demo.meetings import add_demo_meetings

    folder = demo_papers_folder(services.database.path, inspection_id)
    add_demo_meetings(services.meetings, inspection_id, folder)


def _add_file_reading(services: Services, inspection_id: int) -> None:
    from inspection_desktop.demo.file_reading import add_demo_file_reading

    folder = demo_papers_folder(services.database.path, inspection_id)
    add_demo_file_reading(services, inspection_id, folder)
