"""Tests for the minimised population list and its removal record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inspection_desktop.documents.common.tabular_reader import read_population_table
from inspection_desktop.documents.pir.pir_file_check import PirFileCheck, check_pir_file
from inspection_desktop.documents.pir.pir_minimise import default_minimised_path, write_minimised
from inspection_desktop.errors import UserFacingError
from tests import pir_synthetic as synth

NOW = dt.datetime(2026, 11, 28, 14, 30)


def _checked(tmp_path: Path, suffix: str = ".csv") -> PirFileCheck:
    headings, rows = synth.disguised_population(60)
    path = tmp_path / f"population{suffix}"
    if suffix == ".csv":
        synth.write_csv(path, headings, rows, encoding="cp1252", delimiter=";")
    else:
        synth.write_xlsx(path, headings, [list(r) for r in rows])
    return check_pir_file(path, today=synth.TODAY)


def _keep_unflagged(check: PirFileCheck) -> list[str]:
    return [v.heading for v in check.verdicts if not v.flagged]


def test_minimised_csv_holds_only_kept_columns(tmp_path: Path) -> None:
    """The minimised file has the kept columns, every row, and none of the flagged ones."""
    check = _checked(tmp_path)
    written = write_minimised(check.table, check.verdicts, _keep_unflagged(check), now=NOW)
    again = read_population_table(written.path)
    assert again.headings == tuple(synth.ALLOWED_COLUMNS)
    assert len(again.rows) == 60
    assert written.removed == ("Col A", "Ref2", "Field 7")


def test_minimised_file_is_written_beside_original(tmp_path: Path) -> None:
    """The default output sits beside the original with "(minimised)" in its name."""
    check = _checked(tmp_path)
    written = write_minimised(check.table, check.verdicts, _keep_unflagged(check), now=NOW)
    assert written.path == tmp_path / "population (minimised).csv"


def test_original_left_untouched(tmp_path: Path) -> None:
    """The original file's bytes are the same after minimising."""
    check = _checked(tmp_path)
    before = check.table.path.read_bytes()
    write_minimised(check.table, check.verdicts, _keep_unflagged(check), now=NOW)
    assert check.table.path.read_bytes() == before


def test_original_cannot_be_the_output(tmp_path: Path) -> None:
    """Choosing the original as the output is refused."""
    check = _checked(tmp_path)
    with pytest.raises(UserFacingError, match="cannot be written over the original"):
        write_minimised(check.table, check.verdicts, ["Case ref"], check.table.path)


def test_second_minimised_file_gets_a_new_name(tmp_path: Path) -> None:
    """A second export does not replace the first."""
    check = _checked(tmp_path)
    first = write_minimised(check.table, check.verdicts, ["Case ref"], now=NOW)
    assert default_minimised_path(check.table.path) != first.path


def test_minimised_xlsx_written(tmp_path: Path) -> None:
    """A workbook in gives a workbook out, readable again, with only the kept columns."""
    check = _checked(tmp_path, ".xlsx")
    written = write_minimised(check.table, check.verdicts, _keep_unflagged(check), now=NOW)
    assert written.path.suffix == ".xlsx"
    assert read_population_table(written.path).headings == tuple(synth.ALLOWED_COLUMNS)


def test_removal_record_names_columns_and_reasons_without_values(tmp_path: Path) -> None:
    """The record names each removed column and why, but holds no value from the list."""
    check = _checked(tmp_path)
    written = write_minimised(check.table, check.verdicts, _keep_unflagged(check), now=NOW)
    record = written.record_path.read_text(encoding="utf-8")
    assert "- Ref2: CHI number" in record and "28 November 2026" in record
    values = {cell for row in check.table.rows for cell in row[6:]}
    assert not [value for value in values if value in record]
    assert "•" not in record


def test_no_temporary_files_left(tmp_path: Path) -> None:
    """Only the original, the minimised file and the record are in the folder afterwards."""
    check = _checked(tmp_path)
    write_minimised(check.table, check.verdicts, ["Case ref"], now=NOW)
    assert len(list(tmp_path.iterdir())) == 3


def test_name_without_extension_gets_csv(tmp_path: Path) -> None:
    """An output name typed without an extension is written as CSV."""
    check = _checked(tmp_path)
    written = write_minimised(check.table, check.verdicts, ["Case ref"], tmp_path / "to send")
    assert written.path == tmp_path / "to send.csv" and written.path.exists()


def _hyperlink_check(tmp_path: Path) -> PirFileCheck:
    path = tmp_path / "links.csv"
    link = '"=HYPERLINK(""http://example.invalid/{n}"",""open"")"'
    rows = "\n".join(f"{n},{link.format(n=n)}" for n in range(10))
    path.write_text("Ref,Link\n" + rows + "\n", encoding="utf-8")
    return check_pir_file(path, today=synth.TODAY)


def test_minimised_xlsx_holds_no_live_formula(tmp_path: Path) -> None:
    """A =HYPERLINK(…) cell in the list is a plain string in the minimised workbook."""
    import openpyxl

    check = _hyperlink_check(tmp_path)
    written = write_minimised(check.table, check.verdicts, ["Ref", "Link"], tmp_path / "m.xlsx")
    sheet = openpyxl.load_workbook(written.path).active
    assert sheet is not None
    links = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert len(links) == 10
    assert {cell.data_type for cell in links} == {"s"}
    assert links[0].value == '=HYPERLINK("http://example.invalid/0","open")'


def test_minimised_csv_neutralises_formulas(tmp_path: Path) -> None:
    """A =HYPERLINK(…) cell is written to the minimised CSV behind a quote mark."""
    check = _hyperlink_check(tmp_path)
    written = write_minimised(check.table, check.verdicts, ["Ref", "Link"], tmp_path / "m.csv")
    text = written.path.read_text(encoding="utf-8-sig")
    assert text.count("'=HYPERLINK") == 10
    assert '\n"=HYPERLINK' not in text and ",=HYPERLINK" not in text
