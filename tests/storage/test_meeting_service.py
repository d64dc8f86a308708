"""The meeting service: meetings from the plan, agenda order, papers, attendees and actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

from inspection_desktop.domain.meetings.meeting import Attendance
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.meetings.meeting_rows import AgendaFields, MeetingFields
from inspection_desktop.storage.meetings.meeting_service import MeetingService
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.usecases.meetings.pack_data import domain_meeting, earlier_open_actions

D = dt.date


@pytest.fixture
def meetings(service: InspectionService) -> MeetingService:
    """A meeting service over the test database."""
    return MeetingService(service.database, service)


@pytest.fixture
def inspection_id(service: InspectionService) -> int:
    """An inspection notified on 2 November 2026."""
    return service.create_inspection("Test Partnership", D(2026, 11, 2)).id


def week_four(meetings: MeetingService, inspection_id: int) -> int:
    """The id of the co-ordinators' meeting of week 4."""
    meetings.ensure_meetings(inspection_id)
    return next(
        s.id for s in meetings.list_meetings(inspection_id) if s.title.startswith("Meet the")
    )


def test_every_plan_meeting_becomes_a_meeting_once(
    meetings: MeetingService, service: InspectionService, inspection_id: int
) -> None:
    """ensure_meetings makes one meeting per plan meeting, and nothing on a second call."""
    plan = [r for r in service.plan_rows(inspection_id) if r.kind == "meeting"]
    assert meetings.ensure_meetings(inspection_id) == len(plan)
    assert meetings.ensure_meetings(inspection_id) == 0
    listed = meetings.list_meetings(inspection_id)
    assert sorted(s.plan_item_id for s in listed) == sorted(r.id for r in plan)


def test_plan_meeting_carries_purpose_attendee_roles_and_agenda(
    meetings: MeetingService, service: InspectionService, inspection_id: int
) -> None:
    """The week-4 meeting has the guide's ten agenda items and its attendees as roles."""
    details = meetings.meeting(week_four(meetings, inspection_id))
    row = next(r for r in service.plan_rows(inspection_id) if r.id == details.plan_item_id)
    assert details.fields.purpose == row.description
    assert [item.title for item in details.agenda] == list(row.agenda)
    assert [a.role_key for a in details.attendees] == list(row.attendees)
    assert details.attendees[0].shown_name == "Inspection lead"


def test_resolver_names_the_people_in_a_role(
    service: InspectionService, inspection_id: int
) -> None:
    """With a contacts resolver, a role on the invitation becomes the people who hold it."""

    def resolver(
        _inspection: int, _roles: Collection[str] | None
    ) -> dict[str, list[tuple[str, str]]]:
        return {"inspection_lead": [("Mairead Dunlop", "Care Inspectorate")]}

    meetings = MeetingService(service.database, service, resolver)
    meeting_id = week_four(meetings, inspection_id)
    meeting = domain_meeting(meetings.inspection_meetings(inspection_id), meeting_id)
    assert meeting.attendees[0].name == "Mairead Dunlop"
    assert meeting.attendees[0].roles == ("Inspection lead",)
    assert meeting.attendees[1].name == "Depute inspection lead"


def test_reordering_the_agenda_is_kept(meetings: MeetingService, inspection_id: int) -> None:
    """The agenda reads back in the order given."""
    meeting_id = week_four(meetings, inspection_id)
    order = meetings.agenda_order(meeting_id)
    wanted = [order[2], order[0], order[1], *order[3:]]
    meetings.reorder_agenda(meeting_id, wanted)
    assert meetings.agenda_order(meeting_id) == wanted


def test_reorder_with_a_stale_list_is_refused(meetings: MeetingService, inspection_id: int) -> None:
    """A list that misses an item is refused rather than half applied."""
    meeting_id = week_four(meetings, inspection_id)
    with pytest.raises(UserFacingError, match="changed meanwhile"):
        meetings.reorder_agenda(meeting_id, meetings.agenda_order(meeting_id)[1:])


