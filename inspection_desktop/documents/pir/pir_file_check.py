"""Check a population-list file: read it, then judge each column."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.common.tabular_reader import (
    PopulationTable,
    ReadOptions,
    read_population_table,
)
from inspection_desktop.domain.pir.population_check import (
    ProgressCallback,
    StopRequested,
    check_population_list,
)
from inspection_desktop.domain.pir.verdicts import ColumnVerdict

# Reading takes most of the time for a big file; the split only shapes the progress bar.
_READ_SHARE = 60


@dataclass(frozen=True)
class PirFileCheck:
    """A checked file: the table as read and the verdict on each column."""

    table: PopulationTable
    verdicts: tuple[ColumnVerdict, ...]

    @property
    def flagged(self) -> tuple[ColumnVerdict, ...]:
        """The verdicts on flagged columns, in file order."""
        return tuple(v for v in self.verdicts if v.flagged)


def check_pir_file(
    path: Path,
    options: ReadOptions | None = None,
    *,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
    should_stop: StopRequested | None = None,
) -> PirFileCheck:
    """Read and check a file; ``progress(done, 100)`` as it goes; UserFacingError if unreadable."""

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done * _READ_SHARE // max(total, 1), 100)

    def checking(done: int, total: int) -> None:
        if progress is not None:
            progress(_READ_SHARE + done * (100 - _READ_SHARE) // max(total, 1), 100)

    table = read_population_table(path, options, progress=reading, should_stop=should_stop)
    reading(1, 1)
    verdicts = check_population_list(
        table.headings,
        table.columns(),
        today=today or dt.date.today(),
        progress=checking,
        should_stop=should_stop,
    )
    return PirFileCheck(table, verdicts)
