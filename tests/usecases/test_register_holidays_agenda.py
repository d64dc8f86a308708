"""People, holiday and agenda use cases: what each names, and undo and redo walking it."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.usecases.changes import CALENDAR, MEETINGS, OWNERS, PEOPLE
from inspection_desktop.usecases.meetings.agenda import remove_agenda_item, reorder_agenda
from inspection_desktop.usecases.people import register
from inspection_desktop.usecases.plan.holidays import add_holiday, remove_holiday
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.plan.items import set_item_owner
from inspection_desktop.usecases.services import Services


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A new inspection with its plan meetings."""
    return start_inspection(services, "Test Partnership", dt.date(2026, 11, 2)).id


def test_deleting_an_owner_names_the_owners_and_undo_gives_the_items_back(
    services: Services, inspection_id: int
) -> None:
    """The person comes back with their role and the item they owned; redo deletes again."""
    row, _added = register.add_contact(
        services, inspection_id, ContactDraft("Ailsa Grant", roles=("inspection_coordinator",))
    )
    item_id = services.inspections.plan_rows(inspection_id)[0].id
    set_item_owner(services, item_id, row.id)
    deleted = register.delete_contacts(services, [row.id])
    assert {PEOPLE, OWNERS} <= deleted.kinds
    assert services.contacts.contacts(inspection_id) == []
    assert deleted.undo is not None
    back = deleted.undo()
    assert services.contacts.item_owner(item_id) == row.id
    assert services.contacts.contact(row.id).roles == ("inspection_coordinator",)
    assert back.undo is not None
    back.undo()
    assert services.contacts.contacts(inspection_id) == []


def test_a_role_given_is_taken_back_by_undo(services: Services, inspection_id: int) -> None:
    """Undo of naming someone takes the role away; giving a role held already changes nothing."""
    row, _ = register.add_contact(services, inspection_id, ContactDraft("Morag Lindsay"))
    change = register.assign_role(services, row.id, "local_file_reader")
    assert change.contacts == {row.id}
    assert register.assign_role(services, row.id, "local_file_reader").undo is None
    assert change.undo is not None
    change.undo()
    assert services.contacts.contact(row.id).roles == ()


def test_an_edit_is_undone_to_the_details_before(services: Services, inspection_id: int) -> None:
    """Undo brings the old name back, and redo the new one."""
    row, _ = register.add_contact(services, inspection_id, ContactDraft("Morag Lindsay"))
    _after, change = register.update_contact(services, row.id, ContactDraft("Morag Lindsay-Ross"))
    assert change.undo is not None
    reverse = change.undo()
    assert services.contacts.contact(row.id).name == "Morag Lindsay"
    assert reverse.undo is not None
    reverse.undo()
    assert services.contacts.contact(row.id).name == "Morag Lindsay-Ross"


def test_a_holiday_moves_the_calendar_and_undo_and_redo_walk_it(
    services: Services, inspection_id: int
) -> None:
    """Adding names the calendar; undo removes it; redo records it again."""
    period, change = add_holiday(
        services, inspection_id, dt.date(2026, 12, 21), dt.date(2027, 1, 1), "Christmas"
    )
    assert change.kinds == {CALENDAR}
    assert change.undo is not None
    reverse = change.undo()
    assert services.inspections.holidays(inspection_id) == []
    assert reverse.undo is not None
    reverse.undo()
    again = services.inspections.holidays(inspection_id)
    assert [(p.starts_on, p.ends_on) for p in again] == [(period.starts_on, period.ends_on)]
    removed = remove_holiday(services, inspection_id, again[0])
    assert services.inspections.holidays(inspection_id) == []
    assert removed.undo is not None
    removed.undo()
    assert len(services.inspections.holidays(inspection_id)) == 1


def test_agenda_reorder_and_removal_undo_to_the_agenda_before(
    services: Services, inspection_id: int
) -> None:
    """The order comes back; a removed item returns in its place under a new id."""
    meeting = next(s for s in services.meetings.list_meetings(inspection_id) if s.week == 4)
    order = services.meetings.agenda_order(meeting.id)
    moved = reorder_agenda(services, meeting.id, [order[1], order[0], *order[2:]])
    assert moved.kinds == {MEETINGS} and moved.meetings == {meeting.id}
    assert moved.undo is not None
    moved.undo()
    assert services.meetings.agenda_order(meeting.id) == order
    titles = [item.title for item in services.meetings.meeting(meeting.id).agenda]
    removed = remove_agenda_item(services, meeting.id, order[0])
    assert removed.undo is not None
    back = removed.undo()
    assert [item.title for item in services.meetings.meeting(meeting.id).agenda] == titles
    assert back.undo is not None
    back.undo()
    assert len(services.meetings.agenda_order(meeting.id)) == len(order) - 1
