"""Scottish bank holidays, from the ``holidays`` package, for warnings on meetings and deadlines."""

from __future__ import annotations

import datetime as dt
from functools import cache


@cache
def _scottish_holidays(year: int) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.country_holidays("GB", subdiv="SCT", years=year).items())


def bank_holiday_name(day: dt.date) -> str | None:
    """The name of the Scottish bank holiday on ``day``, or None."""
    return _scottish_holidays(day.year).get(day)


def is_working_day(day: dt.date) -> bool:
    """True on a weekday that is not a Scottish bank holiday."""
    return day.weekday() < 5 and bank_holiday_name(day) is None


def previous_working_day(day: dt.date) -> dt.date:
    """The last working day before ``day``."""
    earlier = day - dt.timedelta(days=1)
    while not is_working_day(earlier):
        earlier -= dt.timedelta(days=1)
    return earlier
