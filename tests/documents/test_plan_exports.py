"""The plan out to Excel and paper: .xlsx, CSV and PDF read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from inspection_desktop.documents.plan.plan_export import PlanExport, plan_export
from inspection_desktop.documents.plan.plan_files import check_extension, write_plan
from inspection_desktop.documents.plan.plan_pdf import render_plan_pdf
from inspection_desktop.documents.plan.plan_spreadsheets import plan_csv_bytes, plan_xlsx_bytes
from inspection_desktop.documents.plan.timeline_pdf import render_timeline_pdf
from inspection_desktop.domain.plan.item_drafts import ItemDraft
from inspection_desktop.domain.plan.items import ItemStatus
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.plan import item_edits
from inspection_desktop.usecases.services import Services

D = dt.date


@pytest.fixture
def export(services: Services) -> PlanExport:
    """A plan notified 2 November 2026 with one done item and one item with a risky title."""
    inspection = services.inspections.create_inspection("Glenmorven Partnership", D(2026, 11, 2))
    first = services.inspections.plan_rows(inspection.id)[0]
    services.inspections.set_status(first.id, ItemStatus.DONE)
    item_edits.add_item(
        services, inspection.id, ItemDraft('=HYPERLINK("x") Łukasz\'s list', 3, notes="<b>&")
    )
    return plan_export(services, inspection.id)


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_workbook_has_real_dates_a_frozen_filtered_header_and_a_sheet_per_week(
    export: PlanExport,
) -> None:
    """Read back with openpyxl: dates are dates, status is text, one sheet for each week."""
    workbook = load_workbook(io.BytesIO(plan_xlsx_bytes(export)))
    assert workbook.sheetnames == ["Plan", *(f"Week {n}" for n in range(1, 12))]
    sheet = workbook["Plan"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    header = [cell.value for cell in sheet[1]]
    first = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert isinstance(first["Due"], dt.datetime)
    assert first["Status"] == "Done"


def test_a_week_with_nothing_in_it_still_gets_its_sheet(export: PlanExport) -> None:
    """Week 5 of the guide holds no items: its sheet has the header and nothing else."""
    workbook = load_workbook(io.BytesIO(plan_xlsx_bytes(export)))
    assert workbook["Week 5"].max_row == 1


def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(export: PlanExport) -> None:
    """A title starting "=" is a string cell, never a formula."""
    workbook = load_workbook(io.BytesIO(plan_xlsx_bytes(export)))
    titles = [row[1] for row in workbook["Plan"].iter_rows(min_row=2)]
    risky = next(cell for cell in titles if str(cell.value).startswith("=HYPERLINK"))
    assert risky.data_type == "s"


def test_the_csv_is_excel_safe(export: PlanExport) -> None:
    """UTF-8 with a BOM, formulas neutralised, dates as YYYY-MM-DD."""
    data = plan_csv_bytes(export)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    risky = next(row for row in rows if "HYPERLINK" in row["Title"])
    assert risky["Title"].startswith("'=")
    assert rows[0]["Due"] == "2026-11-06"


def test_the_pdf_is_a4_landscape_with_marking_page_numbers_and_print_date(
    export: PlanExport,
) -> None:
    """Every page carries OFFICIAL-SENSITIVE and "Page X of Y"; the weeks and names print."""
    data = render_plan_pdf(export)
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    pages = [page.extract_text() for page in reader.pages]
    assert all("OFFICIAL-SENSITIVE" in text for text in pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
    text = "\n".join(pages)
    assert "Printed 28 November 2026" in text
    assert "Łukasz" in text
    assert "Nothing planned this week." in text  # week 5


def test_the_marking_line_can_be_changed(export: PlanExport) -> None:
    """The co-ordinator can print with another marking."""
    text = _pdf_text(render_plan_pdf(export, "OFFICIAL"))
    assert "OFFICIAL" in text
    assert "OFFICIAL-SENSITIVE" not in text


def test_the_timeline_fits_one_landscape_page_with_the_marking(export: PlanExport) -> None:
    """The guide's plan fits on one page, which names the bank holidays inside it."""
    reader = PdfReader(io.BytesIO(render_timeline_pdf(export)))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "OFFICIAL-SENSITIVE" in text
    assert "Christmas Day" in text


def test_an_extension_that_does_not_match_the_format_is_refused(tmp_path: Path) -> None:
    """plan.pdf with --format xlsx is a mistake to catch, not a file to write."""
    with pytest.raises(UserFacingError, match="format is xlsx"):
        check_extension(tmp_path / "plan.pdf", "xlsx")


def test_writing_leaves_the_file_whole(export: PlanExport, tmp_path: Path) -> None:
    """The written .xlsx opens."""
    path = tmp_path / "plan.xlsx"
    write_plan(export, path, "xlsx")
    assert load_workbook(path).sheetnames[0] == "Plan"


def test_an_open_dated_meeting_action_is_in_the_exported_plan(services: Services) -> None:
    """Off the checklist but plan work: the action is a row in its week, from its meeting."""
    inspection = services.inspections.create_inspection("Test Partnership", D(2026, 11, 2))
    meeting_id = services.meetings.add_meeting(inspection.id, "Team catch-up")
    services.meetings.add_action(meeting_id, "Send the room list", "", D(2026, 11, 20))
    services.meetings.add_action(meeting_id, "Think about parking")
    rows = [r for r in plan_export(services, inspection.id).rows if r.kind == "Meeting action"]
    assert [(r.title, r.week, r.origin) for r in rows] == [
        ("Send the room list", 3, "From the meeting: Team catch-up")
    ]
    assert rows[0].attention == "Overdue by 8 days"
