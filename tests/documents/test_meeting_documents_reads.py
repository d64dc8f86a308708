"""Building a meeting document reads the store in sets: the work does not grow with meetings."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.documents.meetings import meeting_documents
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.services import Services
from tests.sql_counting import DatabaseWork, counting


def _pack_work(services: Services, extra_meetings: int) -> DatabaseWork:
    inspection = start_inspection(services, f"Test CPP {extra_meetings}", dt.date(2026, 10, 5))
    meetings = services.meetings
    for number in range(extra_meetings):
        meeting_id = meetings.add_meeting(inspection.id, f"Extra meeting {number}", week=3)
        meetings.add_action(meeting_id, f"Action {number}", "Owner", dt.date(2026, 10, 30))
    week_four = next(s.id for s in meetings.list_meetings(inspection.id) if s.week == 4)
    with counting(services.database.engine) as work:
        meeting_documents.pack_pdf(meetings, week_four)
    return work


def test_a_meeting_pack_takes_at_most_five_transactions(services: Services) -> None:
    """The pack's reads are one unit of work plus the register, not one per meeting."""
    assert _pack_work(services, 0).transactions <= 5


def test_a_meeting_pack_reads_as_many_statements_with_ten_times_the_meetings(
    services: Services,
) -> None:
    """Forty more meetings with actions add no statement to building the pack."""
    small = _pack_work(services, 0)
    large = _pack_work(services, 40)
    assert large.statement_count == small.statement_count
    assert large.transactions == small.transactions


def test_the_meetings_list_reads_as_many_statements_with_ten_times_the_meetings(
    services: Services,
) -> None:
    """Listing the meetings costs the same number of statements for 4 or 44 meetings."""
    few = start_inspection(services, "Few", dt.date(2026, 10, 5)).id
    many = start_inspection(services, "Many", dt.date(2026, 10, 5)).id
    for number in range(40):
        services.meetings.add_meeting(many, f"Extra meeting {number}", week=3)
    with counting(services.database.engine) as few_work:
        services.meetings.list_meetings(few)
    with counting(services.database.engine) as many_work:
        services.meetings.list_meetings(many)
    assert many_work.statement_count == few_work.statement_count


def test_a_meeting_pack_reads_no_more_statements_than_every_meeting_in_full(
    services: Services,
) -> None:
    """Reading for one meeting's pack runs the same fixed set of statements as reading all."""
    inspection = start_inspection(services, "Fixed reads", dt.date(2026, 10, 5))
    meetings = services.meetings
    week_four = next(s.id for s in meetings.list_meetings(inspection.id) if s.week == 4)
    with counting(services.database.engine) as everything:
        meetings.inspection_meetings(inspection.id)
    with counting(services.database.engine) as one:
        meetings.inspection_meetings(inspection.id, details_of=week_four)
    assert one.statement_count == everything.statement_count
