"""Tests for streaming a sheet out of an .xlsx the way Excel writes it (shared strings, styles)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspection_desktop.documents.common import xlsx_sheet_text, xlsx_stream
from inspection_desktop.documents.common.spreadsheet_writer import workbook_text, xlsx_bytes
from inspection_desktop.documents.common.tabular_reader import ReadOptions, read_population_table
from tests import pir_synthetic as synth

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}"><dimension ref="A1:D3"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>
<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="1"><v>41712</v></c>
<c r="C2"><v>2709151259</v></c><c r="D2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="s"><v>5</v></c><c r="C3"><v>12.5</v></c></row>
</sheetData></worksheet>"""

SHARED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="{MAIN}" count="6" uniqueCount="6"><si><t>Case ref</t></si><si><t>Born</t></si>
<si><t>Number</t></si><si><r><t>Flag</t></r><r><t>ged</t></r></si><si><t>SW100001</t></si>
<si><t>SW100002</t></si></sst>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>
</styleSheet>"""

WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>
<sheet name="Cover" sheetId="2" r:id="rId2"/><sheet name="PIR list" sheetId="1" r:id="rId1"/>
</sheets></workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>"""

COVER = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Cover</t></is>
</c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"""


def _excel_style_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", SHEET)
        archive.writestr("xl/worksheets/sheet2.xml", COVER)
        archive.writestr("xl/sharedStrings.xml", SHARED)
        archive.writestr("xl/styles.xml", STYLES)
    return path


def test_sheet_names_in_workbook_order(tmp_path: Path) -> None:
    """Sheets are listed in workbook order with the parts their relationships point to."""
    with zipfile.ZipFile(_excel_style_workbook(tmp_path / "a.xlsx")) as archive:
        assert xlsx_stream.sheet_names(archive) == [
            ("Cover", "xl/worksheets/sheet2.xml"),
            ("PIR list", "xl/worksheets/sheet1.xml"),
        ]


def test_shared_strings_dates_numbers_and_gaps_read(tmp_path: Path) -> None:
    """Shared and rich strings, date-styled serials, big numbers, booleans and gaps read as text."""
    with zipfile.ZipFile(_excel_style_workbook(tmp_path / "a.xlsx")) as archive:
        rows = xlsx_stream.read_sheet_rows(archive, "xl/worksheets/sheet1.xml", None, None)
    assert rows == [
        ["Case ref", "Born", "Number", "Flagged"],
        ["SW100001", "2014-03-14", "2709151259", "TRUE"],
        ["SW100002", "", "12.5"],
    ]


def test_chosen_sheet_read_through_reader(tmp_path: Path) -> None:
    """The reader picks the named sheet of an Excel-style workbook and pads short rows."""
    table = read_population_table(_excel_style_workbook(tmp_path / "a.xlsx"))
    assert table.sheet == "Cover"
    table = read_population_table(tmp_path / "a.xlsx", ReadOptions(sheet="PIR list"))
    assert table.rows[1] == ("SW100002", "", "12.5", "")


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_streamed_read_agrees_with_openpyxl(tmp_path: Path) -> None:
    """A workbook reads as openpyxl reads it: text, whole numbers and dates alike."""
    import openpyxl

    headings, rows = synth.disguised_population(50)
    typed: list[list[object]] = [
        [*row[:8], dt.datetime.strptime(row[8], "%d/%m/%Y")] for row in rows
    ]
    path = synth.write_xlsx(tmp_path / "p.xlsx", headings, typed)
    workbook = openpyxl.load_workbook(path, read_only=True)
    sheet = workbook.active
    assert sheet is not None
    expected = [tuple(_as_text(v) for v in values) for values in sheet.iter_rows(values_only=True)]
    workbook.close()
    assert read_population_table(path).rows == tuple(expected[1:])


_CELL_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=12
).map(workbook_text)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.lists(_CELL_TEXT | st.integers(-(10**6), 10**6) | st.none(), min_size=2, max_size=2),
        min_size=1,
        max_size=6,
    )
)
def test_pattern_reading_agrees_with_the_xml_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[list[object]]
) -> None:
    """A sheet read by pattern gives exactly what the XML parser gives, whatever the text."""
    path = tmp_path / "agree.xlsx"
    path.write_bytes(xlsx_bytes(["A", "B"], rows))  # type: ignore[arg-type]
    with zipfile.ZipFile(path) as archive:
        fast = xlsx_stream.read_sheet_rows(archive, "xl/worksheets/sheet1.xml", None, None)
        with monkeypatch.context() as patch:
            patch.setattr(xlsx_sheet_text, "plain_sheet_text", lambda data: None)
            parsed = xlsx_stream.read_sheet_rows(archive, "xl/worksheets/sheet1.xml", None, None)
    assert fast == parsed