def test_removed_agenda_item_is_restored_in_place_with_papers(
    meetings: MeetingService, inspection_id: int, tmp_path: Path
) -> None:
    """Undoing a removal puts the item back at its position with its paper."""
    meeting_id = week_four(meetings, inspection_id)
    paper = tmp_path / "draft.pdf"
    paper.write_bytes(b"%PDF-1.4\n")
    item_id = meetings.agenda_order(meeting_id)[1]
    meetings.attach_paper(item_id, paper, "Draft", confidential=True)
    removed = meetings.remove_agenda_item(item_id)
    assert item_id not in meetings.agenda_order(meeting_id)
    new_id = meetings.restore_agenda_item(meeting_id, removed)
    agenda = meetings.meeting(meeting_id).agenda
    assert agenda[1].id == new_id
    assert (agenda[1].title, agenda[1].papers[0].confidential) == (removed.title, True)


def test_only_pdf_papers_can_be_attached(
    meetings: MeetingService, inspection_id: int, tmp_path: Path
) -> None:
    """A Word file is refused with a plain message."""
    meeting_id = week_four(meetings, inspection_id)
    other = tmp_path / "notes.docx"
    other.write_bytes(b"x")
    with pytest.raises(UserFacingError, match="not a PDF"):
        meetings.attach_paper(meetings.agenda_order(meeting_id)[0], other)


def test_action_becomes_a_checklist_item_linked_both_ways(
    meetings: MeetingService, service: InspectionService, inspection_id: int
) -> None:
    """The action's checklist item sits in its due week; ticking it closes the action."""
    meeting_id = week_four(meetings, inspection_id)
    action_id = meetings.add_action(meeting_id, "Send reader names", "Eilidh", D(2026, 12, 9))
    item_id = meetings.add_action_to_checklist(action_id)
    assert meetings.add_action_to_checklist(action_id) == item_id
    row = service.plan_row(item_id)
    calendar = service.calendar(inspection_id)
    assert (row.kind, row.due, row.week) == (
        "task",
        D(2026, 12, 9),
        calendar.week_number_of(row.due),
    )
    assert row.owner_role == "inspection_coordinator"
    assert row.guide_notes == "From the meeting: Meet the inspection lead and depute"
    assert not meetings.meeting(meeting_id).actions[0].done
    service.set_status(item_id, ItemStatus.DONE)
    assert meetings.meeting(meeting_id).actions[0].done


def test_open_actions_come_only_from_earlier_meetings(
    meetings: MeetingService, inspection_id: int
) -> None:
    """The week-4 pack lists week-2's open actions, not its own or later ones."""
    meeting_id = week_four(meetings, inspection_id)
    listed = meetings.list_meetings(inspection_id)
    week_two = next(s.id for s in listed if s.week == 2)
    week_eleven = next(s.id for s in listed if s.week == 11)
    meetings.add_action(week_two, "Book rooms", "Eilidh")
    meetings.add_action(meeting_id, "Own action", "Eilidh")
    meetings.add_action(week_eleven, "Later action", "Eilidh")
    reading = meetings.pack_reading(meeting_id)
    assert [a.description for a in earlier_open_actions(reading)] == ["Book rooms"]


def test_details_attendance_and_decisions_are_saved(
    meetings: MeetingService, inspection_id: int
) -> None:
    """Date, venue, decisions and attendance read back as saved."""
    meeting_id = week_four(meetings, inspection_id)
    starts = dt.datetime(2026, 12, 1, 10, 0)
    fields = MeetingFields(
        "Co-ordinators' meeting", "Purpose", 4, starts, 150, "Room 2", "", ("A", "B")
    )
    meetings.save_fields(meeting_id, fields)
    attendee = meetings.meeting(meeting_id).attendees[0]
    meetings.set_attendance(attendee.id, Attendance.APOLOGIES)
    details = meetings.meeting(meeting_id)
    assert details.fields == fields
    assert details.attendees[0].attendance is Attendance.APOLOGIES


def test_own_meeting_with_agenda_item(meetings: MeetingService, inspection_id: int) -> None:
    """A co-ordinator's own meeting takes agenda items like a plan one."""
    meeting_id = meetings.add_meeting(inspection_id, "  Extra   planning meeting ", 5)
    meetings.add_agenda_item(meeting_id, AgendaFields("Rooms", "Eilidh", 20))
    details = meetings.meeting(meeting_id)
    assert (details.title, details.plan_item_id) == ("Extra planning meeting", None)
    assert [(i.title, i.minutes) for i in details.agenda] == [("Rooms", 20)]


