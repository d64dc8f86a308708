"""Export the minimised population list: confirm kept identifiers, ask where, write."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from inspection_desktop.documents.pir.pir_file_check import PirFileCheck
from inspection_desktop.documents.pir.pir_minimise import (
    MinimisedFile,
    default_minimised_path,
    write_minimised,
)
from inspection_desktop.errors import UserFacingError
from inspection_desktop.ui.common import dialogs
from inspection_desktop.ui.pir.pir_column_model import PirColumnModel

SAVE_FILTER = "CSV (*.csv);;Excel workbook (*.xlsx)"


def export_minimised(
    parent: QWidget, result: PirFileCheck, model: PirColumnModel
) -> tuple[MinimisedFile, tuple[str, ...]] | None:
    """Write the ticked columns; the file written and the flagged columns kept, or None."""
    kept = model.kept_headings()
    if not kept:
        dialogs.show_error(parent, "Nothing to export", "Tick Keep for at least one column.")
        return None
    flagged_kept = model.flagged_kept_headings()
    if flagged_kept and not dialogs.ask_yes_no(
        parent,
        "Keep flagged columns?",
        "These columns look like personal identifiers: "
        + ", ".join(flagged_kept)
        + ". Sending them may be a reportable breach. Keep them in the exported file?",
    ):
        return None
    table = result.table
    suggested = default_minimised_path(table.path, table.is_workbook)
    target = dialogs.ask_save_file(parent, "Save the minimised list", suggested, SAVE_FILTER)
    if target is None:
        return None
    try:
        written = write_minimised(table, result.verdicts, kept, target)
    except UserFacingError as exc:
        dialogs.show_error(parent, "The minimised list was not written", str(exc))
        return None
    return written, flagged_kept
