"""Meeting actions are plan work: counted when open and dated, owners shown as people."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.people.contacts import ContactDraft
from inspection_desktop.usecases.meetings.pack_data import domain_meeting
from inspection_desktop.usecases.plan.plan_work import open_actions_off_checklist, plan_header
from inspection_desktop.usecases.services import Services

D = dt.date
TODAY = D(2026, 11, 28)


@pytest.fixture
def meeting(services: Services) -> tuple[int, int]:
    """An inspection notified far ahead (nothing of the plan overdue) and one meeting."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2027, 3, 1))
    meeting_id = services.meetings.add_meeting(inspection.id, "Team catch-up")
    return inspection.id, meeting_id


def test_an_open_action_past_its_date_counts_as_overdue_in_the_header(
    services: Services, meeting: tuple[int, int]
) -> None:
    """Not on the checklist, it still makes the header say "1 overdue"."""
    inspection_id, meeting_id = meeting
    services.meetings.add_action(meeting_id, "Send the room list", "", D(2026, 11, 20))
    assert "1 overdue · 0 due this week" in plan_header(services, inspection_id, TODAY)


def test_an_undated_action_is_never_overdue(services: Services, meeting: tuple[int, int]) -> None:
    """With no due date, an action is listed but counts neither way."""
    inspection_id, meeting_id = meeting
    services.meetings.add_action(meeting_id, "Think about parking")
    assert "0 overdue · 0 due this week" in plan_header(services, inspection_id, TODAY)
    (action,) = open_actions_off_checklist(services, inspection_id)
    assert not action.is_overdue(TODAY)


def test_an_action_put_on_the_checklist_is_counted_once(
    services: Services, meeting: tuple[int, int]
) -> None:
    """Once on the checklist, the action counts through its item, not twice."""
    inspection_id, meeting_id = meeting
    action_id = services.meetings.add_action(meeting_id, "Book rooms", "", D(2026, 11, 26))
    services.meetings.add_action_to_checklist(action_id)
    assert open_actions_off_checklist(services, inspection_id) == []
    assert "1 overdue" in plan_header(services, inspection_id, TODAY)


def test_an_action_owned_by_a_filled_role_shows_the_person(
    services: Services, meeting: tuple[int, int]
) -> None:
    """Owner "Inspection co-ordinator" reads as the one person holding that role, in the minutes
    and in the plan's list of actions."""
    inspection_id, meeting_id = meeting
    services.contacts.add_contact(
        inspection_id, ContactDraft(name="Ailsa Grant", roles=("inspection_coordinator",))
    )
    services.meetings.add_action(meeting_id, "Send the room list", "Inspection co-ordinator")
    assert (
        domain_meeting(services.meetings.inspection_meetings(inspection_id), meeting_id)
        .actions[0]
        .owner
        == "Ailsa Grant"
    )
    assert open_actions_off_checklist(services, inspection_id)[0].owner == "Ailsa Grant"
