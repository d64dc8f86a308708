"""Scottish bank holidays, for warnings on meetings and deadlines and for moving dates.

They come from the ``holidays`` package. The years an inspection can fall in are kept, as that
package gives them, in ``resources/calendar/scottish-bank-holidays.txt`` (``python
packaging/bank_holidays.py`` writes it; a test checks it against the installed package): the
package loads every country's rules on import, a sixth of the app's start-up, to give one
country's dates. Other years are asked of the package itself. The table is one holiday a line,
its date and name parted by a tab: read in a fraction of a millisecond, where TOML took five.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from inspection_desktop.resources import resource_path

TABLE_FILE = ("calendar", "scottish-bank-holidays.txt")
TABLE_YEARS = range(2020, 2046)


def package_holidays(year: int) -> dict[dt.date, str]:
    """The Scottish bank holidays of ``year`` as the ``holidays`` package gives them."""
    import holidays

    return dict(holidays.country_holidays("GB", subdiv="SCT", years=year).items())


@cache
def _table() -> dict[int, dict[dt.date, str]]:
    years: dict[int, dict[dt.date, str]] = {}
    text = resource_path(*TABLE_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        day_text, name = line.split("\t", 1)
        day = dt.date.fromisoformat(day_text)
        years.setdefault(day.year, {})[day] = name
    return years


@cache
def _scottish_holidays(year: int) -> dict[dt.date, str]:
    kept = _table().get(year)
    return kept if kept is not None else package_holidays(year)


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


def table_text() -> str:
    """The kept table, made afresh from the ``holidays`` package."""
    from importlib.metadata import version

    lines = [
        "# Scottish bank holidays, one a line: the date, a tab, the name the holidays",
        f"# package gives. Made from holidays {version('holidays')} by",
        "# `python packaging/bank_holidays.py`;",
        "# do not edit by hand (a test checks it against the installed package).",
    ]
    for year in TABLE_YEARS:
        for day, name in sorted(package_holidays(year).items()):
            lines.append(f"{day.isoformat()}\t{name}")
    return "\n".join(lines) + "\n"
