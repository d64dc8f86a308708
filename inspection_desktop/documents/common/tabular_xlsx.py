"""Read one sheet of an Excel .xlsx workbook as rows of text, within the population-list limits."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from inspection_desktop.documents.common import xlsx_stream
from inspection_desktop.documents.common.input_limits import POPULATION_LIST_LIMITS, shown_name
from inspection_desktop.domain.pir.population_check import (
    CheckCancelled,
    ProgressCallback,
    StopRequested,
)
from inspection_desktop.errors import UserFacingError

log = logging.getLogger(__name__)
# What a damaged, encrypted or mislabelled workbook raises on the way through zipfile and the
# XML parser: each means "this is not a workbook we can read", never a bug to report.
_DAMAGE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    ParseError,
    KeyError,
    ValueError,
    IndexError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    xlsx_stream.UnexpectedWorkbook,
)


def read_xlsx_rows(
    path: Path,
    raw: bytes,
    sheet: str | None,
    progress: ProgressCallback | None,
    should_stop: StopRequested | None,
) -> tuple[list[list[str]], str, tuple[str, ...]]:
    """The rows of the chosen sheet (the first by default), its name, and all sheet names."""
    name = shown_name(path)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            sheets = xlsx_stream.sheet_names(archive)
            names = tuple(sheet_name for sheet_name, _ in sheets)
            if not names:
                raise UserFacingError(f"{name} has no sheets")
            chosen = _choose_sheet(name, names, sheet)
            part = dict(sheets)[chosen]
            rows = xlsx_stream.read_sheet_rows(
                archive, part, progress, should_stop, POPULATION_LIST_LIMITS, name
            )
    except (UserFacingError, CheckCancelled):
        raise
    except _DAMAGE as exc:
        # The kind of damage only: the text of an exception can quote the file's contents.
        log.info("workbook %s unreadable: %s", name, type(exc).__name__)
        raise UserFacingError(
            f"{name} could not be read as an Excel workbook: it may be damaged, "
            "password-protected or not really .xlsx. Open it in Excel and save it again."
        ) from None
    return rows, chosen, names


def _choose_sheet(name: str, names: tuple[str, ...], wanted: str | None) -> str:
    if wanted is None:
        return names[0]
    for sheet_name in names:
        if sheet_name.casefold() == wanted.strip().casefold():
            return sheet_name
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(names):
        return names[int(wanted) - 1]
    listed = ", ".join(f"'{sheet_name}'" for sheet_name in names[:20])
    more = f" and {len(names) - 20} more" if len(names) > 20 else ""
    shown = wanted if len(wanted) <= 60 else wanted[:59] + "…"
    raise UserFacingError(f"{name} has no sheet called '{shown}'; its sheets are {listed}{more}")
