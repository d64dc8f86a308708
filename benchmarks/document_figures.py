"""Figures for documents and files: the meeting pack, letters, the PIR check, the allocation."""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from figures import alternate, figure_line, not_available_line, seconds, value_line

ROOT = Path(__file__).resolve().parents[1]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _module(name: str) -> Any:
    """One of the app's modules, imported by its dotted name under the package."""
    return importlib.import_module(f"inspection_desktop.{name}")


def feature_present(module: str) -> bool:
    """Whether a feature's module is in this checkout (figures for absent ones say so)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


# The meeting pack --------------------------------------------------------------------------


def reportlab_pages(texts: list[str]) -> bytes:
    """The floor for a document: reportlab writing the same pages' text, a page each, no more."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        font = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont("BenchSans", str(font)))
    style = ParagraphStyle("body", fontName="BenchSans", fontSize=9, leading=11)
    story: list[object] = []
    for text in texts:
        story += [Paragraph(escape(line), style) for line in text.splitlines()[:60] if line]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)  # type: ignore[arg-type]
    return buffer.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page of a PDF."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pack_figure(database: Path, runs: int) -> None:
    """The week-4 meeting pack from the database, papers and all, against reportlab alone."""
    from inspection_desktop.composition import open_services
    from inspection_desktop.demo.meetings import WEEK_FOUR_KEY
    from inspection_desktop.documents.meetings.meeting_documents import pack_pdf

    services = open_services(database)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    keys = {row.id: row.key for row in services.inspections.plan_rows(inspection_id)}
    meeting_id = next(
        summary.id
        for summary in services.meetings.list_meetings(inspection_id)
        if keys.get(summary.plan_item_id or 0) == WEEK_FOUR_KEY
    )
    texts = page_texts(pack_pdf(services.meetings, meeting_id))  # fonts loaded, pages known
    reportlab_pages(texts)
    app, floor = alternate(
        lambda: pack_pdf(services.meetings, meeting_id), lambda: reportlab_pages(texts), runs
    )
    services.close()
    print(
        figure_line(
            f"week-4 meeting pack ({len(texts)} pages), in process",
            app,
            floor,
            "reportlab writing the same pages",
        )
    )


def letters_figure(database: Path, folder: Path, runs: int) -> None:
    """A 50-letter merge to PDF files and a combined file, once the letters feature is here."""
    name = "mail merge of 50 letters"
    if not feature_present("inspection_desktop.usecases.letters"):
        print(not_available_line(name, "the letters feature is not on this branch yet"))
        return
    from inspection_desktop.composition import open_services
    from inspection_desktop.errors import UserFacingError

    # By name: this checkout may not have them, and the figure must still print.
    write_run = _module("documents.letters.letter_files").write_run
    pick = _module("usecases.letters.recipients")
    templates = _module("usecases.letters.catalogue").templates
    prepare_run = _module("usecases.letters.merge_run").prepare_run

    services = open_services(database)
    inspection_id = services.inspections.current_inspection_id()
    assert inspection_id is not None
    people = [row.id for row in services.contacts.contacts(inspection_id) if row.email][:50]
    chosen = pick.in_order(pick.by_hand(services, inspection_id, people))
    job = None
    for template in templates(services, inspection_id):
        try:
            job = prepare_run(services, inspection_id, template, chosen)
            break
        except UserFacingError:
            continue  # a template that needs a meeting or a field these people lack
    if job is None:
        print(not_available_line(name, "no letter template merges for these recipients"))
        return
    turn = [0]

    def merge() -> None:
        turn[0] += 1
        out = folder / f"letters-{turn[0]}"
        write_run(job, out, ("pdf",), combined=out / "all.pdf")

    merge()
    combined = (folder / "letters-1" / "all.pdf").read_bytes()
    texts = page_texts(combined)
    app, floor = alternate(merge, lambda: reportlab_pages(texts), runs)
    services.close()
    print(
        figure_line(
            f"{name} ({len(texts)} pages, files and combined)",
            app,
            floor,
            "reportlab writing the same pages",
        )
    )


# The PIR data guard ------------------------------------------------------------------------


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def write_excel_style(path: Path, headings: list[str], rows: list[list[str]]) -> Path:
    """A workbook laid out as Excel saves one: shared strings, not openpyxl's inline strings."""
    strings: dict[str, int] = {}
    sheet_rows = []
    for number, row in enumerate([headings, *rows], start=1):
        cells = []
        for column, value in enumerate(row):
            index = strings.setdefault(value, len(strings))
            cells.append(f'<c r="{_column_letter(column)}{number}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}"><sheets>'
            '<sheet name="PIR" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/worksheet" '
            'Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{RELATIONSHIPS}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>',
        )
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        )
    return path


def read_csv_floor(path: Path) -> int:
    """The floor for a CSV: the csv module reading every row."""
    with path.open(newline="", encoding="utf-8") as file:
        return sum(1 for _ in csv.reader(file, delimiter=";"))


def read_xlsx_floor(path: Path) -> int:
    """The floor for a workbook: openpyxl in read-only mode reading every cell's value."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return sum(1 for _ in sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def pir_figures(folder: Path, rows: int, runs: int) -> None:
    """The PIR check of a population list (CSV and Excel-style .xlsx) against plain reading."""
    sys.path.insert(0, str(ROOT))
    from inspection_desktop.documents.pir.pir_file_check import check_pir_file
    from tests import pir_synthetic as synth

    headings, population = synth.disguised_population(rows)
    csv_path = synth.write_csv(
        folder / f"population-{rows}.csv", headings, population, delimiter=";"
    )
    xlsx_path = write_excel_style(folder / f"population-{rows}.xlsx", headings, population)
    for path, floor, floor_name in (
        (csv_path, read_csv_floor, "the csv module reading it"),
        (xlsx_path, read_xlsx_floor, "openpyxl read-only reading it"),
    ):
        check_pir_file(path, today=synth.TODAY)  # imports and the name list loaded once
        app, floor_time = alternate(
            lambda path=path: check_pir_file(path, today=synth.TODAY),
            lambda path=path, floor=floor: floor(path),
            runs,
        )
        kind = "CSV" if path.suffix == ".csv" else ".xlsx"
        print(figure_line(f"pir-check of {rows:,} rows, {kind}", app, floor_time, floor_name))


# File reading ------------------------------------------------------------------------------


def allocation_figure(runs: int, *, quick: bool) -> None:
    """The file-reading allocation of 1,000 records, once that feature is in this checkout."""
    name = "allocation of 1,000 records to reading pairs"
    if not (
        feature_present("inspection_desktop.domain.file_reading")
        and (ROOT / "benchmarks" / "allocation.py").exists()
    ):
        print(not_available_line(name, "the file-reading feature is not on this branch yet"))
        return
    from allocation import scenario  # type: ignore[import-not-found]

    from inspection_desktop.domain.file_reading.allocation import allocate

    records, pairs, sessions = scenario()
    timings = sorted(seconds(lambda: allocate(records, pairs, sessions)) for _ in range(runs))
    print(value_line(name, timings[len(timings) // 2] * 1000, "ms"))
