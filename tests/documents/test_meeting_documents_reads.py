"""Building a meeting document reads the store in sets: the work does not grow with meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspection_desktop.documents.meetings import meeting_documents
from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.meetings.meeting_bulk import (
    ActionDraft,
    MeetingDraft,
    add_meetings_in_bulk,
)
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.services import Services
from tests.sql_counting import DatabaseWork, counting


@dataclass(frozen=True)
class _Imported:
    """People for the register's import, none refused."""

    contacts: tuple[ContactDraft, ...]
    refused: tuple[()] = ()


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


def _pack_rows(services: Services, extra: int) -> DatabaseWork:
    """The pack's work once ``extra`` of everything the pack does not print is added: done
    actions of an earlier meeting, open actions of a later one (checklist items both), and
    people in the register in roles the pack does not name."""
    inspection = start_inspection(services, f"Rows {extra}", dt.date(2026, 10, 5))
    calendar = services.inspections.calendar(inspection.id)
    week_two, week_nine = calendar.week(2).starts_on, calendar.week(9).starts_on

    def meeting(title: str, day: dt.date, status: ItemStatus) -> MeetingDraft:
        actions = tuple(
            ActionDraft(f"{title} action {n}", "Inspection co-ordinator", day, status=status)
            for n in range(extra)
        )
        return MeetingDraft(
            title, 0, dt.datetime.combine(day, dt.time(10)), 60, "", (), (), actions
        )

    add_meetings_in_bulk(
        services.database,
        inspection.id,
        calendar,
        [
            meeting("Earlier", week_two, ItemStatus.DONE),
            meeting("Later", week_nine, ItemStatus.NOT_STARTED),
        ],
    )
    people = tuple(
        ContactDraft(name=f"Reader {n}", organisation="SCRA", roles=("local_file_reader",))
        for n in range(extra)
    )
    services.contacts.import_preview(inspection.id, _Imported(people))
    week_four = next(s.id for s in services.meetings.list_meetings(inspection.id) if s.week == 4)
    with counting(services.database.engine) as work:
        meeting_documents.pack_pdf(services.meetings, week_four)
    return work


def test_a_meeting_pack_reads_as_many_rows_with_sixty_times_what_it_does_not_print(
    services: Services,
) -> None:
    """Sixty done or later actions (and their checklist items) and sixty people in a role the
    pack does not name add no row and no statement to the pack's reads."""
    one = _pack_rows(services, 1)
    sixty = _pack_rows(services, 60)
    assert sixty.rows == one.rows
    assert sixty.statement_count == one.statement_count


def test_a_meeting_pack_reads_the_open_actions_it_prints_and_no_more(
    services: Services,
) -> None:
    """Each open action of an earlier meeting adds one row read, the one its line is made of,
    and no statement."""
    inspection = start_inspection(services, "Open actions", dt.date(2026, 10, 5))
    meetings = services.meetings
    listed = meetings.list_meetings(inspection.id)
    week_two = next(s.id for s in listed if s.week == 2)
    week_four = next(s.id for s in listed if s.week == 4)
    with counting(services.database.engine) as before:
        meeting_documents.pack_pdf(meetings, week_four)
    for number in range(5):
        meetings.add_action(week_two, f"Open action {number}", "Eilidh")
    with counting(services.database.engine) as after:
        meeting_documents.pack_pdf(meetings, week_four)
    assert after.rows == before.rows + 5
    assert after.statement_count == before.statement_count
