"""A meeting pack's reading: only what the pack prints, deleted checklist items left out."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.domain.plan.items import ItemKind, ItemStatus
from inspection_desktop.usecases.plan.inspections import start_inspection
from inspection_desktop.usecases.services import Services


@pytest.fixture
def inspection_id(services: Services) -> int:
    """An inspection notified on 5 October 2026, with the plan's meetings."""
    return start_inspection(services, "Pack Reading CPP", dt.date(2026, 10, 5)).id


def _meeting_of_week(services: Services, inspection_id: int, week: int) -> int:
    return next(s.id for s in services.meetings.list_meetings(inspection_id) if s.week == week)


def test_a_pack_reads_the_open_actions_of_earlier_meetings_only(
    services: Services, inspection_id: int
) -> None:
    """A done action of an earlier meeting is not read for the pack; an open one is."""
    meetings = services.meetings
    week_two = _meeting_of_week(services, inspection_id, 2)
    done = meetings.add_action(week_two, "Book rooms", "Eilidh")
    meetings.add_action(week_two, "Send the list", "Eilidh")
    services.inspections.set_status(meetings.add_action_to_checklist(done), ItemStatus.DONE)
    pack = meetings.pack_reading(_meeting_of_week(services, inspection_id, 4))
    assert [action.description for action in pack.earlier_actions] == ["Send the list"]


def test_a_pack_leaves_out_a_deleted_deadline(services: Services, inspection_id: int) -> None:
    """A deadline deleted from the checklist is not among the pack's deadlines."""
    deadlines = [
        row
        for row in services.inspections.plan_rows(inspection_id)
        if row.kind is ItemKind.DEADLINE
    ]
    services.inspections.change_items([deadlines[0].id], {"removed_at": dt.datetime.now(dt.UTC)})
    pack = services.meetings.pack_reading(_meeting_of_week(services, inspection_id, 4))
    assert [row.id for row in pack.deadlines] == [row.id for row in deadlines[1:]]


def test_a_packs_checklist_counts_leave_out_deleted_items(
    services: Services, inspection_id: int
) -> None:
    """The status table counts every item on the checklist, and a deleted one no more."""
    first = services.inspections.plan_rows(inspection_id)[0]
    services.inspections.change_items([first.id], {"removed_at": dt.datetime.now(dt.UTC)})
    pack = services.meetings.pack_reading(_meeting_of_week(services, inspection_id, 4))
    assert sum(tally.items for tally in pack.tallies) == services.inspections.count_items(
        inspection_id
    )


def test_a_pack_reads_the_people_of_the_roles_it_names_only(
    services: Services, inspection_id: int
) -> None:
    """People in a role the pack invites are read; a file reader, whom it does not, is not."""
    for name, role in (("Ailsa Grant", "multi_agency_team"), ("Rory Bain", "local_file_reader")):
        services.contacts.add_contact(inspection_id, ContactDraft(name=name, roles=(role,)))
    pack = services.meetings.pack_reading(_meeting_of_week(services, inspection_id, 4))
    people = pack.meeting.people_by_role
    assert people["multi_agency_team"] == [("Ailsa Grant", "")]
    assert "local_file_reader" not in people


def test_people_in_roles_lists_each_roles_holders_as_the_register_does(
    services: Services, inspection_id: int
) -> None:
    """The light read of role holders gives every role's people, by name, as role_holders."""
    register = services.contacts
    for name, roles in (
        ("Zofia Nowak", ("multi_agency_team",)),
        ("Łukasz Bhatt", ("multi_agency_team", "local_file_reader")),
        ("Lucy Innes", ("local_file_reader",)),
        ("Nobody Inrole", ()),
    ):
        register.add_contact(
            inspection_id, ContactDraft(name=name, organisation="SCRA", roles=roles)
        )
    expected = {
        role: [(row.name, row.organisation) for row in rows]
        for role, rows in register.role_holders(inspection_id).items()
    }
    assert register.people_in_roles(inspection_id) == expected
    assert register.people_in_roles(inspection_id, {"local_file_reader"}) == {
        "local_file_reader": [("Lucy Innes", "SCRA"), ("Łukasz Bhatt", "SCRA")]
    }
