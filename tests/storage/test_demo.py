"""The demo inspection: synthetic, a month in, with work done and one item slipping."""

from __future__ import annotations

from inspection_desktop.demo.inspection import DEMO_AREA, add_demo_inspection
from inspection_desktop.domain import clock
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.storage.plan.inspection_service import InspectionService
from inspection_desktop.usecases.services import Services


def test_demo_is_a_month_into_preparation_with_christmas_recorded(
    service: InspectionService,
    services: Services,
) -> None:
    """Early weeks are done, one task is overdue, and the Christmas holiday moves later weeks."""
    inspection = add_demo_inspection(services)
    assert inspection.area == DEMO_AREA
    rows = service.plan_rows(inspection.id)
    today = clock.today()
    assert any(r.status is ItemStatus.DONE for r in rows if r.week == 1)
    assert [r.title for r in rows if r.is_overdue(today)]
    [holiday] = service.holidays(inspection.id)
    assert "Christmas" in holiday.label
    assert any(week.number is None for week in service.calendar(inspection.id).weeks)
