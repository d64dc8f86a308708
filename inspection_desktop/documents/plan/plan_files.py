"""Saving the plan to a file in the format its name asks for, atomically."""

from __future__ import annotations

from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.documents.plan.plan_export import DEFAULT_MARKING, FORMATS, PlanExport
from inspection_desktop.errors import UserFacingError


def check_extension(path: Path, fmt: str) -> None:
    """Refuse a file name whose extension says another format (plan.pdf for --format xlsx)."""
    if fmt not in FORMATS:
        raise UserFacingError(f"Unknown format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    suffix = path.suffix.casefold().lstrip(".")
    if suffix != fmt:
        shown = f".{suffix}" if suffix else "no extension"
        raise UserFacingError(
            f"{path.name} has {shown}, but the format is {fmt}: name the file "
            f"{path.stem or 'plan'}.{fmt}, or choose --format {suffix or fmt}."
        )


def plan_bytes(export: PlanExport, fmt: str, marking: str = DEFAULT_MARKING) -> bytes:
    """The plan in one of the export formats."""
    if fmt == "xlsx":
        from inspection_desktop.documents.plan.plan_spreadsheets import plan_xlsx_bytes

        return plan_xlsx_bytes(export)
    if fmt == "csv":
        from inspection_desktop.documents.plan.plan_spreadsheets import plan_csv_bytes

        return plan_csv_bytes(export)
    if fmt == "pdf":
        from inspection_desktop.documents.plan.plan_pdf import render_plan_pdf

        return render_plan_pdf(export, marking)
    raise UserFacingError(f"Unknown format {fmt!r}; use one of: {', '.join(FORMATS)}.")


def write_plan(export: PlanExport, path: Path, fmt: str, marking: str = DEFAULT_MARKING) -> None:
    """Write the plan to ``path`` (checked against the format), never leaving half a file."""
    check_extension(path, fmt)
    write_bytes_atomically(path, plan_bytes(export, fmt, marking))
