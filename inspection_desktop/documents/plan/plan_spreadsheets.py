"""The plan for Excel: an .xlsx workbook (real dates, a frozen filtered header, a sheet by week)
and a CSV file that Excel opens safely."""

from __future__ import annotations

import io
from collections.abc import Sequence

from inspection_desktop.documents.common.spreadsheet_writer import (
    Cell,
    csv_bytes,
    workbook_text,
)
from inspection_desktop.documents.plan.plan_export import EXPORT_HEADERS, ExportRow, PlanExport

_WIDTHS = (7, 60, 16, 30, 13, 15, 13, 50, 24)
_DATE_FORMAT = "d mmmm yyyy"


def _cells(row: ExportRow) -> list[Cell]:
    return [
        row.week,
        row.title,
        row.kind,
        row.owner,
        row.due,
        row.status,
        row.completed_on,
        row.notes,
        row.origin,
    ]


def plan_csv_bytes(export: PlanExport) -> bytes:
    """The plan as CSV through the app's one spreadsheet writer: UTF-8 with a BOM so Excel reads
    accents, dates as YYYY-MM-DD, and no cell that a spreadsheet would run as a formula."""
    return csv_bytes(EXPORT_HEADERS, [_cells(row) for row in export.rows])


def plan_xlsx_bytes(export: PlanExport) -> bytes:
    """The plan as an .xlsx workbook: the whole plan on one sheet, then one sheet per week."""
    from openpyxl import Workbook

    workbook = Workbook()
    whole = workbook.active
    whole.title = "Plan"
    _fill_sheet(whole, export.rows)
    for week in export.weeks:
        sheet = workbook.create_sheet(f"Week {week}")
        rows = [row for row in export.rows if row.week == week]
        _fill_sheet(sheet, rows, heading=export.week_label(week))
    workbook.properties.title = f"Inspection plan: {export.area}"
    workbook.properties.creator = "Inspection Desktop"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fill_sheet(sheet: object, rows: Sequence[ExportRow], heading: str | None = None) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    sheet.append(list(EXPORT_HEADERS))  # our own headings: nothing in them can run
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values = _cells(row)
        line = sheet.max_row + 1
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                value = workbook_text(value)
            cell = sheet.cell(row=line, column=column, value=value)
            if isinstance(value, str):
                # openpyxl takes text starting "=" for a formula; held as a string cell,
                # nothing a user typed can run when the workbook is opened.
                cell.data_type = "s"
            if column in (5, 7) and value is not None:
                cell.number_format = _DATE_FORMAT
            if column in (2, 8):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(EXPORT_HEADERS))}{max(sheet.max_row, 1)}"
    if heading:
        sheet.oddHeader.center.text = heading
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
