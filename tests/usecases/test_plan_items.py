"""The plan's use cases: what each changes, how undo puts it back, and the PIR rule in one place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.usecases.changes import MEETINGS, PIR_CHECKS, PLAN
from inspection_desktop.usecases.meetings.plan_meetings import (
    make_plan_meetings,
    put_action_on_checklist,
)
from inspection_desktop.usecases.plan.inspections import open_inspection, start_inspection
from inspection_desktop.usecases.plan.items import (
    move_item,
    set_item_notes,
    set_item_owner,
    set_item_status,
)
from inspection_desktop.usecases.services import Services
from tests.sql_counting import counting


@pytest.fixture
def inspection_id(services: Services) -> int:
    """A new inspection, started the way the window and the command line start one."""
    return start_inspection(services, "Test Partnership", dt.date(2026, 11, 2)).id


def _item(services: Services, inspection_id: int, key: str | None = None) -> int:
    rows = services.inspections.plan_rows(inspection_id)
    return next(row.id for row in rows if key is None or row.key == key)


def test_ticking_an_item_names_it_and_undo_restores_status_and_date(
    services: Services, inspection_id: int
) -> None:
    """Done records today; undo brings back the exact status and completion date; redo too."""
    item_id = _item(services, inspection_id)
    services.inspections.set_status(item_id, ItemStatus.IN_PROGRESS)
    change = set_item_status(services, item_id, ItemStatus.DONE)
    assert change.kinds == {PLAN} and change.items == {item_id}
    assert services.inspections.plan_row(item_id).completed_on == dt.date(2026, 11, 28)
    assert change.undo is not None
    reverse = change.undo()
    row = services.inspections.plan_row(item_id)
    assert (row.status, row.completed_on) == (ItemStatus.IN_PROGRESS, None)
    assert reverse.undo is not None
    reverse.undo()
    assert services.inspections.plan_row(item_id).status is ItemStatus.DONE


def test_ticking_is_one_transaction(services: Services, inspection_id: int) -> None:
    """The tick reads the rule, writes and reads the row back in one unit of work."""
    item_id = _item(services, inspection_id)
    with counting(services.database.engine) as work:
        set_item_status(services, item_id, ItemStatus.DONE)
    assert work.transactions == 1


def test_the_pir_item_needs_a_reason_while_flagged_columns_remain(
    services: Services, inspection_id: int
) -> None:
    """Without a reason the PIR item stays open; with one it closes and the reason is kept."""
    pir_id = _item(services, inspection_id, PIR_ITEM_KEY)
    services.pir_checks.record(inspection_id, PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    with pytest.raises(CompletionBlockedError):
        set_item_status(services, pir_id, ItemStatus.DONE)
    with pytest.raises(CompletionBlockedError):
        set_item_status(services, pir_id, ItemStatus.NOT_APPLICABLE, reason="   ")
    change = set_item_status(services, pir_id, ItemStatus.DONE, reason="Agreed with the lead")
    assert PIR_CHECKS in change.kinds
    assert services.inspections.plan_row(pir_id).status is ItemStatus.DONE
    latest = services.pir_checks.latest(inspection_id)
    assert latest is not None and latest.reason == "Agreed with the lead"


def test_moving_notes_and_owner_are_undone_to_what_they_were(
    services: Services, inspection_id: int
) -> None:
    """Each edit's undo puts back the value before it."""
    item_id = _item(services, inspection_id)
    moved = move_item(services, item_id, dt.date(2026, 12, 3))
    assert services.inspections.plan_row(item_id).due == dt.date(2026, 12, 3)
    assert moved.undo is not None
    moved.undo()
    assert not services.inspections.plan_row(item_id).moved
    noted = set_item_notes(services, item_id, "Ring the council")
    assert noted.undo is not None
    noted.undo()
    assert services.inspections.plan_row(item_id).notes == ""
    from inspection_desktop.domain.people.contacts import ContactDraft

    person = services.contacts.add_contact(inspection_id, ContactDraft(name="Morag Lindsay"))
    owned = set_item_owner(services, item_id, person.id)
    assert services.contacts.item_owner(item_id) == person.id
    assert owned.undo is not None
    owned.undo()
    assert services.contacts.item_owner(item_id) is None


def test_meetings_are_made_once_whoever_asks(services: Services, inspection_id: int) -> None:
    """Starting made the plan's meetings; opening again or asking again makes none."""
    made = len(services.meetings.list_meetings(inspection_id))
    assert made == sum(
        1 for r in services.inspections.plan_rows(inspection_id) if r.kind == "meeting"
    )
    open_inspection(services, inspection_id)
    assert make_plan_meetings(services, inspection_id).kinds == frozenset()
    assert len(services.meetings.list_meetings(inspection_id)) == made


def test_an_action_put_on_the_checklist_names_the_plan_and_meetings(
    services: Services, inspection_id: int
) -> None:
    """The new item is named, and ticking it names the meetings too (its action shows it)."""
    meeting = services.meetings.list_meetings(inspection_id)[0]
    action_id = services.meetings.add_action(meeting.id, "Book the base", "", None)
    change = put_action_on_checklist(services, action_id)
    assert change.kinds == {PLAN, MEETINGS}
    (item_id,) = change.items
    assert MEETINGS in set_item_status(services, item_id, ItemStatus.DONE).kinds
