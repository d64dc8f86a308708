"""The inspection service: creating a plan, ticking items, holidays and hand-moved dates."""

from __future__ import annotations

import datetime as dt

import pytest

from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.domain.plan.template import default_template
from inspection_desktop.errors import UserFacingError
from inspection_desktop.storage.plan.inspection_service import InspectionService

D = dt.date


def test_new_inspection_holds_every_template_item(service: InspectionService) -> None:
    """Each activity of the template becomes one checklist item in its week."""
    inspection = service.create_inspection("Test Partnership", D(2026, 3, 4))
    rows = service.plan_rows(inspection.id)
    template = default_template()
    assert sorted((r.key, r.week) for r in rows) == sorted((i.key, i.week) for i in template.items)
    assert all(row.status is ItemStatus.NOT_STARTED for row in rows)


def test_marking_done_records_today_and_reopening_clears_it(service: InspectionService) -> None:
    """The completion date is today's date (the fixed test clock)."""
    inspection = service.create_inspection("Test Partnership", D(2026, 11, 2))
    item = service.plan_rows(inspection.id)[0]
    assert service.set_status(item.id, ItemStatus.DONE).row.completed_on == D(2026, 11, 28)
    assert service.set_status(item.id, ItemStatus.IN_PROGRESS).row.completed_on is None


def test_holiday_moves_later_items_but_not_a_hand_moved_one(service: InspectionService) -> None:
    """A holiday week pushes the plan on; an item pinned by hand stays on its date."""
    inspection = service.create_inspection("Test Partnership", D(2026, 3, 2))
    rows = {row.key: row for row in service.plan_rows(inspection.id)}
    pir = rows["w7-return-pir"]
    sample = rows["w9-case-file-sample"]
    assert pir.due == D(2026, 4, 17)
    service.move_item(sample.id, D(2026, 4, 29))
    service.add_holiday(inspection.id, D(2026, 3, 30), D(2026, 4, 10), "Easter")
    after = {row.key: row for row in service.plan_rows(inspection.id)}
    assert after["w7-return-pir"].due == D(2026, 5, 1)
    assert after["w9-case-file-sample"].due == D(2026, 4, 29)
    assert after["w9-case-file-sample"].moved


def test_unknown_ids_give_plain_errors(service: InspectionService) -> None:
    """Asking for a missing item or inspection says which id is missing."""
    with pytest.raises(UserFacingError, match="no checklist item with id 999"):
        service.set_status(999, ItemStatus.DONE)
    with pytest.raises(UserFacingError, match="no inspection with id 5"):
        service.get_inspection(5)


def test_blank_partnership_name_is_refused(service: InspectionService) -> None:
    """An inspection needs a name to show."""
    with pytest.raises(UserFacingError, match="partnership's name"):
        service.create_inspection("   ", D(2026, 3, 2))
    assert service.list_inspections() == []


def test_most_recently_opened_inspection_is_current(service: InspectionService) -> None:
    """Opening an inspection makes it the one the command line uses by default."""
    first = service.create_inspection("First", D(2026, 3, 2))
    service.create_inspection("Second", D(2026, 3, 9))
    service.mark_opened(first.id)
    assert service.current_inspection_id() == first.id


def test_the_same_holiday_period_cannot_be_recorded_twice(service: InspectionService) -> None:
    """A second copy of a period would change nothing but confuse the list."""
    inspection = service.create_inspection("Test Partnership", D(2026, 3, 2))
    service.add_holiday(inspection.id, D(2026, 3, 30), D(2026, 4, 10), "Easter")
    with pytest.raises(UserFacingError, match="30 March 2026 to 10 April 2026 is already recorded"):
        service.add_holiday(inspection.id, D(2026, 3, 30), D(2026, 4, 10), "Easter again")
    assert len(service.holidays(inspection.id)) == 1
