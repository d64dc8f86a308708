"""Check every column of a population list, reporting progress and stopping when asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from inspection_desktop.domain.pir.column_check import check_column
from inspection_desktop.domain.pir.names import NameList, default_name_list
from inspection_desktop.domain.pir.verdicts import ColumnVerdict

ProgressCallback = Callable[[int, int], None]
StopRequested = Callable[[], bool]


class CheckCancelled(Exception):
    """The co-ordinator cancelled the check before it finished."""


def check_population_list(
    headings: Sequence[str],
    columns: Sequence[Sequence[str]],
    *,
    today: dt.date,
    names: NameList | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopRequested | None = None,
) -> tuple[ColumnVerdict, ...]:
    """Check each column in turn; ``progress(done, total)`` after each, CheckCancelled on stop."""
    if len(headings) != len(columns):
        raise ValueError("one heading is needed for each column")
    name_list = names or default_name_list()
    verdicts: list[ColumnVerdict] = []
    for index, (heading, values) in enumerate(zip(headings, columns, strict=True)):
        if should_stop is not None and should_stop():
            raise CheckCancelled
        verdicts.append(check_column(index, heading, values, names=name_list, today=today))
        if progress is not None:
            progress(index + 1, len(headings))
    return tuple(verdicts)


def flagged_headings(verdicts: Sequence[ColumnVerdict]) -> tuple[str, ...]:
    """The headings of the flagged columns, in file order."""
    return tuple(v.heading for v in verdicts if v.flagged)
