"""Time the PIR data guard on a synthetic 20,000-row population list (CSV and .xlsx)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROWS = 20_000
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def write_excel_style(path: Path, headings: list[str], rows: list[list[str]]) -> Path:
    """A workbook laid out as Excel saves one: shared strings, not openpyxl's inline strings."""
    import zipfile
    from xml.sax.saxutils import escape

    strings: dict[str, int] = {}
    sheet_rows = []
    for number, row in enumerate([headings, *rows], start=1):
        cells = []
        for column, value in enumerate(row):
            index = strings.setdefault(value, len(strings))
            cells.append(f'<c r="{_column_letter(column)}{number}" t="s"><v>{index}</v></c>')
        sheet_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{rels}"><sheets>'
            '<sheet name="PIR" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        )
    return path


def main() -> int:
    """Write a synthetic list with identifiers under neutral headings, check it, print the time."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from inspection_desktop.documents.pir.pir_file_check import check_pir_file
    from tests import pir_synthetic as synth

    headings, rows = synth.disguised_population(ROWS)
    with tempfile.TemporaryDirectory() as folder:
        csv_path = synth.write_csv(Path(folder) / "population.csv", headings, rows, delimiter=";")
        xlsx_path = synth.write_xlsx(Path(folder) / "population.xlsx", headings, list(rows))
        excel_path = write_excel_style(Path(folder) / "excel-style.xlsx", headings, rows)
        floor = _floor_ms(csv_path)
        print(f"floor: csv.reader over the CSV's text takes {floor:.0f} ms here now")
        for path in (csv_path, xlsx_path, excel_path):
            check_pir_file(path, today=synth.TODAY)  # warm up imports and the name list
            timings = []
            for _ in range(3):
                start = time.perf_counter()
                result = check_pir_file(path, today=synth.TODAY)
                timings.append(time.perf_counter() - start)
            flagged = ", ".join(v.heading for v in result.flagged)
            print(
                f"{path.name}: {ROWS:,} rows x {len(headings)} columns checked in "
                f"{min(timings) * 1000:.0f} ms (best of 3, {min(timings) * 1000 / floor:.0f} x "
                f"the floor), peak {_peak_mb(path):.0f} MB; "
                f"flagged: {flagged}"
            )
    return 0


def _floor_ms(path: Path) -> float:
    """The least time of plain ``csv.reader`` over the file's text: the machine's speed now."""
    import csv
    import io

    text = path.read_text(encoding="utf-8")
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        list(csv.reader(io.StringIO(text), delimiter=";"))
        timings.append(time.perf_counter() - start)
    return min(timings) * 1000


def _peak_mb(path: Path) -> float:
    """The peak memory of a fresh interpreter that checks the file once (imports included)."""
    import subprocess

    script = (
        "import resource, sys; from pathlib import Path; sys.path.insert(0, '.'); "
        "from inspection_desktop.documents.pir.pir_file_check import check_pir_file; "
        f"check_pir_file(Path({str(path)!r})); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, check=True, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1]) / 1024  # Linux reports kilobytes


if __name__ == "__main__":
    raise SystemExit(main())
