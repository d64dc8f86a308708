"""The week-7 PIR item's rule: no ticking done while the last list checked has flagged columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.domain.pir.completion import PIR_ITEM_KEY
from inspection_desktop.domain.pir.outcome import PirGuardOutcome
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.database import Database
from inspection_desktop.storage.errors import CompletionBlockedError
from inspection_desktop.storage.pir.pir_check_service import PirCheckService
from inspection_desktop.storage.plan.inspection_service import InspectionService


@pytest.fixture
def pir_item(service: InspectionService) -> tuple[int, int]:
    """(inspection id, PIR item id) of a new inspection."""
    inspection = service.create_inspection("Test Partnership", dt.date(2026, 11, 2))
    item = next(r for r in service.plan_rows(inspection.id) if r.key == PIR_ITEM_KEY)
    return inspection.id, item.id


def test_pir_item_can_be_done_when_no_list_was_checked(
    service: InspectionService, pir_item: tuple[int, int]
) -> None:
    """The rule only speaks of a checked list; with none, ticking is allowed."""
    assert service.set_status(pir_item[1], ItemStatus.DONE).row.status is ItemStatus.DONE


def test_flagged_columns_block_done_until_a_reason_is_recorded(
    service: InspectionService, database: Database, pir_item: tuple[int, int]
) -> None:
    """A flagged list blocks the tick; a recorded reason lifts the block."""
    checks = PirCheckService(database)
    latest = checks.record(pir_item[0], PirGuardOutcome(Path("pop.csv"), ("Col A", "Ref2")))
    with pytest.raises(CompletionBlockedError, match="Col A, Ref2"):
        service.set_status(pir_item[1], ItemStatus.DONE)
    assert service.plan_row(pir_item[1]).status is ItemStatus.NOT_STARTED
    checks.record_reason(latest.id, "Ref2 is a local reference agreed with the analysts")
    assert service.set_status(pir_item[1], ItemStatus.DONE).row.status is ItemStatus.DONE


def test_a_later_clean_check_lifts_the_block(
    service: InspectionService, database: Database, pir_item: tuple[int, int]
) -> None:
    """Only the last check counts: a minimised file with nothing flagged clears the way."""
    checks = PirCheckService(database)
    checks.record(pir_item[0], PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    checks.record(pir_item[0], PirGuardOutcome(Path("pop.csv"), (), Path("pop-minimised.csv")))
    assert service.set_status(pir_item[1], ItemStatus.DONE).row.status is ItemStatus.DONE


def test_other_items_are_not_held_by_the_pir_rule(
    service: InspectionService, database: Database, pir_item: tuple[int, int]
) -> None:
    """The rule is the PIR item's alone."""
    PirCheckService(database).record(pir_item[0], PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    other = next(r for r in service.plan_rows(pir_item[0]) if r.key != PIR_ITEM_KEY)
    assert service.set_status(other.id, ItemStatus.DONE).row.status is ItemStatus.DONE


def test_not_applicable_is_no_way_round_the_rule(
    service: InspectionService, database: Database, pir_item: tuple[int, int]
) -> None:
    """Closing the PIR item as not applicable meets the same block as done."""
    PirCheckService(database).record(pir_item[0], PirGuardOutcome(Path("pop.csv"), ("Col A",)))
    with pytest.raises(CompletionBlockedError):
        service.set_status(pir_item[1], ItemStatus.NOT_APPLICABLE)
