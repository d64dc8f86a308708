"""Starting and opening an inspection: its checklist from the template, its meetings from the
plan, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod
from inspection_desktop.storage.plan.inspection_service import InspectionSummary
from inspection_desktop.usecases.meetings.plan_meetings import make_plan_meetings
from inspection_desktop.usecases.services import Services


def start_inspection(
    services: Services,
    area: str,
    notified_on: dt.date,
    holidays: Sequence[HolidayPeriod] = (),
    template_key: str | None = None,
) -> InspectionSummary:
    """Create an inspection with the template's checklist and the plan's meetings."""
    inspection = services.inspections.create_inspection(area, notified_on, holidays, template_key)
    make_plan_meetings(services, inspection.id)
    return inspection


def open_inspection(services: Services, inspection_id: int) -> None:
    """Record that the inspection was opened (it opens next time) and make any plan meetings
    and surveys an older database lacks. A database opened read-only (held by another window)
    is left as it is."""
    if services.database.read_only:
        return
    services.inspections.mark_opened(inspection_id)
    make_plan_parts(services, inspection_id)


def make_plan_parts(services: Services, inspection_id: int) -> None:
    """Make the plan's meetings and surveys the inspection lacks (each only once, ever).

    Opening the inspection does it, so screens and commands that only read need not.
    """
    if services.database.read_only:
        return
    make_plan_meetings(services, inspection_id)
    services.surveys.ensure_plan_surveys(inspection_id)
