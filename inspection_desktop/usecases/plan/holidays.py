"""Recording the council's holiday periods: the weeks after one move later, and undo moves
them back."""

from __future__ import annotations

import datetime as dt

from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.plan.inspection_calendar import HolidayPeriod
from inspection_desktop.usecases.changes import CALENDAR, Change
from inspection_desktop.usecases.services import Services


def add_holiday(
    services: Services, inspection_id: int, starts_on: dt.date, ends_on: dt.date, label: str = ""
) -> tuple[HolidayPeriod, Change]:
    """Record a holiday period (the same dates twice are refused)."""
    period = services.inspections.add_holiday(inspection_id, starts_on, ends_on, label)
    return period, _added(services, inspection_id, period)


def remove_holiday(services: Services, inspection_id: int, period: HolidayPeriod) -> Change:
    """Forget a holiday period; undo records it again."""
    if period.id is not None:
        services.inspections.remove_holiday(period.id)
    return _removed(services, inspection_id, period)


def _added(services: Services, inspection_id: int, period: HolidayPeriod) -> Change:
    return Change(
        f"add the holiday from {long_date(period.starts_on)}",
        frozenset({CALENDAR}),
        undo=lambda: remove_holiday(services, inspection_id, period),
    )


def _removed(services: Services, inspection_id: int, period: HolidayPeriod) -> Change:
    def undo() -> Change:
        # Recording it again makes a new record: later steps act on that one.
        return add_holiday(services, inspection_id, period.starts_on, period.ends_on, period.label)[
            1
        ]

    return Change(
        f"remove the holiday from {long_date(period.starts_on)}", frozenset({CALENDAR}), undo=undo
    )