def test_a_database_from_before_meetings_gets_them_on_first_use(db_path: Path) -> None:
    """An inspection written before meetings existed (0002) is upgraded, then given meetings."""
    from sqlalchemy import create_engine

    from inspection_desktop.storage.database import open_database, upgrade

    engine = create_engine(f"sqlite:///{db_path}")
    upgrade(engine, db_path, "0002")
    _write_plan_as_at_0002(engine, "Old Partnership", D(2026, 3, 4))
    engine.dispose()
    database = open_database(db_path)
    service = InspectionService(database)
    inspection = service.list_inspections()[0]
    plan_meetings = [r for r in service.plan_rows(inspection.id) if r.kind == "meeting"]
    meetings = MeetingService(database, service)
    assert meetings.list_meetings(inspection.id) == []
    assert meetings.ensure_meetings(inspection.id) == len(plan_meetings)
    assert {s.plan_item_id for s in meetings.list_meetings(inspection.id)} == {
        r.id for r in plan_meetings
    }
    database.dispose()


def _write_plan_as_at_0002(engine: Any, area: str, notified_on: dt.date) -> None:
    """An inspection and its plan written with the columns the 0002 schema had."""
    from sqlalchemy import text

    from inspection_desktop.domain.plan.template import default_template

    now = dt.datetime(2026, 3, 4, 9, 0)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO inspection (id, area, notified_on, template_key, created_at, "
                "last_opened_at) VALUES (1, :area, :notified, 'phase-one', :now, :now)"
            ),
            {"area": area, "notified": notified_on, "now": now},
        )
        for position, item in enumerate(default_template().items):
            connection.execute(
                text(
                    "INSERT INTO plan_item (inspection_id, item_key, position, week, title, "
                    "description, kind, lead, owner_role, attendees_json, agenda_json, "
                    "guide_notes, status, notes, updated_at) VALUES (1, :key, :position, "
                    ":week, :title, '', :kind, :lead, :owner, '[]', '[]', '', 'not_started', "
                    "'', :now)"
                ),
                {
                    "key": item.key,
                    "position": position,
                    "week": item.week,
                    "title": item.title,
                    "kind": item.kind.value,
                    "lead": item.lead.value,
                    "owner": item.owner_role,
                    "now": now,
                },
            )


def test_a_reading_for_one_meeting_details_it_as_a_whole_inspection_reading_does(
    meetings: MeetingService, inspection_id: int
) -> None:
    """The agenda's and the pack's reading of one meeting hold the same details as reading all."""
    meeting_id = week_four(meetings, inspection_id)
    meetings.add_action(meeting_id, "Own action", "Eilidh")
    everything = meetings.inspection_meetings(inspection_id)
    assert meetings.meeting_reading(meeting_id).details == everything.details[meeting_id]
    assert meetings.pack_reading(meeting_id).meeting.details == everything.details[meeting_id]


def test_meetings_read_only_the_plan_items_they_link_to(
    meetings: MeetingService,
    service: InspectionService,
    inspection_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Listing meetings, opening one and reading actions build rows for linked items only."""
    meeting_id = week_four(meetings, inspection_id)
    linked = {s.plan_item_id for s in meetings.list_meetings(inspection_id)}
    assert len(linked) < len(service.plan_rows(inspection_id))
    built: list[int] = []
    make_row = InspectionService._row

    def counting_row(self: InspectionService, record: Any, calendar: Any) -> Any:
        built.append(record.id)
        return make_row(self, record, calendar)

    monkeypatch.setattr(InspectionService, "_row", counting_row)
    listed = meetings.list_meetings(inspection_id)
    assert set(built) == linked
    assert all(summary.day is not None for summary in listed)
    built.clear()
    meetings.meeting(meeting_id)
    assert len(built) <= 1
    built.clear()
    meetings.actions(inspection_id)
    assert built == []


def test_open_action_dues_leave_out_actions_on_the_checklist(
    meetings: MeetingService, inspection_id: int
) -> None:
    """The header counts actions off the checklist; one put on it counts as its item instead."""
    meeting_id = week_four(meetings, inspection_id)
    meetings.add_action(meeting_id, "Book rooms", "Eilidh", D(2026, 12, 4))
    meetings.add_action(meeting_id, "No date yet", "Eilidh")
    on_list = meetings.add_action(meeting_id, "Send the letter", "Eilidh", D(2026, 12, 9))
    meetings.add_action_to_checklist(on_list)
    assert sorted(meetings.open_action_dues(inspection_id), key=str) == [D(2026, 12, 4), None]
