"""Read one sheet of an Excel .xlsx workbook as rows of text."""

from __future__ import annotations

import datetime as dt
import io
import logging
import warnings
import zipfile
from pathlib import Path
from typing import Any

from inspection_desktop.documents.common import xlsx_stream
from inspection_desktop.domain.pir.population_check import (
    CheckCancelled,
    ProgressCallback,
    StopRequested,
)
from inspection_desktop.errors import UserFacingError

_PROGRESS_EVERY = 2000
log = logging.getLogger(__name__)


def cell_text(value: Any) -> str:
    """A cell as text: dates as YYYY-MM-DD, whole numbers without ".0", empty cells as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def read_xlsx_rows(
    path: Path,
    raw: bytes,
    sheet: str | None,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
) -> tuple[list[list[str]], str, tuple[str, ...]]:
    """The rows of the chosen sheet (the first by default), its name, and all sheet names."""
    try:
        return _read_streamed(path, raw, sheet, progress, should_stop)
    except (UserFacingError, CheckCancelled):
        raise
    except Exception:  # anything unusual: openpyxl copes with more, and explains failures
        log.debug("streamed read of %s failed; using openpyxl", path.name, exc_info=True)
    return _read_with_openpyxl(path, raw, sheet, progress, should_stop)


def _read_streamed(
    path: Path,
    raw: bytes,
    sheet: str | None,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
) -> tuple[list[list[str]], str, tuple[str, ...]]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sheets = xlsx_stream.sheet_names(archive)
        names = tuple(name for name, _ in sheets)
        if not names:
            raise xlsx_stream.UnexpectedWorkbook("no sheets")
        chosen = _choose_sheet(path, names, sheet)
        part = dict(sheets)[chosen]
        return xlsx_stream.read_sheet_rows(archive, part, progress, should_stop), chosen, names


def _read_with_openpyxl(
    path: Path,
    raw: bytes,
    sheet: str | None,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
) -> tuple[list[list[str]], str, tuple[str, ...]]:
    import openpyxl  # kept out of start-up: it is slow to import

    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it ignores; they do not matter here.
            warnings.simplefilter("ignore")
            # From the bytes, not the path: openpyxl refuses a workbook saved with a .csv name.
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file; all mean "unreadable"
        raise UserFacingError(
            f"{path.name} could not be read as an Excel workbook: it may be damaged, "
            "password-protected or not really .xlsx"
        ) from None
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise UserFacingError(f"{path.name} has no sheets")
        chosen = _choose_sheet(path, names, sheet)
        worksheet = workbook[chosen]
        expected = max(worksheet.max_row or 0, 1)
        rows: list[list[str]] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for values in worksheet.iter_rows(values_only=True):
                rows.append([cell_text(value) for value in values])
                if len(rows) % _PROGRESS_EVERY == 0:
                    if should_stop is not None and should_stop():
                        raise CheckCancelled
                    if progress is not None:
                        progress(min(len(rows), expected), expected)
    except (UserFacingError, CheckCancelled):
        raise
    except Exception:
        raise UserFacingError(
            f"{path.name} could not be read: the workbook looks damaged. "
            "Open it in Excel and save it again."
        ) from None
    finally:
        workbook.close()
    return rows, chosen, names


def _choose_sheet(path: Path, names: tuple[str, ...], wanted: str | None) -> str:
    if wanted is None:
        return names[0]
    for name in names:
        if name.casefold() == wanted.strip().casefold():
            return name
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(names):
        return names[int(wanted) - 1]
    listed = ", ".join(f"'{name}'" for name in names)
    raise UserFacingError(f"{path.name} has no sheet called '{wanted}'; its sheets are {listed}")
