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
