"""The Scottish bank holidays the app keeps, against the holidays package they come from."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from inspection_desktop.domain.plan.bank_holidays import (
    TABLE_YEARS,
    bank_holiday_name,
    package_holidays,
)


def test_the_kept_table_is_what_the_installed_package_gives() -> None:
    """Every year kept matches the holidays package (else: python packaging/bank_holidays.py)."""
    from inspection_desktop.domain.plan.bank_holidays import _table

    kept = _table()
    assert sorted(kept) == list(TABLE_YEARS)
    for year in TABLE_YEARS:
        assert kept[year] == package_holidays(year), (
            f"bank holidays of {year} are out of date: run python packaging/bank_holidays.py"
        )


def test_a_year_beyond_the_table_is_asked_of_the_package() -> None:
    """Saint Andrew's Day falling on a Tuesday in 2050 is still found."""
    assert TABLE_YEARS.stop <= 2050
    assert bank_holiday_name(dt.date(2050, 11, 30)) == "Saint Andrew's Day"


def test_dates_in_the_kept_years_do_not_load_the_package() -> None:
    """Working out a kept year's holidays never imports the holidays package."""
    code = (
        "import sys, datetime as dt\n"
        "from inspection_desktop.domain.plan.bank_holidays import bank_holiday_name\n"
        'assert bank_holiday_name(dt.date(2026, 11, 30)) == "Saint Andrew\'s Day"\n'
        "assert bank_holiday_name(dt.date(2027, 1, 5)) is None\n"
        "print('holidays' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
